/**
 * Broken configuration: catalogue files with YAML syntax errors, schema violations, duplicate ids and
 * patterns that would backtrack catastrophically; malformed settings; a corrupt scan cache; a
 * malformed review record. Each is reported naming the file (and line), and the rest still works.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCatalogues, loadCatalogueFile } from '../../server/src/engine/catalogue/load';
import { builtinCataloguePaths } from '../../server/src/engine/catalogue/location';
import { scanWorkspace } from '../../server/src/engine/scan';
import { formatJson } from '../../server/src/output/json';
import { parseSettings } from '../../server/src/lsp/settings';
import { readDecisions, setDecision, DecisionsFileError } from '../../server/src/report/decisions';
import { runCli } from '../helpers/cli';
import { catalogueYaml, CRYPTO_JS, makeTempDir, write } from './corpus';

describe('hostile configuration', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('config');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('catalogue files', () => {
    it('reports a YAML syntax error with file:line:column, and the CLI still scans with the other catalogues (exit 0)', async () => {
      const bad = write(dir, 'bad.yaml', catalogueYaml('acme', '{ id: s, kind: call, match: x, weight: 0.7, label: "x"').replace('title: acme', 'title: [acme'));
      const { problems, catalogue } = loadCatalogueFile(bad);
      assert.equal(catalogue, undefined);
      assert.ok(problems.length > 0);
      assert.ok(problems.every((p) => p.file === bad && typeof p.line === 'number' && /^YAML syntax error/.test(p.message)), JSON.stringify(problems));
      write(dir, 'ws/seal.js', CRYPTO_JS);
      const run = await runCli(['scan', path.join(dir, 'ws'), '--catalogue', bad, '--format', 'json', '--quiet']);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, new RegExp(`catalogue problem: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: YAML syntax error`));
      const json = JSON.parse(run.stdout) as { errors: { path: string; message: string }[]; findings: unknown[] };
      assert.ok(json.errors.some((e) => e.path === bad && /^catalogue \d+:\d+: YAML syntax error/.test(e.message)));
      assert.ok(json.findings.length > 0, 'the built-in catalogues were not applied');
    });

    it('exits 2 naming the file when the only catalogue asked for is broken', async () => {
      const bad = write(dir, 'schema.yaml', catalogueYaml('acme', '{ id: s, kind: call, match: x, weight: 2, label: "x" }'));
      const run = await runCli(['scan', dir, '--no-builtin-catalogues', '--catalogue', bad, '--quiet']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /schema\.yaml:18:\d+: .*weight/);
      assert.match(run.stderr, /no catalogue could be loaded/);
    });

    it('reports schema violations at the offending line', () => {
      const bad = write(dir, 'schema.yaml', catalogueYaml('acme', '{ id: s, kind: telepathy, match: x, weight: 0.5, label: "x" }'));
      const { problems } = loadCatalogueFile(bad);
      assert.ok(problems.some((p) => p.line === 18 && /kind/.test(p.message)), JSON.stringify(problems));
    });

    it('reports duplicate category ids within a file and across files; the first definition wins', () => {
      const first = write(dir, 'first.yaml', catalogueYaml('one', '{ id: s, kind: call, match: acmeCall, weight: 0.7, label: "x" }', 'acme.dup'));
      const second = write(dir, 'second.yaml', catalogueYaml('two', '{ id: s, kind: call, match: otherCall, weight: 0.7, label: "y" }', 'acme.dup'));
      const { catalogues, problems } = loadCatalogues([first, second]);
      assert.deepEqual(catalogues.map((c) => [c.id, c.categories.map((k) => k.id)]), [['one', ['acme.dup']], ['two', []]]);
      assert.deepEqual(problems.map((p) => [path.basename(p.file), p.line]), [['second.yaml', 8]]);
      assert.match(problems[0].message, /duplicate category id 'acme\.dup': already loaded from .*first\.yaml/);
      const within = write(dir, 'within.yaml', catalogueYaml('three', '{ id: s, kind: call, match: a, weight: 0.7, label: "x" }\n      - { id: s, kind: call, match: b, weight: 0.7, label: "y" }'));
      const inFile = loadCatalogueFile(within).problems;
      assert.deepEqual(inFile.map((p) => p.line), [19]);
      assert.match(inFile[0].message, /duplicate signal id 's'.*first defined on line 18/);
    });

    it('refuses patterns RE2 cannot run (backreferences, lookaround) with file:line and the reason', () => {
      const bad = write(dir, 'backref.yaml', catalogueYaml('acme', String.raw`{ id: s, kind: literal, match: '(a+)\1', weight: 0.5, label: "x" }`));
      const { problems } = loadCatalogueFile(bad);
      assert.equal(problems.length, 1);
      assert.equal(problems[0].file, bad);
      assert.equal(problems[0].line, 18);
      assert.match(problems[0].message, /backreferences .* linear-time RE2 engine/);
      const look = write(dir, 'look.yaml', catalogueYaml('acme', `{ id: s, kind: literal, match: 'a(?=b)', weight: 0.5, label: "x" }`));
      assert.match(loadCatalogueFile(look).problems[0]?.message ?? '', /lookahead and lookbehind are not supported/);
    });

    it('runs a catastrophically backtracking pattern in linear time: a scan over a long literal completes', async () => {
      // On a backtracking engine `(x+x+)+y` against a run of 400 x's without a y would not finish this
      // century. Lines of 400 (a 40,000-character line would be skipped as minified before matching).
      const evil = write(dir, 'evil.yaml', catalogueYaml('acme', `{ id: evil, kind: literal, match: '(x+x+)+y', weight: 0.9, label: "evil pattern" }`));
      const hit = write(dir, 'evil2.yaml', catalogueYaml('acme2', `{ id: evil, kind: literal, match: '(x+x+)+y', weight: 0.9, label: "evil pattern" }`, 'acme2.hit'));
      const { catalogues, problems } = loadCatalogues([evil, hit]);
      assert.deepEqual(problems, []);
      const runs = `${'x'.repeat(400)}\n`.repeat(100);
      write(dir, 'ws/a/long.py', `s = """${runs}"""\n`);
      write(dir, 'ws/b/match.py', `s = """${runs}xxy"""\n`);
      const result = await scanWorkspace(path.join(dir, 'ws'), { catalogues, jobs: 1 });
      assert.deepEqual(result.errors, []);
      assert.deepEqual([...new Set(result.findings.map((f) => f.path))], ['b/match.py']);
    });
  });

  describe('settings', () => {
    it('replaces each value of the wrong type by its default and names it; valid values are kept', () => {
      const { settings, problems } = parseSettings({
        enable: 'yes',
        catalogueFiles: 'one.yaml',
        disabledCategories: ['ear.5d002-encryption', 42, null],
        include: { glob: '**' },
        exclude: 7,
        severityOverrides: { 'ear.5d002-encryption': 'loud', 'cn.personalized-push': 'error' },
        maxFileSize: -5,
      });
      assert.deepEqual(settings, {
        enable: true,
        catalogueFiles: [],
        disabledCategories: ['ear.5d002-encryption'],
        include: [],
        exclude: [],
        severityOverrides: { 'cn.personalized-push': 'error' },
        maxFileSize: 5 * 1024 * 1024,
      });
      assert.equal(problems.length, 7, problems.join('\n'));
      for (const key of ['enable', 'catalogueFiles', 'disabledCategories', 'include', 'exclude', 'severityOverrides', 'maxFileSize']) {
        assert.ok(problems.some((p) => p.includes(`exportlens.${key}`)), key);
      }
    });

    it('treats a section that is not an object (null, a string, an array) as "all defaults"', () => {
      for (const raw of [null, 'exportlens', [1, 2], 42]) {
        assert.equal(parseSettings(raw).settings.enable, true);
        assert.deepEqual(parseSettings(raw).problems, []);
      }
    });
  });

  describe('scan cache', () => {
    for (const [name, corrupt] of [
      ['garbage bytes', Buffer.from([0xff, 0x00, 0x13, 0x37, 0x0a, 0x7b])],
      ['a truncated file', undefined],
      ['an empty file', Buffer.alloc(0)],
    ] as const) {
      it(`detects ${name} in place of the cache, says so, rebuilds it, and gives the same result`, async () => {
        const ws = path.join(dir, 'ws');
        write(dir, 'ws/svc/seal.js', CRYPTO_JS);
        write(dir, 'ws/svc/package.json', '{"name":"svc","dependencies":{"crypto-js":"4"}}');
        const catalogues = loadCatalogues(builtinCataloguePaths()).catalogues;
        const cacheDir = path.join(dir, 'cache');
        const reference = formatJson(await scanWorkspace(ws, { catalogues, jobs: 1 }));
        const first = formatJson(await scanWorkspace(ws, { catalogues, jobs: 1, cacheDir }));
        assert.equal(first, reference);
        const files = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.cache'));
        assert.equal(files.length, 1, JSON.stringify(files));
        const cacheFile = path.join(cacheDir, files[0]);
        const good = fs.readFileSync(cacheFile);
        fs.writeFileSync(cacheFile, corrupt ?? good.subarray(0, Math.floor(good.length / 2)));
        const notices: string[] = [];
        const second = formatJson(await scanWorkspace(ws, { catalogues, jobs: 1, cacheDir, onNotice: (m) => notices.push(m) }));
        assert.equal(second, reference);
        assert.equal(notices.length, 1, notices.join('\n'));
        assert.match(notices[0], /is corrupt .*rebuilding it|cannot read the scan cache/);
        // Rebuilt: a third scan reads it without complaint.
        const later: string[] = [];
        assert.equal(formatJson(await scanWorkspace(ws, { catalogues, jobs: 1, cacheDir, onNotice: (m) => later.push(m) })), reference);
        assert.deepEqual(later, []);
      });
    }
  });

  describe('review record (.exportlens/decisions.yaml)', () => {
    const decision = { module: 'svc', category: 'ear.5d002-encryption', status: 'controlled' as const, reviewer: 'R. Viewer', date: '2026-01-15' };

    it('reports a malformed file with file:line and never overwrites it', () => {
      const malformed = 'version: 1\ndecisions:\n  svc:\n    ear.5d002-encryption: { status: maybe, reviewer: x, date: "2026-01-01" }\n  other: [unclosed\n';
      const file = write(dir, '.exportlens/decisions.yaml', malformed);
      const read = readDecisions(dir);
      assert.equal(read.exists, true);
      assert.deepEqual(read.decisions, []);
      assert.ok(read.problems.length > 0 && read.problems.every((p) => p.file === file && typeof p.line === 'number'), JSON.stringify(read.problems));
      assert.throws(() => setDecision(dir, decision), DecisionsFileError);
      assert.equal(fs.readFileSync(file, 'utf8'), malformed);
      const schemaBad = 'version: 1\ndecisions:\n  svc:\n    ear.5d002-encryption: { status: maybe, reviewer: x, date: "2026-01-01" }\n';
      fs.writeFileSync(file, schemaBad);
      const problems = readDecisions(dir).problems;
      assert.deepEqual(problems.map((p) => p.line), [4]);
      assert.throws(() => setDecision(dir, decision), DecisionsFileError);
      assert.equal(fs.readFileSync(file, 'utf8'), schemaBad);
    });

    it('refuses to write through a .exportlens folder or decisions.yaml that is a symlink out of the workspace', () => {
      const outside = makeTempDir('decisions-outside');
      try {
        const ws = path.join(dir, 'ws');
        fs.mkdirSync(ws);
        fs.symlinkSync(outside, path.join(ws, '.exportlens'));
        assert.throws(() => setDecision(ws, decision), /symbolic link/);
        assert.deepEqual(fs.readdirSync(outside), []);
        fs.rmSync(path.join(ws, '.exportlens'));
        fs.mkdirSync(path.join(ws, '.exportlens'));
        fs.symlinkSync(path.join(outside, 'stolen.yaml'), path.join(ws, '.exportlens', 'decisions.yaml'));
        assert.throws(() => setDecision(ws, decision), /symbolic link/);
        assert.deepEqual(fs.readdirSync(outside), []);
      } finally {
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });
  });
});
