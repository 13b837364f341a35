/**
 * Facts of an incrementally parsed document, re-querying only what an edit changed.
 *
 * Why: after a keystroke in a 5,000-line file, running the fact query over the whole tree again
 * took longer than the incremental re-parse itself. The tree is split into "chunks", the top-level
 * children of its root. Every node but the root lies in exactly one chunk, and a query pattern that
 * starts inside a chunk only looks at that chunk's descendants, so the full query's matches are
 * exactly: the matches of patterns starting at the root itself (maxStartDepth 0; Python's module
 * docstring is one) plus the matches within each chunk. A chunk the parser reused from the previous
 * tree (same node id, tree-sitter's documented guarantee for reused nodes) whose text is unchanged
 * has the same facts as before, moved down or up by whole lines. Those are replayed instead of
 * re-queried.
 *
 * The result equals `factsFromTree` on the same tree: facts are replayed in document order into the
 * same FactList, which sorts them stably and keeps each identifier's first occurrence. Where exact
 * equality could not be shown cheaply (a query with patterns spanning siblings, a list near the
 * per-file cap), the caller gets undefined and queries the whole tree.
 */
import type { Query, QueryMatch, Tree } from 'web-tree-sitter';
import type { LanguageId, SourceFacts, SourceRange } from '../types';
import { FactList, MAX_FACTS_PER_KIND } from './fact-list';
import { addMatches, type FactSink } from './tree-facts';

type RecordedFact =
  | { kind: 'import' | 'identifier' | 'string' | 'comment'; text: string; range: SourceRange }
  | { kind: 'call'; text: string; range: SourceRange; callText: string };

/** The facts of one chunk, as they were added, with where the chunk was when they were made. */
interface ChunkFacts {
  id: number;
  type: string;
  text: string;
  row: number;
  column: number;
  facts: RecordedFact[];
}

/** Keeps facts in the order they were added, for replay into a FactList. */
class FactRecorder implements FactSink {
  readonly facts: RecordedFact[] = [];
  addImport(text: string, range: SourceRange): void {
    this.facts.push({ kind: 'import', text, range });
  }
  addCall(text: string, range: SourceRange, callText: string): void {
    this.facts.push({ kind: 'call', text, range, callText });
  }
  addIdentifier(text: string, range: SourceRange): void {
    this.facts.push({ kind: 'identifier', text, range });
  }
  addString(text: string, range: SourceRange): void {
    this.facts.push({ kind: 'string', text, range });
  }
  addComment(text: string, range: SourceRange): void {
    this.facts.push({ kind: 'comment', text, range });
  }
}

/** Whether a query can be split by chunks: none of its patterns matches a sequence of siblings. */
const splittable = new WeakMap<Query, boolean>();
function isSplittable(query: Query): boolean {
  let known = splittable.get(query);
  if (known === undefined) {
    known = true;
    for (let i = 0; i < query.patternCount(); i++) if (query.isPatternNonLocal(i)) known = false;
    splittable.set(query, known);
  }
  return known;
}

export class ChunkedFacts {
  /** Facts of the chunks of the current tree, by node id. Only ids of live nodes are kept (see `retain`). */
  private chunks = new Map<number, ChunkFacts>();

  constructor(
    private readonly query: Query,
    private readonly language: LanguageId,
  ) {}

  /**
   * Keep only the chunks `tree` still has. Call it after each re-parse while the previous tree is
   * still alive: a node id is an address in wasm memory, and once the old tree is freed a new node
   * could be given the address of a forgotten chunk.
   */
  retain(tree: Tree | undefined): void {
    if (!tree) {
      this.chunks.clear();
      return;
    }
    const kept = new Map<number, ChunkFacts>();
    for (const child of tree.rootNode.children) {
      const chunk = child && this.chunks.get(child.id);
      if (chunk) kept.set(chunk.id, chunk);
    }
    this.chunks = kept;
  }

  /** Forget everything (the tree was replaced without a re-parse from the old one). */
  clear(): void {
    this.chunks.clear();
  }

  /**
   * The facts of `tree` (whose text is `source`), or undefined when they must come from querying
   * the whole tree (cancelled by `shouldCancel`, or not provably equal; see the module comment).
   */
  facts(tree: Tree, source: string, shouldCancel?: () => boolean): SourceFacts | undefined {
    if (!isSplittable(this.query)) return undefined;
    let cancelled = false;
    const progressCallback = shouldCancel
      ? () => {
          if (!cancelled && shouldCancel()) cancelled = true;
          return cancelled;
        }
      : undefined;
    const root = tree.rootNode;
    const rootFacts = new FactRecorder();
    addMatches(this.query.matches(root, { maxStartDepth: 0, progressCallback }), source, this.language, rootFacts);
    if (cancelled) return undefined;

    const next = new Map<number, ChunkFacts>();
    const ordered: ChunkFacts[] = [];
    for (const child of root.children) {
      if (!child) continue;
      const start = child.startPosition;
      const text = source.slice(child.startIndex, child.endIndex);
      let chunk = this.chunks.get(child.id);
      if (chunk && (chunk.type !== child.type || chunk.text !== text || chunk.column !== start.column)) chunk = undefined;
      if (chunk && chunk.row !== start.row) chunk = shifted(chunk, start.row);
      if (!chunk) {
        const matches: QueryMatch[] = this.query.matches(child, { progressCallback });
        if (cancelled) return undefined;
        const recorder = new FactRecorder();
        addMatches(matches, source, this.language, recorder);
        chunk = { id: child.id, type: child.type, text, row: start.row, column: start.column, facts: recorder.facts };
      }
      next.set(chunk.id, chunk);
      ordered.push(chunk);
    }
    this.chunks = next;

    // Past the cap, which facts are kept depends on the order of the whole query's matches.
    const counts = { import: 0, call: 0, identifier: 0, string: 0, comment: 0 };
    for (const fact of rootFacts.facts) counts[fact.kind]++;
    for (const chunk of ordered) for (const fact of chunk.facts) counts[fact.kind]++;
    if (Object.values(counts).some((count) => count >= MAX_FACTS_PER_KIND)) return undefined;

    const list = new FactList();
    replay(rootFacts.facts, list);
    for (const chunk of ordered) replay(chunk.facts, list);
    return list.finish(this.language, 'tree-sitter', root.hasError);
  }
}

/** Add recorded facts to a list. Ranges are copied: callers own the facts they are given, the chunks stay ours. */
function replay(facts: readonly RecordedFact[], list: FactList): void {
  for (const fact of facts) {
    const range = { ...fact.range };
    switch (fact.kind) {
      case 'import':
        list.addImport(fact.text, range);
        break;
      case 'call':
        list.addCall(fact.text, range, fact.callText);
        break;
      case 'identifier':
        list.addIdentifier(fact.text, range);
        break;
      case 'string':
        list.addString(fact.text, range);
        break;
      case 'comment':
        list.addComment(fact.text, range);
        break;
    }
  }
}

/** The same chunk moved to start on `row` (same column): every fact moves by the same number of lines. */
function shifted(chunk: ChunkFacts, row: number): ChunkFacts {
  const delta = row - chunk.row;
  const move = (range: SourceRange): SourceRange => ({ line: range.line + delta, column: range.column, endLine: range.endLine + delta, endColumn: range.endColumn });
  return {
    ...chunk,
    row,
    facts: chunk.facts.map((fact) => ({ ...fact, range: move(fact.range) })),
  };
}

