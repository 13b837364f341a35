import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { AnchorAutomaton } from '../../../server/src/engine/detection/prefilter';

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
});
