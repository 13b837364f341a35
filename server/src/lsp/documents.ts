/**
 * Open documents: their text as the editor has it, and the edits not yet given to the parser.
 * Edits are collected between analyses (they are debounced), in order, with offsets relative to the
 * text each edit applied to, which is what `IncrementalDocument.update` expects.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextChange } from '../engine/parsing/incremental';
import type { IncrementalDocument } from '../engine/parsing/incremental';

export class OpenDocument {
  private pending: TextChange[] = [];
  /** The kept syntax tree, made on first analysis (only for languages parsed with tree-sitter). */
  syntax: Promise<IncrementalDocument> | undefined;

  constructor(
    readonly uri: string,
    readonly absPath: string,
    public document: TextDocument,
  ) {}

  get version(): number {
    return this.document.version;
  }

  getText(): string {
    return this.document.getText();
  }

  /** Apply the editor's changes, remembering each as offsets into the text it changed. */
  applyChanges(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      const before = this.document;
      if ('range' in change) {
        this.pending.push({ startOffset: before.offsetAt(change.range.start), oldEndOffset: before.offsetAt(change.range.end), newText: change.text });
      } else {
        this.pending.push({ startOffset: 0, oldEndOffset: before.getText().length, newText: change.text });
      }
      this.document = TextDocument.update(before, [change], version);
    }
  }

  /** The edits since the last call, for the parser. */
  takePendingChanges(): TextChange[] {
    const changes = this.pending;
    this.pending = [];
    return changes;
  }

  /** Free the syntax tree (wasm memory is not garbage-collected). */
  dispose(): void {
    const syntax = this.syntax;
    this.syntax = undefined;
    void syntax?.then((parsed) => parsed.dispose(), () => undefined);
  }
}

export class OpenDocuments {
  private readonly documents = new Map<string, OpenDocument>();

  open(uri: string, absPath: string, languageId: string, version: number, text: string): OpenDocument {
    this.close(uri);
    const document = new OpenDocument(uri, absPath, TextDocument.create(uri, languageId, version, text));
    this.documents.set(uri, document);
    return document;
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): OpenDocument | undefined {
    const document = this.documents.get(uri);
    document?.applyChanges(changes, version);
    return document;
  }

  close(uri: string): OpenDocument | undefined {
    const document = this.documents.get(uri);
    document?.dispose();
    this.documents.delete(uri);
    return document;
  }

  get(uri: string): OpenDocument | undefined {
    return this.documents.get(uri);
  }

  /** The open document at an absolute path, if any. */
  byPath(absPath: string): OpenDocument | undefined {
    for (const document of this.documents.values()) if (document.absPath === absPath) return document;
    return undefined;
  }

  all(): OpenDocument[] {
    return [...this.documents.values()];
  }
}
