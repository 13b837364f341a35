/**
 * Diagnostics over real stdio: push for clients without pull support, pull (with resultIds and
 * `unchanged` reports) for clients that advertise `textDocument.diagnostic`, and never both.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient, copyExamples, ENCRYPTION, hasEncryption } from './lsp-client';


describe('lsp: diagnostics', function () {
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

  it('pushes an encryption warning for seal.go on open when the client cannot pull', async () => {
    client = TestClient.start();
    const init = await client.initialize(root);
    assert.equal(init.capabilities.diagnosticProvider, undefined, 'a push client must not be offered pull diagnostics');
    const uri = await client.open(path.join(root, 'internal/seal/seal.go'), 'go');
    const diagnostics = await client.diagnosticsWhere(uri, hasEncryption, 'the 5D002 diagnostic');
    const found = diagnostics.find((d) => d.code === ENCRYPTION)!;
    assert.equal(found.source, 'ExportLens');
    assert.equal(found.severity, 2, 'a corroborated controlled category is a warning');
    assert.match(found.codeDescription!.href, /^file:\/\/.*us-ear\.yaml#L\d+$/);
    // The message names the evidence: the text at the flagged range appears in it.
    const lines = fs.readFileSync(path.join(root, 'internal/seal/seal.go'), 'utf8').split('\n');
    const flagged = lines[found.range.start.line].slice(found.range.start.character, found.range.end.character).replace(/^"|"$/g, '');
    assert.ok(flagged.length > 0 && found.message.includes(flagged), `message "${found.message}" should name "${flagged}"`);
  });

  it('answers pulls with resultIds and unchanged reports, and never pushes to a pull client', async () => {
    client = TestClient.start();
    const init = await client.initialize(root, { pull: true });
    assert.ok(init.capabilities.diagnosticProvider, 'a pull client is offered pull diagnostics');
    const uri = await client.open(path.join(root, 'internal/seal/seal.go'), 'go');
    const first = await client.pull(uri);
    assert.equal(first.kind, 'full');
    assert.ok(first.items!.some((d) => d.code === ENCRYPTION));
    assert.ok(first.resultId);
    const second = await client.pull(uri, first.resultId);
    assert.deepEqual(second, { kind: 'unchanged', resultId: first.resultId });
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const third = await client.pull(uri, first.resultId);
    assert.equal(third.kind, 'full', 'an edit changes the resultId');
    assert.notEqual(third.resultId, first.resultId);
    assert.equal(client.published.size, 0, 'no publishDiagnostics to a pull client');
  });

  it('gives no diagnostics in a type declaration file, though the same text in a source file has them', async () => {
    const typings = "declare module 'crypto' {\n  function createCipheriv(algorithm: 'aes-256-gcm', key: Buffer, iv: Buffer): Cipher;\n  function createDecipheriv(algorithm: 'aes-256-gcm', key: Buffer, iv: Buffer): Decipher;\n}\n";
    fs.writeFileSync(path.join(root, 'node-crypto.d.ts'), typings);
    fs.writeFileSync(path.join(root, 'node-crypto.ts'), typings);
    client = TestClient.start();
    await client.initialize(root, { pull: true });
    const source = await client.pull(await client.open(path.join(root, 'node-crypto.ts'), 'typescript'));
    assert.ok(source.items!.some((d) => d.code === ENCRYPTION), 'the text as a source file is flagged');
    const declarations = await client.pull(await client.open(path.join(root, 'node-crypto.d.ts'), 'typescript'));
    assert.deepEqual(declarations.items, []);
  });

  it('counts the dependencies of the module manifest, read directly, for a file outside any scanned folder', async () => {
    // Two copies of one file: one in a module whose go.mod declares golang.org/x/crypto, one in a module that does not.
    const loose = fs.mkdtempSync(path.join(path.dirname(root), 'exportlens-loose-'));
    const source = 'package p\n\nimport "golang.org/x/crypto/nacl/secretbox"\n\nvar _ = secretbox.Overhead\n';
    for (const [folder, manifest] of [['with', 'module x\n\ngo 1.22\n\nrequire golang.org/x/crypto v0.24.0\n'], ['without', 'module y\n\ngo 1.22\n']]) {
      fs.mkdirSync(path.join(loose, folder));
      fs.writeFileSync(path.join(loose, folder, 'go.mod'), manifest);
      fs.writeFileSync(path.join(loose, folder, 'p.go'), source);
    }
    try {
      client = TestClient.start();
      await client.initialize(root); // the workspace folder is elsewhere: these files are loose, never scanned
      const confidence = async (folder: string): Promise<number> => {
        const uri = await client.open(path.join(loose, folder, 'p.go'), 'go');
        const diagnostics = await client.diagnosticsWhere(uri, hasEncryption, `the 5D002 diagnostic in ${folder}/p.go`);
        return (diagnostics.find((d) => d.code === ENCRYPTION)!.data as { confidence: number }).confidence;
      };
      const withManifest = await confidence('with');
      const withoutManifest = await confidence('without');
      assert.ok(withManifest > withoutManifest, `declared golang.org/x/crypto should raise confidence: ${withManifest} vs ${withoutManifest}`);
    } finally {
      fs.rmSync(loose, { recursive: true, force: true });
    }
  });
});
