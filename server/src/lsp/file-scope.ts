/**
 * Whether a file the editor opens or the watcher reports is one the workspace scan would read: the
 * same vendor folders, include/exclude globs and ignore files (`.git/info/exclude`, `.gitignore`,
 * `.exportlensignore`) as file discovery, so the editor never flags what the CLI skips.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { EngineOptions } from '../engine/types';
import { compileGlobs, type GlobSet } from '../engine/files/globs';
import { IgnoreRules } from '../engine/files/ignore-rules';
import { IGNORE_FILE_NAMES, VCS_METADATA } from '../engine/files/discover';

export class FileScope {
  private readonly includeGlobs: GlobSet;
  private readonly excludeGlobs: GlobSet;
  private readonly vendor: Set<string>;

  constructor(
    private readonly root: string,
    options: Pick<EngineOptions, 'include' | 'exclude' | 'vendorFolders'>,
  ) {
    this.includeGlobs = compileGlobs(options.include);
    this.excludeGlobs = compileGlobs(options.exclude);
    this.vendor = new Set(options.vendorFolders);
  }

  /** Why `relPath` is out of scope, or undefined when the scan would read it. */
  async whyExcluded(relPath: string): Promise<string | undefined> {
    const segments = relPath.split('/');
    let rules = await readIgnoreFiles(this.root, '', await rootRules(this.root));
    for (let depth = 1; depth <= segments.length; depth++) {
      const prefix = segments.slice(0, depth).join('/');
      const isFolder = depth < segments.length;
      const name = segments[depth - 1];
      if (isFolder && VCS_METADATA.has(name)) return `inside ${name}`;
      if (isFolder && this.vendor.has(name)) return `vendored folder ${prefix}`;
      const ignored = rules.match(prefix, isFolder);
      if (ignored) return `ignored by ${ignored}`;
      const excluded = this.excludeGlobs.firstMatch(prefix);
      if (excluded) return `excluded by '${excluded}'`;
      if (isFolder) rules = await readIgnoreFiles(this.root, prefix, rules);
    }
    if (!this.includeGlobs.isEmpty && !segments.some((_, i) => this.includeGlobs.firstMatch(segments.slice(0, i + 1).join('/')))) {
      return 'not matched by exportlens.include';
    }
    return undefined;
  }
}

async function rootRules(root: string): Promise<IgnoreRules> {
  const content = await readOptional(path.join(root, '.git', 'info', 'exclude'));
  return content === undefined ? IgnoreRules.empty() : IgnoreRules.empty().withFile('', '.git/info/exclude', content);
}

async function readIgnoreFiles(root: string, folder: string, rules: IgnoreRules): Promise<IgnoreRules> {
  let result = rules;
  for (const name of IGNORE_FILE_NAMES) {
    const content = await readOptional(path.join(root, folder, name));
    if (content !== undefined) result = result.withFile(folder, folder ? `${folder}/${name}` : name, content);
  }
  return result;
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await fsp.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
