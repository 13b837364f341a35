import * as assert from 'node:assert/strict';
import {
  normaliseCallee,
  normaliseImport,
  stripCommentDelimiters,
  stripStringDelimiters,
} from '../../../server/src/engine/parsing/normalise';
import { commentSyntax, grammarFor, languageForPath } from '../../../server/src/engine/parsing/languages';

describe('parsing: normalisation', () => {
  it('callees: every separator becomes a dot, PHP $ is dropped, this/self kept', () => {
    assert.equal(normaliseCallee('Aes256Gcm::new'), 'Aes256Gcm.new');
    assert.equal(normaliseCallee('$cipher->encrypt'), 'cipher.encrypt');
    assert.equal(normaliseCallee('$y?->z'), 'y.z');
    assert.equal(normaliseCallee('a?.b'), 'a.b');
    assert.equal(normaliseCallee('obj&.bar'), 'obj.bar');
    assert.equal(normaliseCallee('OpenSSL::Cipher.new'), 'OpenSSL.Cipher.new');
    assert.equal(normaliseCallee('this.x.y'), 'this.x.y');
    assert.equal(normaliseCallee('self.model.fit'), 'self.model.fit');
  });

  it('callees: generic arguments dropped, chained argument lists emptied, whitespace removed', () => {
    assert.equal(normaliseCallee('std::make_unique<CryptoPP::AES::Encryption>'), 'std.make_unique');
    assert.equal(normaliseCallee('Vec::<u8>::new'), 'Vec.new');
    assert.equal(normaliseCallee('Collections.<String>emptyList'), 'Collections.emptyList');
    assert.equal(normaliseCallee('crypto.createHash("sha(256)").update'), 'crypto.createHash().update');
    assert.equal(normaliseCallee('builder\n  .setKey(k)\n  .build'), 'builder.setKey().build');
    // A parenthesised expression is not an argument list: keep it.
    assert.equal(normaliseCallee('(*fp)'), '(*fp)');
  });

  it('callees: a very long chain keeps its last segments only', () => {
    const long = `${'segment.'.repeat(1000)}encrypt`;
    const result = normaliseCallee(long);
    assert.ok(result.endsWith('segment.encrypt'));
    assert.ok(result.length <= 1024);
    assert.ok(result.startsWith('segment.'), 'no half segment at the start');
  });

  it('strings: quotes, prefixes, raw and triple-quoted forms', () => {
    assert.equal(stripStringDelimiters(`'aes-256-gcm'`), 'aes-256-gcm');
    assert.equal(stripStringDelimiters('f"x{y}"'), 'x{y}');
    assert.equal(stripStringDelimiters('b"plaintext"'), 'plaintext');
    assert.equal(stripStringDelimiters('r#"say "hi""#'), 'say "hi"');
    assert.equal(stripStringDelimiters('R"x(raw "text")x"'), 'raw "text"');
    assert.equal(stripStringDelimiters('"""doc\nline"""'), 'doc\nline');
    assert.equal(stripStringDelimiters('@"C:\\path"'), 'C:\\path');
    assert.equal(stripStringDelimiters('%q(raw)'), 'raw');
    assert.equal(stripStringDelimiters('<<<EOT\nbody\nEOT'), 'body');
    assert.equal(stripStringDelimiters('`tpl ${x}`'), 'tpl ${x}');
  });

  it('imports and comments', () => {
    assert.equal(normaliseImport('<openssl/evp.h>'), 'openssl/evp.h');
    assert.equal(normaliseImport('"crypto/aes"'), 'crypto/aes');
    assert.equal(normaliseImport('javax . crypto'), 'javax.crypto');
    assert.equal(stripCommentDelimiters('/** Encrypts. */'), 'Encrypts.');
    assert.equal(stripCommentDelimiters('/// doc\n'), 'doc');
    assert.equal(stripCommentDelimiters('# exportlens-ignore cn.x: reason'), 'exportlens-ignore cn.x: reason');
  });
});

describe('parsing: languages', () => {
  it('maps extensions to languages, case-insensitively', () => {
    const cases: Array<[string, string | undefined]> = [
      ['a/b.mjs', 'javascript'],
      ['x.CJS', 'javascript'],
      ['x.jsx', 'javascript'],
      ['types.d.ts', 'typescript'],
      ['x.cts', 'typescript'],
      ['View.tsx', 'tsx'],
      ['stub.pyi', 'python'],
      ['evp.h', 'c'],
      ['x.hh', 'cpp'],
      ['x.cxx', 'cpp'],
      ['build.gradle.kts', 'kotlin'],
      ['Seal.swift', 'swift'],
      ['README.md', undefined],
      ['Makefile', undefined],
    ];
    for (const [file, language] of cases) assert.equal(languageForPath(file), language, file);
  });

  it('grammar and comment syntax per language', () => {
    assert.equal(grammarFor('csharp'), 'csharp');
    assert.equal(grammarFor('text'), undefined);
    assert.deepEqual(commentSyntax('python'), { line: '#' });
    assert.equal(commentSyntax('rust').line, '//');
    assert.deepEqual(commentSyntax('go').block, { start: '/*', end: '*/' });
    assert.equal(commentSyntax('ruby').line, '#');
  });
});
