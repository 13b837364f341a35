/**
 * Evidence → confidence for one category.
 *
 * The model, in words (the README repeats it for users):
 * 1. Each distinct positive signal counts once, however often it matches.
 * 2. Signals of the same kind combine as independent chances: 1 − Π(1 − weight). Identifier
 *    vocabulary alone is capped, because words are the weakest evidence there is — unless it is a
 *    coherent technical vocabulary: three or more distinct terms of art (weight ≥ 0.3, such as
 *    "goodness of pronunciation", "item factors", "answer sheet") of the same technology in the code's
 *    own identifiers, comments and docstrings (match.ts reads comments for terms of art only), which
 *    is how hand-written implementations and libraries show themselves. Generic words
 *    ("score", "recommend") weigh less and never count towards it.
 * 3. Kinds combine the same way, so corroboration across kinds (a declared dependency, its import,
 *    a call to its API) raises confidence quickly.
 * 4. A warning needs corroboration: with fewer than two independent kinds and no conclusive signal
 *    (weight ≥ 0.85), confidence is capped just below the approval threshold: information at most.
 * 5. `context` signals (a push send) count only next to positive evidence of the same category.
 * 6. `negative` signals (hashing, HMAC, signing only, bcrypt's own Blowfish) dampen confidence
 *    unless a conclusive positive signal is present, or the evidence is strong and corroborated
 *    without its ambiguous signals (weight < 0.3, such as Node's `crypto` import: hashing and random
 *    bytes as often as ciphers). An ambiguous signal must not be what shields evidence from the
 *    negative that explains it: bcrypt's Blowfish code plus `require('crypto')` for a random salt
 *    is still password hashing.
 */
import type { Evidence, SignalKind } from '../types';

/** A single signal at or above this weight is conclusive on its own. */
export const CONCLUSIVE_WEIGHT = 0.85;
/** Without corroboration, confidence stays below the default approval threshold (0.6). */
export const UNCORROBORATED_CAP = 0.5;
/** Vocabulary can suggest, never decide on its own... */
const IDENTIFIER_KIND_CAP = 0.4;
/** ...unless it is coherent: this many distinct terms of art, each at least this heavy. */
export const COHERENT_VOCABULARY_TERMS = 3;
export const TERM_OF_ART_WEIGHT = 0.3;
/** A coherent vocabulary counts as corroborated, up to this score. */
const COHERENT_VOCABULARY_CAP = 0.75;
/** Static evidence never proves a transfer is controlled: confidence stops short of certainty. */
const MAX_CONFIDENCE = 0.99;
/** Corroborated evidence this strong, counting only unambiguous signals, is not dampened by negative signals. */
const STRONG_CONFIDENCE = 0.8;
/** Signals lighter than this are ambiguous (an import of a module that also hashes): they never shield evidence from a negative. */
const UNAMBIGUOUS_WEIGHT = 0.3;
/** A kind must reach this score to count as an independent corroborating kind. */
const CORROBORATING_KIND_SCORE = 0.15;

export interface CategoryScore {
  confidence: number;
  /** Kinds that contributed, in a fixed order. */
  kinds: SignalKind[];
  corroborated: boolean;
  conclusive: boolean;
  /** The strongest negative signal that dampened the score, if any. */
  dampenedBy?: Evidence;
  /** Context evidence that did not count because no positive evidence backed it. */
  unbackedContext: Evidence[];
}

const KIND_ORDER: SignalKind[] = ['dependency', 'import', 'call', 'constant', 'literal', 'identifier', 'notice'];

export function scoreEvidence(evidence: readonly Evidence[]): CategoryScore {
  const positive = evidence.filter((e) => e.signal.role === 'positive');
  const context = evidence.filter((e) => e.signal.role === 'context');
  const negative = evidence.filter((e) => e.signal.role === 'negative');
  if (positive.length === 0) {
    return { confidence: 0, kinds: [], corroborated: false, conclusive: false, unbackedContext: context };
  }

  const counted = distinctBySignal(onePerStatement([...positive, ...context]));
  const termsOfArt = counted.filter((e) => e.signal.kind === 'identifier' && e.signal.role === 'positive' && e.signal.weight >= TERM_OF_ART_WEIGHT).length;
  const coherentVocabulary = termsOfArt >= COHERENT_VOCABULARY_TERMS;
  const kindScores = scoresByKind(counted, coherentVocabulary);

  let confidence = combine(kindScores);
  const independentKinds = [...kindScores.values()].filter((score) => score >= CORROBORATING_KIND_SCORE).length;
  const conclusive = positive.some((e) => e.signal.weight >= CONCLUSIVE_WEIGHT);
  const corroborated = independentKinds >= 2 || coherentVocabulary;
  if (!corroborated && !conclusive) confidence = Math.min(confidence, UNCORROBORATED_CAP);

  let dampenedBy: Evidence | undefined;
  const strongAndCorroborated = () => {
    const unambiguous = counted.filter((e) => e.signal.weight >= UNAMBIGUOUS_WEIGHT);
    return corroborated && combine(scoresByKind(unambiguous, coherentVocabulary)) >= STRONG_CONFIDENCE;
  };
  // Only evidence with a negative beside it needs the second scoring, without its ambiguous signals.
  if (negative.length > 0 && !conclusive && !strongAndCorroborated()) {
    dampenedBy = negative.reduce((a, b) => (b.signal.weight > a.signal.weight ? b : a));
    confidence *= 1 - dampenedBy.signal.weight;
  }

  return {
    confidence: round(Math.min(confidence, MAX_CONFIDENCE)),
    kinds: KIND_ORDER.filter((kind) => kindScores.has(kind)),
    corroborated,
    conclusive,
    dampenedBy,
    unbackedContext: [],
  };
}

/** Per kind, its signals combined as independent chances; vocabulary capped (higher when coherent). */
function scoresByKind(items: readonly Evidence[], coherentVocabulary: boolean): Map<SignalKind, number> {
  const scores = new Map<SignalKind, number>();
  for (const item of items) {
    const previous = scores.get(item.signal.kind) ?? 0;
    scores.set(item.signal.kind, 1 - (1 - previous) * (1 - item.signal.weight));
  }
  if (scores.has('identifier')) {
    const cap = coherentVocabulary ? COHERENT_VOCABULARY_CAP : IDENTIFIER_KIND_CAP;
    scores.set('identifier', Math.min(scores.get('identifier')!, cap));
  }
  return scores;
}

/** Kinds combine as independent chances too. */
function combine(kindScores: ReadonlyMap<SignalKind, number>): number {
  return 1 - [...kindScores.values()].reduce((rest, score) => rest * (1 - score), 1);
}

/**
 * One place in the code is one observation, whatever the kinds of the signals that matched there: a
 * docstring read both as a string and as prose, or a call whose name is also a term of art, must not
 * corroborate itself. Evidence starting at the same position keeps only its heaviest signal.
 */
function onePerStatement(evidence: Evidence[]): Evidence[] {
  const heaviest = new Map<string, Evidence>();
  for (const item of evidence) {
    const key = `${item.signal.role}\0${item.path}\0${item.range.line}:${item.range.column}`;
    const previous = heaviest.get(key);
    if (!previous || item.signal.weight > previous.signal.weight) heaviest.set(key, item);
  }
  return [...heaviest.values()];
}

function distinctBySignal(evidence: Evidence[]): Evidence[] {
  const bySignal = new Map<string, Evidence>();
  for (const item of evidence) {
    const key = item.signal.id;
    if (!bySignal.has(key)) bySignal.set(key, item);
  }
  return [...bySignal.values()];
}

/** Two decimals: enough for people, and stable in JSON. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
