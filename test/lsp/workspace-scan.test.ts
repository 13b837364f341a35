/**
 * `exportlens/scanWorkspace` over stdio: progress through the request's work-done token, the summary
 * (checked against a one-shot engine scan of the same tree), and cancellation, which we define as:
 * the request fails with RequestCancelled (-32800) and the previous results stay in place.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TestClient, copyExamples, PACKAGE_ROOT } from './lsp-client';
import { scanWorkspace } from '../../server/src/engine/scan';
import { loadCatalogues } from '../../server/src/engine/catalogue/load';

interface Summary {
  roots: { uri: string; filesScanned: number; modules: { path: string; requiresApproval: boolean }[] }[];
  modulesNeedingApproval: number;
}

describe('lsp: workspace scan', function () {
  this.timeout(60000);
  let root: string;
  let client: TestClient;

  before(async () => {
    root = copyExamples();
    client = TestClient.start();
    await client.initialize(root, { workDoneProgress: true });
    await client.waitForScan();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reports begin, report and end progress on the request token and answers the summary', async () => {
    const token = 'scan-progress-test';
    const kinds = client.trackProgress(token);
    const summary = (await client.connection.sendRequest('exportlens/scanWorkspace', { workDoneToken: token })) as Summary;
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.ok(kinds.includes('report'), `expected a report among ${kinds.join(',')}`);

    const { catalogues } = loadCatalogues([path.join(PACKAGE_ROOT, 'catalogue/cn.yaml'), path.join(PACKAGE_ROOT, 'catalogue/us-ear.yaml')]);
    const expected = await scanWorkspace(root, { catalogues });
    assert.equal(summary.roots.length, 1);
    assert.equal(summary.roots[0].filesScanned, expected.stats.filesScanned);
    assert.deepEqual(
      summary.roots[0].modules.map((m) => [m.path, m.requiresApproval]),
      expected.modules.map((m) => [m.path, m.requiresApproval]),
    );
    assert.equal(summary.modulesNeedingApproval, expected.modules.filter((m) => m.requiresApproval).length);
  });

  it('reports "files done of total", ending with every file done', async () => {
    const token = 'scan-files-test';
    const values = client.trackProgressValues(token);
    const summary = (await client.connection.sendRequest('exportlens/scanWorkspace', { workDoneToken: token })) as Summary;
    const counts = values
      .filter((v) => v.kind === 'report')
      .map((v) => /: (\d+)\/(\d+) files$/.exec(v.message ?? ''))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [Number(m[1]), Number(m[2])]);
    assert.ok(counts.length > 0, `report messages: ${JSON.stringify(values)}`);
    const [lastDone, lastTotal] = counts[counts.length - 1];
    assert.equal(lastDone, lastTotal, 'the last report has every file done');
    assert.ok(lastTotal >= summary.roots[0].filesScanned, `total ${lastTotal} covers the ${summary.roots[0].filesScanned} files scanned`);
    assert.ok(counts.every(([done, total], i) => done <= total && (i === 0 || done >= counts[i - 1][0])), 'done only grows and never passes total');
    const percentages = values.filter((v) => v.kind === 'report').map((v) => v.percentage ?? -1);
    assert.ok(percentages.every((p) => p >= 0 && p <= 100));
  });

  it('fails with RequestCancelled when cancelled at once, keeping the previous summary', async () => {
    const before = await client.connection.sendRequest('exportlens/workspaceSummary', {});
    const kinds = client.trackProgress('scan-cancel-test');
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest('exportlens/scanWorkspace', { workDoneToken: 'scan-cancel-test' }, source.token);
    source.cancel();
    await assert.rejects(request, (error: { code?: number }) => error.code === -32800);
    const after = await client.connection.sendRequest('exportlens/workspaceSummary', {});
    assert.deepEqual(after, before);
    await client.waitFor(() => (kinds.includes('end') ? true : undefined), 'the end of the cancelled progress');
    assert.equal(kinds[kinds.length - 1], 'end', 'progress is ended even when cancelled');
  });
});
