/**
 * Necessary substrings of a catalogue regular expression, so the prefilter can rule a file out
 * without running the regex over it (re2js is linear-time but slow: running every literal and notice
 * pattern over every file that has no other anchor was half of a cold scan's CPU time).
 *
 * For each top-level alternative, the longest run of plain ASCII characters the pattern must match
 * literally (outside classes, not made optional by a quantifier), or failing that the words of a
 * required group such as `(ECDHE|DHE)`, one of which must occur. If every alternative yields anchors of
 * at least MIN_ANCHOR characters, a text containing none of them (compared case-insensitively, so
 * `(?i)` needs no care) cannot match. Otherwise the pattern gets no anchors and is always run.
 */
const MIN_ANCHOR = 3;

export function requiredLiterals(pattern: string): string[] | undefined {
  return anchorsOfAlternation(pattern.replace(/^\(\?[a-zA-Z]+\)/, ''));
}

/** One or more anchors per alternative, every one at least MIN_ANCHOR long; undefined if any alternative has none. */
function anchorsOfAlternation(source: string): string[] | undefined {
  const anchors: string[] = [];
  for (const alternative of splitTopLevel(source)) {
    if (alternative === undefined) return undefined;
    const found = anchorsOfSequence(alternative);
    if (!found) return undefined;
    anchors.push(...found);
  }
  return anchors.length > 0 ? anchors : undefined;
}

/**
 * What one alternative must contain: its longest literal run when that is long enough; otherwise one
 * of the words of a required group, as in `(ECDHE|DHE|EDH)` (the set whose shortest word is longest).
 */
function anchorsOfSequence(alternative: string): string[] | undefined {
  const scanned = scanSequence(alternative);
  if (!scanned) return undefined;
  if (scanned.run.length >= MIN_ANCHOR) return [scanned.run.toLowerCase()];
  const shortest = (words: string[]) => Math.min(...words.map((word) => word.length));
  const best = scanned.groupChoices.sort((a, b) => shortest(b) - shortest(a))[0];
  return best?.map((word) => word.toLowerCase());
}

/** The pattern's top-level alternatives; [undefined] when its brackets do not balance. */
function splitTopLevel(source: string): (string | undefined)[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return [undefined];
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return [undefined];
  }
  if (depth !== 0) return [undefined];
  parts.push(source.slice(start));
  return parts;
}

function scanSequence(alternative: string): { run: string; groupChoices: string[][] } | undefined {
  let best = '';
  const groupChoices: string[][] = [];
  let run = '';
  const flush = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i];
    let literal: string | undefined;
    let next = i + 1;
    if (c === '\\') {
      const e = alternative[i + 1];
      if (e === undefined) return undefined;
      next = i + 2;
      if (/[a-zA-Z0-9]/.test(e)) literal = undefined;
      else literal = e;
    } else if (c === '[') {
      const end = classEnd(alternative, i);
      if (end < 0) return undefined;
      next = end + 1;
    } else if (c === '(') {
      const end = groupEnd(alternative, i);
      if (end < 0) return undefined;
      next = end + 1;
      const body = groupBody(alternative.slice(i + 1, end));
      literal = body === undefined ? undefined : caseFoldedGroupLiteral(body);
      if (literal === undefined && body !== undefined && isRequired(alternative, next)) {
        const choices = anchorsOfAlternation(body);
        if (choices) groupChoices.push(choices);
      }
    } else if (c === '{') {
      // A counted quantifier: its digits are not text to match.
      const end = alternative.indexOf('}', i);
      next = end < 0 ? alternative.length : end + 1;
    } else if ('.^$|)*+?}'.includes(c)) {
      literal = undefined;
    } else if (c.charCodeAt(0) < 128) {
      literal = c;
    }
    const quantifier = alternative[next];
    if (literal !== undefined && isRequired(alternative, next)) run += literal;
    if (literal === undefined || quantifier === '?' || quantifier === '*' || quantifier === '+' || quantifier === '{') flush();
    i = next - 1;
  }
  flush();
  return { run: best, groupChoices };
}

/** Whether the atom ending just before `next` must occur: no `?`, `*` or `{0,…}` quantifier after it. */
function isRequired(alternative: string, next: number): boolean {
  const quantifier = alternative[next];
  return !(quantifier === '?' || quantifier === '*' || (quantifier === '{' && /^\{0[,}]/.test(alternative.slice(next))));
}

/** A group's pattern without its `?:` or `?flags:` prefix; undefined for named groups and other `(?…)` forms. */
function groupBody(inner: string): string | undefined {
  const prefix = /^\?[a-zA-Z]*:/.exec(inner);
  if (prefix) return inner.slice(prefix[0].length);
  return inner.startsWith('?') ? undefined : inner;
}

/**
 * The text a group body (without its `?:`) must match when all its alternatives are the same plain
 * word up to case, as in `(omr|OMR)` or `(?:Key)`: the prefilter compares case-insensitively, so
 * that word is required.
 * Any other group (a choice between different words, nested syntax) yields no literal.
 */
function caseFoldedGroupLiteral(body: string): string | undefined {
  const alternatives = plainAlternatives(body);
  if (!alternatives?.every((alternative) => /^[\x20-\x7e]+$/.test(alternative))) return undefined;
  const folded = alternatives[0].toLowerCase();
  return alternatives.every((alternative) => alternative.toLowerCase() === folded) ? folded : undefined;
}

function classEnd(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The words of a pattern that is nothing but a choice between literal words with no syntax at all
 * (`阅卷|答题卡|判卷`): the pattern matches exactly where one of them occurs, so a plain substring
 * search answers it. Undefined for anything else, including patterns with flags.
 */
export function plainAlternatives(pattern: string): string[] | undefined {
  const words = pattern.split('|');
  return words.every((word) => word.length > 0 && !/[\\[\](){}.^$|*+?]/.test(word)) ? words : undefined;
}

/**
 * The pattern with its `^` and `$` assertions removed (outside character classes and escapes).
 * Removing an assertion only widens what a pattern matches, so the result matches somewhere in a
 * file whenever the original matches one of the file's string literals: a sound prefilter screen.
 */
export function withoutAnchors(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      out += char;
      continue;
    }
    if (char === '[') {
      inClass = true;
      out += char;
      // A `]` or `^]` right after the opening bracket is part of the class, not its end.
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += source[++i];
      continue;
    }
    if (char === '^' || char === '$') continue;
    out += char;
  }
  return out;
}
