/**
 * Path helpers. `isInside` guards paths that come from data (catalogue references, recorded
 * decisions, `exportlens-ignore` targets): such a path must not reach outside the workspace, neither
 * with `..` nor through a symlink.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

/** `abs` relative to `root` with `/` separators; `.` for the root itself. Outside the root it starts with `..`. */
export function toPosixRelative(root: string, abs: string): string {
  const relative = path.relative(path.resolve(root), path.resolve(abs));
  if (relative === '') return '.';
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

/**
 * The real path of `candidate` (relative paths are taken relative to `root`) if it is inside `root`
 * after resolving `..` and symlinks on both; undefined otherwise, or if `root` does not exist.
 * A candidate that does not exist yet is judged by its deepest existing ancestor, so a new file under
 * a symlink that leads out of the root is still caught. `..` is resolved lexically first (as
 * `path.resolve` does), so callers must open the returned path, not the candidate joined by hand.
 */
export async function resolveInside(root: string, candidate: string): Promise<string | undefined> {
  if (root.includes('\0') || candidate.includes('\0')) return undefined;
  let realRoot: string;
  try {
    realRoot = await fsp.realpath(path.resolve(root));
  } catch {
    return undefined;
  }
  const real = await realpathAllowingMissing(path.resolve(root, candidate));
  if (real === undefined) return undefined;
  const relative = path.relative(realRoot, real);
  const inside = relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
  return inside ? real : undefined;
}

/** Whether `candidate` (relative to `root`, or absolute) stays inside `root`; see `resolveInside`. */
export async function isInside(root: string, candidate: string): Promise<boolean> {
  return (await resolveInside(root, candidate)) !== undefined;
}

/** realpath of the deepest existing ancestor, with the missing tail appended unchanged. */
async function realpathAllowingMissing(absPath: string): Promise<string | undefined> {
  const missing: string[] = [];
  let current = absPath;
  for (;;) {
    try {
      const real = await fsp.realpath(current);
      return missing.length === 0 ? real : path.join(real, ...missing.reverse());
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // Only "does not exist" is walked past; a dangling symlink (also ENOENT) is handled below.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return undefined;
      if (await isSymlink(current)) return undefined;
      const parent = path.dirname(current);
      if (parent === current) return undefined;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

async function isSymlink(absPath: string): Promise<boolean> {
  try {
    return (await fsp.lstat(absPath)).isSymbolicLink();
  } catch {
    return false;
  }
}
