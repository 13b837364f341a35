/** Hover on a flagged range shows the catalogue item, why it matched and what to do next. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { TestClient, copyExamples, PACKAGE_ROOT } from './lsp-client';

interface YamlCategory {
  id: string;
  itemNumber: string;
  itemName: { zh?: string; en: string };
}

interface CnCatalogue {
  title: string;
  revisions: { id: string; date: string }[];
  categories: { id: string; revision: string; controlPoint: { number: string; text: { zh: string; en: string } } }[];
}

describe('lsp: hover and catalogue entries', function () {
  this.timeout(30000);
  let root: string;
  let client: TestClient;
  // The expectations come from the catalogue data itself, not from the server's code.
  const ear = (parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'catalogue/us-ear.yaml'), 'utf8')) as { categories: YamlCategory[] }).categories.find(
    (c) => c.id === 'ear.5d002-encryption',
  )!;

  before(async () => {
    root = copyExamples('vault-crypto');
    client = TestClient.start();
    await client.initialize(root, { pull: true });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('shows the item number, both names, why it matched and the guidance on a flagged range', async () => {
    const uri = await client.open(path.join(root, 'internal/seal/seal.go'), 'go');
    const report = await client.pull(uri);
    const flagged = report.items!.find((d) => d.code === 'ear.5d002-encryption')!;
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: flagged.range.start })) as {
      contents: { kind: string; value: string };
    };
    assert.equal(hover.contents.kind, 'markdown');
    const text = hover.contents.value;
    assert.ok(text.includes(ear.itemNumber), 'item number');
    assert.ok(text.includes(ear.itemName.zh!), 'Chinese item name');
    assert.ok(text.includes(ear.itemName.en), 'English item name');
    assert.match(text, /Why it matched/);
    assert.match(text, /confidence \d\.\d\d/);
    assert.match(text, /What to do next/);
  });

  it('shows the control point, the restricted status, the regime and its revision date for a CN category', async () => {
    const cnRoot = copyExamples('recommender-service');
    const cnClient = TestClient.start();
    try {
      await cnClient.initialize(cnRoot, { pull: true });
      const uri = await cnClient.open(path.join(cnRoot, 'src/train.py'), 'python');
      const flagged = (await cnClient.pull(uri)).items!.find((d) => d.code === 'cn.personalized-push');
      assert.ok(flagged, 'train.py is flagged for cn.personalized-push');
      const hover = (await cnClient.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: flagged.range.start })) as { contents: { value: string } };
      const text = hover.contents.value;
      // Expected values from cn.yaml itself.
      const cn = parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'catalogue/cn.yaml'), 'utf8')) as CnCatalogue;
      const category = cn.categories.find((c) => c.id === 'cn.personalized-push')!;
      const revision = cn.revisions.find((r) => r.id === category.revision)!;
      assert.ok(text.includes(`Control point ${category.controlPoint.number}`), 'control point number');
      assert.ok(text.includes(category.controlPoint.text.zh) && text.includes(category.controlPoint.text.en), 'control point text in both languages');
      assert.match(text, /Restricted/);
      assert.ok(text.includes(cn.title), 'regime');
      assert.ok(text.includes(revision.date), 'revision date');
      assert.match(text, /signal/);
      assert.match(text, /What to do next/);
    } finally {
      await cnClient.stop();
      fs.rmSync(cnRoot, { recursive: true, force: true });
    }
  });

  it('answers no hover away from flagged ranges', async () => {
    const uri = await client.open(path.join(root, 'internal/seal/seal.go'), 'go');
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.equal(hover, null);
  });

  it('answers exportlens/catalogueEntry with the same item and null for an unknown id', async () => {
    const entry = (await client.connection.sendRequest('exportlens/catalogueEntry', { id: ear.id })) as { itemNumber: string; itemName: { zh?: string; en: string }; markdown: string };
    assert.equal(entry.itemNumber, ear.itemNumber);
    assert.deepEqual(entry.itemName, ear.itemName);
    assert.ok(entry.markdown.includes(ear.itemName.zh!) && entry.markdown.includes(ear.itemName.en));
    assert.equal(await client.connection.sendRequest('exportlens/catalogueEntry', { id: 'no.such-category' }), null);
  });
});
