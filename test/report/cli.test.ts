/**
 * `exportlens report` and `exportlens review` as commands: exit codes, missing flags, the interactive
 * prompt, malformed review records, reproducible output with --date / SOURCE_DATE_EPOCH, and the git
 * state in the header (a throw-away repository made by the test).
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { copyExamples, htmlText, runCli } from './report-fixtures';
import { decisionsPath, readDecisions } from '../../server/src/report/decisions';
import { main } from '../../server/src/cli/main';

describe('report: CLI commands', function () {
  this.timeout(180_000);
  let root: string;
  let out: string;
  before(() => {
    root = copyExamples();
    out = fs.mkdtempSync(`${root}-out-`);
  });
  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('usage errors exit 2 and write nothing', async () => {
    const target = path.join(out, 'x.html');
    for (const argv of [
      ['report', root, '--format', 'pdf', '--output', target],
      ['report', root, '--format', 'html'],
      ['report', root, '--lang', 'fr', '--output', target],
      ['report', root, '--output', target, '--date', '2026-02-30'],
      ['report', root, '--output', target, '--unknown'],
      ['review', root, '--module', 'vault-crypto', '--category', 'ear.5d002-encryption', '--reviewer', 'R', '--status', 'approved'],
    ]) {
      const run = await runCli(argv);
      assert.equal(run.code, 2, `${argv.join(' ')}: ${run.stderr}`);
      assert.ok(run.stderr.length > 0);
    }
    assert.ok(!fs.existsSync(target));
    assert.ok(!fs.existsSync(decisionsPath(root)));
  });

  it('review without a terminal names every missing flag (exit 2)', async () => {
    const run = await runCli(['review', root, '--module', 'vault-crypto', '--quiet']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /missing --category, --status, --reviewer/);
    const notTty = Object.assign(new PassThrough(), { isTTY: false });
    assert.equal((await runCli(['review', root, '--quiet'], undefined, notTty)).code, 2);
  });

  it('review rejects an unknown module or category, listing the valid ones (exit 2)', async () => {
    const unknownModule = await runCli(['review', root, '--module', '../etc', '--category', 'ear.5d002-encryption', '--status', 'controlled', '--reviewer', 'R', '--quiet']);
    assert.equal(unknownModule.code, 2);
    assert.match(unknownModule.stderr, /not a path inside the repository/);
    const typo = await runCli(['review', root, '--module', 'vault-crypt', '--category', 'ear.5d002-encryption', '--status', 'controlled', '--reviewer', 'R', '--quiet']);
    assert.match(typo.stderr, /'vault-crypt' is not a module of this repository; modules: .*vault-crypto/);
    const category = await runCli(['review', root, '--module', 'vault-crypto', '--category', 'ear.5d999', '--status', 'controlled', '--reviewer', 'R', '--quiet']);
    assert.equal(category.code, 2);
    assert.match(category.stderr, /'ear\.5d999' is not a category of the loaded catalogues/);
    assert.ok(!fs.existsSync(decisionsPath(root)));
  });

  it('asks for missing fields on a terminal, offering the scan’s modules and categories by number', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    // Answer each question only once it has been asked, as a person would (no timing involved).
    const questions: [RegExp, string][] = [
      [/Module \(number or path\): $/, 'vault-crypto'],
      [/Category \(number or id\): $/, '1'],
      [/Status \(number or name\): $/, '3'],
      [/Reviewer name: $/, 'Terminal Tess'],
      [/Note \(optional\): $/, 'asked interactively'],
    ];
    let transcript = '';
    stderr.on('data', (chunk: Buffer) => {
      transcript += chunk.toString('utf8');
      const next = questions[0];
      if (next && next[0].test(transcript)) {
        questions.shift();
        stdin.write(`${next[1]}\n`);
      }
    });
    const code = await main(['review', root, '--date', '2026-03-01'], { stdout, stderr: stderr as unknown as NodeJS.WriteStream, cwd: process.cwd(), stdin } as Parameters<typeof main>[1]);
    const result = { code, stderr: transcript };
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /Module \(number or path\):/);
    assert.match(result.stderr, /1\. controlled\n\s+2\. not-controlled\n\s+3\. licence-required/);
    const recorded = readDecisions(root).decisions.find((d) => d.module === 'vault-crypto');
    assert.deepEqual(
      { category: recorded?.category, status: recorded?.status, reviewer: recorded?.reviewer, note: recorded?.note, date: recorded?.date },
      { category: 'ear.5d002-encryption', status: 'licence-required', reviewer: 'Terminal Tess', note: 'asked interactively', date: '2026-03-01' },
    );
    assert.match(recorded?.evidenceDigest ?? '', /^sha256:[0-9a-f]{64}$/);
  });

  it('a malformed review record: review exits 2 naming file:line and leaves it; report still renders and lists the problem', async () => {
    const file = decisionsPath(root);
    const saved = fs.readFileSync(file, 'utf8');
    const broken = saved.replace('status: licence-required', 'status: licence-requested');
    fs.writeFileSync(file, broken);
    try {
      const run = await runCli(['review', root, '--module', 'recommender-service', '--category', 'cn.personalized-push', '--status', 'controlled', '--reviewer', 'R', '--quiet']);
      assert.equal(run.code, 2);
      const line = broken.split('\n').findIndex((l) => l.includes('licence-requested')) + 1;
      assert.ok(run.stderr.includes(`${file}:${line}:`), run.stderr);
      assert.equal(fs.readFileSync(file, 'utf8'), broken, 'not overwritten');
      const report = await runCli(['report', root, '--format', 'html', '--output', path.join(out, 'broken.html'), '--quiet']);
      assert.equal(report.code, 0);
      assert.ok(report.stderr.includes(`${file}:${line}:`));
      const text = htmlText(fs.readFileSync(path.join(out, 'broken.html'), 'utf8'));
      assert.ok(text.includes(`.exportlens/decisions.yaml:${line}:`) && text.includes('is malformed'));
    } finally {
      fs.writeFileSync(file, saved);
    }
  });

  it('is reproducible: the same --date, or SOURCE_DATE_EPOCH, gives byte-identical reports', async () => {
    const render = async (name: string, extra: string[]) => {
      const run = await runCli(['report', root, '--format', 'html', '--output', path.join(out, name), '--quiet', ...extra]);
      assert.equal(run.code, 0, run.stderr);
      return fs.readFileSync(path.join(out, name), 'utf8');
    };
    const a = await render('a.html', ['--date', '2026-04-01T12:30:00Z']);
    const b = await render('b.html', ['--date', '2026-04-01T12:30:00Z']);
    assert.equal(a, b);
    assert.ok(htmlText(a).includes('Scan date 2026-04-01T12:30:00Z'));
    const previous = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2026, 3, 1, 12, 30) / 1000);
    try {
      assert.equal(await render('c.html', []), a);
    } finally {
      if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = previous;
    }
  });

  it('header: git commit and dirty state of a repository (read-only git)', async function () {
    const repo = fs.mkdtempSync(`${root}-git-`);
    try {
      fs.cpSync(path.join(root, 'vault-crypto'), path.join(repo, 'vault-crypto'), { recursive: true });
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo, encoding: 'utf8' }).trim();
      git('init', '-q');
      git('add', '.');
      git('commit', '-q', '-m', 'initial');
      const head = git('rev-parse', 'HEAD');
      const report = async () => {
        const run = await runCli(['report', repo, '--format', 'md', '--output', path.join(out, 'git.md'), '--quiet']);
        assert.equal(run.code, 0, run.stderr);
        return fs.readFileSync(path.join(out, 'git.md'), 'utf8');
      };
      const clean = await report();
      assert.ok(clean.includes(`| Git commit | ${head} |`));
      assert.ok(clean.includes('| Working tree | clean: identical to the commit |'));
      const digestOf = (md: string) => /\| Tree digest \(SHA-256\) \| ([0-9a-f]{64})/.exec(md)![1];
      fs.appendFileSync(path.join(repo, 'vault-crypto/internal/seal/seal.go'), '\n// edited\n');
      const dirty = await report();
      assert.ok(dirty.includes('| Working tree | DIRTY: 1 uncommitted change(s)'));
      assert.ok(dirty.includes('`vault-crypto/internal/seal/seal.go`'), 'the changed file is listed');
      assert.notEqual(digestOf(dirty), digestOf(clean), 'the tree digest follows the content');
      assert.equal(git('status', '--porcelain'), 'M vault-crypto/internal/seal/seal.go', 'git state untouched by the report');
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});
