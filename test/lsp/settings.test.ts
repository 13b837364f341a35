/**
 * Settings apply live: pulled with workspace/configuration and re-read on didChangeConfiguration
 * (pull clients get a diagnostic refresh), or taken from the notification's payload for clients
 * without workspace/configuration (push clients get new diagnostics). Untrusted workspaces do not
 * load catalogue files that lie inside them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient, copyExamples, type Diagnostic } from './lsp-client';

const ENCRYPTION = 'ear.5d002-encryption';
const hasEncryption = (diagnostics: Diagnostic[]): boolean => diagnostics.some((d) => d.code === ENCRYPTION);

describe('lsp: settings', function () {
  this.timeout(30000);
  let root: string;
  let client: TestClient;

  beforeEach(() => {
    root = copyExamples('vault-crypto');
  });
  afterEach(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('drops a disabled category\'s diagnostics without a restart (pulled settings)', async () => {
    let settings: Record<string, unknown> = {};
    client = TestClient.start({ settings: () => settings });
    await client.initialize(root, { pull: true });
    const uri = await client.open(path.join(root, 'internal/seal/seal.go'), 'go');
    assert.ok(hasEncryption((await client.pull(uri)).items!));

    // A pull client learns of the change through workspace/diagnostic/refresh, then pulls again.
    const changeSettings = async (next: Record<string, unknown>): Promise<void> => {
      settings = next;
      const refreshes = client.notifications.filter((n) => n.method === 'workspace/diagnostic/refresh').length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(() => (client.notifications.filter((n) => n.method === 'workspace/diagnostic/refresh').length > refreshes ? true : undefined), 'a refresh');
    };
    await changeSettings({ severityOverrides: { [ENCRYPTION]: 'information' } });
    const overridden = (await client.pull(uri)).items!.filter((d) => d.code === ENCRYPTION);
    assert.ok(overridden.length > 0 && overridden.every((d) => d.severity === 3), 'severity override to information');

    await changeSettings({ disabledCategories: [ENCRYPTION] });
    const report = await client.pull(uri);
    assert.ok(!hasEncryption(report.items!), 'the disabled category is gone');
  });

  it('takes settings from the notification payload for clients without workspace/configuration (push)', async () => {
    client = TestClient.start();
    await client.initialize(root, { noConfiguration: true });
    const uri = await client.open(path.join(root, 'internal/seal/seal.go'), 'go');
    await client.diagnosticsWhere(uri, hasEncryption, 'the 5D002 diagnostic');
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { exportlens: { disabledCategories: [ENCRYPTION] } } });
    await client.diagnosticsWhere(uri, (d) => !hasEncryption(d), 'diagnostics without the disabled category');
  });

  it('does not load catalogue files inside an untrusted workspace, and says so', async () => {
    const inside = path.join(root, 'my-catalogue.yaml');
    fs.writeFileSync(inside, 'id: mine\n');
    client = TestClient.start({ settings: () => ({ catalogueFiles: ['my-catalogue.yaml'] }) });
    await client.initialize(root, { initializationOptions: { trusted: false } });
    await client.open(path.join(root, 'internal/seal/seal.go'), 'go');
    await client.waitFor(() => client.logs.find((l) => l.includes(inside) && /not trusted/.test(l)), 'the untrusted-catalogue log line');
    assert.ok(!client.logs.some((l) => /catalogue problem/.test(l) && l.includes(inside)), 'the file was not read');
  });

  it('loads the same file when the workspace is trusted (and reports its problems)', async () => {
    const inside = path.join(root, 'my-catalogue.yaml');
    fs.writeFileSync(inside, 'id: mine\n');
    client = TestClient.start({ settings: () => ({ catalogueFiles: ['my-catalogue.yaml'] }) });
    await client.initialize(root, { initializationOptions: { trusted: true } });
    await client.open(path.join(root, 'internal/seal/seal.go'), 'go');
    await client.waitFor(() => client.logs.find((l) => /catalogue problem/.test(l) && l.includes(inside)), 'the catalogue problem log line');
  });
});
