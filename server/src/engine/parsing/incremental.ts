/**
 * A document kept parsed as it is edited, for the language server: each change edits the old
 * tree and the next parse reuses its unchanged parts, so typing in a large file stays cheap.
 * Facts from an incremental tree equal those from parsing the final text afresh.
 */
import { Edit, type Parser, type Point, type Query, type Tree } from 'web-tree-sitter';
import type { LanguageId, SourceFacts } from '../types';
import { grammarFor } from './languages';
import { extractLexically } from './lexical';
import { factQuery, factsFromTree } from './tree-facts';
import { createParser, loadLanguage } from './tree-sitter-host';

/** One text change: replace [startOffset, oldEndOffset) of the text before the change with newText. */
export interface TextChange {
  /** UTF-16 offset, as in LSP's TextDocument.offsetAt. */
  startOffset: number;
  oldEndOffset: number;
  newText: string;
}

export class IncrementalDocument {
  private constructor(
    private text: string,
    readonly language: LanguageId,
    private parser: Parser | undefined,
    private query: Query | undefined,
    private tree: Tree | undefined,
  ) {}

  /**
   * Parse a document. Languages without a grammar (or whose grammar fails to load) give a document
   * that answers with lexical facts, so callers need not special-case them.
   */
  static async open(text: string, language: LanguageId): Promise<IncrementalDocument> {
    const grammar = grammarFor(language);
    if (!grammar) return new IncrementalDocument(text, language, undefined, undefined, undefined);
    try {
      const parser = await createParser(grammar);
      const query = factQuery(language, await loadLanguage(grammar));
      const tree = parser.parse(text) ?? undefined;
      return new IncrementalDocument(text, language, parser, query, tree);
    } catch {
      return new IncrementalDocument(text, language, undefined, undefined, undefined);
    }
  }

  /** The current text. */
  getText(): string {
    return this.text;
  }

  /**
   * Apply changes in order (each change's offsets refer to the text left by the previous one, as in
   * LSP `didChange`), then re-parse. `newText` is the full text after all changes; it must equal the
   * result of applying them, and is what gets parsed, so a wrong change list costs reuse, not correctness.
   */
  update(newText: string, changes: TextChange[]): void {
    let current = this.text;
    for (const change of changes) {
      const start = clamp(change.startOffset, 0, current.length);
      const oldEnd = clamp(change.oldEndOffset, start, current.length);
      const startPosition = pointAt(current, start);
      const oldEndPosition = pointAt(current, oldEnd);
      const newEndPosition = advance(startPosition, change.newText);
      this.tree?.edit(
        new Edit({
          startIndex: start,
          oldEndIndex: oldEnd,
          newEndIndex: start + change.newText.length,
          startPosition,
          oldEndPosition,
          newEndPosition,
        }),
      );
      current = current.slice(0, start) + change.newText + current.slice(oldEnd);
    }
    if (current !== newText) {
      // The change list did not describe the edit: the old tree cannot be trusted for reuse.
      this.tree?.delete();
      this.tree = undefined;
    }
    this.text = newText;
    if (this.parser) {
      const next = this.parser.parse(newText, this.tree ?? null) ?? undefined;
      this.tree?.delete();
      this.tree = next;
    }
  }

  /** The facts of the current text. */
  facts(): SourceFacts {
    if (!this.tree || !this.query) return extractLexically(this.text, this.language);
    return factsFromTree(this.tree, this.query, this.text, this.language) ?? extractLexically(this.text, this.language);
  }

  /** Free the tree and parser (wasm memory is not garbage-collected). */
  dispose(): void {
    this.tree?.delete();
    this.tree = undefined;
    this.parser?.delete();
    this.parser = undefined;
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** Row and UTF-16 column of an offset (web-tree-sitter points count UTF-16 code units). */
function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  let index = text.indexOf('\n');
  while (index >= 0 && index < offset) {
    row++;
    lineStart = index + 1;
    index = text.indexOf('\n', lineStart);
  }
  return { row, column: offset - lineStart };
}

/** The point reached by inserting `inserted` at `start`. */
function advance(start: Point, inserted: string): Point {
  const lastNewline = inserted.lastIndexOf('\n');
  if (lastNewline < 0) return { row: start.row, column: start.column + inserted.length };
  let rows = 0;
  for (let i = inserted.indexOf('\n'); i >= 0; i = inserted.indexOf('\n', i + 1)) rows++;
  return { row: start.row + rows, column: inserted.length - lastNewline - 1 };
}
