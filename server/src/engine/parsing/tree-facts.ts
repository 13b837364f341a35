/**
 * Runs a language's fact query over a syntax tree and turns the captures into facts.
 * Used by the one-shot extractor and by the language server's incremental documents.
 *
 * Capture names in `grammars/<language>/facts.scm`:
 * - `@import`         a module path node (string, dotted/scoped name, include path);
 * - `@import.member`  a name imported from the `@import` of the same match; recorded as a second
 *                     import joined to the module (`from Crypto.Cipher import AES` -> `Crypto.Cipher.AES`);
 * - `@import.tree`    a Rust use tree, expanded to every path it names;
 * - `@call`           the callee node (no arguments); with `@call.method`, the callee runs from the
 *                     start of `@call` to the end of `@call.method` (receiver through method name);
 * - `@call.expression` the whole call, for `callText`;
 * - `@identifier`, `@string`, `@comment`; `@docstring` (a string that documents, read as a comment too);
 * - names starting with `_` are helpers for predicates and ignored.
 */
import { Language, Query, type Node, type QueryMatch, type Tree } from 'web-tree-sitter';
import type { LanguageId, SourceFacts, SourceRange } from '../types';
import { FactList } from './fact-list';
import { normaliseCallee, normaliseImport, stripCommentDelimiters, stripStringDelimiters } from './normalise';
import { factQueryPath, readFactQuery } from './query-files';

/** Separator joining an `@import.member` to its module, per language. */
const MEMBER_SEPARATOR: Partial<Record<LanguageId, string>> = { php: '\\', rust: '::' };

/** Compiled queries by file path, so `configureQueryLocation` takes effect for later files. */
const queryCache = new Map<string, Query>();

/** The compiled fact query of a language, compiled once per process. Errors name the query file. */
export function factQuery(language: LanguageId, grammar: Language): Query {
  const file = factQueryPath(language);
  let query = queryCache.get(file);
  if (!query) {
    const source = readFactQuery(language);
    try {
      query = new Query(grammar, source);
    } catch (error) {
      throw new Error(`invalid fact query ${file}: ${(error as Error).message}`);
    }
    queryCache.set(file, query);
  }
  return query;
}

