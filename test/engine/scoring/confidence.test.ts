import { strict as assert } from 'node:assert';
import { scoreEvidence, UNCORROBORATED_CAP } from '../../../server/src/engine/scoring/confidence';
import type { Evidence, Signal } from '../../../server/src/engine/types';
import { signal } from '../../helpers/signals';

// Each signal gets its own line unless a test says otherwise: evidence at one position is one observation.
const defaultLines = new Map<string, number>();
function lineOf(s: Signal): number {
  if (!defaultLines.has(s.id)) defaultLines.set(s.id, 100 + defaultLines.size);
  return defaultLines.get(s.id)!;
}

function at(s: Signal, line = lineOf(s)): Evidence {
  return { categoryId: 'x.test', signal: s, path: 'a.py', range: { line, column: 1, endLine: line, endColumn: 2 }, matchedText: s.match };
}

const dependency = signal({ id: 'dep', kind: 'dependency', match: 'implicit', weight: 0.6 });
const importSignal = signal({ id: 'imp', kind: 'import', match: 'implicit', weight: 0.6 });
const call = signal({ id: 'call', kind: 'call', match: 'fit', weight: 0.5 });
const word = signal({ id: 'word', kind: 'identifier', match: 'user embedding', weight: 0.3 });
const word2 = signal({ id: 'word2', kind: 'identifier', match: 'item factors', weight: 0.3 });
const conclusive = signal({ id: 'sbox', kind: 'constant', match: '1,2', weight: 0.9 });
const push = signal({ id: 'push', kind: 'call', match: 'messaging.send', weight: 0.4, role: 'context' });
const hmac = signal({ id: 'hmac', kind: 'call', match: 'createHmac', weight: 0.6, role: 'negative' });

