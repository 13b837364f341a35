/**
 * The user's include/exclude globs (EngineOptions.include / exclude), compiled once with `picomatch`.
 *
 * Conventions, chosen to match what people expect from .gitignore:
 * - paths are relative to the scanned root with `/`; a leading `/` or `./` in a glob is dropped;
 * - dotfiles match (`**\/*.js` matches `.eslintrc.js`);
 * - a glob without a slash matches the last path segment at any depth (`*.min.js`, `fixtures`);
 * - a glob that matches a folder applies to everything inside it (`exclude: ['test']` drops the
 *   folder; `include: ['src']` takes everything under `src`).
 */
import picomatch from 'picomatch';

export interface GlobSet {
  /** The first glob that matches `relPath`, or undefined. */
  firstMatch(relPath: string): string | undefined;
  readonly isEmpty: boolean;
}

export function compileGlobs(globs: readonly string[]): GlobSet {
  const compiled = globs
    .filter((glob) => glob.trim() !== '')
    .map((glob) => ({ glob, test: compileOne(glob) }));
  return {
    isEmpty: compiled.length === 0,
    firstMatch(relPath: string): string | undefined {
      const basename = relPath.slice(relPath.lastIndexOf('/') + 1);
      for (const { glob, test } of compiled) {
        if (test(relPath, basename)) return glob;
      }
      return undefined;
    },
  };
}

function compileOne(glob: string): (relPath: string, basename: string) => boolean {
  const normalised = glob.trim().replace(/^\.\//, '').replace(/^\/+/, '');
  const anchored = glob.trim().startsWith('/') || normalised.includes('/');
  const made = picomatch.makeRe(normalised, { dot: true });
  // picomatch's `**` uses `.`, which stops at a newline; file names may contain newlines.
  const regex = new RegExp(made.source, made.flags.includes('s') ? made.flags : `${made.flags}s`);
  return anchored
    ? (relPath) => regex.test(relPath)
    : (_relPath, basename) => regex.test(basename);
}
