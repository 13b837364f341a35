/**
 * File discovery: walks a workspace and says, for every path, whether it will be scanned, why it is
 * skipped, or what went wrong. Nothing here reads file contents except ignore files.
 *
 * Decisions, in the order they are checked for each folder entry:
 * 1. `.git`, `.hg`, `.svn` are skipped silently wherever they appear (version-control metadata; listing
 *    them in every result would be noise).
 * 2. A folder whose name is in `vendorFolders` is skipped as `vendored` once, wherever it appears.
 * 3. A path matched by ignore rules (`.git/info/exclude` at the root, `.gitignore` and
 *    `.exportlensignore` at every level; see ignore-rules.ts) is skipped as `ignored`. Ignored folders
 *    are reported once and not entered.
 * 4. A path matched by an `exclude` glob is skipped as `excluded` (a folder once, see globs.ts).
 * 5. Symlinks are never followed and are reported as `symlink`, so link loops and links that point out
 *    of the workspace are harmless.
 * 6. With a non-empty `include` list, a file matched neither itself nor through one of its folders is
 *    reported as `excluded`. Folders are still entered (a glob cannot say cheaply whether something
 *    deeper would match).
 * 7. Anything that is not a regular file (FIFO, socket, device) is `unsupported`: reading a FIFO would
 *    block forever. Files over `maxFileSize` are `too-large`.
 *
 * Build output (`dist`, `build`, `out`, `target`) is deliberately NOT skipped by name. Those names are
 * also used for real source (`build/` scripts, Gradle's `buildSrc`, a package called `target`), and a
 * missed controlled file is worse than a redundant scan. Real build output is almost always gitignored,
 * and what is not is caught file by file as `minified` or `generated` by read.ts.
 *
 * The walk is an explicit stack, not recursion, so depth costs heap only. Output is deterministic:
 * entries are sorted by name (plain UTF-16 code-unit order) and visited depth-first. A failure
 * (`EACCES`, a file deleted between listing and stat, a path longer than the OS allows) becomes an
 * `error` event for that path and the walk continues.
 */
import * as path from 'node:path';
import type { SkipReason } from '../types';
import { describeFsError, errorCode, nodeDiscoveryFs, type DirEntry, type DiscoveryFs } from './fs-access';
import { compileGlobs, type GlobSet } from './globs';
import { IgnoreRules } from './ignore-rules';
import { tooLargeDetail } from './size';

export interface DiscoveryOptions {
  /** Globs a file must match (itself or through a folder) to be scanned; empty means everything. */
  include: string[];
  /** Globs that exclude files and folders. */
  exclude: string[];
  /** Folder names skipped as vendored wherever they appear. */
  vendorFolders: string[];
  /** Files larger than this many bytes are skipped as `too-large`. */
  maxFileSize: number;
  /** Symlinks are never followed; the option exists to say so explicitly. */
  followSymlinks?: false;
  /** File-system access; tests substitute a fake to inject failures. Defaults to Node's `fs`. */
  fs?: DiscoveryFs;
}

export type DiscoveryEvent =
  | { type: 'file'; relPath: string; absPath: string; size: number; /** The file's lstat, when the file system gave one (the scan cache reuses it). */ stamp?: { size: number; mtimeMs: number; ino: number } }
  | { type: 'skipped'; relPath: string; reason: SkipReason; detail?: string }
  | { type: 'error'; relPath: string; message: string };

/** Version-control metadata folders, never scanned and never reported. */
export const VCS_METADATA = new Set(['.git', '.hg', '.svn']);

/** Ignore files read in every folder, in precedence order (later overrides earlier). */
export const IGNORE_FILE_NAMES = ['.gitignore', '.exportlensignore'] as const;

/** One folder being walked. */
interface Frame {
  relDir: string;
  absDir: string;
  rules: IgnoreRules;
  /** Whether this folder (or one above it) matched an include glob, or there are no include globs. */
  included: boolean;
  entries: DirEntry[];
  next: number;
  /** Ignore files that could not be read: already reported, so not offered for scanning too. */
  unreadableIgnoreFiles: Set<string>;
}

