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

  it('agrees with a naive search on random inputs', () => {
    const word = fc.stringMatching(/^[a-c]{1,3}$/);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), fc.stringMatching(/^[a-dA-C]{0,40}$/), (requirements, text) => {
        const lower = text.toLowerCase();
        const expected = requirements.some((words) => words.every((w) => lower.includes(w)));
        assert.equal(new RequirementPrefilter(requirements).matches(text), expected);
      }),
      { numRuns: 300 },
    );
  });
});

