/**
 * Ignore rules from `.git/info/exclude`, `.gitignore` and `.exportlensignore` files, combined the way
 * git combines nested ignore files.
 *
 * Git's rule is: a deeper file overrides a shallower one, within one file the last matching line wins,
 * and nothing inside an excluded folder can be re-included. Checking each file separately (one `ignore`
 * instance per file, paths relative to that file's folder) gets this wrong in one case: the `ignore`
 * package treats a path as ignored when any of its parents is, so a shallow `gen/` would still hide
 * `sub/gen/x.js` after `sub/.gitignore` re-included `sub/gen/` with `!gen/`. So instead every line is
 * rewritten to be relative to the scanned root (`!gen/` in `sub/.gitignore` becomes `!sub/**\/gen/`) and
 * appended, in precedence order, to one rule list per folder: the folder's own list is its parent's list
 * plus its own lines. "Last match wins" over that list is exactly git's precedence.
 *
 * At each folder the `.exportlensignore` lines come after the `.gitignore` lines, so `.exportlensignore`
 * can override git, including re-including (`!dist/`) something git ignores.
 *
 * Matching is case-sensitive (git's default on Linux), so results do not depend on the machine.
 */
import ignore from 'ignore';

type Ignore = ignore.Ignore;

export class IgnoreRules {
  private constructor(private readonly matcher: Ignore | undefined) {}

  /** No rules: nothing is ignored. */
  static empty(): IgnoreRules {
    return new IgnoreRules(undefined);
  }

  /**
   * These rules plus the lines of one ignore file.
   * @param folder the folder the ignore file applies to, relative to the root with `/` (`''` for the root)
   * @param source how to name the file in skip details, e.g. `sub/.gitignore`
   */
  withFile(folder: string, source: string, content: string): IgnoreRules {
    const patterns: { pattern: string; mark: string }[] = [];
    content.split(/\r?\n/).forEach((line, index) => {
      const pattern = rebasePattern(line, folder);
      if (pattern !== undefined) patterns.push({ pattern, mark: `${source}:${index + 1}: ${line.trim()}` });
    });
    if (patterns.length === 0) return this;
    const matcher = ignore({ ignorecase: false });
    if (this.matcher) matcher.add(this.matcher);
    matcher.add(patterns);
    warmParents(matcher, folder);
    return new IgnoreRules(matcher);
  }

  /**
   * Why `relPath` is ignored (the file, line and pattern that decided it), or undefined if it is not.
   * Callers test a path only after its parent folder was found not ignored, walking down from the root.
   */
  match(relPath: string, isDirectory: boolean): string | undefined {
    if (!this.matcher) return undefined;
    const result = this.matcher.test(isDirectory ? `${relPath}/` : relPath);
    return result.ignored ? (result.rule?.mark ?? 'ignored') : undefined;
  }
}

/**
 * The `ignore` package decides a path by first deciding each parent, recursively and cached. A new
 * rule list made deep in a tree starts with an empty cache, so its first test would recurse once per
 * level of depth; testing the parents top-down here fills the cache without deep recursion.
 */
function warmParents(matcher: Ignore, folder: string): void {
  if (folder === '') return;
  let prefix = '';
  for (const segment of folder.split('/')) {
    prefix += `${segment}/`;
    matcher.test(prefix);
  }
}

/**
 * One ignore-file line rewritten relative to the root, or undefined for blank lines and comments.
 * Follows gitignore(5): a pattern with a slash at the start or in the middle is anchored to the ignore
 * file's folder; one without (a trailing slash does not count) matches at any depth below it.
 */
export function rebasePattern(rawLine: string, folder: string): string | undefined {
  let line = rawLine.replace(/\r$/, '');
  // Trailing spaces are dropped unless escaped with a backslash.
  line = line.replace(/(?<!\\) +$/, '');
  if (line === '' || line.startsWith('#')) return undefined;
  if (folder === '') return line;

  const negated = line.startsWith('!');
  const body = negated ? line.slice(1) : line;
  if (body === '') return undefined;
  const withoutTrailingSlash = body.endsWith('/') ? body.slice(0, -1) : body;
  const anchored = withoutTrailingSlash.includes('/');
  const prefix = escapeGlob(folder);
  const rebased = anchored
    ? `${prefix}/${body.startsWith('/') ? body.slice(1) : body}`
    : `${prefix}/**/${body}`;
  return negated ? `!${rebased}` : rebased;
}

/** Escapes a literal folder path for use at the start of a gitignore pattern. */
function escapeGlob(literal: string): string {
  const escaped = literal.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
  // `#` and `!` are special only as the first character of a pattern.
  return /^[#!]/.test(escaped) ? `\\${escaped}` : escaped;
}