interface Walk {
  fs: DiscoveryFs;
  include: GlobSet;
  exclude: GlobSet;
  vendorFolders: Set<string>;
  maxFileSize: number;
}

export async function* discoverFiles(root: string, options: DiscoveryOptions): AsyncGenerator<DiscoveryEvent> {
  const walk: Walk = {
    fs: options.fs ?? nodeDiscoveryFs,
    include: compileGlobs(options.include),
    exclude: compileGlobs(options.exclude),
    vendorFolders: new Set(options.vendorFolders),
    maxFileSize: options.maxFileSize,
  };
  const absRoot = path.resolve(root);

  try {
    const rootStat = await walk.fs.stat(absRoot);
    if (!rootStat.isDirectory()) {
      yield { type: 'error', relPath: '.', message: 'the scan root is not a folder' };
      return;
    }
  } catch (error) {
    yield { type: 'error', relPath: '.', message: `cannot open the scan root: ${describeFsError(error)}` };
    return;
  }

  const events: DiscoveryEvent[] = [];
  const rootRules = await readGitInfoExclude(walk.fs, absRoot, events);
  const rootFrame = await openFolder(walk, absRoot, '', rootRules, walk.include.isEmpty, events);
  yield* drain(events);
  if (!rootFrame) return;

  const stack: Frame[] = [rootFrame];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next >= frame.entries.length) {
      stack.pop(); // an empty folder
      continue;
    }
    const entry = frame.entries[frame.next++];
    // A finished folder leaves the stack before its last child is entered, so a long chain of
    // single-child folders keeps one frame, not one per level.
    if (frame.next >= frame.entries.length) stack.pop();
    const child = await visitEntry(walk, frame, entry, events);
    yield* drain(events);
    if (child) stack.push(child);
  }
}

function* drain(events: DiscoveryEvent[]): Generator<DiscoveryEvent> {
  while (events.length > 0) yield events.shift() as DiscoveryEvent;
}

/** Decides one folder entry; returns the folder to walk next if it is a folder to enter. */
async function visitEntry(walk: Walk, frame: Frame, entry: DirEntry, events: DiscoveryEvent[]): Promise<Frame | undefined> {
  const name = entry.name;
  if (VCS_METADATA.has(name)) return undefined;
  const relPath = frame.relDir === '' ? name : `${frame.relDir}/${name}`;
  const absPath = childPath(frame.absDir, name);
  const isDirectory = entry.isDirectory();

  if (isDirectory && walk.vendorFolders.has(name)) {
    events.push({ type: 'skipped', relPath, reason: 'vendored', detail: `vendored folder name "${name}"` });
    return undefined;
  }
  const ignoredBy = frame.rules.match(relPath, isDirectory);
  if (ignoredBy !== undefined) {
    events.push({ type: 'skipped', relPath, reason: 'ignored', detail: ignoredBy });
    return undefined;
  }
  const excludedBy = walk.exclude.firstMatch(relPath);
  if (excludedBy !== undefined) {
    events.push({ type: 'skipped', relPath, reason: 'excluded', detail: `exclude glob "${excludedBy}"` });
    return undefined;
  }
  if (entry.isSymbolicLink()) {
    events.push(await symlinkSkip(walk.fs, absPath, relPath));
    return undefined;
  }
  if (isDirectory) {
    const included = frame.included || walk.include.firstMatch(relPath) !== undefined;
    return openFolder(walk, absPath, relPath, frame.rules, included, events);
  }
  if (frame.unreadableIgnoreFiles.has(name)) return undefined;
  if (!frame.included && walk.include.firstMatch(relPath) === undefined) {
    events.push({ type: 'skipped', relPath, reason: 'excluded', detail: 'not matched by any include glob' });
    return undefined;
  }

  let stat;
  try {
    stat = await walk.fs.lstat(absPath);
  } catch (error) {
    events.push({ type: 'error', relPath, message: `cannot stat file: ${describeFsError(error)}` });
    return undefined;
  }
  // The entry may have changed type since it was listed; trust the newer answer.
  if (stat.isSymbolicLink()) {
    events.push(await symlinkSkip(walk.fs, absPath, relPath));
  } else if (stat.isDirectory()) {
    events.push({ type: 'error', relPath, message: 'changed from a file to a folder while being scanned' });
  } else if (!stat.isFile()) {
    events.push({ type: 'skipped', relPath, reason: 'unsupported', detail: 'not a regular file' });
  } else if (stat.size > walk.maxFileSize) {
    events.push({ type: 'skipped', relPath, reason: 'too-large', detail: tooLargeDetail(stat.size, walk.maxFileSize) });
  } else {
    const stamp = stat.mtimeMs !== undefined && stat.ino !== undefined ? { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino } : undefined;
    events.push({ type: 'file', relPath, absPath, size: stat.size, ...(stamp ? { stamp } : {}) });
  }
  return undefined;
}

