/**
 * Review decisions in the workspace summary and hovers (issue 5), over stdio: a decision recorded with
 * `exportlens/recordDecision` appears on its category as current; code that only moves keeps it current;
 * changed evidence (edited on disk, then a watched-file event) marks it stale. A malformed decisions
 * file is reported once, never overwritten, and the summary then carries no decisions.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { TestClient, copyExamples, uriOf } from './lsp-client';

interface Decision {
  status: string;
  reviewer: string;
  date: string;
  licence?: string;
  stale: boolean;
  tiedToEvidence: boolean;
}
interface Summary {
  roots: { modules: { path: string; categories: { id: string; decision?: Decision; findings: { uri: string; line: number }[] }[] }[] }[];
}

const MODULE = 'vault-crypto';
const CATEGORY = 'ear.5d002-encryption';

const categoryOf = (summary: Summary, module = MODULE, category = CATEGORY) =>
  summary.roots[0].modules.find((m) => m.path === module)?.categories.find((c) => c.id === category);

describe('lsp: review decisions in the summary and hovers', function () {
  this.timeout(60000);
  let root: string;
  let client: TestClient;
  let seal: string;

  before(async () => {
    root = copyExamples();
    seal = path.join(root, MODULE, 'internal/seal/seal.go');
    client = TestClient.start();
    await client.initialize(root);
    await client.waitForScan();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  function latestSummary(predicate: (summary: Summary) => boolean, what: string): Promise<Summary> {
    return client.waitFor(() => {
      const last = [...client.notifications].reverse().find((n) => n.method === 'exportlens/summaryChanged');
      const summary = last?.params as Summary | undefined;
      return summary && predicate(summary) ? summary : undefined;
    }, what);
  }

  async function hoverText(): Promise<string> {
    const uri = await client.open(seal, 'go');
    const diagnostics = await client.diagnosticsWhere(uri, (d) => d.some((x) => x.code === CATEGORY), 'encryption diagnostics on seal.go');
    const flagged = diagnostics.find((d) => d.code === CATEGORY)!;
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: flagged.range.start })) as { contents: { value: string } };
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    client.published.delete(uri);
    return hover.contents.value;
  }

  async function changedOnDisk(file: string, text: string): Promise<void> {
    fs.writeFileSync(file, text);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 2 }] });
  }

  it('shows a recorded decision as current, keeps it current when code only moves, and marks it stale when the evidence changes', async () => {
    const initial = (await client.connection.sendRequest('exportlens/workspaceSummary', {})) as Summary;
    assert.ok(categoryOf(initial), `precondition: ${MODULE} has ${CATEGORY}`);
    assert.equal(categoryOf(initial)!.decision, undefined, 'no decision before one is recorded');

    const answer = (await client.connection.sendRequest('exportlens/recordDecision', {
      folderUri: uriOf(root),
      module: MODULE,
      category: CATEGORY,
      status: 'licence-granted',
      reviewer: 'J. Doe',
      licenceReference: 'LIC-2026-7',
    })) as { path: string };
    const written = parse(fs.readFileSync(answer.path, 'utf8')) as { decisions: Record<string, Record<string, { evidenceDigest?: string }>> };
    assert.match(written.decisions[MODULE][CATEGORY].evidenceDigest ?? '', /^sha256:[0-9a-f]{64}$/);

    // No watched-file event is sent here: the request itself must bring the decision into the summary.
    const recorded = await latestSummary((s) => categoryOf(s)?.decision !== undefined, 'the summary with the recorded decision');
    const decision = categoryOf(recorded)!.decision!;
    assert.equal(decision.status, 'licence-granted');
    assert.equal(decision.reviewer, 'J. Doe');
    assert.equal(decision.licence, 'LIC-2026-7');
    assert.match(decision.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(decision.stale, false);
    assert.equal(decision.tiedToEvidence, true);
    const decided = recorded.roots[0].modules.flatMap((m) => m.categories.filter((c) => c.decision).map((c) => `${m.path} × ${c.id}`));
    assert.deepEqual(decided, [`${MODULE} × ${CATEGORY}`], 'only the decided module × category carries a decision');

    const currentHover = await hoverText();
    assert.match(currentHover, /Review decision.*licence-granted by J\. Doe/);
    assert.match(currentHover, /current: the evidence is unchanged/);

    // Two lines inserted above every finding in seal.go: the lines move, the evidence does not.
    const original = fs.readFileSync(seal, 'utf8');
    const sealLines = (s: Summary): number[] => categoryOf(s)!.findings.filter((f) => f.uri === uriOf(seal)).map((f) => f.line);
    const linesBefore = sealLines(recorded);
    assert.ok(linesBefore.length > 0, 'precondition: seal.go has findings');
    await changedOnDisk(seal, original.replace('package seal\n', 'package seal\n\n// Moved down by two lines.\n'));
    const moved = await latestSummary((s) => sealLines(s).some((line) => !linesBefore.includes(line)), 'the summary after the code moved');
    assert.deepEqual(sealLines(moved), linesBefore.map((line) => line + 2));
    assert.equal(categoryOf(moved)!.decision?.stale, false, 'code that only moved keeps the decision current');

    // Remove Open(): its cipher findings disappear, so the evidence the decision was made on changed.
    const findingsBefore = categoryOf(moved)!.findings.length;
    await changedOnDisk(seal, original.slice(0, original.indexOf('// Open reverses Seal.')));
    const changed = await latestSummary((s) => (categoryOf(s)?.findings.length ?? 0) < findingsBefore, 'the summary after the evidence changed');
    assert.ok(categoryOf(changed), 'the category is still found (Seal still encrypts)');
    assert.equal(categoryOf(changed)!.decision?.stale, true, 'changed evidence makes the decision stale');
    assert.equal(categoryOf(changed)!.decision?.reviewer, 'J. Doe', 'the stale decision is kept, not dropped');

    const staleHover = await hoverText();
    assert.match(staleHover, /Review decision.*licence-granted by J\. Doe/);
    assert.match(staleHover, /STALE\*\*: the evidence changed since the decision/);

    // Restoring the evidence makes the same decision current again.
    await changedOnDisk(seal, original);
    await latestSummary((s) => categoryOf(s)?.decision?.stale === false, 'the decision current again after the evidence is restored');
  });

  it('judges an unsaved buffer by its own text: lines inserted in the editor keep the decision current', async () => {
    const sealLines = (s: Summary): number[] => categoryOf(s)!.findings.filter((f) => f.uri === uriOf(seal)).map((f) => f.line);
    const before = await latestSummary((s) => categoryOf(s)?.decision?.stale === false, 'a current decision (left by the previous test)');
    const linesBefore = sealLines(before);
    const uri = await client.open(seal, 'go');
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// one\n// two\n// three\n' }]);
    const edited = await latestSummary((s) => sealLines(s).length > 0 && sealLines(s).every((line, i) => line === linesBefore[i] + 3), 'the summary of the edited buffer');
    assert.equal(categoryOf(edited)!.decision?.stale, false, 'the ranges of the buffer are read from the buffer, not from the file on disk');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await latestSummary((s) => sealLines(s).every((line, i) => line === linesBefore[i]), 'the summary of the file on disk after closing');
  });

  it('reports a malformed decisions file once, leaves it alone and shows no decisions', async () => {
    const file = path.join(root, '.exportlens', 'decisions.yaml');
    const broken = 'version: 1\ndecisions:\n  vault-crypto:\n    ear.5d002-encryption:\n      status: maybe\n      reviewer: J. Doe\n';
    await changedOnDisk(file, broken);
    const summary = await latestSummary((s) => categoryOf(s) !== undefined && categoryOf(s)!.decision === undefined, 'the summary without decisions');
    assert.ok(summary.roots[0].modules.every((m) => m.categories.every((c) => c.decision === undefined)), 'no category carries a decision');
    const reports = (): string[] => client.logs.filter((l) => l.includes('review record is malformed'));
    await client.waitFor(() => (reports().length > 0 ? true : undefined), 'the malformed-file report');
    assert.match(reports()[0], /decisions\.yaml:\d+/, 'the report names file:line');
    const warnings = client.notifications.filter((n) => n.method === 'window/showMessage' && String((n.params as { message: string }).message).includes('malformed'));
    assert.equal(warnings.length, 1, 'one window message');

    await assert.rejects(
      client.connection.sendRequest('exportlens/recordDecision', { folderUri: uriOf(root), module: MODULE, category: CATEGORY, status: 'controlled', reviewer: 'K. Roe' }),
      /decisions\.yaml/,
    );
    assert.equal(fs.readFileSync(file, 'utf8'), broken, 'the malformed file is not overwritten');

    // More summaries (a scan, another watched event for the same unchanged file) do not repeat the report.
    await client.connection.sendRequest('exportlens/scanWorkspace', {});
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 2 }] });
    await client.connection.sendRequest('exportlens/workspaceSummary', {});
    assert.equal(reports().length, 1, `reported once, got: ${reports().join(' | ')}`);
  });
});
