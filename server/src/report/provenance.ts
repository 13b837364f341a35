/**
 * What a report was made from, so a reader can tie it to exactly one tree: the git commit and
 * whether the working tree differs from it, the scan date, the tool and catalogue versions, and a
 * SHA-256 digest over the files the scanner reads.
 *
 * Git is only asked to read its metadata (`rev-parse`, `status`), with optional locks off so not even
 * the index is refreshed; nothing from the scanned tree is executed. Absolute paths are left out on
 * purpose: a report travels to people who have no business knowing the build machine's layout.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CatalogueRef, ScanResult } from '../engine/result';
import type { EngineOptions } from '../engine/types';
import { discoverFiles } from '../engine/files/discover';
import { roleOf } from '../engine/scan';
import { resolveOptions } from '../engine/defaults';
import { compareStrings } from '../engine/classify';

export interface GitState {
  /** The repository's folder name (not its absolute path). */
  repository: string;
  /** Where the scanned folder is inside the repository; `.` for its top. */
  pathInRepository: string;
  /** HEAD, absent when the repository has no commit yet. */
  commit?: string;
  /** Paths (relative to the repository) under the scanned folder that differ from HEAD or are untracked. */
  changes: string[];
}

export interface TreeDigest {
  algorithm: 'sha256';
  value: string;
  files: number;
}

export interface Provenance {
  /** The scanned folder's own name. */
  scannedFolder: string;
  git?: GitState;
  /** Why there is no git state: not a repository, git missing, ... */
  gitUnavailable?: string;
  /** ISO 8601, UTC, seconds precision. */
  scanDate: string;
  tool: { name: string; version: string };
  catalogues: CatalogueRef[];
  treeDigest: TreeDigest;
}

/** The review record's folder; never part of the tree digest (recording a decision must not change it). */
export const EXPORTLENS_FOLDER = '.exportlens';

export async function collectProvenance(
  root: string,
  result: ScanResult,
  scanDate: Date,
  options: Partial<EngineOptions> = {},
): Promise<Provenance> {
  const git = await readGitState(root);
  return {
    scannedFolder: path.basename(path.resolve(root)),
    ...('state' in git ? { git: git.state } : { gitUnavailable: git.problem }),
    scanDate: formatDate(scanDate),
    tool: result.tool,
    catalogues: result.catalogues,
    treeDigest: await treeDigest(root, options),
  };
}

export function formatDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * sha256 over the files the scanner reads (the same discovery and ignore rules, only files it has a
 * role for), in sorted path order, each as `path NUL byte-length NUL content`, so renaming, editing,
 * adding or removing any of them changes the digest.
 */
export async function treeDigest(root: string, options: Partial<EngineOptions> = {}): Promise<TreeDigest> {
  const resolved = resolveOptions(options);
  const files: { relPath: string; absPath: string }[] = [];
  for await (const event of discoverFiles(root, resolved)) {
    if (event.type !== 'file') continue;
    if (event.relPath === EXPORTLENS_FOLDER || event.relPath.startsWith(`${EXPORTLENS_FOLDER}/`)) continue;
    if (roleOf(event.relPath)) files.push({ relPath: event.relPath, absPath: event.absPath });
  }
  files.sort((a, b) => compareStrings(a.relPath, b.relPath));
  const hash = createHash('sha256');
  let count = 0;
  for (const file of files) {
    let content: Buffer;
    try {
      content = fs.readFileSync(file.absPath);
    } catch {
      continue; // deleted since discovery: it is not part of the tree any more
    }
    hash.update(`${file.relPath}\u0000${content.length}\u0000`);
    hash.update(content);
    count++;
  }
  return { algorithm: 'sha256', value: hash.digest('hex'), files: count };
}

type GitOutcome = { state: GitState } | { problem: string };

export async function readGitState(root: string): Promise<GitOutcome> {
  const top = await git(root, ['rev-parse', '--show-toplevel']);
  if ('problem' in top) return top;
  const prefix = await git(root, ['rev-parse', '--show-prefix']);
  const head = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  const status = await git(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--', '.']);
  if ('problem' in status) return status;
  const pathInRepository = 'output' in prefix ? prefix.output.trim().replace(/\/$/, '') || '.' : '.';
  return {
    state: {
      repository: path.basename(top.output.trim()),
      pathInRepository,
      ...('output' in head && head.output.trim() ? { commit: head.output.trim() } : {}),
      changes: parsePorcelain(status.output),
    },
  };
}

/** `XY path` records separated by NUL; renames carry the old path as an extra record. */
export function parsePorcelain(output: string): string[] {
  const records = output.split('\u0000');
  const changes: string[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (record.length < 4) continue;
    changes.push(record.slice(3));
    if (record[0] === 'R' || record[0] === 'C') i++; // skip the original path of a rename or copy
  }
  return changes.sort(compareStrings);
}

function git(cwd: string, args: string[]): Promise<{ output: string } | { problem: string }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, timeout: 15_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ output: stdout });
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return resolve({ problem: 'git is not installed' });
        const message = String(stderr || error.message).trim().split('\n')[0];
        if (/not a git repository/i.test(message)) return resolve({ problem: 'not a git repository' });
        // `rev-parse --verify --quiet HEAD` fails silently in a repository without commits.
        if (args.includes('--verify')) return resolve({ output: '' });
        resolve({ problem: `git ${args[0]} failed: ${message}` });
      },
    );
  });
}