describe('confidence scoring', () => {
  it('gives nothing without positive evidence', () => {
    assert.equal(scoreEvidence([]).confidence, 0);
    assert.equal(scoreEvidence([at(hmac)]).confidence, 0);
  });

  it('caps a single kind of non-conclusive evidence below the approval threshold', () => {
    const score = scoreEvidence([at(importSignal)]);
    assert.equal(score.corroborated, false);
    assert.ok(score.confidence <= UNCORROBORATED_CAP, `got ${score.confidence}`);
  });

  it('vocabulary alone stays information, however many words match', () => {
    const score = scoreEvidence([at(word), at(word2)]);
    assert.ok(score.confidence <= 0.4, `got ${score.confidence}`);
  });

  it('a coherent vocabulary of three distinct terms of art counts as corroborated', () => {
    const terms = ['goodness of pronunciation', 'phone posterior', 'forced alignment'].map((match, i) =>
      signal({ id: `term${i}`, kind: 'identifier', match, weight: 0.3 }),
    );
    const two = scoreEvidence(terms.slice(0, 2).map((t) => at(t)));
    assert.equal(two.corroborated, false);
    assert.ok(two.confidence <= 0.4);
    const three = scoreEvidence(terms.map((t) => at(t)));
    assert.equal(three.corroborated, true);
    assert.ok(three.confidence >= 0.6, `got ${three.confidence}`);
    // Generic words (lighter than a term of art) never make a vocabulary coherent, however many.
    const generic = ['score', 'grade', 'speech', 'audio'].map((match, i) => signal({ id: `g${i}`, kind: 'identifier', match, weight: 0.15 }));
    assert.ok(scoreEvidence(generic.map((g) => at(g))).confidence <= 0.4);
  });

  it('corroboration across independent kinds raises confidence above 0.6', () => {
    const score = scoreEvidence([at(dependency), at(importSignal), at(call)]);
    assert.equal(score.corroborated, true);
    assert.deepEqual(score.kinds, ['dependency', 'import', 'call']);
    assert.ok(score.confidence > 0.9, `got ${score.confidence}`);
  });

  it('counts a repeated signal once', () => {
    const once = scoreEvidence([at(importSignal), at(call)]).confidence;
    const repeated = scoreEvidence([at(importSignal, 1), at(importSignal, 5), at(call, 2), at(call, 9)]).confidence;
    assert.equal(repeated, once);
  });


  it('counts one position once across kinds: a docstring read as a string and as prose', () => {
    const prose = signal({ id: 'prose', kind: 'literal', match: 'collaborative filtering', weight: 0.35 });
    const term = signal({ id: 'term', kind: 'identifier', match: 'collaborative filtering', weight: 0.4 });
    const samePlace = scoreEvidence([at(prose, 21), at(term, 21)]);
    assert.equal(samePlace.corroborated, false);
    assert.ok(samePlace.confidence <= UNCORROBORATED_CAP);
    assert.ok(scoreEvidence([at(prose, 21), at(term, 40)]).corroborated);
  });

  it('counts two signals on one statement once, at the heavier weight', () => {
    const alias = signal({ id: 'imp-alias', kind: 'import', match: 'node:implicit', weight: 0.3 });
    const single = scoreEvidence([at(importSignal, 3), at(call, 7)]).confidence;
    assert.equal(scoreEvidence([at(importSignal, 3), at(alias, 3), at(call, 7)]).confidence, single);
    // On different lines they are two observations and do add up.
    assert.ok(scoreEvidence([at(importSignal, 3), at(alias, 4), at(call, 7)]).confidence > single);
  });
  it('a conclusive signal needs no corroboration', () => {
    const score = scoreEvidence([at(conclusive)]);
    assert.equal(score.conclusive, true);
    assert.ok(score.confidence >= 0.85);
  });

  it('context evidence alone is no evidence (a push send without a user model)', () => {
    const score = scoreEvidence([at(push)]);
    assert.equal(score.confidence, 0);
    assert.equal(score.unbackedContext.length, 1);
  });

  it('context evidence corroborates positive evidence', () => {
    const without = scoreEvidence([at(importSignal)]).confidence;
    const withPush = scoreEvidence([at(importSignal), at(push)]).confidence;
    assert.ok(withPush > without, `${withPush} should exceed ${without}`);
  });

  it('negative evidence dampens weak evidence but not conclusive evidence', () => {
    const weakCall = signal({ id: 'weak-call', kind: 'call', match: 'update', weight: 0.3 });
    const weak = scoreEvidence([at(importSignal), at(weakCall)]).confidence;
    const dampened = scoreEvidence([at(importSignal), at(weakCall), at(hmac)]);
    assert.ok(dampened.confidence < weak);
    assert.equal(dampened.dampenedBy?.signal.id, 'hmac');
    const strong = scoreEvidence([at(conclusive), at(hmac)]);
    assert.equal(strong.dampenedBy, undefined);
    assert.equal(strong.confidence, scoreEvidence([at(conclusive)]).confidence);
  });

  it('an ambiguous signal does not shield evidence from the negative that explains it (bcrypt\'s Blowfish)', () => {
    const terms = ['encipher', 'decipher', 'feistel', 'key schedule'].map((match, i) => signal({ id: `cipher-term${i}`, kind: 'identifier', match, weight: 0.35 }));
    // Node's crypto import: ciphers, but hashing and random bytes as often.
    const ambiguousImport = signal({ id: 'node-crypto', kind: 'import', match: 'crypto', weight: 0.25 });
    const bcrypt = signal({ id: 'eksblowfish', kind: 'identifier', match: 'expandstate', weight: 0.5, role: 'negative' });
    const vocabularyAndImport = [...terms.map((t) => at(t)), at(ambiguousImport)];
    const undampened = scoreEvidence(vocabularyAndImport);
    assert.ok(undampened.corroborated && undampened.confidence >= 0.8, `got ${undampened.confidence}`);
    const withBcrypt = scoreEvidence([...vocabularyAndImport, at(bcrypt)]);
    assert.equal(withBcrypt.dampenedBy?.signal.id, 'eksblowfish');
    assert.ok(withBcrypt.confidence < 0.6, `got ${withBcrypt.confidence}`);
    // The same evidence with an unambiguous import of the same weight class is strong on its own and stays.
    const cipherImport = signal({ id: 'cipher-import', kind: 'import', match: 'crypto/aes', weight: 0.5 });
    const strong = scoreEvidence([...terms.map((t) => at(t)), at(cipherImport), at(bcrypt)]);
    assert.equal(strong.dampenedBy, undefined);
  });

  it('negative evidence does not dampen strong corroborated evidence (hashing beside encryption)', () => {
    const corroborated = scoreEvidence([at(importSignal), at(call)]);
    assert.ok(corroborated.corroborated && corroborated.confidence >= 0.8, `got ${corroborated.confidence}`);
    const withHashing = scoreEvidence([at(importSignal), at(call), at(hmac)]);
    assert.equal(withHashing.dampenedBy, undefined);
    assert.equal(withHashing.confidence, corroborated.confidence);
  });
});
