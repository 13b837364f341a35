/**
 * Regular expressions from catalogues run on re2js, a linear-time RE2 port: catalogue files may come
 * from users, and a backtracking engine would let one bad pattern hang a scan on a long minified line.
 * The price is RE2 syntax (no backreferences, no lookaround), which the loader checks up front.
 */
import type { RE2JS } from 're2js';

let re2js: typeof RE2JS | undefined;
/** re2js, required on first compile: a warm re-scan answered from the cache compiles no pattern, and loading it cost about 12 ms of its start. */
function engine(): typeof RE2JS {
  return (re2js ??= (require('re2js') as typeof import('re2js')).RE2JS);
}

export interface CompiledPattern {
  /** Whether the pattern matches anywhere in `text`. */
  test(text: string): boolean;
  /** The first match, with its UTF-16 index into `text`. */
  firstMatch(text: string): { index: number; text: string } | undefined;
}

export interface PatternOptions {
  caseInsensitive?: boolean;
}

const cache = new Map<string, CompiledPattern>();

/**
 * Compile an RE2 pattern (cached by source and flags). Throws an Error with a plain-words message
 * (see `describePatternError`) if re2js rejects it.
 */
export function compilePattern(source: string, options: PatternOptions = {}): CompiledPattern {
  const key = (options.caseInsensitive ? 'i:' : 's:') + source;
  const cached = cache.get(key);
  if (cached) return cached;
  let re: RE2JS;
  try {
    re = engine().compile(source, options.caseInsensitive ? engine().CASE_INSENSITIVE : 0);
  } catch (error) {
    throw new Error(explainRe2Error(source, error));
  }
  const compiled: CompiledPattern = {
    test: (text) => re.matcher(text).find(),
    firstMatch: (text) => {
      const matcher = re.matcher(text);
      if (!matcher.find()) return undefined;
      return { index: matcher.start(), text: matcher.group() ?? '' };
    },
  };
  cache.set(key, compiled);
  return compiled;
}

/**
 * A pattern compiled on first use. Catalogues reach the engine validated (the loader compiles every
 * pattern, and the compiled-catalogue cache holds only catalogues without problems), so compiling all
 * of them up front only delayed the language server's first diagnostics (re2js's load and compiles:
 * about 60 ms for the signals, 80 ms more for the prefilter's literal screens).
 */
export function lazyPattern(source: string, options: PatternOptions = {}): CompiledPattern {
  let compiled: CompiledPattern | undefined;
  return {
    test: (text) => (compiled ??= compilePattern(source, options)).test(text),
    firstMatch: (text) => (compiled ??= compilePattern(source, options)).firstMatch(text),
  };
}

/** Why `source` is not an acceptable RE2 pattern, or undefined if it is. */
export function describePatternError(source: string): string | undefined {
  try {
    compilePattern(source);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Turn re2js's terse message into one that says what to change. */
function explainRe2Error(source: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const detail = raw.replace(/^error parsing regexp:\s*/, '');
  let hint = '';
  if (/\\[1-9]/.test(source)) {
    hint = ' (backreferences such as \\1 are not supported: patterns run on a linear-time RE2 engine)';
  } else if (/\(\?<?[=!]/.test(source)) {
    hint = ' (lookahead and lookbehind are not supported: patterns run on a linear-time RE2 engine)';
  } else if (/\(\?>/.test(source) || /[*+?}][+]/.test(source)) {
    hint = ' (atomic groups and possessive quantifiers are not supported in RE2 syntax)';
  }
  return `invalid regular expression /${source}/: ${detail}${hint}`;
}
