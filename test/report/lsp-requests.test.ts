/**
 * `exportlens/generateReport` and `exportlens/recordDecision` over a real stdio connection to the
 * compiled server: the report is written where asked (HTML also answered inline), a decision lands in
 * .exportlens/decisions.yaml, and bad parameters fail with a message instead of writing anything.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient, copyExamples, uriOf } from '../lsp/lsp-client';
import { readDecisions, decisionsPath } from '../../server/src/report/decisions';
import { expectedClassification, catalogueFacts, htmlText } from './report-fixtures';

describe('report: LSP requests', function () {
  this.timeout(120_000);
  let root: string;
  let client: TestClient;
  before(async () => {
    root = copyExamples();
    client = TestClient.start();
    await client.initialize(root);
    await client.waitForScan();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(`${root}-report`, { recursive: true, force: true });
  });

  it('recordDecision writes the decision with an evidence digest and answers the file path', async () => {
    const answer = (await client.connection.sendRequest('exportlens/recordDecision', {
      folderUri: uriOf(root),
      module: 'vault-crypto',
      category: 'ear.5d002-encryption',
      status: 'licence-granted',
      reviewer: 'Editor Eve',
      licenceReference: 'LIC-77',
      note: 'from the editor',
    })) as { path: string };
    assert.equal(answer.path, decisionsPath(root));
    const decision = readDecisions(root).decisions.find((d) => d.module === 'vault-crypto');
    assert.equal(decision?.licence, 'LIC-77');
    assert.equal(decision?.reviewer, 'Editor Eve');
    assert.match(decision?.evidenceDigest ?? '', /^sha256:[0-9a-f]{64}$/);
  });

  it('generateReport writes the HTML report, answers it inline, and shows the decision as current', async () => {
    const outputPath = path.join(`${root}-report`, 'nested', 'report.html');
    const answer = (await client.connection.sendRequest('exportlens/generateReport', { folderUri: uriOf(root), format: 'html', lang: 'zh', outputPath })) as { path: string; html?: string };
    assert.equal(answer.path, outputPath);
    assert.equal(answer.html, fs.readFileSync(outputPath, 'utf8'));
    const text = htmlText(answer.html!);
    const facts = catalogueFacts();
    for (const category of expectedClassification().approval.values()) assert.ok(text.includes(facts.get(category)!.itemNumber));
    assert.ok(text.includes('结论 有效 已获许可'), 'the decision recorded through the editor is current');
    const csv = (await client.connection.sendRequest('exportlens/generateReport', { folderUri: uriOf(root), format: 'csv', lang: 'en', outputPath: path.join(`${root}-report`, 'r.csv') })) as { html?: string };
    assert.equal(csv.html, undefined);
  });

  it('rejects bad parameters with a message and writes nothing', async () => {
    const cases: [string, object, RegExp][] = [
      ['exportlens/generateReport', { folderUri: uriOf(root), format: 'pdf', lang: 'en', outputPath: path.join(root, 'x') }, /format must be/],
      ['exportlens/generateReport', { folderUri: uriOf(root), format: 'html', lang: 'en', outputPath: 'relative.html' }, /absolute/],
      ['exportlens/generateReport', { folderUri: 'file:///not/a/folder', format: 'html', lang: 'en', outputPath: path.join(root, 'x') }, /not a workspace folder/],
      ['exportlens/recordDecision', { folderUri: uriOf(root), module: '../../etc', category: 'ear.5d002-encryption', status: 'controlled', reviewer: 'R' }, /inside the repository/],
      ['exportlens/recordDecision', { folderUri: uriOf(root), module: 'vault-crypto', category: 'ear.5d002-encryption', status: 'ok', reviewer: 'R' }, /status must be/],
    ];
    const before = fs.readFileSync(decisionsPath(root), 'utf8');
    for (const [method, params, message] of cases) {
      await assert.rejects(client.connection.sendRequest(method, params), (error: Error) => message.test(error.message), `${method} ${JSON.stringify(params)}`);
    }
    assert.equal(fs.readFileSync(decisionsPath(root), 'utf8'), before);
    assert.ok(!fs.existsSync(path.join(root, 'x')));
  });
});
