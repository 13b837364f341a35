/**
 * A document kept parsed as it is edited, for the language server: each change edits the old
 * tree and the next parse reuses its unchanged parts, so typing in a large file stays cheap.
 * Facts from an incremental tree equal those from parsing the final text afresh.
 *
 * Parsing and querying run under the same per-file time limit as a workspace scan
 * (`DEFAULT_PARSE_TIMEOUT_MS`): the language server is single-threaded, and one hostile buffer (a
 * generated file with 100,000 nested brackets) must not stop it from serving every other file. Past
 * the limit the document answers with lexical facts and a warning saying why.
 */
import { performance } from 'node:perf_hooks';
import { Edit, type Parser, type Point, type Query, type Tree } from 'web-tree-sitter';
import type { LanguageId } from '../types';
import { DEFAULT_PARSE_TIMEOUT_MS, type ExtractedFacts } from './extract';
import { grammarFor } from './languages';
import { extractLexically } from './lexical';
import { factQuery, factsFromTree } from './tree-facts';
import { ChunkedFacts } from './chunked-facts';
import { createParser, loadLanguage } from './tree-sitter-host';

export interface IncrementalOptions {
  /** Time limit in milliseconds for each parse and each query; past it lexical facts are used. */
  timeoutMs?: number;
}

/** One text change: replace [startOffset, oldEndOffset) of the text before the change with newText. */
export interface TextChange {
  /** UTF-16 offset, as in LSP's TextDocument.offsetAt. */
  startOffset: number;
  oldEndOffset: number;
  newText: string;
}

export class IncrementalDocument {
  /** Why the last parse has no tree (it ran past the time limit or failed), if it has none. */
  private parseProblem: string | undefined;
  /** Facts per top-level node, so a query after an edit re-runs only where the tree changed. */
  private readonly chunked: ChunkedFacts | undefined;

  private constructor(
    private text: string,
    readonly language: LanguageId,
    private parser: Parser | undefined,
    private query: Query | undefined,
    private tree: Tree | undefined,
    private readonly timeoutMs: number = DEFAULT_PARSE_TIMEOUT_MS,
  ) {
    this.chunked = query ? new ChunkedFacts(query, language) : undefined;
  }

  /**
   * Parse a document. Languages without a grammar (or whose grammar fails to load) give a document
   * that answers with lexical facts, so callers need not special-case them.
   */
  static async open(text: string, language: LanguageId, options: IncrementalOptions = {}): Promise<IncrementalDocument> {
    const grammar = grammarFor(language);
    if (!grammar) return new IncrementalDocument(text, language, undefined, undefined, undefined);
    let parser: Parser;
    let query: Query;
    try {
      parser = await createParser(grammar);
      query = factQuery(language, await loadLanguage(grammar));
    } catch {
      return new IncrementalDocument(text, language, undefined, undefined, undefined);
    }
    const document = new IncrementalDocument(text, language, parser, query, undefined, options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS);
    document.tree = document.parse(text, undefined);
    return document;
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
      this.chunked?.clear();
    }
    this.text = newText;
    if (this.parser) {
      const next = this.parse(newText, this.tree);
      // While the old tree is still alive, so no new node can have the address of a dropped chunk.
      this.chunked?.retain(next);
      this.tree?.delete();
      this.tree = next;
    }
  }

  /**
   * The facts of the current text. When the tree could not be made or queried within the time
   * limit, lexical facts with a `warning` saying so (the same fallback a workspace scan uses).
   */
  facts(): ExtractedFacts {
    if (!this.parser || !this.query) return extractLexically(this.text, this.language);
    if (!this.tree) return { ...extractLexically(this.text, this.language), warning: this.parseProblem ?? `${this.language} parse failed; used lexical extraction` };
    const deadline = performance.now() + this.timeoutMs;
    const pastDeadline = () => performance.now() > deadline;
    const facts = this.chunked?.facts(this.tree, this.text, pastDeadline) ?? factsFromTree(this.tree, this.query, this.text, this.language, pastDeadline);
    if (facts) return facts;
    return { ...extractLexically(this.text, this.language), warning: `${this.language} query exceeded ${this.timeoutMs} ms; used lexical extraction` };
  }

  /** Parse under the time limit; undefined (with `parseProblem` set) when cancelled or failed. */
  private parse(text: string, previous: Tree | undefined): Tree | undefined {
    const parser = this.parser!;
    const deadline = performance.now() + this.timeoutMs;
    this.parseProblem = undefined;
    try {
      const tree = parser.parse(text, previous ?? null, { progressCallback: () => performance.now() > deadline });
      if (tree) return tree;
      this.parseProblem = `${this.language} parse exceeded ${this.timeoutMs} ms; used lexical extraction`;
    } catch (error) {
      this.parseProblem = `${this.language} parse failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    // Without reset a cancelled parser would resume this parse on its next call.
    parser.reset();
    return undefined;
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
