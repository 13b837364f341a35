/**
 * Code actions on ExportLens diagnostics, each carried out the way a client would: the suppression's
 * TextEdit applied to the file (which must then scan with the finding suppressed, and only that line
 * when the flagged line is the first line of code), the two Commands executed by asking the server.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient, ENCRYPTION, copyExamples, applyEdits, uriOf, PACKAGE_ROOT, type Diagnostic, type TextEdit } from './lsp-client';
import { scanWorkspace } from '../../server/src/engine/scan';
import { loadCatalogues } from '../../server/src/engine/catalogue/load';

interface CodeAction {
  title: string;
  kind?: string;
  edit?: { changes: Record<string, TextEdit[]> };
  command?: { command: string; arguments: unknown[] };
}


async function scanFindings(root: string, relPath: string) {
  const { catalogues } = loadCatalogues([path.join(PACKAGE_ROOT, 'catalogue/cn.yaml'), path.join(PACKAGE_ROOT, 'catalogue/us-ear.yaml')]);
  const result = await scanWorkspace(root, { catalogues });
  return result.findings.filter((f) => f.path === relPath && f.category === ENCRYPTION);
}

describe('lsp: code actions', function () {
  this.timeout(30000);
  let root: string;
  let client: TestClient;

  beforeEach(async () => {
    root = copyExamples('vault-crypto');
    client = TestClient.start();
    await client.initialize(root, { pull: true });
  });
  afterEach(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  async function actionsFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  }

  it('suppresses with a directive in the file\'s comment syntax, indented like the flagged line', async () => {
    const relPath = 'internal/seal/seal.go';
    const file = path.join(root, relPath);
    const uri = await client.open(file, 'go');
    const diagnostic = (await client.pull(uri)).items!.find((d) => d.code === ENCRYPTION && /NewCipher/.test(d.message))!;
    const suppress = (await actionsFor(uri, diagnostic)).find((a) => a.edit)!;
    assert.equal(suppress.kind, 'quickfix');
    const original = fs.readFileSync(file, 'utf8');
    const edited = applyEdits(original, suppress.edit!.changes[uri]);
    const flaggedLine = diagnostic.range.start.line;
    assert.equal(edited.split('\n')[flaggedLine], `\t// exportlens-ignore ${ENCRYPTION} -- REASON`);
    fs.writeFileSync(file, edited);

    const findings = await scanFindings(root, relPath);
    const onTarget = findings.filter((f) => f.line === flaggedLine + 2); // 1-based, one line further down now
    assert.ok(onTarget.length > 0 && onTarget.every((f) => f.suppressed && f.suppressionReason === 'REASON'));
    assert.ok(findings.some((f) => !f.suppressed), 'other lines stay flagged');
  });

  it('puts the directive after the first line of code, so it does not suppress the whole file', async () => {
    const relPath = 'internal/seal/box.py';
    const file = path.join(root, relPath);
    fs.writeFileSync(file, 'from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\n\ndef seal(key, nonce, data):\n    return AESGCM(key).encrypt(nonce, data, None)\n');
    const uri = await client.open(file, 'python');
    const diagnostic = (await client.pull(uri)).items!.find((d) => d.code === ENCRYPTION && d.range.start.line === 0)!;
    const suppress = (await actionsFor(uri, diagnostic)).find((a) => a.edit)!;
    const edited = applyEdits(fs.readFileSync(file, 'utf8'), suppress.edit!.changes[uri]);
    assert.match(edited.split('\n')[0], /^from cryptography\S* import AESGCM {2}# exportlens-ignore ear\.5d002-encryption -- REASON$/);
    fs.writeFileSync(file, edited);

    const findings = await scanFindings(root, relPath);
    assert.ok(findings.filter((f) => f.line === 1).every((f) => f.suppressed));
    assert.ok(findings.some((f) => f.line === 5 && !f.suppressed), 'line 5 is still flagged: the directive is not file-wide');
  });

  it('offers "Disable" and "Open catalogue entry" as client commands that carry the category id', async () => {
    const uri = await client.open(path.join(root, 'internal/seal/seal.go'), 'go');
    const diagnostic = (await client.pull(uri)).items!.find((d) => d.code === ENCRYPTION)!;
    const actions = await actionsFor(uri, diagnostic);
    const disable = actions.find((a) => a.command?.command === 'exportlens.disableCategory')!;
    const open = actions.find((a) => a.command?.command === 'exportlens.openCatalogueEntry')!;
    assert.deepEqual(disable.command!.arguments, [ENCRYPTION]);
    assert.deepEqual(open.command!.arguments, [ENCRYPTION]);
    assert.ok(!disable.edit && !open.edit);

    // The client carries out "Open catalogue entry" by asking for the entry.
    const entry = (await client.connection.sendRequest('exportlens/catalogueEntry', { id: open.command!.arguments[0] })) as { id: string };
    assert.equal(entry.id, ENCRYPTION);
    // "Disable" is carried out by the client through settings; settings.test.ts covers its effect.
  });

  it('offers no suppression edit in a manifest (it takes no directives)', async () => {
    // A manifest's confidence is its module's, which needs the scan's view of the module's sources.
    await client.waitForScan();
    const uri = await client.open(path.join(root, 'go.mod'), 'go.mod');
    const diagnostic = (await client.pull(uri)).items!.find((d) => d.code === ENCRYPTION);
    assert.ok(diagnostic, 'go.mod declares golang.org/x/crypto');
    const actions = await actionsFor(uri, diagnostic);
    assert.ok(actions.length > 0 && actions.every((a) => !a.edit));
    assert.equal(uriOf(path.join(root, 'go.mod')), uri);
  });
});
