import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FactExtractor } from '../../../server/src/engine/parsing/extract';
import { configureQueryLocation, factQueryPath } from '../../../server/src/engine/parsing/query-files';

describe('parsing: FactExtractor robustness', function () {
  this.timeout(60_000);
  let extractor: FactExtractor;
  before(async () => {
    extractor = await FactExtractor.create();
  });

  it('columns count UTF-16 code units on lines with non-ASCII text', async () => {
    const facts = await extractor.extract('const s = "é😀"; foo();\n/* ü */ bar.baz("x");\n', 'javascript');
    assert.deepEqual(facts.calls.map((c) => [c.text, c.range]), [
      ['foo', { line: 1, column: 18, endLine: 1, endColumn: 21 }],
      ['bar.baz', { line: 2, column: 9, endLine: 2, endColumn: 16 }],
    ]);
    assert.deepEqual(facts.strings[0].range, { line: 1, column: 11, endLine: 1, endColumn: 16 });
  });

  it('reports syntax errors without failing', async () => {
    const facts = await extractor.extract('import os\ndef broken(:\n    os.remove("x")\n', 'python');
    assert.equal(facts.method, 'tree-sitter');
    assert.equal(facts.hadSyntaxErrors, true);
    assert.deepEqual(facts.imports.map((f) => f.text), ['os']);
  });

  it('text files are read lexically', async () => {
    const facts = await extractor.extract('# note\nrun(x)', 'text');
    assert.equal(facts.method, 'lexical');
    assert.deepEqual(facts.calls.map((f) => f.text), ['run']);
  });

  it('100,000 levels of nesting do not crash', async () => {
    const depth = 100_000;
    const facts = await extractor.extract(`x = ${'['.repeat(depth)}${']'.repeat(depth)};\nfoo();`, 'javascript');
    assert.ok(facts.calls.some((c) => c.text === 'foo'), facts.warning);
    const rust = await extractor.extract(`use a::${'{b::'.repeat(depth / 2)}c${'}'.repeat(depth / 2)};`, 'rust', { timeoutMs: 500 });
    // Either the tree or (past the time limit) the lexical scanner: both find the first path.
    assert.equal(rust.imports[0]?.text, 'a');
  });

  it('falls back to lexical extraction past the time limit, and the parser stays usable', async () => {
    const big = 'const k = crypto.createCipheriv("aes-256-gcm", key, iv);\n'.repeat(40_000);
    const timedOut = await extractor.extract(big, 'javascript', { timeoutMs: 1 });
    assert.equal(timedOut.method, 'lexical');
    assert.match(timedOut.warning ?? '', /exceeded 1 ms/);
    assert.equal(timedOut.calls[0].text, 'crypto.createCipheriv');
    // A cancelled parse must not leak into the next one.
    const small = await extractor.extract('a.b(1);', 'javascript');
    assert.equal(small.method, 'tree-sitter');
    assert.deepEqual(small.calls.map((c) => [c.text, c.range.column]), [['a.b', 1]]);
  });

  it('falls back with a warning when the grammar cannot load', async () => {
    const broken = await FactExtractor.create({ createParser: () => Promise.reject(new Error('bad wasm /x/tree-sitter-go.wasm')) });
    const facts = await broken.extract('package p\nimport "crypto/aes"\nfunc f() { aes.NewCipher(k) }', 'go');
    assert.equal(facts.method, 'lexical');
    assert.match(facts.warning ?? '', /go grammar unavailable: bad wasm \/x\/tree-sitter-go\.wasm/);
    assert.deepEqual(facts.imports.map((f) => f.text), ['crypto/aes']);
    assert.deepEqual(facts.calls.map((f) => f.text), ['aes.NewCipher']);
  });

  it('falls back with a warning naming the query file when a query is invalid', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-queries-'));
    fs.mkdirSync(path.join(dir, 'ruby'));
    fs.writeFileSync(path.join(dir, 'ruby', 'facts.scm'), '(no_such_node) @call');
    configureQueryLocation(dir);
    try {
      assert.equal(factQueryPath('ruby'), path.join(dir, 'ruby', 'facts.scm'));
      const facts = await extractor.extract("require 'openssl'", 'ruby');
      assert.equal(facts.method, 'lexical');
      assert.ok(facts.warning?.includes(path.join(dir, 'ruby', 'facts.scm')), facts.warning);
      assert.deepEqual(facts.imports.map((f) => f.text), ['openssl']);
    } finally {
      configureQueryLocation(undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const restored = await extractor.extract("require 'openssl'", 'ruby');
    assert.equal(restored.method, 'tree-sitter');
  });
});
