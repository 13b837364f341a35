/**
 * Each language's facts.scm against a realistic snippet (test/fixtures/parsing/): the exact
 * imports, callees, strings and comments, and positions of a few of them.
 * One extractor serves every test, so each grammar (Kotlin's takes seconds) loads once.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FactExtractor, type ExtractedFacts } from '../../../server/src/engine/parsing/extract';
import type { Fact, LanguageId } from '../../../server/src/engine/types';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/parsing');

let extractor: FactExtractor;

async function factsOf(file: string, language: LanguageId): Promise<ExtractedFacts> {
  const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
  const facts = await extractor.extract(text, language, { timeoutMs: 30_000 });
  assert.equal(facts.method, 'tree-sitter', facts.warning);
  assert.equal(facts.hadSyntaxErrors, false);
  return facts;
}

const texts = (facts: Fact[]): string[] => facts.map((fact) => fact.text);
const find = (facts: Fact[], text: string): Fact => {
  const fact = facts.find((f) => f.text === text);
  assert.ok(fact, `no fact ${text} in ${JSON.stringify(texts(facts))}`);
  return fact;
};
const at = (fact: Fact): string => `${fact.range.line}:${fact.range.column}-${fact.range.endLine}:${fact.range.endColumn}`;

describe('parsing: fact queries per language', function () {
  before(async () => {
    extractor = await FactExtractor.create();
  });

  it('python: imports with members, relative imports, calls, docstring and comment', async () => {
    const facts = await factsOf('tts_demo.py', 'python');
    assert.deepEqual(texts(facts.imports), [
      'os.path',
      'TTS.api',
      'TTS.api.TTS',
      'Crypto.Cipher',
      'Crypto.Cipher.AES',
      'Crypto.Cipher.PKCS1_OAEP',
      '.',
      '.helpers',
    ]);
    assert.deepEqual(texts(facts.calls), ['TTS', 'tts.tts_to_file', 'os.path.join']);
    assert.equal(at(find(facts.calls, 'tts.tts_to_file')), '9:1-9:16');
    assert.equal(at(find(facts.imports, 'Crypto.Cipher.AES')), '4:27-4:30');
    assert.deepEqual(texts(facts.strings), [
      'Speak a sentence with Coqui TTS.',
      'tts_models/multilingual/multi-dataset/xtts_v2',
      'Hello',
      'out',
      'hello.wav',
    ]);
    // The module docstring is a string and, being documentation, a comment too.
    assert.deepEqual(texts(facts.comments), ['Speak a sentence with Coqui TTS.', 'pick the multilingual model']);
    assert.ok(find(facts.calls, 'tts.tts_to_file').callText!.startsWith('tts.tts_to_file(text="Hello"'));
    assert.ok(texts(facts.identifiers).includes('file_path'));
  });

  it('python: a docstring after leading comments (encoding line, shebang, licence) is still a docstring', async () => {
    const source = [
      '#!/usr/bin/env python',
      '# -*- coding: utf-8 -*-',
      '"""Deep interest network for CTR prediction."""',
      'import os',
      '"""Not a docstring: the module has a statement before it."""',
      'class Ranker:',
      '    # ranks items for a user',
      '    """Scores candidate items."""',
      '    def score(self):',
      '        x = 1',
      '        """Not one either."""',
      '        return x',
      '',
    ].join('\n');
    const facts = await extractor.extract(source, 'python');
    const docstrings = texts(facts.comments).filter((text) => !/^(!|-\*-| ?ranks)/.test(text.trim()) && !text.includes('coding'));
    assert.deepEqual(docstrings, ['Deep interest network for CTR prediction.', 'Scores candidate items.']);
  });

  it('java: imports, static factory, constructor, comments', async () => {
    const facts = await factsOf('Encrypt.java', 'java');
    assert.deepEqual(texts(facts.imports), ['javax.crypto.Cipher', 'javax.crypto.spec']);
    assert.deepEqual(texts(facts.calls), ['Cipher.getInstance', 'cipher.init', 'SecretKeySpec', 'cipher.doFinal']);
    const getInstance = find(facts.calls, 'Cipher.getInstance');
    assert.equal(at(getInstance), '9:25-9:43');
    assert.equal(getInstance.callText, 'Cipher.getInstance("AES/GCM/NoPadding")');
    assert.equal(find(facts.calls, 'SecretKeySpec').callText, 'new SecretKeySpec(key, "AES")');
    assert.deepEqual(texts(facts.strings), ['AES/GCM/NoPadding', 'AES']);
    assert.deepEqual(texts(facts.comments), ['Encrypts with AES-GCM.', 'authenticated']);
  });

  it('go: import specs without quotes, selector calls, raw strings', async () => {
    const facts = await factsOf('seal.go', 'go');
    assert.deepEqual(texts(facts.imports), ['crypto/aes', 'crypto/cipher']);
    assert.deepEqual(texts(facts.calls), ['aes.NewCipher', 'gcm.NewGCM', 'aead.Seal', 'make']);
    assert.equal(at(find(facts.calls, 'aes.NewCipher')), '10:14-10:27');
    assert.deepEqual(texts(facts.strings), ['crypto/aes', 'crypto/cipher', 'aad']);
    assert.deepEqual(texts(facts.comments), ['Seal encrypts data.']);
  });

  it('c: includes without brackets, calls, -> field access is not a call', async () => {
    const facts = await factsOf('evp.c', 'c');
    assert.deepEqual(texts(facts.imports), ['openssl/evp.h', 'config.h']);
    assert.equal(at(find(facts.imports, 'openssl/evp.h')), '1:10-1:25');
    assert.deepEqual(texts(facts.calls), ['EVP_CIPHER_CTX_new', 'EVP_EncryptInit_ex', 'EVP_aes_256_gcm', 'puts']);
    assert.equal(at(find(facts.calls, 'EVP_EncryptInit_ex')), '7:5-7:23');
    assert.deepEqual(texts(facts.comments), ['Encrypt one buffer.', 'AES-256-GCM']);
    assert.deepEqual(texts(facts.strings), ['config.h', 'done']);
  });

  it('cpp: includes, template call with :: normalised, -> method call, raw string', async () => {
    const facts = await factsOf('aes.cpp', 'cpp');
    assert.deepEqual(texts(facts.imports), ['cryptopp/aes.h', 'memory']);
    assert.deepEqual(texts(facts.calls), ['std.make_unique', 'enc.ProcessBlock']);
    assert.deepEqual(texts(facts.strings), ['raw "text"']);
    assert.ok(texts(facts.identifiers).includes('DEFAULT_KEYLENGTH'));
  });

  it('rust: use trees expanded, extern crate, :: and method calls, raw and byte strings', async () => {
    const facts = await factsOf('seal.rs', 'rust');
    assert.deepEqual(texts(facts.imports), [
      'aes_gcm',
      'aes_gcm::Aes256Gcm',
      'aes_gcm::KeyInit',
      'aes_gcm::aead',
      'aes_gcm::aead::Aead',
      'aes_gcm::aead::OsRng',
      'openssl',
    ]);
    assert.equal(at(find(facts.imports, 'aes_gcm::KeyInit')), '1:26-1:33');
    assert.deepEqual(texts(facts.calls), [
      'Aes256Gcm.new',
      'key.into',
      'Aes256Gcm.generate_nonce',
      'cipher.encrypt',
      'cipher.encrypt().expect',
      'b"plaintext".as_ref',
    ]);
    assert.deepEqual(texts(facts.strings), ['plaintext', 'encrypt "failed"']);
    const doc = facts.comments[0];
    assert.equal(doc.text, 'Encrypts a message.');
    // The grammar's line comment includes its newline; the range must still end on its own line.
    assert.equal(at(doc), '4:1-4:24');
  });

  it('javascript: import, export-from, require, dynamic import, new, template string', async () => {
    const facts = await factsOf('main.js', 'javascript');
    assert.deepEqual(texts(facts.imports), ['node:crypto', './helper.js', '@tensorflow/tfjs', './plugin.js']);
    assert.deepEqual(texts(facts.calls), [
      'require',
      'import',
      'crypto.createCipheriv',
      'Sealed',
      'cipher.update',
      'cipher.getAuthTag',
    ]);
    const create = find(facts.calls, 'crypto.createCipheriv');
    assert.equal(at(create), '8:18-8:39');
    assert.equal(create.callText, "crypto.createCipheriv('aes-256-gcm', key, iv)");
    assert.ok(texts(facts.strings).includes('tag ${cipher.getAuthTag()}'));
    assert.deepEqual(texts(facts.comments), ['encrypt a buffer']);
  });

  it('typescript: import type, import = require, generic calls, type identifiers', async () => {
    const facts = await factsOf('model.ts.txt', 'typescript');
    assert.deepEqual(texts(facts.imports), ['@tensorflow/tfjs-node', 'fs']);
    assert.deepEqual(texts(facts.calls), ['model.predict', 'Map', 'fs.readFileSync']);
    assert.ok(texts(facts.identifiers).includes('userEmbedding'));
    assert.ok(texts(facts.identifiers).includes('Tensor'));
    assert.deepEqual(texts(facts.comments), ['recommend items']);
  });

  it('tsx: JSX file with import and a call inside an expression container', async () => {
    const facts = await factsOf('View.tsx', 'tsx');
    assert.deepEqual(texts(facts.imports), ['react']);
    assert.deepEqual(texts(facts.calls), ['format']);
    assert.deepEqual(texts(facts.strings), ['react', 'box']);
  });

  it('csharp: using directives (alias too), static call, constructor, verbatim string', async () => {
    const facts = await factsOf('Enc.cs', 'csharp');
    assert.deepEqual(texts(facts.imports), ['System.Security.Cryptography', 'System.Text.Encoding']);
    assert.deepEqual(texts(facts.calls), [
      'Aes.Create',
      'aes.CreateEncryptor',
      'new HMACSHA256().ComputeHash',
      'HMACSHA256',
      'Enc.UTF8.GetBytes',
    ]);
    assert.equal(at(find(facts.calls, 'Aes.Create')), '7:25-7:35');
    assert.deepEqual(texts(facts.strings), ['payload']);
  });

  it('kotlin (tree-sitter-grammars 1.1.0): imports, calls, constructor-style call, templates', async () => {
    const facts = await factsOf('Enc.kt', 'kotlin');
    assert.deepEqual(texts(facts.imports), ['javax.crypto.Cipher', 'javax.crypto.spec.SecretKeySpec']);
    assert.deepEqual(texts(facts.calls).slice(0, 4), ['Cipher.getInstance', 'cipher.init', 'SecretKeySpec', 'cipher.doFinal']);
    assert.equal(at(find(facts.calls, 'Cipher.getInstance')), '8:18-8:36');
    assert.deepEqual(texts(facts.strings), ['AES/GCM/NoPadding', 'AES', 'data${key.size}']);
    assert.deepEqual(texts(facts.comments), ['Kotlin AES']);
  });

  it('ruby: require and require_relative, receiver calls with ::', async () => {
    const facts = await factsOf('seal.rb', 'ruby');
    assert.deepEqual(texts(facts.imports), ['openssl', 'lib/keys']);
    const newCipher = find(facts.calls, 'OpenSSL.Cipher.new');
    assert.equal(at(newCipher), '5:10-5:29');
    assert.equal(newCipher.callText, "OpenSSL::Cipher.new('aes-256-gcm')");
    assert.ok(texts(facts.calls).includes('cipher.encrypt'));
    assert.ok(texts(facts.calls).includes('Keys.fetch'));
    assert.deepEqual(texts(facts.comments), ['seal a message']);
  });

  it('php: use (grouped too), require_once, function/member/static calls, new', async () => {
    const facts = await factsOf('seal.php', 'php');
    assert.deepEqual(texts(facts.imports), [
      'phpseclib3\\Crypt\\AES',
      'Vendor\\Tools',
      'Vendor\\Tools\\Hasher',
      'Vendor\\Tools\\Signer',
      'vendor/autoload.php',
    ]);
    assert.deepEqual(texts(facts.calls), ['openssl_encrypt', 'AES', 'aes.encrypt', 'AES.create']);
    assert.equal(at(find(facts.calls, 'aes.encrypt')), '9:1-9:14');
    assert.deepEqual(texts(facts.strings), ['vendor/autoload.php', 'aes-256-cbc', 'gcm', 'text']);
    assert.deepEqual(texts(facts.comments), ['seal with OpenSSL']);
  });

  it('swift: imports, initialiser call, navigation call', async () => {
    const facts = await factsOf('Seal.swift', 'swift');
    assert.deepEqual(texts(facts.imports), ['CryptoKit', 'Foundation']);
    assert.deepEqual(texts(facts.calls), ['SymmetricKey', 'AES.GCM.seal', 'print']);
    assert.equal(at(find(facts.calls, 'AES.GCM.seal')), '6:15-6:27');
    assert.deepEqual(texts(facts.comments), ['seal data']);
  });
});
