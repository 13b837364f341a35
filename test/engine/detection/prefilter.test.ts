import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { AnchorAutomaton, RequirementPrefilter } from '../../../server/src/engine/detection/prefilter';

describe('prefilter automaton', () => {
  it('finds any anchor, case-insensitively, anywhere in the text', () => {
    const automaton = new AnchorAutomaton(['createcipheriv', 'tensorflow_recommenders', 'vocoder']);
    assert.equal(automaton.matches('const c = crypto.createCipheriv("aes-256-gcm", k, iv)'), true);
    assert.equal(automaton.matches('import TENSORFLOW_RECOMMENDERS as tfrs'), true);
    assert.equal(automaton.matches('hifigan_vocoder = load()'), true);
    assert.equal(automaton.matches('const h = crypto.createHash("sha256")'), false);
    assert.equal(automaton.matches(''), false);
  });

  it('handles anchors that overlap and share prefixes (failure links)', () => {
    const automaton = new AnchorAutomaton(['abcd', 'bce', 'cef']);
    assert.equal(automaton.matches('xxabcefxx'), true); // 'bce' found after failing out of 'abcd'
    assert.equal(automaton.matches('xxabcdxx'), true);
    assert.equal(automaton.matches('xxabcxx'), false);
  });

  it('agrees with a naive substring search on random inputs', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-c]{1,4}$/), { minLength: 1, maxLength: 5 }), fc.stringMatching(/^[a-dA-C]{0,40}$/), (anchors, text) => {
        const expected = anchors.some((a) => text.toLowerCase().includes(a));
        assert.equal(new AnchorAutomaton(anchors).matches(text), expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reports every anchor occurrence to scan, including anchors ending inside a longer one', () => {
    const automaton = new AnchorAutomaton(['secretbox', 'box', 'cret']);
    const seen: string[] = [];
    automaton.scan('nacl.SecretBox.open(box)', (id) => {
      seen.push(automaton.words[id]);
      return false;
    });
    assert.deepEqual(seen, ['cret', 'secretbox', 'box', 'box']);
  });
});

describe('requirement prefilter', () => {
  it('passes a text only when every word of some requirement occurs in it', () => {
    const prefilter = new RequirementPrefilter([['nacl', 'public'], ['ring', 'aead'], ['recommend']]);
    assert.equal(prefilter.matches('public class Service { String name; }'), false); // `public` without `nacl`
    assert.equal(prefilter.matches('let s = String::new();'), false); // `ring` (inside `String`) without `aead`
    assert.equal(prefilter.matches('from nacl.public import Box'), true);
    assert.equal(prefilter.matches('use ring::aead;'), true);
    assert.equal(prefilter.matches('def Recommend(): pass'), true);
    assert.equal(prefilter.matches(''), false);
  });

  it('counts a word shared by two requirements for both', () => {
    const prefilter = new RequirementPrefilter([['crypto', 'des'], ['crypto', 'sha256']]);
    assert.equal(prefilter.matches('import "crypto/sha256"'), true);
    assert.equal(prefilter.matches('import "crypto/rand"'), false);
  });

  it('agrees with a naive whole-word search on random inputs', () => {
    // Naive boundary: text edges, a lower→upper change, or a capital followed by a lowercase letter
    // after another capital (HTTP|Server); the texts hold letters only.
    const boundary = (text: string, i: number) =>
      i === 0 || i === text.length || (/[a-z]/.test(text[i - 1]) && /[A-Z]/.test(text[i])) || (/[A-Z]/.test(text[i - 1]) && /[A-Z]/.test(text[i]) && /[a-z]/.test(text[i + 1] ?? ''));
    const occursAsWord = (text: string, word: string) => {
      const lower = text.toLowerCase();
      for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
        if (boundary(text, at) && boundary(text, at + word.length)) return true;
      }
      return false;
    };
    const word = fc.stringMatching(/^[a-c]{1,3}$/);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), fc.stringMatching(/^[a-dA-C]{0,40}$/), (requirements, text) => {
        const expected = requirements.some((words) => words.every((w) => occursAsWord(text, w)));
        assert.equal(new RequirementPrefilter(requirements).matches(text), expected);
      }),
      { numRuns: 500 },
    );
  });

  it('needs each word whole: not inside another word, but at camelCase, snake_case and separator edges', () => {
    const prefilter = new RequirementPrefilter([['ring', 'aead'], ['mic', 'array'], ['https'], ['http', 'server']]);
    assert.equal(prefilter.matches('String aeadKey; dynamicArray = []'), false); // ring in String, mic in dynamic
    assert.equal(prefilter.matches('use ring::aead;'), true);
    assert.equal(prefilter.matches('const keyRing = aead_seal()'), true); // keyRing splits as key|Ring
    assert.equal(prefilter.matches('micArray = 1'), true);
    assert.equal(prefilter.matches('MIC_ARRAY = 1'), true);
    assert.equal(prefilter.matches('const u = "httpsx://a"'), false);
    assert.equal(prefilter.matches('new HTTPServer()'), true); // HTTP|Server
    assert.equal(prefilter.matches('new HTTPSERVER()'), false);
  });
});
