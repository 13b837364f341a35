/**
 * Matching: the facts of one file (or the dependencies of one manifest) against the signal index,
 * giving evidence. Each signal yields at most one piece of evidence per place, and identifier signals
 * at most one per file: repeating a word does not make a file more controlled.
 */
import type { Dependency, Evidence, Fact, LanguageId, SourceFacts, SourceRange } from '../types';
import { TERM_OF_ART_WEIGHT } from '../scoring/confidence';
import { importSegments, calleeSegments, publishedTwinOf, type DependencySignal, type IdentifierSignal, type IndexedSignal, type SignalIndex } from './signal-index';
import { splitIdentifier, containsTerm } from './vocabulary';
import { rangeAtOffset } from './text-position';
import { findConstantTables } from './constants';

function applies(entry: IndexedSignal, language: LanguageId): boolean {
  return !entry.languages || entry.languages.has(language);
}

function evidenceOf(entry: IndexedSignal, path: string, range: SourceRange, matchedText: string): Evidence {
  return { categoryId: entry.category.id, signal: entry.signal, path, range, matchedText };
}

/** Evidence from a source file's facts, and from constant tables in its raw text. */
export function matchSourceFacts(index: SignalIndex, facts: SourceFacts, path: string, text: string): Evidence[] {
  const evidence: Evidence[] = [];
  matchImports(index, facts, path, evidence);
  matchCalls(index, facts, path, evidence);
  matchIdentifiers(index, facts, path, evidence);
  matchLiterals(index, facts, path, evidence);
  if (index.constants.length > 0) {
    for (const hit of findConstantTables(index.constants, text)) {
      if (applies(hit.entry, facts.language)) {
        evidence.push(evidenceOf(hit.entry, path, hit.range, describeConstants(hit.entry.values)));
      }
    }
  }
  return evidence;
}

function matchImports(index: SignalIndex, facts: SourceFacts, path: string, out: Evidence[]): void {
  // `from a.b import c` gives both `a.b` and `a.b.c`, and `node:crypto` matches both a `crypto` and a
  // `node:crypto` signal: one statement is one piece of evidence per category, the heaviest.
  const heaviest = new HeaviestPerStatement();
  for (const fact of facts.imports) {
    if (isLocalImport(fact.text)) continue;
    const segments = importSegments(fact.text);
    if (segments.length === 0) continue;
    for (const entry of index.importsByFirstSegment.get(segments[0]) ?? []) {
      if (!applies(entry, facts.language) || !startsWith(segments, entry.segments)) continue;
      heaviest.offer(`${fact.range.line}`, evidenceOf(entry, path, fact.range, fact.text));
    }
  }
  out.push(...heaviest.values());
}

/** What a constant hit shows the user: the magic numbers themselves, or the start of a long table. */
function describeConstants(values: readonly number[]): string {
  const hex = (value: number) => `0x${value.toString(16)}`;
  if (values.length <= 4) return values.map(hex).join(', ');
  return `${values.length}-value table ${values.slice(0, 4).map(hex).join(', ')}, …`;
}

/** Keeps, per category, role and statement, only the evidence of the heaviest signal. */
class HeaviestPerStatement {
  private readonly byStatement = new Map<string, Evidence>();

  offer(statement: string, evidence: Evidence): void {
    const key = `${evidence.categoryId}\0${evidence.signal.role}\0${statement}`;
    const previous = this.byStatement.get(key);
    if (!previous || evidence.signal.weight > previous.signal.weight) this.byStatement.set(key, evidence);
  }

  values(): Evidence[] {
    return [...this.byStatement.values()];
  }
}

/**
 * Imports of the project's own files (`./crypto/util`, `from .speech import x`, `crate::push`) name
 * local code, not the library a signal names: `../crypto/BrowserCrypto` is not Node's `crypto`.
 */
export function isLocalImport(text: string): boolean {
  const trimmed = text.trim();
  return /^[./]/.test(trimmed) || /^(crate|self|super)::/.test(trimmed);
}

