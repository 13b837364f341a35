import { strict as assert } from 'node:assert';
import { SignalIndex } from '../../../server/src/engine/detection/signal-index';
import { matchSourceFacts, matchDependencies, matchNotices } from '../../../server/src/engine/detection/match';
import type { Fact, SourceFacts } from '../../../server/src/engine/types';
import { category, signal } from '../../helpers/signals';

function fact(text: string, line = 1, callText?: string): Fact {
  return { text, range: { line, column: 1, endLine: line, endColumn: text.length + 1 }, ...(callText ? { callText } : {}) };
}

function facts(partial: Partial<SourceFacts>): SourceFacts {
  return { language: 'python', method: 'tree-sitter', imports: [], calls: [], identifiers: [], strings: [], comments: [], hadSyntaxErrors: false, ...partial };
}

const index = new SignalIndex([
  category('t.crypto', [
    signal({ id: 'py-crypto-cipher', kind: 'import', match: 'Crypto.Cipher', languages: ['python'] }),
    signal({ id: 'java-cipher', kind: 'call', match: 'Cipher.getInstance', languages: ['java'], argumentPattern: '"(AES|DES|ChaCha20)' }),
    signal({ id: 'node-cipheriv', kind: 'call', match: 'createCipheriv', languages: ['javascript'] }),
    signal({ id: 'aes-transform', kind: 'literal', match: '^AES/(GCM|CBC|CTR)/' }),
    signal({ id: 'sbox', kind: 'constant', match: '0x63,0x7c,0x77,0x7b,0xf2,0x6b,0x6f,0xc5,0x30,0x01,0x67,0x2b,0xfe,0xd7,0xab,0x76' }),
    signal({ id: 'pycryptodome', kind: 'dependency', match: 'pycryptodome', ecosystems: ['pypi'] }),
    signal({ id: 'bouncycastle', kind: 'dependency', match: 'org.bouncycastle:*', ecosystems: ['maven'] }),
    signal({ id: 'notice', kind: 'notice', match: '(?i)ECCN\\s+5D002' }),
  ]),
  category('t.push', [signal({ id: 'words', kind: 'identifier', match: 'user embedding' })]),
]);

