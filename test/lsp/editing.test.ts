/**
 * Incremental editing: after a series of keystroke-sized edits, a document's diagnostics equal those
 * of a second document opened directly with the final text (which is parsed from scratch).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient, copyExamples, applyEdits, type TextEdit } from './lsp-client';

type Change = { range: TextEdit['range']; text: string };

/** Typing `text` at a position one character at a time, as an editor sends it. */
function typing(line: number, character: number, text: string): Change[] {
  return [...text].map((ch, i) => {
    const at = { line, character: character + i };
    return { range: { start: at, end: at }, text: ch };
  });
}

describe('lsp: incremental edits', function () {
  this.timeout(30000);
  let root: string;
  let client: TestClient;

  before(() => {
    root = copyExamples('vault-crypto');
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('gives the same diagnostics as a fresh parse of the final text', async () => {
    client = TestClient.start();
    await client.initialize(root, { pull: true });
    const file = path.join(root, 'internal/seal/seal.go');
    const original = fs.readFileSync(file, 'utf8');
    const uri = await client.open(file, 'go');
    const before = await client.pull(uri);
    assert.ok(before.items!.some((d) => d.code === 'ear.5d002-encryption'));

    const lines = original.split('\n');
    const aesLine = lines.findIndex((l) => l.includes('"crypto/aes"'));
    const batches: Change[][] = [
      // Delete the crypto/aes import line.
      [{ range: { start: { line: aesLine, character: 0 }, end: { line: aesLine + 1, character: 0 } }, text: '' }],
      // Add a ChaCha20-Poly1305 import where it was, one keystroke per notification.
      ...typing(aesLine, 0, '\t"golang.org/x/crypto/chacha20poly1305"\n').map((c) => [c]),
      // Two changes in one notification: a comment at the top, then a line at the end.
      [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edited\n' },
        { range: { start: { line: lines.length, character: 0 }, end: { line: lines.length, character: 0 } }, text: '\nvar _ = chacha20poly1305.KeySize\n' },
      ],
    ];
    let text = original;
    for (const batch of batches) {
      await client.change(uri, batch);
      for (const change of batch) text = applyEdits(text, [{ range: change.range, newText: change.text }]);
    }
    const edited = await client.pull(uri);
    const fresh = await client.pull(await client.open(path.join(root, 'internal/seal/fresh_copy.go'), 'go', text));
    assert.ok(text.includes('chacha20poly1305"') && !text.includes('"crypto/aes"'));
    assert.deepEqual(edited.items, fresh.items);
    assert.ok(edited.items!.some((d) => /chacha20poly1305/.test(d.message)), 'the typed import is flagged');
    assert.ok(!edited.items!.some((d) => /crypto\/aes/.test(d.message)), 'the deleted import is no longer flagged');
  });
});
