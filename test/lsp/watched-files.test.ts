/** Watched-file events update the kept scan results and the summary without a rescan. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient, copyExamples, uriOf } from './lsp-client';

interface Summary {
  roots: { modules: { path: string; categories: { id: string; findings: { uri: string }[] }[] }[] }[];
}

const findingUris = (summary: Summary, module: string): string[] =>
  summary.roots[0].modules.find((m) => m.path === module)?.categories.flatMap((c) => c.findings.map((f) => f.uri)) ?? [];

const categoriesOf = (summary: Summary, module: string): string[] =>
  summary.roots[0].modules.find((m) => m.path === module)?.categories.map((c) => c.id) ?? [];

describe('lsp: watched files', function () {
  this.timeout(30000);
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
  });

  function latestSummary(predicate: (summary: Summary) => boolean, what: string): Promise<Summary> {
    return client.waitFor(() => {
      const last = [...client.notifications].reverse().find((n) => n.method === 'exportlens/summaryChanged');
      const summary = last?.params as Summary | undefined;
      return summary && predicate(summary) ? summary : undefined;
    }, what);
  }

  it('adds a created file\'s findings to its module and removes them when it is deleted', async () => {
    const module = 'notification-service';
    const initial = (await client.connection.sendRequest('exportlens/workspaceSummary', {})) as Summary;
    assert.ok(!categoriesOf(initial, module).includes('ear.5d002-encryption'), 'precondition: no encryption in the module');

    const file = path.join(root, module, 'src', 'vault.js');
    fs.writeFileSync(file, "const crypto = require('crypto');\nexports.seal = (key, iv, data) => crypto.createCipheriv('aes-256-gcm', key, iv).update(data);\n");
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    await latestSummary((s) => categoriesOf(s, module).includes('ear.5d002-encryption'), 'the summary with the new file');

    fs.rmSync(file);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
    const final = await latestSummary((s) => !categoriesOf(s, module).includes('ear.5d002-encryption'), 'the summary without the deleted file');
    assert.deepEqual(categoriesOf(final, module), categoriesOf(initial, module));
  });

  it('follows a changed file: findings appear when its content changes to encryption code', async () => {
    const module = 'notification-service';
    const initial = (await client.connection.sendRequest('exportlens/workspaceSummary', {})) as Summary;
    const file = path.join(root, module, 'src', 'cipher-helper.js');
    fs.writeFileSync(file, 'exports.add = (a, b) => a + b;\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    fs.writeFileSync(file, "const crypto = require('crypto');\nexports.seal = (key, iv, data) => crypto.createCipheriv('aes-256-gcm', key, iv).update(data);\n");
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 2 }] });
    await latestSummary((s) => findingUris(s, module).includes(uriOf(file)), 'the summary with the changed file');
    fs.writeFileSync(file, 'exports.add = (a, b) => a + b;\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 2 }] });
    const final = await latestSummary((s) => !findingUris(s, module).includes(uriOf(file)), 'the summary after the change back');
    assert.deepEqual(categoriesOf(final, module), categoriesOf(initial, module));
    fs.rmSync(file);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
  });

  it('follows a rename (a delete and a create): the findings move to the new path', async () => {
    const module = 'notification-service';
    const before = path.join(root, module, 'src', 'old-name.js');
    const after = path.join(root, module, 'src', 'new-name.js');
    fs.writeFileSync(before, "const crypto = require('crypto');\nexports.seal = (key, iv, data) => crypto.createCipheriv('aes-256-gcm', key, iv).update(data);\n");
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(before), type: 1 }] });
    await latestSummary((s) => findingUris(s, module).includes(uriOf(before)), 'the summary with the first name');
    fs.renameSync(before, after);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(before), type: 3 }, { uri: uriOf(after), type: 1 }] });
    const renamed = await latestSummary((s) => findingUris(s, module).includes(uriOf(after)), 'the summary with the new name');
    assert.ok(!findingUris(renamed, module).includes(uriOf(before)), 'nothing left under the old name');
    fs.rmSync(after);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(after), type: 3 }] });
    await latestSummary((s) => !findingUris(s, module).includes(uriOf(after)), 'the summary without the file');
  });

  it('registers a file watcher dynamically when the client supports it', () => {
    assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
  });
});
