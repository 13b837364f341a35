/**
 * `scan --shard K/N` on N machines plus `merge` equals one `scan`: byte-identical JSON, SARIF and text
 * on the sample workspace and on the multi-language corpus. Modules whose files fall into different
 * shards are classified only at merge time, so this also proves module scores see all their evidence.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('scan --shard and merge', function () {
  this.timeout(600_000);
  let out: string;

  before(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-shards-'));
  });
  after(() => fs.rmSync(out, { recursive: true, force: true }));

  async function shards(folder: string, count: number, extra: string[] = []): Promise<string[]> {
    const files: string[] = [];
    for (let k = 1; k <= count; k++) {
      const file = path.join(out, `${path.basename(folder)}-${k}-of-${count}.json`);
      const run = await runCli(['scan', path.join(ROOT, folder), '--shard', `${k}/${count}`, '--quiet', '--jobs', '1', '--output', file, ...extra]);
      assert.equal(run.code, 0, run.stderr);
      files.push(file);
    }
    return files;
  }

  for (const folder of ['examples', 'test/corpus']) {
    it(`merges 3 shards of ${folder}/ into the single-machine report (json, sarif, text)`, async () => {
      const files = await shards(folder, 3);
      const reports = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as { files: { path: string }[] });
      assert.ok(reports.every((r) => r.files.length > 0), 'every shard got some files');
      for (const format of ['json', 'sarif', 'text']) {
        const single = await runCli(['scan', path.join(ROOT, folder), '--format', format, '--quiet']);
        assert.equal(single.code, 0, single.stderr);
        // Shards given in another order: the merge must not depend on it.
        const merged = await runCli(['merge', files[2], files[0], files[1], '--format', format]);
        assert.equal(merged.code, 0, merged.stderr);
        assert.equal(merged.stdout, single.stdout, `${format} differs`);
      }
    });
  }

  it('spreads the files of one module over several shards (so merge must classify)', async () => {
    const files = await shards('examples', 3);
    const shardsByModule = new Map<string, Set<number>>();
    files.forEach((file, index) => {
      const report = JSON.parse(fs.readFileSync(file, 'utf8')) as { files: { path: string }[] };
      for (const entry of report.files) {
        const module = entry.path.split('/')[0];
        shardsByModule.set(module, (shardsByModule.get(module) ?? new Set()).add(index));
      }
    });
    assert.ok([...shardsByModule.values()].some((set) => set.size > 1));
    // And no shard classifies: module scores exist only in the merged report.
    assert.ok(files.every((file) => !('modules' in JSON.parse(fs.readFileSync(file, 'utf8')))));
  });

  it('refuses a merge with a shard missing or given twice, naming the problem', async () => {
    const files = await shards('examples', 2);
    const missing = await runCli(['merge', files[0], '--format', 'json']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /shard\(s\) 2\/2 missing/);
    const twice = await runCli(['merge', files[0], files[0], '--format', 'json']);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /already given/);
  });

  it('refuses shards scanned with other catalogue options than the merge', async () => {
    const files = await shards('examples', 2, ['--disable', 'cn.personalized-push']);
    const merged = await runCli(['merge', ...files, '--format', 'json']);
    assert.equal(merged.code, 2);
    assert.match(merged.stderr, /other catalogues/);
    const matching = await runCli(['merge', ...files, '--format', 'json', '--disable', 'cn.personalized-push']);
    assert.equal(matching.code, 0, matching.stderr);
  });

  it('rejects a file that is not a shard report, naming it', async () => {
    const bogus = path.join(out, 'bogus.json');
    fs.writeFileSync(bogus, '{"version":1}');
    const run = await runCli(['merge', bogus]);
    assert.equal(run.code, 2);
    assert.ok(run.stderr.includes('bogus.json: not an ExportLens shard report'));
  });

  it('rejects --shard with a malformed spec or a non-JSON format', async () => {
    for (const args of [['--shard', '4/3'], ['--shard', '0/3'], ['--shard', 'x'], ['--shard', '1/2', '--format', 'sarif']]) {
      const run = await runCli(['scan', path.join(ROOT, 'examples'), ...args]);
      assert.equal(run.code, 2, args.join(' '));
    }
  });
});
