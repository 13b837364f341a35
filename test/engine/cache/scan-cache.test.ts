/**
 * The scan cache: a warm scan of an unchanged workspace reads its outcomes from the cache and gives the
 * same result; a changed file, catalogue or analysis option is a miss; a corrupt cache file is reported
 * and rebuilt. Hand-written categories keep these tests independent of catalogue tuning.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { Workspace, type ScanOptions } from '../../../server/src/engine/scan';
import { formatJson } from '../../../server/src/output/json';
import type { Catalogue, Category } from '../../../server/src/engine/types';
import { category, signal } from '../../helpers/signals';

function catalogueOf(categories: Category[]): Catalogue {
  return { id: 'test', title: 'Test', version: '1', jurisdiction: 'test', revisions: [], categories, sourcePath: '/nonexistent/test-catalogue.yaml' };
}

const CRYPTO = category('test.crypto', [
  signal({ id: 'imp', kind: 'import', match: 'cryptolib', weight: 0.7 }),
  signal({ id: 'call', kind: 'call', match: 'cryptolib.encrypt', weight: 0.7 }),
]);

function makeWorkspace(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-cache-'));
  fs.mkdirSync(path.join(root, 'svc'));
  fs.writeFileSync(path.join(root, 'svc', 'a.py'), 'import cryptolib\n\ncryptolib.encrypt(b"x")\n');
  fs.writeFileSync(path.join(root, 'svc', 'b.py'), 'print("nothing here")\n');
  fs.writeFileSync(path.join(root, 'svc', 'c.js'), "const c = require('cryptolib');\nc.encrypt('x');\n");
  fs.writeFileSync(path.join(root, 'README.md'), '# sample\n');
  return root;
}

async function scan(root: string, options: Partial<ScanOptions> & { catalogues: Catalogue[] }, cacheDir?: string, notices: string[] = []) {
  const workspace = await Workspace.open(root, options);
  await workspace.scanAll({ jobs: 1, cacheDir, onNotice: (m) => notices.push(m) });
  return { json: formatJson(workspace.result()), stats: workspace.lastCacheStats, workspace };
}

describe('scan cache', function () {
  this.timeout(120_000);
  let root: string;
  let cacheDir: string;
  const catalogues = [catalogueOf([CRYPTO])];

  beforeEach(() => {
    root = makeWorkspace();
    cacheDir = path.join(root, '.exportlens-cache');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('misses everything cold, hits everything warm, and both equal an uncached scan', async () => {
    const uncached = await scan(root, { catalogues });
    const cold = await scan(root, { catalogues }, cacheDir);
    assert.deepEqual(cold.stats, { statHits: 0, hashHits: 0, misses: 4 });
    const warm = await scan(root, { catalogues }, cacheDir);
    assert.equal(warm.stats!.misses, 0);
    assert.equal(warm.stats!.statHits + warm.stats!.hashHits, 4);
    assert.equal(cold.json, uncached.json);
    assert.equal(warm.json, uncached.json);
    assert.ok(JSON.parse(warm.json).findings.length > 0, 'the cached outcomes carry findings');
  });

  it('trusts an old stat without reading the file, and re-reads a file whose stat changed', async () => {
    await scan(root, { catalogues }, cacheDir);
    // Age every file so its stat is trusted when the cache is saved again.
    const old = new Date(Date.now() - 60_000);
    for (const rel of ['svc/a.py', 'svc/b.py', 'svc/c.js', 'README.md']) fs.utimesSync(path.join(root, rel), old, old);
    await scan(root, { catalogues }, cacheDir);
    const byStat = await scan(root, { catalogues }, cacheDir);
    assert.deepEqual(byStat.stats, { statHits: 4, hashHits: 0, misses: 0 });
    const later = new Date(Date.now() - 30_000);
    fs.utimesSync(path.join(root, 'svc', 'b.py'), later, later); // touched, same bytes
    const touched = await scan(root, { catalogues }, cacheDir);
    assert.deepEqual(touched.stats, { statHits: 3, hashHits: 1, misses: 0 });
  });

  it('misses a file whose content changed and reports the new content', async () => {
    await scan(root, { catalogues }, cacheDir);
    fs.writeFileSync(path.join(root, 'svc', 'a.py'), 'print("crypto removed")\n');
    const changed = await scan(root, { catalogues }, cacheDir);
    assert.equal(changed.stats!.misses, 1);
    assert.equal(changed.json, (await scan(root, { catalogues })).json);
    assert.ok(!JSON.parse(changed.json).findings.some((f: { path: string }) => f.path === 'svc/a.py'));
  });

  it('misses everything when a catalogue signal changes', async () => {
    await scan(root, { catalogues }, cacheDir);
    const tuned = [catalogueOf([category('test.crypto', [signal({ id: 'imp', kind: 'import', match: 'cryptolib', weight: 0.9 })])])];
    const result = await scan(root, { catalogues: tuned }, cacheDir);
    assert.deepEqual(result.stats, { statHits: 0, hashHits: 0, misses: 4 });
    assert.equal(result.json, (await scan(root, { catalogues: tuned })).json);
  });

  it('misses everything when an option that changes analysis changes, but not for one that does not', async () => {
    await scan(root, { catalogues }, cacheDir);
    const smaller = await scan(root, { catalogues, maxFileSize: 30 }, cacheDir);
    // The two files over 30 bytes are skipped before analysis; the two left must not reuse outcomes.
    assert.deepEqual(smaller.stats, { statHits: 0, hashHits: 0, misses: 2 });
    assert.ok(JSON.parse(smaller.json).skipped.some((s: { reason: string }) => s.reason === 'too-large'));
    await scan(root, { catalogues }, cacheDir);
    const threshold = await scan(root, { catalogues, approvalThreshold: 0.95 }, cacheDir);
    assert.equal(threshold.stats!.misses, 0, 'classification thresholds do not change a file’s outcome');
  });

  it('reports a corrupt cache file, rebuilds it, and still gives the right result', async () => {
    const first = await scan(root, { catalogues }, cacheDir);
    const [file] = fs.readdirSync(cacheDir).filter((name) => name.endsWith('.cache'));
    const cachePath = path.join(cacheDir, file);
    const text = fs.readFileSync(cachePath, 'utf8');
    // Flip one character in the body: valid JSON or not, the checksum no longer matches.
    const at = text.indexOf('cryptolib');
    fs.writeFileSync(cachePath, text.slice(0, at) + 'X' + text.slice(at + 1));
    const notices: string[] = [];
    const rebuilt = await scan(root, { catalogues }, cacheDir, notices);
    assert.equal(notices.length, 1);
    assert.match(notices[0], /corrupt \(checksum mismatch/);
    assert.ok(notices[0].includes(cachePath), 'the message names the cache file');
    assert.equal(rebuilt.stats!.misses, 4);
    assert.equal(rebuilt.json, first.json);
    const after = await scan(root, { catalogues }, cacheDir, notices);
    assert.equal(after.stats!.misses, 0, 'the rebuilt cache is used');
    assert.equal(notices.length, 1);
  });

  it('keeps files whose names hold newlines, commas, quotes and non-Latin letters (one entry per line)', async function () {
    if (process.platform === 'win32') this.skip();
    const names = ['svc/new\nline.py', 'svc/comma,"quote".py', 'svc/检查 é.py', 'svc/comma-newline,\n,.py'];
    for (const name of names) fs.writeFileSync(path.join(root, name), 'import cryptolib\n');
    const cold = await scan(root, { catalogues }, cacheDir);
    const warm = await scan(root, { catalogues }, cacheDir);
    assert.equal(cold.stats!.misses, 4 + names.length);
    assert.deepEqual({ misses: warm.stats!.misses, hits: warm.stats!.statHits + warm.stats!.hashHits }, { misses: 0, hits: 4 + names.length });
    assert.equal(warm.json, cold.json);
    for (const name of names) assert.ok(cold.json.includes(JSON.stringify(name)), `${name} is in the result`);
  });

  it('rebuilds a cache whose checksum matches but whose entry line is not JSON', async () => {
    await scan(root, { catalogues }, cacheDir);
    const [file] = fs.readdirSync(cacheDir).filter((name) => name.endsWith('.cache'));
    const cachePath = path.join(cacheDir, file);
    const text = fs.readFileSync(cachePath, 'utf8');
    const newline = text.indexOf('\n');
    const body = text.slice(newline + 1).replace('"svc/b.py":[', '"svc/b.py":[[');
    const header = { ...JSON.parse(text.slice(0, newline)), checksum: createHash('sha256').update(body).digest('hex') };
    fs.writeFileSync(cachePath, `${JSON.stringify(header)}\n${body}`);
    const notices: string[] = [];
    const result = await scan(root, { catalogues }, cacheDir, notices);
    assert.match(notices.join('\n'), /corrupt \(entry \d+ is not JSON\)/);
    assert.equal(result.stats!.misses, 4);
  });

  it('rebuilds a cache file that is not a cache at all', async () => {
    await scan(root, { catalogues }, cacheDir);
    const [file] = fs.readdirSync(cacheDir).filter((name) => name.endsWith('.cache'));
    fs.writeFileSync(path.join(cacheDir, file), 'garbage');
    const notices: string[] = [];
    const result = await scan(root, { catalogues }, cacheDir, notices);
    assert.match(notices.join('\n'), /corrupt \(no header line\)/);
    assert.equal(result.stats!.misses, 4);
  });

  it('keeps the cache folder inside the workspace out of the scan result', async () => {
    const before = await scan(root, { catalogues });
    await scan(root, { catalogues }, cacheDir);
    assert.ok(fs.readdirSync(cacheDir).some((name) => name.endsWith('.cache')));
    const warm = await scan(root, { catalogues }, cacheDir);
    assert.equal(warm.json, before.json);
  });
});
