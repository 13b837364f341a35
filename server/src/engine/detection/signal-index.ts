/**
 * The catalogue's signals, indexed for matching. Built once per set of catalogues and shared by every
 * file of a scan (and by every worker), because matching runs for each fact of each file.
 */
import type { Category, Ecosystem, LanguageId, Signal } from '../types';
import { termWords } from './vocabulary';
import { TERM_OF_ART_WEIGHT } from '../scoring/confidence';
import { lazyPattern, type CompiledPattern } from '../catalogue/patterns';
import { requiredLiterals } from './literal-anchors';

export interface IndexedSignal {
  category: Category;
  signal: Signal;
  /** Languages the signal applies to, widened to related languages (see LANGUAGE_FAMILIES); undefined: all. */
  languages?: ReadonlySet<LanguageId>;
}

export interface ImportSignal extends IndexedSignal {
  segments: string[];
}
export interface CallSignal extends IndexedSignal {
  segments: string[];
  argument?: CompiledPattern;
}
export interface IdentifierSignal extends IndexedSignal {
  words: string[];
  /** Further terms (`n users & n items`) that must each appear in some identifier of the same file. */
  alsoNeeds: string[][];
}
export interface PatternSignal extends IndexedSignal {
  pattern: CompiledPattern;
}
export interface LiteralSignal extends PatternSignal {
  /** Substrings (lowercase) one of which a match must contain, if the pattern has any (literal-anchors.ts). */
  requiredLiterals?: string[];
}
export interface ConstantSignal extends IndexedSignal {
  values: number[];
}
export interface DependencySignal extends IndexedSignal {
  /** Normalised name, without a trailing `*`. */
  name: string;
  /** A trailing `*` in the catalogue makes the name a prefix (`org.bouncycastle:*`). */
  prefix: boolean;
  ecosystems?: ReadonlySet<Ecosystem>;
}

/**
 * A signal written for one language also applies where that language's libraries are used from
 * another: JavaScript packages from TypeScript, C headers from C++, Java packages from Kotlin.
 */
const LANGUAGE_FAMILIES: Partial<Record<LanguageId, LanguageId[]>> = {
  javascript: ['javascript', 'typescript', 'tsx'],
  typescript: ['typescript', 'tsx', 'javascript'],
  tsx: ['tsx', 'typescript', 'javascript'],
  c: ['c', 'cpp'],
  cpp: ['cpp', 'c'],
  java: ['java', 'kotlin'],
  kotlin: ['kotlin', 'java'],
};

/** A README describes; it does not implement: prose counts for less than the same term in code. */
const PROSE_DISCOUNT = 0.75;

/**
 * The `notice` signal a term of art becomes when a README or NOTICE file uses it; undefined for
 * signals that are not language-independent single terms of art. Whoever resolves evidence by signal
 * id (cache, workers, shards) must know these twins too.
 */
export function proseTwinOf(signal: Signal): Signal | undefined {
  const eligible = signal.kind === 'identifier' && signal.role === 'positive' && signal.weight >= TERM_OF_ART_WEIGHT && !signal.languages && !signal.match.includes(' & ');
  if (!eligible) return undefined;
  return {
    ...signal,
    id: `${signal.id}.prose`,
    kind: 'notice',
    // A description corroborates code; on its own (an awesome-list, a monorepo's overview) it is nothing.
    role: 'context',
    weight: Math.round(signal.weight * PROSE_DISCOUNT * 100) / 100,
    label: `the module's README/NOTICE says "${signal.match}": ${signal.label}`,
  };
}

/**
 * The signal a dependency signal becomes when a manifest publishes that very package (its own
 * `name`): the module is the library's source, not a user of it, so "depends on X" reads "is X".
 * Same weight and role (a bcrypt package's own manifest is as negative as a dependency on it).
 */
export function publishedTwinOf(signal: Signal): Signal | undefined {
  if (signal.kind !== 'dependency') return undefined;
  const described = signal.label.replace(/^depends on /, '');
  return { ...signal, id: `${signal.id}.published`, label: `is the package itself (its manifest publishes it): ${described}` };
}

