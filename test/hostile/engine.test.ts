/**
 * Hostile input through the engine's own API: time limits, fact caps, big files decided without
 * being read, deep nesting in every kind of file, files that change while the scan runs, and a large
 * deep tree of tiny files.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { readSourceFile, type ReadableFile } from '../../server/src/engine/files/read';
import { FactExtractor } from '../../server/src/engine/parsing/extract';
import { extractLexically } from '../../server/src/engine/parsing/lexical';
import { IncrementalDocument } from '../../server/src/engine/parsing/incremental';
import { MAX_FACTS_PER_KIND } from '../../server/src/engine/parsing/fact-list';
import { readManifest } from '../../server/src/engine/manifests';
import { scanWorkspace } from '../../server/src/engine/scan';
import { loadCatalogues } from '../../server/src/engine/catalogue/load';
import { builtinCataloguePaths } from '../../server/src/engine/catalogue/location';
import type { Catalogue } from '../../server/src/engine/types';
import { CRYPTO_JS, makeTempDir, MB, NESTING, nestedJs, nestedPython, nestedRust, write, writeMinifiedLine, writeSparse } from './corpus';

/** An `open` for readSourceFile that counts the bytes actually read. */
function countingOpen(counter: { bytes: number }): (absPath: string) => Promise<ReadableFile> {
  return async (absPath) => {
    const handle = await fsp.open(absPath, 'r');
    return {
      stat: () => handle.stat(),
      read: async (buffer, offset, length, position) => {
        const result = await handle.read(buffer, offset, length, position);
        counter.bytes += result.bytesRead;
        return result;
      },
      close: () => handle.close(),
    };
  };
}

