/**
 * The packaged extension holds what the installed extension needs at run time and nothing else:
 * the two bundles, the tree-sitter runtime and every grammar the engine can load, the catalogue with
 * its schema, and the fact queries; never node_modules or sources. The expected grammar files are
 * read from the catalogue of query folders and from the tree-sitter host, not from the .vsix itself.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allGrammarIds, grammarWasmPath } from '../../server/src/engine/parsing/tree-sitter-host';
import { packageExtension } from './helpers/package-extension';
import { OUTPUT_DIR, PROJECT_ROOT } from './helpers/paths';

function listVsix(vsix: string): string[] {
  const listing = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' });
  return listing.split('\n').filter(Boolean);
}

describe('packaged extension (.vsix)', function () {
  this.timeout(240_000);
  let files: string[];
  let vsixBytes: number;

  before(async function () {
    const vsix = await packageExtension();
    files = listVsix(vsix);
    vsixBytes = fs.statSync(vsix).size;
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    fs.writeFileSync(path.join(OUTPUT_DIR, 'vsix-contents.txt'), `${vsixBytes} bytes\n${files.join('\n')}\n`);
  });

  it('contains the client and server bundles and the manifest', () => {
    for (const file of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.js']) {
      assert.ok(files.includes(file), `${file} is missing from the .vsix`);
    }
  });

  it('contains web-tree-sitter.wasm and every grammar .wasm the engine knows', () => {
    const expected = ['web-tree-sitter.wasm', ...allGrammarIds().map((id) => path.basename(grammarWasmPath(id)))];
    const missing = expected.filter((name) => !files.includes(`extension/dist/wasm/${name}`));
    assert.deepEqual(missing, [], `wasm files missing from extension/dist/wasm/`);
  });

  it('contains every catalogue, the schema and every fact query', () => {
    const catalogue = fs.readdirSync(path.join(PROJECT_ROOT, 'catalogue')).filter((name) => name.endsWith('.yaml') || name === 'schema.json');
    const queries = fs.readdirSync(path.join(PROJECT_ROOT, 'grammars')).map((language) => `grammars/${language}/facts.scm`);
    assert.ok(catalogue.length >= 2 && queries.length > 0, 'the project itself has no catalogue or queries');
    const missing = [...catalogue.map((name) => `catalogue/${name}`), ...queries].filter((file) => !files.includes(`extension/${file}`));
    assert.deepEqual(missing, []);
  });

  it('ships no node_modules, sources, tests or build output other than dist/', () => {
    const unwanted = files.filter((file) => /^extension\/(node_modules|client|server|test|out|tools|examples|scripts)\//.test(file) || /\.ts$|\.map$/.test(file));
    assert.deepEqual(unwanted, []);
  });

  it('stays small (every dependency is bundled, nothing is shipped twice)', () => {
    // About 2.8 MB today (28 MB unpacked, mostly grammar wasm); 20 MB would mean node_modules or a corpus slipped in.
    assert.ok(vsixBytes < 20 * 1024 * 1024, `the .vsix is ${vsixBytes} bytes`);
  });
});