describe('signal matching', () => {
  it('matches imports by path segment, below the signal path, in the signal languages only', () => {
    const py = matchSourceFacts(index, facts({ imports: [fact('Crypto.Cipher.AES', 3), fact('Crypto.Hash')] }), 'a.py', '');
    assert.deepEqual(py.map((e) => [e.signal.id, e.range.line]), [['py-crypto-cipher', 3]]);
    const js = matchSourceFacts(index, facts({ language: 'javascript', imports: [fact('Crypto.Cipher')] }), 'a.js', '');
    assert.equal(js.length, 0);
    assert.equal(matchSourceFacts(index, facts({ imports: [fact('CryptoCipher')] }), 'a.py', '').length, 0);
  });

  it('makes one import statement one piece of evidence per category: the heaviest signal', () => {
    const layered = new SignalIndex([
      category('t.layered', [
        signal({ id: 'broad', kind: 'import', match: 'crypto', weight: 0.25, languages: ['javascript'] }),
        signal({ id: 'scheme', kind: 'import', match: 'node:crypto', weight: 0.3, languages: ['javascript'] }),
      ]),
    ]);
    const js = facts({ language: 'javascript', imports: [fact('node:crypto', 2), fact('crypto', 8)] });
    assert.deepEqual(matchSourceFacts(layered, js, 'a.js', '').map((e) => [e.signal.id, e.range.line]), [['scheme', 2], ['scheme', 8]]);
  });

  it('never matches an import of the project\'s own files against a library signal', () => {
    const local = facts({ imports: [fact('.Crypto.Cipher', 1), fact('../Crypto/Cipher', 2), fact('./Crypto/Cipher.js', 3), fact('Crypto.Cipher', 4)] });
    assert.deepEqual(matchSourceFacts(index, local, 'a.py', '').map((e) => e.range.line), [4]);
  });

  it('matches calls by callee suffix and checks the argument pattern', () => {
    const java = facts({ language: 'java', calls: [fact('javax.crypto.Cipher.getInstance', 4, 'javax.crypto.Cipher.getInstance("AES/GCM/NoPadding")'), fact('Cipher.getInstance', 9, 'Cipher.getInstance(transformation)')] });
    assert.deepEqual(matchSourceFacts(index, java, 'A.java', '').map((e) => e.range.line), [4]);
    // A Kotlin file uses Java's APIs: the signal's language widens to its family.
    const kotlin = facts({ language: 'kotlin', calls: [fact('Cipher.getInstance', 2, 'Cipher.getInstance("AES/CBC/PKCS5Padding")')] });
    assert.equal(matchSourceFacts(index, kotlin, 'A.kt', '').length, 1);
    // TypeScript uses JavaScript's APIs; a same-named method that only ends the same way does not match.
    const ts = facts({ language: 'typescript', calls: [fact('crypto.createCipheriv'), fact('createCipherivLike')] });
    assert.deepEqual(matchSourceFacts(index, ts, 'a.ts', '').map((e) => e.matchedText), ['crypto.createCipheriv']);
  });

  it('matches identifier terms once per file, at the first identifier that has them', () => {
    const evidence = matchSourceFacts(index, facts({ identifiers: [fact('userEmbedding', 2), fact('USER_EMBEDDING_DIM', 7)] }), 'a.py', '');
    assert.deepEqual(evidence.map((e) => [e.signal.id, e.range.line]), [['words', 2]]);
  });

  it('reads terms of art, and only terms of art, in comments; a term also in the code counts once', () => {
    const prose = new SignalIndex([
      category('t.push', [
        signal({ id: 'als', kind: 'identifier', match: 'alternating least squares', weight: 0.45 }),
        signal({ id: 'generic', kind: 'identifier', match: 'recommend', weight: 0.1 }),
      ]),
    ]);
    const commented = facts({ language: 'java', comments: [fact('Alternating least squares over the user x item matrix; we recommend 20 factors.', 3)] });
    assert.deepEqual(matchSourceFacts(prose, commented, 'A.java', '').map((e) => [e.signal.id, e.range.line]), [['als', 3]]);
    const both = facts({ language: 'java', identifiers: [fact('AlternatingLeastSquares', 9)], comments: [fact('alternating least squares', 3)] });
    assert.deepEqual(matchSourceFacts(prose, both, 'A.java', '').map((e) => [e.signal.id, e.range.line]), [['als', 9]]);
    const suppression = facts({ language: 'java', comments: [fact('exportlens-ignore t.push -- not alternating least squares', 3)] });
    assert.equal(matchSourceFacts(prose, suppression, 'A.java', '').length, 0);
  });

  it('matches joined terms (`n users & n items`) only when every term is in the same file', () => {
    const joined = new SignalIndex([category('t.push', [signal({ id: 'dims', kind: 'identifier', match: 'n users & n items', weight: 0.3 })])]);
    const both = facts({ identifiers: [fact('n_users', 4), fact('cart', 5), fact('nItems', 6)] });
    assert.deepEqual(matchSourceFacts(joined, both, 'mf.py', '').map((e) => [e.signal.id, e.range.line]), [['dims', 4]]);
    const one = facts({ identifiers: [fact('n_users', 4), fact('items', 6)] });
    assert.equal(matchSourceFacts(joined, one, 'mf.py', '').length, 0);
    // Joined terms are about code structure: prose in comments never completes them.
    const prose = facts({ identifiers: [fact('n_users', 4)], comments: [fact('n items', 2)] });
    assert.equal(matchSourceFacts(joined, prose, 'mf.py', '').length, 0);
  });

  it('reads terms of art in README prose as context evidence, discounted, once each', () => {
    const prose = new SignalIndex([
      category('t.push', [
        signal({ id: 'cf', kind: 'identifier', match: 'collaborative filtering', weight: 0.4 }),
        signal({ id: 'generic', kind: 'identifier', match: 'recommend', weight: 0.1 }),
        signal({ id: 'py-only', kind: 'identifier', match: 'user embedding', weight: 0.4, languages: ['python'] }),
      ]),
    ]);
    const readme = '# Shop\n\nWe recommend products.\nRanking uses Collaborative Filtering over user embedding tables.\nMore collaborative filtering.';
    const found = matchNotices(prose, readme, 'README.md');
    assert.deepEqual(found.map((e) => [e.signal.id, e.signal.kind, e.signal.role, e.signal.weight, e.range.line]), [['cf.prose', 'notice', 'context', 0.3, 4]]);
  });

  it('matches literal patterns on string contents', () => {
    const evidence = matchSourceFacts(index, facts({ strings: [fact('hello'), fact('AES/GCM/NoPadding', 5)] }), 'a.py', '');
    assert.deepEqual(evidence.map((e) => [e.signal.id, e.range.line]), [['aes-transform', 5]]);
  });

  it('finds a complete constant table in the numeric literals, and not a partial one', () => {
    const table = 'static const uint8_t sbox[16] = {\n  0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5,\n  0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76 };';
    const found = matchSourceFacts(index, facts({ language: 'c' }), 'aes.c', table);
    assert.deepEqual(found.map((e) => [e.signal.id, e.range.line, e.range.endLine]), [['sbox', 2, 3]]);
    const partial = table.replace('0xab, 0x76', '0xab');
    assert.equal(matchSourceFacts(index, facts({ language: 'c' }), 'aes.c', partial).length, 0);
  });

  it('reads wide magic constants written with digit separators or C suffixes', () => {
    const magic = new SignalIndex([category('t.chacha', [signal({ id: 'sigma', kind: 'constant', match: '0x61707865, 0x3320646e, 0x79622d32, 0x6b206574' })])]);
    const rust = 'const SIGMA: [u32; 4] = [0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574];';
    assert.deepEqual(matchSourceFacts(magic, facts({ language: 'rust' }), 'c.rs', rust).map((e) => e.signal.id), ['sigma']);
    const c = 'x[0] = 1634760805u; x[1] = 857760878u; x[2] = 2036477234u; x[3] = 1797285236u;';
    assert.deepEqual(matchSourceFacts(magic, facts({ language: 'c' }), 'c.c', c).map((e) => e.signal.id), ['sigma']);
    assert.equal(matchSourceFacts(magic, facts({ language: 'c' }), 'c.c', 'x[0] = 0x61707865; x[1] = 0x3320646f;').length, 0);
  });

  it('matches dependencies by ecosystem, normalising PyPI names and honouring prefixes', () => {
    const range = { line: 3, column: 1, endLine: 3, endColumn: 10 };
    const found = matchDependencies(index, [
      { ecosystem: 'pypi', name: 'PyCryptodome', range },
      { ecosystem: 'npm', name: 'pycryptodome', range },
      { ecosystem: 'maven', name: 'org.bouncycastle:bcprov-jdk18on', range },
    ], 'requirements.txt');
    assert.deepEqual(found.map((e) => e.signal.id), ['pycryptodome', 'bouncycastle']);
  });

  it('finds notices in prose with their position', () => {
    const text = '# Project\n\nExport: this software is classified ECCN 5D002.C.1.\n';
    const found = matchNotices(index, text, 'README.md');
    assert.equal(found.length, 1);
    assert.equal(found[0].range.line, 3);
  });
});
