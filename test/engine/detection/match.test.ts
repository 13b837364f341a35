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