describe('hostile input: engine', function () {
  this.timeout(120_000);
  let root: string;
  let catalogues: Catalogue[];
  let extractor: FactExtractor;

  before(async () => {
    root = makeTempDir('engine');
    catalogues = loadCatalogues(builtinCataloguePaths()).catalogues;
    extractor = await FactExtractor.create();
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  describe('big files', () => {
    it('decides about a 200 MB file from its size, reading none of it', async () => {
      const file = writeSparse(root, 'big/huge.py', 200 * MB);
      const counter = { bytes: 0 };
      const result = await readSourceFile(file, 5 * MB, { open: countingOpen(counter) });
      assert.deepEqual(result, { kind: 'skip', reason: 'too-large', detail: '200.0 MB > 5.0 MB limit' });
      assert.equal(counter.bytes, 0);
    });

    it('skips a 50 MB single-line minified file as too large by default, and as minified when the limit allows it', async () => {
      const file = writeMinifiedLine(root, 'big/app.js', 50 * MB);
      const counter = { bytes: 0 };
      const bySize = await readSourceFile(file, 5 * MB, { open: countingOpen(counter) });
      assert.equal(bySize.kind === 'skip' && bySize.reason, 'too-large');
      assert.equal(counter.bytes, 0);
      const byContent = await readSourceFile(file, 64 * MB);
      assert.equal(byContent.kind, 'skip');
      assert.equal(byContent.kind === 'skip' && byContent.reason, 'minified');
      assert.match(byContent.kind === 'skip' ? byContent.detail : '', /line/);
    });
  });

  describe('per-file parse and query time limits', () => {
    it('falls back to lexical extraction with a warning naming the limit when tree-sitter runs past it', async () => {
      const facts = await extractor.extract(nestedRust(), 'rust', { timeoutMs: 50 });
      assert.equal(facts.method, 'lexical');
      assert.match(facts.warning ?? '', /^rust (parse|query) exceeded 50 ms; used lexical extraction$/);
      // The fallback still finds the evidence.
      assert.ok(facts.imports.some((i) => i.text === 'aes_gcm::Aes256Gcm'), JSON.stringify(facts.imports.slice(0, 5)));
    });

    it('applies the same limit to the language server\'s incremental documents (parse and query)', async () => {
      const text = nestedRust();
      const doc = await IncrementalDocument.open(text, 'rust', { timeoutMs: 50 });
      try {
        const facts = doc.facts();
        assert.equal(facts.method, 'lexical');
        assert.match(facts.warning ?? '', /^rust (parse|query) exceeded 50 ms; used lexical extraction$/);
        // An edit that removes the nesting brings the tree back.
        const start = text.indexOf('use a::');
        const end = text.indexOf(';', start) + 1;
        doc.update(text.slice(0, start) + text.slice(end), [{ startOffset: start, oldEndOffset: end, newText: '' }]);
        const after = doc.facts();
        assert.equal(after.method, 'tree-sitter');
        assert.equal(after.warning, undefined);
      } finally {
        doc.dispose();
      }
    });

    it('parses 100,000 levels of nesting in JavaScript and Python without overflowing a stack', async () => {
      for (const [text, language] of [[nestedJs(), 'javascript'], [nestedPython(), 'python']] as const) {
        const facts = await extractor.extract(text, language, { timeoutMs: 60_000 });
        assert.equal(facts.method, 'tree-sitter', `${language}: ${facts.warning}`);
        assert.ok(facts.calls.length > 0, language);
        const lexical = extractLexically(text, language);
        assert.ok(lexical.calls.length > 0, `${language} lexical`);
      }
    });
  });

  describe('fact caps', () => {
    it(`keeps at most ${MAX_FACTS_PER_KIND} facts of each kind, in both extractors`, async () => {
      const count = MAX_FACTS_PER_KIND + 5000;
      const lines: string[] = [];
      for (let i = 0; i < count; i++) lines.push(`f${i}("s${i}"); // c${i}`);
      const text = lines.join('\n');
      const tree = await extractor.extract(text, 'javascript', { timeoutMs: 60_000 });
      const lexical = extractLexically(text, 'javascript');
      for (const facts of [tree, lexical]) {
        assert.equal(facts.calls.length, MAX_FACTS_PER_KIND, facts.method);
        assert.equal(facts.strings.length, MAX_FACTS_PER_KIND, facts.method);
        assert.equal(facts.comments.length, MAX_FACTS_PER_KIND, facts.method);
        assert.equal(facts.identifiers.length, MAX_FACTS_PER_KIND, facts.method);
      }
    });
  });

  describe('deeply nested manifests', () => {
    const deps = { 'crypto-js': '4.2.0' };
    const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
    const deepArray = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

    it('reads the dependencies of a package.json or composer.json nested 100,000 levels deep', async () => {
      for (const x of [deepObject(NESTING), deepArray(NESTING)]) {
        const pkg = await readManifest('package.json', `{"name":"x","dependencies":${JSON.stringify(deps)},"x":${x}}`);
        assert.deepEqual(pkg.dependencies.map((d) => [d.name, d.range.line]), [['crypto-js', 1]]);
        const composer = await readManifest('composer.json', `{"require":{"a/b":"1"},"x":${x}}`);
        assert.deepEqual(composer.dependencies.map((d) => d.name), ['a/b']);
      }
    });

    const refused: [string, string][] = [
      ['pom.xml', `<project>${'<a>'.repeat(NESTING)}${'</a>'.repeat(NESTING)}</project>`],
      ['x.csproj', `<Project>${'<a>'.repeat(NESTING)}${'</a>'.repeat(NESTING)}</Project>`],
      ['Cargo.toml', `[dependencies]\na = "1"\n[x]\ny = ${deepArray(NESTING)}\n`],
      ['pyproject.toml', `[project]\nname = "x"\n[x]\ny = ${deepArray(NESTING)}\n`],
      ['Pipfile', `[packages]\na = "*"\n[x]\ny = ${deepArray(NESTING)}\n`],
      ['build.gradle', `dependencies { implementation "a:b:1" }\nx = ${deepArray(NESTING)}\n`],
      ['Gemfile', `gem 'a'\nx = ${deepArray(NESTING)}\n`],
      ['x.gemspec', `Gem::Specification.new do |s|\n  s.add_dependency 'a'\n  s.metadata = ${deepArray(NESTING)}\nend\n`],
    ];
    for (const [name, text] of refused) {
      it(`${name} nested 100,000 levels deep: read, or refused with an error naming the file`, async () => {
        try {
          const facts = await readManifest(name, text);
          assert.ok(facts.dependencies.length >= 1, `${name}: no dependency read`);
        } catch (error) {
          assert.match((error as Error).message, new RegExp(`^${name.replace('.', '\\.')}[:]`));
        }
      });
    }
  });

  describe('files changed while the scan runs', () => {
    it('reports a deleted file, reads a truncated one as it now is, and does not follow a file swapped for a link', async () => {
      const tree = makeTempDir('midscan');
      const outside = makeTempDir('midscan-outside');
      try {
        write(tree, 'a/first.js', CRYPTO_JS);
        write(tree, 'z/deleted.js', CRYPTO_JS);
        write(tree, 'z/truncated.js', CRYPTO_JS);
        write(tree, 'z/swapped.js', CRYPTO_JS);
        write(tree, 'z/to-folder.js', CRYPTO_JS);
        write(tree, 'z/to-fifo.js', CRYPTO_JS);
        write(outside, 'target.js', CRYPTO_JS);
        let mutated = false;
        const result = await scanWorkspace(tree, {
          catalogues,
          jobs: 1,
          onProgress: () => {
            if (mutated) return;
            mutated = true;
            // After the first file: everything under z/ was discovered but not yet read.
            fs.rmSync(path.join(tree, 'z/deleted.js'));
            fs.truncateSync(path.join(tree, 'z/truncated.js'), 0);
            fs.rmSync(path.join(tree, 'z/swapped.js'));
            fs.symlinkSync(path.join(outside, 'target.js'), path.join(tree, 'z/swapped.js'));
            fs.rmSync(path.join(tree, 'z/to-folder.js'));
            fs.mkdirSync(path.join(tree, 'z/to-folder.js'));
            fs.rmSync(path.join(tree, 'z/to-fifo.js'));
            require('node:child_process').execFileSync('mkfifo', [path.join(tree, 'z/to-fifo.js')]);
          },
        } as Parameters<typeof scanWorkspace>[1]);
        assert.ok(mutated);
        const byPath = (p: string) => ({
          errors: result.errors.filter((e) => e.path === p).map((e) => e.message),
          skipped: result.skipped.filter((s) => s.path === p).map((s) => s.reason),
          findings: result.findings.filter((f) => f.path === p).length,
        });
        assert.ok(byPath('a/first.js').findings > 0);
        assert.deepEqual(byPath('z/deleted.js'), { errors: ['z/deleted.js: cannot open: ENOENT: no such file or directory'], skipped: [], findings: 0 });
        assert.deepEqual(byPath('z/truncated.js'), { errors: [], skipped: [], findings: 0 });
        assert.deepEqual(byPath('z/swapped.js'), { errors: [], skipped: ['symlink'], findings: 0 });
        assert.deepEqual(byPath('z/to-folder.js').skipped, ['unsupported']);
        assert.deepEqual(byPath('z/to-fifo.js').skipped, ['unsupported']);
      } finally {
        fs.rmSync(tree, { recursive: true, force: true });
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });
  });

  describe('many tiny files in a deep tree', () => {
    // 20,000 here; the benchmark (bench/) runs the full 1,000,000.
    const FILES = 20_000;
    const DEPTH = 200;
    it(`scans ${FILES.toLocaleString('en')} tiny files spread over a ${DEPTH}-level tree, counting every one`, async () => {
      const tree = makeTempDir('tiny');
      try {
        let dir = tree;
        const perLevel = FILES / DEPTH;
        for (let level = 0; level < DEPTH; level++) {
          dir = path.join(dir, `d${level}`);
          fs.mkdirSync(dir);
          for (let i = 0; i < perLevel; i++) fs.writeFileSync(path.join(dir, `f${i}.py`), `x = ${i}\n`);
        }
        write(tree, `${Array.from({ length: DEPTH }, (_, i) => `d${i}`).join('/')}/seal.js`, CRYPTO_JS);
        const result = await scanWorkspace(tree, { catalogues, jobs: 1 } as Parameters<typeof scanWorkspace>[1]);
        assert.equal(result.stats.filesScanned, FILES + 1);
        assert.deepEqual(result.errors, []);
        assert.ok(result.findings.some((f) => f.path.endsWith('/seal.js') && f.path.split('/').length === DEPTH + 1));
      } finally {
        fs.rmSync(tree, { recursive: true, force: true });
      }
    });
  });
});
