/**
 * The review record `.exportlens/decisions.yaml`: schema problems name file:line, a malformed file is
 * never overwritten, writes keep every other entry and the reviewer's comments, leave no temporary
 * file behind, and cannot be steered outside the repository.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DecisionsFileError, decisionsPath, readDecisions, setDecision, validateDecision, type Decision } from '../../server/src/report/decisions';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const decision = (over: Partial<Decision> = {}): Decision => ({ module: 'svc', category: 'cn.personalized-push', status: 'controlled', reviewer: 'R', date: '2026-01-10', evidenceDigest: DIGEST, ...over });

describe('report: review record (decisions.yaml)', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-decisions-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (text: string) => {
    fs.mkdirSync(path.join(root, '.exportlens'), { recursive: true });
    fs.writeFileSync(decisionsPath(root), text);
  };

  it('reports schema problems with the file, line and column of the offending value', () => {
    write(['version: 1', 'decisions:', '  svc:', '    cn.personalized-push:', '      status: approved', '      reviewer: R', '      date: 10/01/2026', '      colour: red', ''].join('\n'));
    const record = readDecisions(root);
    assert.deepEqual(record.decisions, []);
    const byLine = new Map(record.problems.map((p) => [p.line, p]));
    assert.equal(record.problems.every((p) => p.file === decisionsPath(root)), true);
    assert.match(byLine.get(5)!.message, /status must be one of controlled, not-controlled, licence-required, licence-granted/);
    assert.match(byLine.get(7)!.message, /date must match .*YYYY-MM-DD/);
    assert.match(byLine.get(8)!.message, /unknown property 'colour'/);
    assert.equal(byLine.get(5)!.column, 15);
  });

  it('reports YAML syntax errors with their line, and licence-granted without a licence', () => {
    write('version: 1\ndecisions:\n  svc: [unclosed\n');
    const syntax = readDecisions(root).problems;
    assert.ok(syntax.length > 0 && syntax[0].line !== undefined, 'a located syntax error');
    assert.match(syntax[0].message, /YAML syntax error/);
    write('version: 1\ndecisions:\n  svc:\n    cn.x:\n      status: licence-granted\n      reviewer: R\n      date: 2026-01-10\n');
    const [problem] = readDecisions(root).problems;
    assert.equal(problem.line, 5);
    assert.match(problem.message, /missing required property 'licence'/);
  });

  it('never overwrites a malformed file: the write throws and the bytes stay as they were', () => {
    const broken = 'version: 1\ndecisions:\n  svc:\n    cn.personalized-push:\n      status: maybe   # a reviewer typo\n      reviewer: R\n      date: 2026-01-10\n';
    write(broken);
    assert.throws(() => setDecision(root, decision({ module: 'other' })), (error: unknown) => {
      assert.ok(error instanceof DecisionsFileError);
      assert.match(error.message, new RegExp(`${decisionsPath(root).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:15: .*status`));
      assert.match(error.message, /was not changed/);
      return true;
    });
    assert.equal(fs.readFileSync(decisionsPath(root), 'utf8'), broken);
  });

  it('keeps every other entry, unknown modules and comments; replaces only the one decided', () => {
    write(
      [
        '# legal team, do not remove',
        'version: 1',
        'decisions:',
        '  gone-module:   # kept although no longer scanned',
        '    cn.speech-synthesis: { status: not-controlled, reviewer: Old, date: 2024-05-01 }',
        '  svc:',
        '    cn.personalized-push:',
        '      status: licence-required',
        '      reviewer: First',
        '      date: 2025-12-01',
        '      note: first look  # inline comment',
        '',
      ].join('\n'),
    );
    const outcome = setDecision(root, decision({ status: 'licence-granted', licence: 'LIC-1', reviewer: 'Second' }));
    assert.equal(outcome.previous?.reviewer, 'First');
    setDecision(root, decision({ module: 'new/module', category: 'ear.5d002-encryption', note: 'pipes | and\nnewlines' }));
    const text = fs.readFileSync(decisionsPath(root), 'utf8');
    assert.ok(text.includes('# legal team, do not remove') && text.includes('# kept although no longer scanned'), 'comments kept');
    const record = readDecisions(root);
    assert.deepEqual(record.problems, []);
    const find = (m: string, c: string) => record.decisions.find((d) => d.module === m && d.category === c);
    assert.equal(find('gone-module', 'cn.speech-synthesis')?.reviewer, 'Old');
    assert.equal(find('svc', 'cn.personalized-push')?.status, 'licence-granted');
    assert.equal(find('svc', 'cn.personalized-push')?.licence, 'LIC-1');
    assert.equal(find('new/module', 'ear.5d002-encryption')?.note, 'pipes | and\nnewlines');
    assert.equal(record.decisions.length, 3);
  });

  it('writes through a temporary file and rename: none is left behind, and 20 writes keep all 20 entries', () => {
    for (let i = 0; i < 20; i++) setDecision(root, decision({ module: `m${i}` }));
    assert.deepEqual(fs.readdirSync(path.join(root, '.exportlens')), ['decisions.yaml']);
    assert.equal(readDecisions(root).decisions.length, 20);
  });

  it('replaces the file by renaming a complete temporary file; a failed rename leaves the old file intact', () => {
    setDecision(root, decision({ module: 'first' }));
    const before = fs.readFileSync(decisionsPath(root), 'utf8');
    // The CommonJS module object itself (the `import * as` namespace only has getters onto it).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const patched = require('node:fs') as { renameSync: typeof fs.renameSync };
    const realRename = patched.renameSync;
    const renames: { from: string; to: string; content: string }[] = [];
    patched.renameSync = (from, to) => {
      renames.push({ from: String(from), to: String(to), content: fs.readFileSync(from, 'utf8') });
      throw Object.assign(new Error('simulated crash before rename'), { code: 'EIO' });
    };
    try {
      assert.throws(() => setDecision(root, decision({ module: 'second' })), /simulated crash/);
    } finally {
      patched.renameSync = realRename;
    }
    assert.equal(renames.length, 1);
    assert.equal(renames[0].to, decisionsPath(root));
    assert.equal(path.dirname(renames[0].from), path.dirname(decisionsPath(root)), 'temporary file beside the target (same file system)');
    assert.match(renames[0].content, /first:[\s\S]*second:/, 'the temporary file held the whole new record');
    assert.equal(fs.readFileSync(decisionsPath(root), 'utf8'), before, 'old record intact');
    assert.deepEqual(fs.readdirSync(path.join(root, '.exportlens')), ['decisions.yaml'], 'temporary file removed');
  });

  it('refuses module paths that leave the repository, in a write and in a hand-edited file', () => {
    for (const module of ['../outside', 'a/../../b', '/etc', 'C:\\x', 'a\\..\\b', '', 'a/./b']) {
      assert.ok(validateDecision(decision({ module })).some((p) => /inside the repository/.test(p)), `rejects ${JSON.stringify(module)}`);
      assert.throws(() => setDecision(root, decision({ module })), /inside the repository/);
    }
    assert.deepEqual(validateDecision(decision({ module: '.' })), []);
    write('version: 1\ndecisions:\n  ../../etc:\n    cn.x: { status: controlled, reviewer: R, date: 2026-01-10 }\n');
    const [problem] = readDecisions(root).problems;
    assert.equal(problem.line, 3);
    assert.match(problem.message, /'..\/..\/etc' is not a module path inside the repository/);
  });

  it('refuses to write through a symbolic link out of the repository', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-elsewhere-'));
    try {
      fs.symlinkSync(elsewhere, path.join(root, '.exportlens'));
      assert.throws(() => setDecision(root, decision()), /symbolic link/);
      assert.deepEqual(fs.readdirSync(elsewhere), []);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('treats a missing or empty file as an empty record', () => {
    assert.deepEqual(readDecisions(root), { file: decisionsPath(root), exists: false, decisions: [], problems: [] });
    write('');
    assert.deepEqual(readDecisions(root).problems, []);
  });
});
