/**
 * Extracts facts (imports, calls, identifiers, strings, comments) from one source file with
 * tree-sitter, falling back to the lexical scanner when there is no grammar, the grammar or its
 * query fails to load, or parsing/querying runs past the time limit. Never throws for bad input.
 */
import { performance } from 'node:perf_hooks';
import type { Parser } from 'web-tree-sitter';
import type { LanguageId, SourceFacts } from '../types';
import { extractLexically } from './lexical';
import { grammarFor } from './languages';
import { factQuery, factsFromTree } from './tree-facts';
import { createParser, loadLanguage, type GrammarId } from './tree-sitter-host';

/** Default per-file time limit for parsing plus querying (EngineOptions.parseTimeoutMs overrides it). */
export const DEFAULT_PARSE_TIMEOUT_MS = 2000;

/**
 * Facts plus, when tree-sitter could not be used, why. `warning` is an optional addition to the
 * SourceFacts contract: it is set whenever `method` is `lexical` for a language that has a grammar.
 */
export interface ExtractedFacts extends SourceFacts {
  warning?: string;
}

export interface ExtractOptions {
  /** Time limit in milliseconds for parsing plus querying; past it the lexical fallback is used. */
  timeoutMs?: number;
}

export interface FactExtractorOptions {
  /** How to get a parser for a grammar; defaults to the tree-sitter host's. Tests substitute failures. */
  createParser?: (grammar: GrammarId) => Promise<Parser>;
}

export class FactExtractor {
  /** One parser per language, created on first use. A rejected promise is kept: it would fail again. */
  private readonly parsers = new Map<GrammarId, Promise<Parser>>();

  private constructor(private readonly newParser: (grammar: GrammarId) => Promise<Parser>) {}

  static async create(options: FactExtractorOptions = {}): Promise<FactExtractor> {
    return new FactExtractor(options.createParser ?? createParser);
  }

  async extract(text: string, language: LanguageId, options: ExtractOptions = {}): Promise<ExtractedFacts> {
    const grammar = grammarFor(language);
    if (!grammar) return extractLexically(text, language);
    let parser: Parser;
    try {
      parser = await this.parserFor(grammar);
    } catch (error) {
      return withWarning(extractLexically(text, language), `${language} grammar unavailable: ${messageOf(error)}`);
    }
    let query;
    try {
      query = factQuery(language, await loadLanguage(grammar));
    } catch (error) {
      return withWarning(extractLexically(text, language), `${language} fact query unavailable: ${messageOf(error)}`);
    }

    const timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
    const deadline = performance.now() + timeoutMs;
    const pastDeadline = (): boolean => performance.now() > deadline;
    // Everything after the awaits above is synchronous, so no other extract() can use this parser meanwhile.
    let tree;
    try {
      tree = parser.parse(text, null, { progressCallback: pastDeadline });
    } catch (error) {
      parser.reset();
      return withWarning(extractLexically(text, language), `${language} parse failed: ${messageOf(error)}`);
    }
    if (!tree) {
      // Cancelled: without reset the parser would resume this parse on its next call.
      parser.reset();
      return withWarning(extractLexically(text, language), `${language} parse exceeded ${timeoutMs} ms; used lexical extraction`);
    }
    try {
      const facts = factsFromTree(tree, query, text, language, pastDeadline);
      if (!facts) {
        return withWarning(extractLexically(text, language), `${language} query exceeded ${timeoutMs} ms; used lexical extraction`);
      }
      return facts;
    } catch (error) {
      return withWarning(extractLexically(text, language), `${language} query failed: ${messageOf(error)}`);
    } finally {
      tree.delete();
    }
  }

  private parserFor(grammar: GrammarId): Promise<Parser> {
    let parser = this.parsers.get(grammar);
    if (!parser) {
      parser = this.newParser(grammar);
      this.parsers.set(grammar, parser);
    }
    return parser;
  }
}

function withWarning(facts: SourceFacts, warning: string): ExtractedFacts {
  return { ...facts, warning };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