export class SignalIndex {
  readonly importsByFirstSegment = new Map<string, ImportSignal[]>();
  readonly callsByLastSegment = new Map<string, CallSignal[]>();
  readonly identifiersByWord = new Map<string, IdentifierSignal[]>();
  readonly literals: LiteralSignal[] = [];
  readonly notices: PatternSignal[] = [];
  readonly constants: ConstantSignal[] = [];
  readonly dependencies: DependencySignal[] = [];
  /**
   * Terms of art (identifier signals of weight ≥ TERM_OF_ART_WEIGHT that apply to every language),
   * read in README/NOTICE prose: a module's own description of itself corroborates its code, so each
   * gets a `notice` twin with the `context` role (see proseTwin).
   */
  readonly proseTerms: IdentifierSignal[] = [];
  readonly categories: Category[];
  /**
   * Lowercase strings of which at least one must occur in a file for any import, call or identifier
   * signal to match it; the prefilter looks for them before anything is parsed.
   */
  readonly anchors = new Set<string>();
  /**
   * Per import, call and identifier signal, every lowercase word that must occur in a file for the
   * signal to match it (see RequirementPrefilter): a stricter prefilter than `anchors`.
   */
  readonly requirements: string[][] = [];

  constructor(categories: Category[]) {
    this.categories = categories;
    for (const category of categories) {
      for (const signal of category.signals) this.add(category, signal);
    }
  }

  private add(category: Category, signal: Signal): void {
    const base: IndexedSignal = { category, signal, languages: widenLanguages(signal.languages) };
    switch (signal.kind) {
      case 'import': {
        const segments = importSegments(signal.match);
        if (segments.length === 0) return;
        pushTo(this.importsByFirstSegment, segments[0], { ...base, segments });
        this.anchors.add(longest(segments));
        this.requirements.push(segments);
        return;
      }
      case 'call': {
        const segments = calleeSegments(signal.match);
        if (segments.length === 0) return;
        const argument = signal.argumentPattern ? lazyPattern(signal.argumentPattern) : undefined;
        pushTo(this.callsByLastSegment, segments[segments.length - 1], { ...base, segments, argument });
        this.anchors.add(segments[segments.length - 1].toLowerCase());
        this.requirements.push(segments.map((segment) => segment.toLowerCase()));
        return;
      }
      case 'identifier': {
        const [words, ...alsoNeeds] = signal.match.split(' & ').map(termWords);
        if (words.length === 0) return;
        pushTo(this.identifiersByWord, words[0], { ...base, words, alsoNeeds });
        this.anchors.add(longest(words));
        this.requirements.push([...words, ...alsoNeeds.flat()]);
        const twin = proseTwinOf(signal);
        if (twin) this.proseTerms.push({ ...base, signal: twin, words, alsoNeeds: [] });
        return;
      }
      case 'literal':
        this.literals.push({ ...base, pattern: lazyPattern(signal.match), requiredLiterals: requiredLiterals(signal.match) });
        return;
      case 'notice':
        this.notices.push({ ...base, pattern: lazyPattern(signal.match) });
        return;
      case 'constant':
        this.constants.push({ ...base, values: parseConstantTable(signal.match) });
        return;
      case 'dependency': {
        const prefix = signal.match.endsWith('*');
        const raw = prefix ? signal.match.slice(0, -1) : signal.match;
        this.dependencies.push({
          ...base,
          name: raw.toLowerCase(),
          prefix,
          ecosystems: signal.ecosystems ? new Set(signal.ecosystems) : undefined,
        });
        return;
      }
    }
  }
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function longest(words: string[]): string {
  return words.reduce((a, b) => (b.length > a.length ? b : a), '').toLowerCase();
}

function widenLanguages(languages: LanguageId[] | undefined): ReadonlySet<LanguageId> | undefined {
  if (!languages || languages.length === 0) return undefined;
  const widened = new Set<LanguageId>();
  for (const language of languages) {
    for (const member of LANGUAGE_FAMILIES[language] ?? [language]) widened.add(member);
  }
  return widened;
}

/**
 * Import paths compare by segment, case-insensitively, whatever the language's separator:
 * `javax.crypto.Cipher`, `crypto/aes`, `aes_gcm::Aes256Gcm`, `openssl/evp.h`, `node:crypto`.
 */
export function importSegments(path: string): string[] {
  const withoutScheme = path.replace(/^node:/, '');
  return withoutScheme
    .toLowerCase()
    .split(/[./\\:]+/)
    .filter(Boolean);
}

/** Callee text is already normalised by the extractor to `.`-separated segments. Calls compare case-sensitively. */
export function calleeSegments(callee: string): string[] {
  return callee
    .replace(/::|->|\?\./g, '.')
    .split('.')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `0x63, 0x7c, ...` or decimal values, comma-separated. */
export function parseConstantTable(text: string): number[] {
  return text
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => Number(value.toLowerCase().startsWith('0x') ? parseInt(value.slice(2), 16) : parseInt(value, 10)));
}
