/**
 * The language server over real stdio, fed hostile buffers and malformed settings: it must keep
 * serving the other files. Hostile documents are opened first; an ordinary one opened afterwards
 * must still get its diagnostics, and the server must still be alive to answer.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient, type Diagnostic } from '../lsp/lsp-client';
import { catalogueYaml, CRYPTO_JS, makeTempDir, nestedRust, write } from './corpus';

const ENCRYPTION = 'ear.5d002-encryption';
const hasCategory = (id: string) => (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.code === id || d.message.includes(id) || JSON.stringify(d.data ?? '').includes(id));

describe('hostile input: language server', function () {
  this.timeout(90_000);
  let root: string;
  let client: TestClient | undefined;
  /** The document's current diagnostics (a pull waits for its analysis to settle). */
  const items = async (uri: string): Promise<Diagnostic[]> => (await client!.pull(uri)).items ?? [];

  beforeEach(() => {
    root = makeTempDir('lsp');
    write(root, 'svc/package.json', '{"name":"svc","dependencies":{}}');
    write(root, 'svc/seal.js', CRYPTO_JS);
    write(root, 'svc/after.js', CRYPTO_JS);
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('keeps serving other files after hostile buffers and malformed settings', async () => {
    // Every setting has the wrong type; the server must fall back to defaults and say so.
    client = TestClient.start({ pull: true, settings: () => ({ enable: 'yes', include: 7, exclude: { a: 1 }, maxFileSize: 'big', severityOverrides: [], catalogueFiles: [null] }) });
    await client.initialize(root, { pull: true });
    const hostile: [string, string, string][] = [
      ['svc/deep.rs', 'rust', nestedRust()],
      ['svc/nul.js', 'javascript', `${CRYPTO_JS}\u0000\u0000\u0001binary`],
      ['svc/huge.js', 'javascript', `${CRYPTO_JS}${'// padding\n'.repeat(600_000)}`],
      ['svc/broken.py', 'python', `from Crypto.Cipher import AES\n${'def ('.repeat(20_000)}\n\ud800 lone surrogate\n`],
      ['svc/package.json', 'json', '{"name": "svc", "dependencies": {'],
    ];
    const hostileUris: string[] = [];
    for (const [relPath, language, text] of hostile) hostileUris.push(await client.open(path.join(root, relPath), language, text));
    const uri = await client.open(path.join(root, 'svc/seal.js'), 'javascript');
    assert.ok(hasCategory(ENCRYPTION)(await items(uri)), 'the ordinary file\'s 5D002 diagnostic');
    // The deep file was analysed within the time limit (lexical fallback finds its evidence too).
    assert.ok(hasCategory(ENCRYPTION)(await items(hostileUris[0])), 'the 100,000-level Rust file\'s diagnostic');
    // NUL bytes in a buffer are just text to the server: analysed like any other.
    assert.ok(hasCategory(ENCRYPTION)(await items(hostileUris[1])), 'the buffer with NUL bytes');
    // Over maxFileSize (the malformed value fell back to the 5 MiB default): not analysed.
    assert.deepEqual(await items(hostileUris[2]), []);
    // Edits to the hostile document keep being served, and so does a file opened afterwards.
    await client.change(hostileUris[0], [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edited\n' }]);
    const after = await client.open(path.join(root, 'svc/after.js'), 'javascript');
    assert.ok(hasCategory(ENCRYPTION)(await items(after)), 'a file opened after the hostile ones');
    for (const key of ['enable', 'include', 'exclude', 'maxFileSize', 'severityOverrides', 'catalogueFiles']) {
      await client.waitFor(() => client!.logs.find((l) => l.includes(`exportlens.${key}`)), `a log line naming exportlens.${key}`);
    }
    assert.equal(client.process.exitCode, null, `the server exited: ${client.stderr.slice(-2000)}`);
  });

  it('applies no catalogue from inside an untrusted workspace, however its path is written', async () => {
    write(root, 'policy/acme.yaml', catalogueYaml('acme', '{ id: secret, kind: call, match: acmeSecretCall, weight: 0.95, label: "calls acmeSecretCall" }', 'acme.secret'));
    write(root, 'svc/secret.js', 'acmeSecretCall(1);\n');
    fs.symlinkSync(path.join(root, 'policy', 'acme.yaml'), path.join(root, 'linked.yaml'));
    const files = ['policy/acme.yaml', 'svc/../policy/acme.yaml', path.join(root, 'policy', 'acme.yaml'), 'linked.yaml'];
    client = TestClient.start({ pull: true, settings: () => ({ catalogueFiles: files }) });
    await client.initialize(root, { pull: true, initializationOptions: { trusted: false } });
    const secret = await client.open(path.join(root, 'svc/secret.js'), 'javascript');
    const seal = await client.open(path.join(root, 'svc/seal.js'), 'javascript');
    assert.ok(hasCategory(ENCRYPTION)(await items(seal)), 'built-in catalogues still apply');
    const published = await items(secret);
    assert.ok(!hasCategory('acme.secret')(published), JSON.stringify(published));
    assert.equal(client.logs.filter((l) => /not trusted; catalogue file/.test(l)).length >= 1, true);
    // Control: trusted, the same setting loads the catalogue and the file is flagged.
    await client.stop();
    client = TestClient.start({ pull: true, settings: () => ({ catalogueFiles: ['policy/acme.yaml'] }) });
    await client.initialize(root, { pull: true, initializationOptions: { trusted: true } });
    const again = await client.open(path.join(root, 'svc/secret.js'), 'javascript');
    assert.ok(hasCategory('acme.secret')(await items(again)), 'the workspace catalogue applied when trusted');
  });
});