function matchCalls(index: SignalIndex, facts: SourceFacts, path: string, out: Evidence[]): void {
  const heaviest = new HeaviestPerStatement();
  for (const fact of facts.calls) {
    const segments = calleeSegments(fact.text);
    if (segments.length === 0) continue;
    for (const entry of index.callsByLastSegment.get(segments[segments.length - 1]) ?? []) {
      if (!applies(entry, facts.language) || !endsWith(segments, entry.segments)) continue;
      if (entry.argument && !entry.argument.firstMatch(fact.callText ?? fact.text)) continue;
      heaviest.offer(`${fact.range.line}:${fact.range.column}`, evidenceOf(entry, path, fact.range, fact.callText ? truncate(fact.callText) : fact.text));
    }
  }
  out.push(...heaviest.values());
}

function matchIdentifiers(index: SignalIndex, facts: SourceFacts, path: string, out: Evidence[]): void {
  const matched = new Set<string>();
  const identifierWords = facts.identifiers.map((fact) => splitIdentifier(fact.text));
  const inSomeIdentifier = (term: string[]) => identifierWords.some((words) => containsTerm(words, term));
  const matchWords = (words: string[], fact: Fact, accept: (entry: IdentifierSignal) => boolean) => {
    for (const word of new Set(words)) {
      for (const entry of index.identifiersByWord.get(word) ?? []) {
        const key = `${entry.category.id}\0${entry.signal.id}`;
        if (matched.has(key) || !accept(entry) || !applies(entry, facts.language) || !containsTerm(words, entry.words)) continue;
        if (!entry.alsoNeeds.every(inSomeIdentifier)) continue;
        matched.add(key);
        out.push(evidenceOf(entry, path, fact.range, fact.text));
      }
    }
  };
  facts.identifiers.forEach((fact, i) => matchWords(identifierWords[i], fact, () => true));
  // Comments and docstrings say what code does in prose ("alternating least squares over the
  // user x item matrix"). Only terms of art count there: generic words such as "recommend" in prose
  // are exactly what must not raise a warning. A term already seen in the code counts once.
  for (const fact of facts.comments) {
    if (fact.text.includes('exportlens-ignore')) continue; // a suppression's reason is about the finding, not the code
    const isTermOfArt = (entry: IdentifierSignal) => entry.signal.role === 'positive' && entry.signal.weight >= TERM_OF_ART_WEIGHT && entry.alsoNeeds.length === 0;
    matchWords(splitIdentifier(fact.text), { ...fact, text: excerpt(fact.text) }, isTermOfArt);
  }
}

/** A comment can be long: show the start of it. */
function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
}

function matchLiterals(index: SignalIndex, facts: SourceFacts, path: string, out: Evidence[]): void {
  if (index.literals.length === 0) return;
  // Lowercased once per string: the literal anchors of every pattern are looked up in it.
  let lowered: (string | undefined)[] | undefined;
  for (const entry of index.literals) {
    if (!applies(entry, facts.language)) continue;
    const anchors = entry.requiredLiterals;
    if (anchors && !lowered) lowered = facts.strings.map((fact) => asciiLowerOrUndefined(fact.text));
    for (let i = 0; i < facts.strings.length; i++) {
      const fact = facts.strings[i];
      // A string holding none of the pattern's required literals cannot match it (literal-anchors.ts).
      // Strings with non-ASCII text always run the pattern: RE2's case folding maps some of it to ASCII.
      const lower = lowered?.[i];
      if (anchors && lower !== undefined && !anchors.some((anchor) => lower.includes(anchor))) continue;
      const hit = entry.pattern.firstMatch(fact.text);
      if (hit) {
        out.push(evidenceOf(entry, path, fact.range, truncate(fact.text)));
        break; // one literal per signal per file is enough evidence
      }
    }
  }
}

/** `text` with ASCII letters lowercased, or undefined when it holds any non-ASCII character. */
function asciiLowerOrUndefined(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(text) ? undefined : text.toLowerCase();
}