/** The 1-based, end-exclusive range of a node (web-tree-sitter columns are UTF-16 code units). */
export function nodeRange(node: Node): SourceRange {
  const start = node.startPosition;
  const end = node.endPosition;
  return { line: start.row + 1, column: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
}

function spanRange(first: Node, last: Node): SourceRange {
  const start = first.startPosition;
  const end = last.endPosition;
  return { line: start.row + 1, column: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
}

/**
 * Collect the facts of a tree. Returns undefined when `shouldCancel` stopped the query
 * (the caller then falls back to lexical extraction).
 */
export function factsFromTree(
  tree: Tree,
  query: Query,
  source: string,
  language: LanguageId,
  shouldCancel?: () => boolean,
): SourceFacts | undefined {
  let cancelled = false;
  const matches = query.matches(tree.rootNode, {
    progressCallback: shouldCancel
      ? () => {
          if (!cancelled && shouldCancel()) cancelled = true;
          return cancelled;
        }
      : undefined,
  });
  if (cancelled) return undefined;

  const facts = new FactList();
  addMatches(matches, source, language, facts);
  return facts.finish(language, 'tree-sitter', tree.rootNode.hasError);
}

/** Where the facts of query matches go: a FactList, or a recorder that keeps them for reuse (chunked-facts.ts). */
export interface FactSink {
  addImport(text: string, range: SourceRange): void;
  addCall(text: string, range: SourceRange, callText: string): void;
  addIdentifier(text: string, range: SourceRange): void;
  addString(text: string, range: SourceRange): void;
  addComment(text: string, range: SourceRange): void;
}

/** Turn query matches into facts, in match order. */
export function addMatches(matches: QueryMatch[], source: string, language: LanguageId, facts: FactSink): void {
  const separator = MEMBER_SEPARATOR[language] ?? '.';
  for (const match of matches) {
    let moduleNode: Node | undefined;
    let moduleText = '';
    const members: Node[] = [];
    let callee: Node | undefined;
    let method: Node | undefined;
    let expression: Node | undefined;
    for (const capture of match.captures) {
      const node = capture.node;
      switch (capture.name) {
        case 'import':
          moduleNode = node;
          break;
        case 'import.member':
          members.push(node);
          break;
        case 'import.tree':
          for (const [text, range] of expandRustUseTree(node, source)) facts.addImport(text, range);
          break;
        case 'call':
          callee = node;
          break;
        case 'call.method':
          method = node;
          break;
        case 'call.expression':
          expression = node;
          break;
        case 'identifier': {
          const start = node.startIndex;
          const text = source.slice(start, node.endIndex);
          facts.addIdentifier(text, rangeOfText(node, text));
          break;
        }
        case 'string': {
          const raw = slice(source, node);
          facts.addString(stringText(node, source, raw), rangeOfText(node, raw));
          break;
        }
        case 'comment': {
          const text = slice(source, node);
          facts.addComment(stripCommentDelimiters(text), commentRange(node, text));
          break;
        }
        case 'docstring': {
          const raw = slice(source, node);
          facts.addComment(stringText(node, source, raw), rangeOfText(node, raw));
          break;
        }
        default:
          break;
      }
    }
    if (moduleNode) {
      const raw = slice(source, moduleNode);
      // A template literal with substitutions is not a static module path.
      if (!raw.includes('${')) {
        moduleText = normaliseImport(raw);
        facts.addImport(moduleText, rangeOfText(moduleNode, raw));
      }
    }
    if (moduleText) {
      for (const member of members) {
        const memberText = slice(source, member);
        const name = normaliseImport(memberText);
        // A relative module (`.`, `..`) already ends with its separator.
        const joined = moduleText.endsWith(separator) ? moduleText + name : moduleText + separator + name;
        facts.addImport(joined, rangeOfText(member, memberText));
      }
    }
    if (callee) {
      const last = method ?? callee;
      const lastEnd = last.endIndex;
      const raw = source.slice(callee.startIndex, lastEnd);
      const whole = expression ?? callee;
      const callText = source.slice(whole.startIndex, Math.min(whole.endIndex, whole.startIndex + 401));
      const range = lastEnd >= callee.startIndex ? rangeOfText(callee, raw) : spanRange(callee, last);
      facts.addCall(normaliseCallee(raw), range, callText);
    }
  }
}

/** Some grammars (Rust's line comments) include the newline; end the range on the comment's own line. */
function commentRange(node: Node, text: string): SourceRange {
  const range = rangeOfText(node, text);
  if (range.endLine === range.line + 1 && range.endColumn === 1) {
    const trimmed = text.replace(/\r?\n$/, '');
    return { ...range, endLine: range.line, endColumn: range.column + trimmed.length };
  }
  return range;
}

/**
 * The range of a node whose text is known: the end follows from the start and the text, which
 * saves a call into wasm per node (`endPosition` is computed there on every read). Rows advance
 * at each `\n` and columns count UTF-16 code units, as tree-sitter's own points do here.
 */
function rangeOfText(node: Node, text: string): SourceRange {
  const start = node.startPosition;
  const line = start.row + 1;
  const column = start.column + 1;
  const lastNewline = text.lastIndexOf('\n');
  if (lastNewline < 0) return { line, column, endLine: line, endColumn: column + text.length };
  let rows = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) rows++;
  return { line, column, endLine: line + rows, endColumn: text.length - lastNewline };
}

function slice(source: string, node: Node): string {
  return source.slice(node.startIndex, node.endIndex);
}

function stringText(node: Node, source: string, raw: string): string {
  if (node.type === 'heredoc_body') {
    // Ruby: the body node ends with the closing identifier, which is not part of the string.
    const end = node.children.find((child) => child?.type === 'heredoc_end');
    const text = source.slice(node.startIndex, end ? end.startIndex : node.endIndex);
    return text.replace(/^\r?\n/, '').replace(/\r?\n[ \t]*$/, '');
  }
  return stripStringDelimiters(raw);
}

/**
 * Expand a Rust use tree into the paths it names: `a::b::{c, d::{e}}` gives `a::b`, `a::b::c`,
 * `a::b::d`, `a::b::d::e`. Iterative: use lists can nest deeply in generated code.
 */
function expandRustUseTree(root: Node, source: string): Array<[string, SourceRange]> {
  const out: Array<[string, SourceRange]> = [];
  const join = (prefix: string, text: string): string => {
    const clean = text.replace(/\s+/g, '').replace(/^::/, '');
    if (clean === 'self') return prefix;
    return prefix ? `${prefix}::${clean}` : clean;
  };
  const stack: Array<{ node: Node; prefix: string }> = [{ node: root, prefix: '' }];
  while (stack.length > 0) {
    const { node, prefix } = stack.pop()!;
    switch (node.type) {
      case 'use_as_clause': {
        const target = node.childForFieldName('path');
        if (target) stack.push({ node: target, prefix });
        break;
      }
      case 'use_wildcard': {
        const target = node.namedChildren.find((child) => child !== null);
        if (target) out.push([join(prefix, slice(source, target)), nodeRange(target)]);
        else if (prefix) out.push([prefix, nodeRange(node)]);
        break;
      }
      case 'scoped_use_list': {
        const target = node.childForFieldName('path');
        const list = node.childForFieldName('list');
        const path = target ? join(prefix, slice(source, target)) : prefix;
        if (target && path) out.push([path, nodeRange(target)]);
        if (list) stack.push({ node: list, prefix: path });
        break;
      }
      case 'use_list': {
        const children = node.namedChildren.filter((child): child is Node => child !== null);
        for (let i = children.length - 1; i >= 0; i--) {
          if (!children[i].type.endsWith('comment')) stack.push({ node: children[i], prefix });
        }
        break;
      }
      default: {
        const text = join(prefix, slice(source, node));
        if (text) out.push([text, nodeRange(node)]);
        break;
      }
    }
  }
  return out;
}
