/**
 * Diagnostic severity comes from the catalogue: a prohibited category is an Error, a restricted or
 * controlled one at or above the approval threshold a Warning, weaker evidence Information; the
 * `severityOverrides` setting changes it. `codeDescription.href` points at the category's own line in
 * the catalogue file it was loaded from (a user catalogue too). Also the workspace pull
 * (`workspace/diagnostic`): closed files' diagnostics, `unchanged` for known resultIds.
 *
 * No built-in category is prohibited, so the test writes a catalogue: a copy of us-ear.yaml whose one
 * category is renamed and marked prohibited (the same evidence, so the same places match).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_OPTIONS } from '../../server/src/engine/defaults';
import { TestClient, ENCRYPTION, copyExamples, PACKAGE_ROOT, uriOf, type Diagnostic } from './lsp-client';

const PROHIBITED = 'tp.encryption';
const ERROR = 1;
const WARNING = 2;
const INFORMATION = 3;

function writeProhibitedCatalogue(file: string): number {
  const text = fs
    .readFileSync(path.join(PACKAGE_ROOT, 'catalogue/us-ear.yaml'), 'utf8')
    .replace(/^id: us-ear$/m, 'id: test-prohibited')
    .replace(`id: ${ENCRYPTION}`, `id: ${PROHIBITED}`)
    .replace(/^(\s+)status: controlled$/m, '$1status: prohibited');
  fs.writeFileSync(file, text);
  return text.split('\n').findIndex((line) => line.includes(`id: ${PROHIBITED}`)) + 1;
}

describe('lsp: severity, links and workspace pull', function () {
  this.timeout(60000);
  let root: string;
  let client: TestClient;
  let catalogueFile: string;
  let prohibitedLine: number;
  let settings: Record<string, unknown>;

  before(async () => {
    root = copyExamples('vault-crypto');
    // Outside the workspace folder, so it loads whatever the trust.
    catalogueFile = path.join(path.dirname(root), `${path.basename(root)}-prohibited.yaml`);
    prohibitedLine = writeProhibitedCatalogue(catalogueFile);
    // Weak evidence only, in a module of its own (strong evidence elsewhere in a module lifts its weak
    // files): the AES package imported and never used to encrypt.
    fs.mkdirSync(path.join(root, 'weak'));
    fs.writeFileSync(path.join(root, 'weak', 'go.mod'), 'module example.com/weak\n\ngo 1.22\n');
    fs.writeFileSync(path.join(root, 'weak', 'weak.go'), 'package weak\n\nimport "crypto/aes"\n\nvar _ = aes.BlockSize\n');
    settings = { catalogueFiles: [catalogueFile] };
    client = TestClient.start({ settings: () => settings });
    await client.initialize(root, { pull: true });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(catalogueFile, { force: true });
  });

  it('makes a prohibited category an Error and a controlled one a Warning, each linking to its catalogue line', async () => {
    const uri = await client.open(path.join(root, 'internal/seal/seal.go'), 'go');
    const items = (await client.pull(uri)).items!;
    const prohibited = items.filter((d) => d.code === PROHIBITED);
    const controlled = items.filter((d) => d.code === ENCRYPTION);
    assert.ok(prohibited.length > 0 && controlled.length > 0, `codes: ${items.map((d) => d.code).join(',')}`);
    assert.ok(prohibited.every((d) => d.severity === ERROR), 'prohibited → Error');
    assert.ok(controlled.every((d) => d.severity === WARNING), 'controlled above the threshold → Warning');
    assert.equal(prohibited[0].codeDescription?.href, `${uriOf(catalogueFile)}#L${prohibitedLine}`);
    const earText = fs.readFileSync(path.join(PACKAGE_ROOT, 'catalogue/us-ear.yaml'), 'utf8').split('\n');
    const earLine = earText.findIndex((line) => line.includes(`id: ${ENCRYPTION}`)) + 1;
    assert.equal(controlled[0].codeDescription?.href, `${uriOf(path.join(PACKAGE_ROOT, 'catalogue/us-ear.yaml'))}#L${earLine}`);
  });

  it('shows evidence below the approval threshold as Information', async () => {
    const uri = await client.open(path.join(root, 'weak/weak.go'), 'go');
    const items = (await client.pull(uri)).items!.filter((d) => d.code === ENCRYPTION || d.code === PROHIBITED);
    assert.ok(items.length > 0, 'the import is reported');
    assert.ok(items.every((d) => d.severity === INFORMATION), `severities: ${items.map((d) => d.severity).join(',')}`);
    assert.ok(items.every((d) => (d.data as { confidence: number }).confidence < DEFAULT_OPTIONS.approvalThreshold), 'below the approval threshold');
  });

  it('applies severity overrides live: error, and off hides the category', async () => {
    const uri = await client.open(path.join(root, 'internal/seal/seal.go'), 'go');
    const reconfigure = (next: Record<string, unknown>, predicate: (items: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> =>
      client.pullAfterRefreshUntil(
        async () => {
          settings = next;
          await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        },
        uri,
        predicate,
        what,
      );
    const overridden = await reconfigure(
      { catalogueFiles: [catalogueFile], severityOverrides: { [ENCRYPTION]: 'error', [PROHIBITED]: 'off' } },
      (items) => !items.some((d) => d.code === PROHIBITED),
      'the prohibited category turned off',
    );
    const encryption = overridden.filter((d) => d.code === ENCRYPTION);
    assert.ok(encryption.length > 0 && encryption.every((d) => d.severity === ERROR), 'the override to error applies with the same change');
    await reconfigure({ catalogueFiles: [catalogueFile] }, (items) => items.some((d) => d.code === PROHIBITED), 'the prohibited category back');
  });

  it('answers workspace/diagnostic with closed files\' diagnostics, and unchanged for known resultIds', async () => {
    await client.waitForScan();
    type Report = { kind: string; uri: string; resultId?: string; items?: Diagnostic[] };
    const first = (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: Report[] };
    const goMod = first.items.find((r) => r.uri === uriOf(path.join(root, 'go.mod')));
    assert.ok(goMod && goMod.kind === 'full' && goMod.items!.some((d) => d.code === ENCRYPTION), 'go.mod (never opened) is reported');
    assert.ok(!first.items.some((r) => r.uri === uriOf(path.join(root, 'internal/seal/seal.go'))), 'open files are pulled one by one, not here');
    const second = (await client.connection.sendRequest('workspace/diagnostic', {
      previousResultIds: first.items.map((r) => ({ uri: r.uri, value: r.resultId })),
    })) as { items: Report[] };
    assert.deepEqual(
      second.items.filter((r) => r.uri === goMod.uri),
      [{ kind: 'unchanged', uri: goMod.uri, version: null, resultId: goMod.resultId }],
    );
    assert.equal(client.published.size, 0, 'never pushed to a pull client');
  });
});