/** Evidence from prose files (README, NOTICE): e.g. a Cryptography Notice is a prior self-classification. */
export function matchNotices(index: SignalIndex, text: string, path: string): Evidence[] {
  const evidence: Evidence[] = [];
  for (const entry of index.notices) {
    const hit = entry.pattern.firstMatch(text);
    if (hit) evidence.push(evidenceOf(entry, path, rangeAtOffset(text, hit.index, hit.text.length), truncate(hit.text)));
  }
  matchProseTerms(index, text, path, evidence);
  return evidence;
}

/** Terms of art in README/NOTICE prose, each at its first line. */
function matchProseTerms(index: SignalIndex, text: string, path: string, out: Evidence[]): void {
  if (index.proseTerms.length === 0) return;
  const byFirstWord = new Map<string, IdentifierSignal[]>();
  for (const entry of index.proseTerms) pushTo(byFirstWord, entry.words[0], entry);
  const found = new Set<IdentifierSignal>();
  const lines = text.split('\n');
  for (let line = 0; line < lines.length && found.size < index.proseTerms.length; line++) {
    const words = splitIdentifier(lines[line]);
    for (let at = 0; at < words.length; at++) {
      for (const entry of byFirstWord.get(words[at]) ?? []) {
        if (found.has(entry) || !containsTerm(words.slice(at, at + entry.words.length), entry.words)) continue;
        found.add(entry);
        const range = { line: line + 1, column: 1, endLine: line + 1, endColumn: lines[line].length + 1 };
        out.push(evidenceOf(entry, path, range, excerpt(lines[line])));
      }
    }
  }
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Evidence from a manifest's declared dependencies. */
export function matchDependencies(index: SignalIndex, dependencies: Dependency[], path: string): Evidence[] {
  const evidence: Evidence[] = [];
  for (const dependency of dependencies) {
    for (const entry of dependencySignalsFor(index, dependency)) evidence.push(evidenceOf(entry, path, dependency.range, dependency.name));
  }
  return evidence;
}

/**
 * Evidence from the package a manifest publishes: a module that publishes `vosk` or `openai-whisper`
 * is that library's own source, which imports itself by relative paths or not at all.
 */
export function matchPublished(index: SignalIndex, published: Dependency | undefined, path: string): Evidence[] {
  if (!published) return [];
  const evidence: Evidence[] = [];
  for (const entry of dependencySignalsFor(index, published)) {
    const twin = publishedTwinOf(entry.signal);
    if (twin) evidence.push(evidenceOf({ ...entry, signal: twin }, path, published.range, published.name));
  }
  return evidence;
}

function dependencySignalsFor(index: SignalIndex, dependency: Dependency): DependencySignal[] {
  const name = normaliseDependencyName(dependency.name, dependency.ecosystem);
  return index.dependencies.filter((entry) => {
    if (entry.ecosystems && !entry.ecosystems.has(dependency.ecosystem)) return false;
    const wanted = normaliseDependencyName(entry.name, dependency.ecosystem);
    return entry.prefix ? name.startsWith(wanted) : name === wanted;
  });
}

/** PyPI treats `-`, `_` and `.` alike and ignores case (PEP 503); other registries ignore case here too. */
export function normaliseDependencyName(name: string, ecosystem: Dependency['ecosystem']): string {
  const lower = name.toLowerCase();
  return ecosystem === 'pypi' ? lower.replace(/[-_.]+/g, '-') : lower;
}

function startsWith(segments: string[], prefix: string[]): boolean {
  if (prefix.length > segments.length) return false;
  return prefix.every((segment, i) => segments[i] === segment);
}

function endsWith(segments: string[], suffix: string[]): boolean {
  if (suffix.length > segments.length) return false;
  const offset = segments.length - suffix.length;
  return suffix.every((segment, i) => segments[offset + i] === segment);
}

function truncate(text: string, max = 160): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

