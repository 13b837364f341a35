/**
 * Property tests (fast-check): arbitrary bytes never throw out of the engine; after any sequence of
 * edits the language server's incremental analysis equals a fresh analysis of the final text; scan
 * results are byte-identical across runs and across the order files were created in.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { FileAnalyzer } from '../../server/src/engine/analyze-file';
import { SignalIndex } from '../../server/src/engine/detection/signal-index';
import { analyseFile, roleOf, scanWorkspace } from '../../server/src/engine/scan';
import { resolveOptions } from '../../server/src/engine/defaults';
import { loadCatalogues } from '../../server/src/engine/catalogue/load';
import { builtinCataloguePaths } from '../../server/src/engine/catalogue/location';
import { formatJson } from '../../server/src/output/json';
import { OpenDocument } from '../../server/src/lsp/documents';
import { analyseDocument } from '../../server/src/lsp/document-analysis';
import type { Catalogue } from '../../server/src/engine/types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CRYPTO_JS, makeTempDir, write } from './corpus';

const NAMES = ['a.js', 'b.py', 'c.rs', 'd.go', 'e.java', 'f.c', 'package.json', 'requirements.txt', 'pom.xml', 'Cargo.toml', 'README.md', 'g.scala', 'h.rb', 'i.php'];

describe('hostile input: properties', function () {
  this.timeout(120_000);
  let catalogues: Catalogue[];
  let analyzer: FileAnalyzer;
  let dir: string;
  before(async () => {
    catalogues = loadCatalogues(builtinCataloguePaths()).catalogues;
    analyzer = await FileAnalyzer.create(new SignalIndex(catalogues.flatMap((c) => c.categories)));
    dir = makeTempDir('props');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('arbitrary bytes, under any source or manifest name, never throw out of analyseFile and always name the file', async () => {
    const options = resolveOptions({});
    // Mix pure noise with text-like bytes around real evidence, so both the skip paths and the parsers are exercised.
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.tuple(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 })).map(([a, b]) => Buffer.concat([a, Buffer.from(CRYPTO_JS), b])),
      fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => Buffer.from(`import crypto\n${s}\ncrypto.createCipheriv("aes")`)),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom(...NAMES), async (content, name) => {
        const relPath = `p${n++}/${name}`;
        const abs = write(dir, relPath, content);
        const outcome = await analyseFile(analyzer, abs, relPath, roleOf(relPath)!, options);
        if (outcome.kind === 'skipped') assert.equal(outcome.skip.path, relPath);
        else if (outcome.kind === 'failed') assert.ok(outcome.error.path === relPath && outcome.error.message.length > 0);
        else {
          assert.equal(outcome.analysis.path, relPath);
          for (const problem of outcome.problems) assert.equal(problem.path, relPath);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('after any sequence of edits, the language server\'s incremental analysis equals a fresh analysis of the final text', async () => {
    const base = `// exportlens-ignore ear.5d002-encryption -- reviewed\n${CRYPTO_JS}function f(a) { return a.b(1); }\n`;
    const fragments = ['(', ')', '{', '}', '"', "'", '\n', 'crypto.createDecipheriv(', '// exportlens-ignore ear.5d002-encryption -- ok\n', 'é😀', '`${', '/*', '*/', 'require("crypto")'];
    const edit = fc.record({ start: fc.nat(), length: fc.nat({ max: 10 }), insert: fc.constantFrom(...fragments) });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }), async (batches) => {
        const uri = 'file:///w/a.js';
        const document = new OpenDocument(uri, '/w/a.js', TextDocument.create(uri, 'javascript', 1, base));
        const role = roleOf('a.js')!;
        let version = 1;
        try {
          await analyseDocument(document, 'a.js', role, analyzer);
          for (const batch of batches) {
            const changes = batch.map((e) => {
              const text = document.getText();
              const start = document.document.positionAt(Math.min(e.start, text.length));
              const end = document.document.positionAt(Math.min(e.start + e.length, text.length));
              const change = { range: { start, end }, text: e.insert };
              document.applyChanges([change], ++version);
              return change;
            });
            assert.ok(changes.length > 0);
            const incremental = await analyseDocument(document, 'a.js', role, analyzer);
            const fresh = await analyzer.analyzeSource('a.js', document.getText(), 'javascript');
            assert.deepEqual(
              { evidence: incremental.analysis.evidence, suppressions: incremental.analysis.suppressions },
              { evidence: fresh.evidence, suppressions: fresh.suppressions },
            );
          }
        } finally {
          document.dispose();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('scan JSON is byte-identical across runs and across the order the files were created in', async () => {
    const files: [string, string][] = [
      ['svc/package.json', '{"name":"svc","dependencies":{"crypto-js":"4"}}'],
      ['svc/seal.js', CRYPTO_JS],
      ['svc/b.js', CRYPTO_JS.replace('gcm', 'cbc')],
      ['py/req/requirements.txt', 'pycryptodome==3\nimplicit\n'],
      ['py/req/model.py', 'from Crypto.Cipher import AES\nimport implicit\nmodel = implicit.als.AlternatingLeastSquares()\n'],
      ['names/加密.js', CRYPTO_JS],
      ['names/with space.js', CRYPTO_JS],
      ['bin/x.js', '\u0000binary'],
      ['README.md', 'This distribution includes cryptographic software.\n'],
    ];
    const reference = await (async () => {
      const root = path.join(dir, 'det-ref');
      for (const [p, c] of files) write(root, p, c);
      const first = formatJson(await scanWorkspace(root, { catalogues, jobs: 1 }));
      assert.equal(formatJson(await scanWorkspace(root, { catalogues, jobs: 1 })), first);
      return first;
    })();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(files, { minLength: files.length }), async (order) => {
        const root = path.join(dir, `det-${run++}`);
        for (const [p, c] of order) write(root, p, c);
        assert.equal(formatJson(await scanWorkspace(root, { catalogues, jobs: 1 })), reference);
      }),
      { numRuns: 6 },
    );
  });
});
