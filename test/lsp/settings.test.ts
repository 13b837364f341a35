/**
 * Settings apply live: pulled with workspace/configuration and re-read on didChangeConfiguration
 * (pull clients get a diagnostic refresh), or taken from the notification's payload for clients
 * without workspace/configuration (push clients get new diagnostics). Untrusted workspaces do not
 * load catalogue files that lie inside them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient, copyExamples, ENCRYPTION, hasEncryption, type Diagnostic } from './lsp-client';


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
    const changeSettings = (next: Record<string, unknown>, predicate: (items: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> =>
      client.pullAfterRefreshUntil(
        async () => {
          settings = next;
          await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        },
        uri,
        predicate,
        what,
      );
    const informationOnly = (items: Diagnostic[]): boolean => {
      const overridden = items.filter((d) => d.code === ENCRYPTION);
      return overridden.length > 0 && overridden.every((d) => d.severity === 3);
    };
    await changeSettings({ severityOverrides: { [ENCRYPTION]: 'information' } }, informationOnly, 'the severity override to information');
    const report = await changeSettings({ disabledCategories: [ENCRYPTION] }, (items) => !hasEncryption(items), 'the disabled category gone');
    assert.ok(!hasEncryption(report), 'the disabled category is gone');
  });

  it('applies enable, exclude, include and maxFileSize live, and back again', async () => {
    let settings: Record<string, unknown> = {};
    client = TestClient.start({ settings: () => settings });
    await client.initialize(root, { pull: true });
    const file = path.join(root, 'internal/seal/seal.go');
    const uri = await client.open(file, 'go');
    assert.ok(hasEncryption((await client.pull(uri)).items!));
    const diagnosticsWhen = (next: Record<string, unknown>, predicate: (items: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> =>
      client.pullAfterRefreshUntil(
        async () => {
          settings = next;
          await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        },
        uri,
        predicate,
        `${what} (${JSON.stringify(next)})`,
      );
    const hover = async (position: Diagnostic['range']['start']): Promise<unknown> =>
      client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });

    const flagged = (await client.pull(uri)).items!.find((d) => d.code === ENCRYPTION)!;
    await diagnosticsWhen({ enable: false }, (items) => items.length === 0, 'no diagnostics when disabled');
    assert.equal(await hover(flagged.range.start), null, 'no hover when disabled');
    await diagnosticsWhen({}, hasEncryption, 'diagnostics when enabled again');
    await diagnosticsWhen({ exclude: ['internal/**'] }, (items) => items.length === 0, 'nothing for an excluded folder');
    await diagnosticsWhen({}, hasEncryption, 'diagnostics without the exclude');
    await diagnosticsWhen({ include: ['cmd/**'] }, (items) => items.length === 0, 'nothing for a file outside include');
    await diagnosticsWhen({ include: ['internal/**'] }, hasEncryption, 'diagnostics for a file inside include');
    const size = fs.statSync(file).size;
    await diagnosticsWhen({ maxFileSize: size - 1 }, (items) => items.length === 0, 'nothing for a file larger than maxFileSize');
    await diagnosticsWhen({ maxFileSize: size + 1 }, hasEncryption, 'diagnostics for a file within maxFileSize');
    assert.notEqual(await hover(flagged.range.start), null, 'hover is back');
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