async function symlinkSkip(fs: DiscoveryFs, absPath: string, relPath: string): Promise<DiscoveryEvent> {
  try {
    const target = await fs.readlink(absPath);
    return { type: 'skipped', relPath, reason: 'symlink', detail: `link to ${target}` };
  } catch {
    return { type: 'skipped', relPath, reason: 'symlink' };
  }
}

/** Lists a folder and reads its ignore files; on failure reports an error and returns undefined. */
async function openFolder(
  walk: Walk,
  absDir: string,
  relDir: string,
  parentRules: IgnoreRules,
  included: boolean,
  events: DiscoveryEvent[],
): Promise<Frame | undefined> {
  let entries: DirEntry[];
  try {
    entries = await walk.fs.readdir(absDir);
  } catch (error) {
    const hint = errorCode(error) === 'ENAMETOOLONG' ? ' (the path is longer than the operating system allows)' : '';
    events.push({ type: 'error', relPath: relDir === '' ? '.' : relDir, message: `cannot list folder: ${describeFsError(error)}${hint}` });
    return undefined;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  let rules = parentRules;
  const unreadableIgnoreFiles = new Set<string>();
  for (const fileName of IGNORE_FILE_NAMES) {
    // Like git, an ignore file that is a symlink is not read.
    if (!entries.some((entry) => entry.name === fileName && entry.isFile())) continue;
    const relPath = relDir === '' ? fileName : `${relDir}/${fileName}`;
    try {
      const content = decodeIgnoreFile(await walk.fs.readFile(childPath(absDir, fileName)));
      rules = rules.withFile(relDir, relPath, content);
    } catch (error) {
      unreadableIgnoreFiles.add(fileName);
      events.push({ type: 'error', relPath, message: `cannot read ignore file: ${describeFsError(error)}` });
    }
  }
  return { relDir, absDir, rules, included, entries, next: 0, unreadableIgnoreFiles };
}

/** The root's `.git/info/exclude`, git's per-clone ignore list (lowest precedence). */
async function readGitInfoExclude(fs: DiscoveryFs, absRoot: string, events: DiscoveryEvent[]): Promise<IgnoreRules> {
  const relPath = '.git/info/exclude';
  try {
    const content = decodeIgnoreFile(await fs.readFile(path.join(absRoot, '.git', 'info', 'exclude')));
    return IgnoreRules.empty().withFile('', relPath, content);
  } catch (error) {
    const code = errorCode(error);
    // No repository, a `.git` file (worktree, submodule) or no exclude file: nothing to apply.
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      events.push({ type: 'error', relPath, message: `cannot read ignore file: ${describeFsError(error)}` });
    }
    return IgnoreRules.empty();
  }
}

/** Plain concatenation: a listed name never contains a separator, so `path.join`'s normalising pass is wasted work. */
function childPath(absDir: string, name: string): string {
  return absDir.endsWith(path.sep) ? absDir + name : absDir + path.sep + name;
}

function decodeIgnoreFile(bytes: Uint8Array): string {
  // Non-fatal: a stray invalid byte should not discard the whole file; the BOM is dropped by default.
  return new TextDecoder('utf-8').decode(bytes);
}
