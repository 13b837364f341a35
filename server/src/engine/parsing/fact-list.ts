/**
 * Accumulates facts for one file, with the limits both extractors share: each list is capped
 * (a generated 50 MB file must not become a 50 MB fact list) and identifiers keep only their
 * first occurrence.
 */
import type { Fact, LanguageId, SourceFacts, SourceRange } from '../types';

/**
 * The most facts kept per list (imports, calls, identifiers, strings, comments). Past it further
 * facts are dropped: a file with more than 20,000 distinct calls or strings is generated or data,
 * and the first 20,000 carry the evidence any real module would.
 */
export const MAX_FACTS_PER_KIND = 20_000;

/** `callText` is cut to this many UTF-16 code units. */
export const MAX_CALL_TEXT = 400;

export class FactList {
  readonly imports: Fact[] = [];
  readonly calls: Fact[] = [];
  readonly strings: Fact[] = [];
  readonly comments: Fact[] = [];
  private readonly identifierIndex = new Map<string, Fact>();
  private readonly importKeys = new Set<string>();

  /** Whether a list is full, so callers can skip the work of building more facts for it. */
  isFull(kind: 'imports' | 'calls' | 'strings' | 'comments'): boolean {
    return this[kind].length >= MAX_FACTS_PER_KIND;
  }

  /** Whether an identifier is already recorded (or the identifier list is full). */
  hasIdentifierOrFull(text: string): boolean {
    return this.identifierIndex.has(text) || this.identifierIndex.size >= MAX_FACTS_PER_KIND;
  }

  addImport(text: string, range: SourceRange): void {
    if (!text || this.imports.length >= MAX_FACTS_PER_KIND) return;
    // Several query patterns (or one per imported name) can report the same module node.
    const key = `${text}\u0000${range.line}:${range.column}`;
    if (this.importKeys.has(key)) return;
    this.importKeys.add(key);
    this.imports.push({ text, range });
  }

  addCall(text: string, range: SourceRange, callText: string): void {
    if (!text || this.calls.length >= MAX_FACTS_PER_KIND) return;
    this.calls.push({ text, range, callText: truncateCallText(callText) });
  }

  addIdentifier(text: string, range: SourceRange): void {
    if (!text) return;
    const existing = this.identifierIndex.get(text);
    if (existing) {
      // Query matches arrive roughly in document order; keep the earliest regardless.
      if (comparePositions(range, existing.range) < 0) existing.range = range;
      return;
    }
    if (this.identifierIndex.size >= MAX_FACTS_PER_KIND) return;
    this.identifierIndex.set(text, { text, range });
  }

  addString(text: string, range: SourceRange): void {
    if (this.strings.length >= MAX_FACTS_PER_KIND) return;
    this.strings.push({ text, range });
  }

  addComment(text: string, range: SourceRange): void {
    if (this.comments.length >= MAX_FACTS_PER_KIND) return;
    this.comments.push({ text, range });
  }

  /** The facts, each list in document order. */
  finish(language: LanguageId, method: SourceFacts['method'], hadSyntaxErrors: boolean): SourceFacts {
    return {
      language,
      method,
      imports: sortByPosition(this.imports),
      calls: sortByPosition(this.calls),
      identifiers: sortByPosition([...this.identifierIndex.values()]),
      strings: sortByPosition(this.strings),
      comments: sortByPosition(this.comments),
      hadSyntaxErrors,
    };
  }
}

function truncateCallText(text: string): string {
  if (text.length <= MAX_CALL_TEXT) return text;
  let end = MAX_CALL_TEXT;
  // Do not split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

function comparePositions(a: SourceRange, b: SourceRange): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

function sortByPosition(facts: Fact[]): Fact[] {
  // Array.prototype.sort is stable, so facts at the same place keep their discovery order.
  return facts.sort((a, b) => comparePositions(a.range, b.range));
}
