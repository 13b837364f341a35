import * as assert from 'node:assert/strict';
import { extractLexically } from '../../../server/src/engine/parsing/lexical';
import { MAX_FACTS_PER_KIND } from '../../../server/src/engine/parsing/fact-list';
import type { Fact } from '../../../server/src/engine/types';

const texts = (facts: Fact[]): string[] => facts.map((fact) => fact.text);

describe('parsing: lexical fallback', () => {
  it('javascript: imports, calls with chains, strings, comments, positions', () => {
    const facts = extractLexically(
      [
        "import crypto from 'node:crypto';",
        "const tf = require('@tensorflow/tfjs'); // model",
        "/* block */ const c = crypto.createCipheriv('aes-256-gcm', key);",
        'function local(a) { return a?.b(1); }',
      ].join('\n'),
      'javascript',
    );
    assert.equal(facts.method, 'lexical');
    assert.deepEqual(texts(facts.imports), ['node:crypto', '@tensorflow/tfjs']);
    // `function local(` declares, `return`/`function` are not callees.
    assert.deepEqual(texts(facts.calls), ['require', 'crypto.createCipheriv', 'a.b']);
    const create = facts.calls[1];
    assert.deepEqual(create.range, { line: 3, column: 23, endLine: 3, endColumn: 44 });
    assert.equal(create.callText, "crypto.createCipheriv('aes-256-gcm', key)");
    assert.deepEqual(texts(facts.strings), ['node:crypto', '@tensorflow/tfjs', 'aes-256-gcm']);
    assert.deepEqual(texts(facts.comments), ['model', 'block']);
  });

  it('python: import and from-import with members, # comments, triple quotes', () => {
    const facts = extractLexically(
      ['"""Doc with import os inside."""', 'import os.path, sys', 'from Crypto.Cipher import AES, PKCS1_OAEP as O  # rsa', 'from . import helpers', 'tts.tts_to_file(text="x")'].join('\n'),
      'python',
    );
    assert.deepEqual(texts(facts.imports), ['os.path', 'sys', 'Crypto.Cipher', 'Crypto.Cipher.AES', 'Crypto.Cipher.PKCS1_OAEP', '.', '.helpers']);
    assert.deepEqual(texts(facts.calls), ['tts.tts_to_file']);
    assert.deepEqual(texts(facts.comments), ['rsa']);
    assert.deepEqual(texts(facts.strings), ['Doc with import os inside.', 'x']);
  });

  it('c, rust, go, php, ruby import forms', () => {
    assert.deepEqual(texts(extractLexically('#include <openssl/evp.h>\n#  include "x.h"\nEVP_EncryptInit_ex(c);', 'c').imports), ['openssl/evp.h', 'x.h']);
    assert.deepEqual(texts(extractLexically('use aes_gcm::{Aes256Gcm, aead::{Aead}};\nextern crate openssl;', 'rust').imports), [
      'aes_gcm',
      'aes_gcm::Aes256Gcm',
      'aes_gcm::aead',
      'aes_gcm::aead::Aead',
      'openssl',
    ]);
    assert.deepEqual(texts(extractLexically('import (\n\t"crypto/aes"\n\tc "crypto/cipher"\n)\nimport "fmt"', 'go').imports), ['crypto/aes', 'crypto/cipher', 'fmt']);
    const php = extractLexically("<?php\nuse A\\{B, C};\nrequire_once 'x.php';\n$k->encrypt(1);", 'php');
    assert.deepEqual(texts(php.imports), ['A', 'A\\B', 'A\\C', 'x.php']);
    assert.deepEqual(texts(php.calls), ['k.encrypt']);
    assert.deepEqual(texts(extractLexically("require 'openssl'\nOpenSSL::Cipher.new('aes')", 'ruby').calls), ['OpenSSL.Cipher.new']);
    assert.deepEqual(texts(extractLexically("require 'openssl'", 'ruby').imports), ['openssl']);
  });

  it('identifiers: first occurrence of each, positions in UTF-16 code units', () => {
    const facts = extractLexically('const s = "é😀"; userEmbedding(s); userEmbedding(t);', 'javascript');
    const embedding = facts.identifiers.filter((f) => f.text === 'userEmbedding');
    assert.equal(embedding.length, 1);
    // "é😀" is 3 UTF-16 code units, so the call starts at column 18.
    assert.equal(embedding[0].range.column, 18);
  });

  it('a 50 MB single line is scanned once and the lists are capped', function () {
    this.timeout(60_000);
    const text = 'a("b",'.repeat(9 * 1024 * 1024);
    const facts = extractLexically(text, 'javascript');
    assert.equal(facts.calls.length, MAX_FACTS_PER_KIND);
    assert.equal(facts.strings.length, MAX_FACTS_PER_KIND);
    assert.deepEqual(texts(facts.identifiers), ['a']);
    const last = facts.calls[facts.calls.length - 1];
    assert.deepEqual(last.range, { line: 1, column: (MAX_FACTS_PER_KIND - 1) * 6 + 1, endLine: 1, endColumn: (MAX_FACTS_PER_KIND - 1) * 6 + 2 });
  });

  it('unterminated strings and comments end at the line or file end', () => {
    const facts = extractLexically('x = "open\ny = f(1) /* never closed', 'javascript');
    assert.deepEqual(texts(facts.strings), ['open']);
    assert.deepEqual(texts(facts.calls), ['f']);
    assert.deepEqual(texts(facts.comments), ['never closed']);
  });
});
