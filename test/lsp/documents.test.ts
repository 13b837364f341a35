/**
 * The edits an open document hands to the incremental parser: replaying them in order on the text
 * they started from must give exactly the document's text (otherwise the parser drops its old tree).
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OpenDocument } from '../../server/src/lsp/documents';

function replay(text: string, changes: { startOffset: number; oldEndOffset: number; newText: string }[]): string {
  return changes.reduce((current, c) => current.slice(0, c.startOffset) + c.newText + current.slice(c.oldEndOffset), text);
}

describe('lsp: open documents', () => {
  const original = 'package p\n\nimport (\n\t"crypto/aes"\n)\n\nfunc F() {}\n';

  it('records ranged changes as offsets into the text each applied to', () => {
    const document = new OpenDocument('file:///p.go', '/p.go', TextDocument.create('file:///p.go', 'go', 1, original));
    document.applyChanges(
      [
        { range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' },
        { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\t"crypto/des"\n\t"crypto/rc4"\n' },
        { range: { start: { line: 0, character: 8 }, end: { line: 0, character: 9 } }, text: 'seal' },
      ],
      2,
    );
    document.applyChanges([{ range: { start: { line: 7, character: 5 }, end: { line: 7, character: 6 } }, text: 'Encrypt' }], 3);
    const changes = document.takePendingChanges();
    assert.equal(changes.length, 4);
    assert.equal(replay(original, changes), document.getText());
    assert.match(document.getText(), /^package seal\n[\s\S]*crypto\/rc4[\s\S]*func Encrypt\(\)/);
    assert.deepEqual(document.takePendingChanges(), [], 'taken changes are not handed out twice');
  });

  it('records a full-text change as a replacement of the whole text', () => {
    const document = new OpenDocument('file:///p.go', '/p.go', TextDocument.create('file:///p.go', 'go', 1, original));
    document.applyChanges([{ text: 'package q\n' }], 2);
    const changes = document.takePendingChanges();
    assert.deepEqual(changes, [{ startOffset: 0, oldEndOffset: original.length, newText: 'package q\n' }]);
  });
});
