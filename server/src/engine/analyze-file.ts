/**
 * One file in, evidence out. Pure with respect to the workspace (it sees one file's text), so the
 * same code serves a workspace scan, a worker thread, and the language server's open documents.
 */
import type { Dependency, Evidence, LanguageId, SourceFacts, Suppression } from './types';
import type { SignalIndex } from './detection/signal-index';
import { AnchorAutomaton, RequirementPrefilter } from './detection/prefilter';
import { requiredLiterals, withoutAnchors } from './detection/literal-anchors';
import { compilePattern, type CompiledPattern } from './catalogue/patterns';
import { matchDependencies, matchNotices, matchSourceFacts } from './detection/match';
import { parseSuppressions } from './suppression';
import { findConstantTables } from './detection/constants';
import { FactExtractor } from './parsing/extract';
import { extractLexically } from './parsing/lexical';
import { readManifest } from './manifests';

export type AnalysisMethod = 'tree-sitter' | 'lexical' | 'manifest' | 'notice' | 'prefiltered';

export interface FileAnalysis {
  path: string;
  method: AnalysisMethod;
  evidence: Evidence[];
  suppressions: Suppression[];
  /** Declared dependencies, for manifests. */
  dependencies?: Dependency[];
  /** Problems worth telling the user about, each naming what is wrong (the caller adds the path). */
  warnings: string[];
}

/** Prose files whose text can carry a prior self-classification (a Cryptography Notice). */
export function isNoticeFile(relativePath: string): boolean {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1).toUpperCase();
  return /^(README|NOTICE|EXPORT|CRYPTO(GRAPHY)?[-_ ]?NOTICE)([.-].*)?$/.test(name);
}

/** The screens `mayMatch` runs, built on its first call (see FileAnalyzer.screens). */
interface Screens {
  prefilter: RequirementPrefilter;
  /** Necessary substrings of the literal patterns that have them (see literal-anchors.ts). */
  literalPrefilter: AnchorAutomaton;
  /**
   * Literal patterns as screens over the whole file text, those with such substrings run only when
   * one of them occurs. A screen is the pattern without its `^`/`$` anchors: the real pattern is
   * anchored to a string literal's content (`^AES/GCM/NoPadding$`), which never spans the whole file.
   */
  anchoredScreens: CompiledPattern[];
  unanchoredScreens: CompiledPattern[];
}

export class FileAnalyzer {
  private built: Screens | undefined;

  private constructor(
    readonly index: SignalIndex,
    private readonly extractor: FactExtractor,
  ) {}

  /**
   * Built on first use: a warm re-scan answered from the cache never screens a file in the main
   * thread (with workers, the workers screen), and building the automata and compiling the literal
   * screens cost about 45 ms of its start-up.
   */
  private screens(): Screens {
    if (this.built) return this.built;
    const literalAnchors: string[] = [];
    const anchoredScreens: CompiledPattern[] = [];
    const unanchoredScreens: CompiledPattern[] = [];
    for (const entry of this.index.literals) {
      const screen = compilePattern(withoutAnchors(entry.signal.match));
      const anchors = requiredLiterals(entry.signal.match);
      if (anchors) {
        literalAnchors.push(...anchors);
        anchoredScreens.push(screen);
      } else unanchoredScreens.push(screen);
    }
    this.built = { prefilter: new RequirementPrefilter(this.index.requirements), literalPrefilter: new AnchorAutomaton(literalAnchors), anchoredScreens, unanchoredScreens };
    return this.built;
  }

  static async create(index: SignalIndex): Promise<FileAnalyzer> {
    return new FileAnalyzer(index, await FactExtractor.create());
  }

  /** Whether the text could produce any evidence at all; false means it need not be parsed. */
  mayMatch(text: string): boolean {
    const { prefilter, unanchoredScreens, anchoredScreens, literalPrefilter } = this.screens();
    if (prefilter.matches(text)) return true;
    if (unanchoredScreens.some((screen) => screen.test(text))) return true;
    if (anchoredScreens.length > 0 && literalPrefilter.matches(text) && anchoredScreens.some((screen) => screen.test(text))) return true;
    return this.index.constants.length > 0 && findConstantTables(this.index.constants, text).length > 0;
  }

  async analyzeSource(path: string, text: string, language: LanguageId, options: { parseTimeoutMs?: number; lexicalOnly?: boolean } = {}): Promise<FileAnalysis> {
    // Without evidence there is nothing to suppress, so a file the prefilter rules out needs no more reading.
    if (!this.mayMatch(text)) {
      return { path, method: 'prefiltered', evidence: [], suppressions: [], warnings: [] };
    }
    const facts: SourceFacts & { warning?: string } = options.lexicalOnly
      ? extractLexically(text, language)
      : await this.extractor.extract(text, language, { timeoutMs: options.parseTimeoutMs });
    return this.analyzeFacts(path, text, facts);
  }

  /** Evidence from facts already extracted (the language server keeps incrementally parsed trees). */
  analyzeFacts(path: string, text: string, facts: SourceFacts & { warning?: string }): FileAnalysis {
    const warnings: string[] = [];
    if (facts.warning) warnings.push(facts.warning);
    const evidence = matchSourceFacts(this.index, facts, path, text);
    const { suppressions, problems } = parseSuppressions(facts.comments, text);
    for (const problem of problems) warnings.push(`line ${problem.line}: ${problem.message}`);
    return { path, method: facts.method, evidence, suppressions, warnings };
  }

  async analyzeManifest(path: string, text: string): Promise<FileAnalysis> {
    const manifest = await readManifest(path, text);
    const evidence = matchDependencies(this.index, manifest.dependencies, path);
    return { path, method: 'manifest', evidence, suppressions: [], dependencies: manifest.dependencies, warnings: [] };
  }

  analyzeNotice(path: string, text: string): FileAnalysis {
    return { path, method: 'notice', evidence: matchNotices(this.index, text, path), suppressions: [], warnings: [] };
  }
}
