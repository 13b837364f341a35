/**
 * The README's main job: `exportlens scan` on the bundled sample workspace classifies its modules
 * as the examples' README says.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { ScanResult } from '../../server/src/engine/result';
import { runCli } from '../helpers/cli';

const EXPECTED_APPROVAL: Record<string, string[]> = {
  'recommender-service': ['cn.personalized-push'],
  'voice-assistant': ['cn.ai-interactive-interface'],
  'speech-studio': ['cn.speech-synthesis'],
  'vault-crypto': ['ear.5d002-encryption'],
};
const EXPECTED_CLEAN = ['auth-gateway', 'notification-service', 'storefront-web'];

describe('exportlens scan on examples/', function () {
  this.timeout(120_000);
  let json: ScanResult;
  let rawJson: string;

  before(async () => {
    const run = await runCli(['scan', '--format', 'json', '--quiet']);
    assert.equal(run.code, 0, run.stderr);
    rawJson = run.stdout;
    json = JSON.parse(run.stdout) as ScanResult;
  });

  it('flags exactly the controlled modules, each with its category above the threshold', () => {
    const needing = Object.fromEntries(
      json.modules.filter((m) => m.requiresApproval).map((m) => [m.path, m.categories.filter((c) => c.confidence >= 0.6).map((c) => c.id)]),
    );
    assert.deepEqual(needing, EXPECTED_APPROVAL);
  });

  it('keeps the hard negatives clean: broadcast push, password hashing/HMAC/JWT, "recommended" in copy', () => {
    for (const module of EXPECTED_CLEAN) {
      const entry = json.modules.find((m) => m.path === module);
      assert.ok(entry, `${module} listed`);
      assert.equal(entry.requiresApproval, false, `${module}: ${entry.rationale}`);
      const reported = json.findings.filter((f) => f.module === module && !f.suppressed && f.severity !== 'information');
      assert.deepEqual(reported, [], `${module} has no warnings`);
    }
  });

  it('keeps the suppressed finding visible with its reason', () => {
    const suppressed = json.findings.filter((f) => f.suppressed);
    assert.ok(suppressed.length >= 1);
    assert.ok(suppressed.every((f) => f.path === 'auth-gateway/src/legacy-cookie.ts' && f.line === 9));
    assert.match(suppressed[0].suppressionReason ?? '', /LEG-112/);
  });

  it('names the evidence in every finding message and gives a rationale per module', () => {
    for (const f of json.findings) assert.match(f.message, /\[`.+`\]/, f.message);
    const recs = json.modules.find((m) => m.path === 'recommender-service')!;
    assert.match(recs.rationale, /086501X/);
    assert.match(recs.rationale, /approval needed/);
  });

  it('uses relative forward-slash paths, 1-based positions and sorted lists', () => {
    for (const f of json.findings) {
      assert.ok(!path.isAbsolute(f.path) && !f.path.includes('\\'), f.path);
      assert.ok(f.line >= 1 && f.column >= 1 && (f.endLine > f.line || f.endColumn > f.column));
    }
    const keys = json.findings.map((f) => `${f.path}\0${String(f.line).padStart(8, '0')}`);
    assert.deepEqual(keys, [...keys].sort());
    assert.deepEqual(json.modules.map((m) => m.path), json.modules.map((m) => m.path).sort());
  });

  it('is deterministic: a second scan gives byte-identical JSON', async () => {
    const again = await runCli(['scan', '--format', 'json', '--quiet']);
    assert.equal(again.stdout, rawJson);
  });

  it('prints a text summary with modules needing approval first', async () => {
    const run = await runCli(['scan', '--quiet']);
    assert.equal(run.code, 0);
    const approvalAt = run.stdout.indexOf('NEEDS APPROVAL');
    const cleanAt = run.stdout.indexOf('NO CATALOGUE TECHNOLOGY FOUND');
    assert.ok(approvalAt !== -1 && cleanAt > approvalAt);
    for (const module of Object.keys(EXPECTED_APPROVAL)) {
      const at = run.stdout.indexOf(`✖ ${module}`);
      assert.ok(at > approvalAt && at < cleanAt, `${module} listed under NEEDS APPROVAL`);
    }
  });

  it('exits 1 when --fail-on is reached and 0 when it is not', async () => {
    assert.equal((await runCli(['scan', '--quiet', '--fail-on', 'warning', '--format', 'json'])).code, 1);
    // No catalogue category in the sample is prohibited, so nothing reaches error severity.
    assert.equal((await runCli(['scan', '--quiet', '--fail-on', 'error', '--format', 'json'])).code, 0);
  });

  it('--only and --disable select categories', async () => {
    const only = JSON.parse((await runCli(['scan', '--quiet', '--format', 'json', '--only', 'ear.5d002-encryption'])).stdout) as ScanResult;
    assert.deepEqual([...new Set(only.findings.map((f) => f.category))], ['ear.5d002-encryption']);
    const disabled = JSON.parse((await runCli(['scan', '--quiet', '--format', 'json', '--disable', 'ear.5d002-encryption'])).stdout) as ScanResult;
    assert.ok(!disabled.findings.some((f) => f.category === 'ear.5d002-encryption'));
    assert.ok(disabled.modules.find((m) => m.path === 'recommender-service')?.requiresApproval);
  });


  it('--module-root splits a module and --vendor-folder skips folders as vendored', async () => {
    const split = JSON.parse((await runCli(['scan', '--quiet', '--format', 'json', '--module-root', 'vault-crypto/internal/seal'])).stdout) as ScanResult;
    assert.ok(split.modules.some((m) => m.path === 'vault-crypto/internal/seal' && m.requiresApproval));
    assert.ok(split.findings.filter((f) => f.path.startsWith('vault-crypto/internal/seal/')).every((f) => f.module === 'vault-crypto/internal/seal'));
    const vendored = JSON.parse((await runCli(['scan', '--quiet', '--format', 'json', '--vendor-folder', 'internal'])).stdout) as ScanResult;
    assert.ok(vendored.skipped.some((s) => s.path.startsWith('vault-crypto/internal') && /vendor/.test(s.reason)), JSON.stringify(vendored.skipped));
    assert.ok(!vendored.findings.some((f) => f.path.startsWith('vault-crypto/internal/')));
  });
  it('writes --output atomically and reports where', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-out-'));
    try {
      const target = path.join(dir, 'result.json');
      const run = await runCli(['scan', '--format', 'json', '--output', target]);
      assert.equal(run.code, 0);
      assert.equal(fs.readFileSync(target, 'utf8'), rawJson);
      assert.match(run.stderr, /4 of 7 module\(s\) need approval/);
      assert.deepEqual(fs.readdirSync(dir), ['result.json'], 'no temporary file left behind');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('exportlens CLI errors', function () {
  this.timeout(60_000);

  it('exits 2 with a message for a path that does not exist', async () => {
    const run = await runCli(['scan', '/no/such/dir/anywhere', '--quiet']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no such file or directory/);
  });

  it('exits 2 with the usage for a bad option, and for an unknown command', async () => {
    const bad = await runCli(['scan', '--format', 'xml']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be text, json or sarif/);
    const unknown = await runCli(['explode']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command 'explode'/);
  });

  it('reports a broken user catalogue with file and line, and scans with the others', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-cat-'));
    try {
      const broken = path.join(dir, 'broken.yaml');
      fs.writeFileSync(broken, 'id: mine\ntitle: [unclosed\n');
      const run = await runCli(['scan', '--quiet', '--format', 'json', '--catalogue', broken]);
      assert.equal(run.code, 0);
      assert.match(run.stderr, new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+`));
      const result = JSON.parse(run.stdout) as ScanResult;
      assert.ok(result.errors.some((e) => e.path === broken));
      assert.ok(result.modules.some((m) => m.requiresApproval), 'built-in catalogues still applied');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 when no catalogue at all can be loaded', async () => {
    const run = await runCli(['scan', '--quiet', '--no-builtin-catalogues']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no catalogue/);
  });
});
