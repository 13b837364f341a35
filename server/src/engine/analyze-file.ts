/**
 * One file in, evidence out. Pure with respect to the workspace (it sees one file's text), so the
 * same code serves a workspace scan, a worker thread, and the language server's open documents.
 */
import type { Dependency, Evidence, LanguageId, SourceFacts, Suppression } from './types';
import type { SignalIndex } from './detection/signal-index';
import { AnchorAutomaton, RequirementPrefilter } from './detection/prefilter';
import { plainAlternatives, withoutAnchors } from './detection/literal-anchors';
import { lazyPattern } from './catalogue/patterns';
import { matchDependencies, matchNotices, matchPublished, matchSourceFacts } from './detection/match';
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
  unanchoredScreens: Screen[];
  /**
   * For each anchor id of `literalPrefilter`, the screens of the patterns that require it: only those
   * run when it occurs. Running every anchored screen on any anchor made common anchors (`256`,
   * `answer`) cost a re2js pass per pattern over most files.
   */
  screensByAnchor: Screen[][];
}

/** A test over a whole file's text that is true wherever a literal pattern could match one of its strings. */
interface Screen {
  test(text: string): boolean;
}

/** The screen of a pattern without anchors: a substring search when it is a plain choice of words, else its regex. */
function unanchoredScreen(pattern: string): Screen {
  const words = plainAlternatives(pattern);
  if (!words) return lazyPattern(withoutAnchors(pattern));
  return { test: (text) => words.some((word) => text.includes(word)) };
}

export class FileAnalyzer {
  private built: Screens | undefined;

  private constructor(
    readonly index: SignalIndex,
    private readonly extractor: FactExtractor,
  ) {}

  /**
   * Built on first use: a warm re-scan answered from the cache never screens a file in the main
   * thread (with workers, the workers screen), and building the automata cost about 45 ms of its
   * start-up. Each screen's regex is compiled when first run (an anchor of it occurred), so a file
   * that holds few anchors, like the language server's first document, compiles few of them.
   */
  private screens(): Screens {
    if (this.built) return this.built;
    const screenAnchors: { screen: Screen; anchors: string[] }[] = [];
    const unanchoredScreens: Screen[] = [];
    for (const entry of this.index.literals) {
      const anchors = entry.requiredLiterals;
      if (anchors) screenAnchors.push({ screen: lazyPattern(withoutAnchors(entry.signal.match)), anchors });
      else unanchoredScreens.push(unanchoredScreen(entry.signal.match));
    }
    const literalPrefilter = new AnchorAutomaton(screenAnchors.flatMap(({ anchors }) => anchors));
    const screensByAnchor: Screen[][] = literalPrefilter.words.map(() => []);
    for (const { screen, anchors } of screenAnchors) {
      for (const id of new Set(anchors.map((anchor) => literalPrefilter.idOf(anchor)!))) screensByAnchor[id].push(screen);
    }
    this.built = { prefilter: new RequirementPrefilter(this.index.requirements), literalPrefilter, unanchoredScreens, screensByAnchor };
    return this.built;
  }

  static async create(index: SignalIndex): Promise<FileAnalyzer> {
    return new FileAnalyzer(index, await FactExtractor.create());
  }

  /** Whether the text could produce any evidence at all; false means it need not be parsed. */
  mayMatch(text: string): boolean {
    const { prefilter, unanchoredScreens, literalPrefilter, screensByAnchor } = this.screens();
    if (prefilter.matches(text)) return true;
    if (unanchoredScreens.some((screen) => screen.test(text))) return true;
    if (this.anchoredScreenMatches(text, literalPrefilter, screensByAnchor)) return true;
    return this.index.constants.length > 0 && findConstantTables(this.index.constants, text).length > 0;
  }

  /** Whether a literal pattern's screen matches, trying each pattern once and only after one of its anchors occurred. */
  private anchoredScreenMatches(text: string, literalPrefilter: AnchorAutomaton, screensByAnchor: Screen[][]): boolean {
    const tried = new Set<Screen>();
    const anchorsSeen = new Set<number>();
    return literalPrefilter.scan(text, (id) => {
      if (anchorsSeen.has(id)) return false;
      anchorsSeen.add(id);
      for (const screen of screensByAnchor[id]) {
        if (tried.has(screen)) continue;
        tried.add(screen);
        if (screen.test(text)) return true;
      }
      return false;
    });
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
    const evidence = [...matchDependencies(this.index, manifest.dependencies, path), ...matchPublished(this.index, manifest.publishes, path)];
    return { path, method: 'manifest', evidence, suppressions: [], dependencies: manifest.dependencies, warnings: [] };
  }

  analyzeNotice(path: string, text: string): FileAnalysis {
    return { path, method: 'notice', evidence: matchNotices(this.index, text, path), suppressions: [], warnings: [] };
  }
}
