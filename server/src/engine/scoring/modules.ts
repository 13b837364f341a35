/**
 * Modules: the unit a licence application talks about. A module is the nearest folder with a
 * dependency manifest (or a folder configured as a module root); a file with no such folder above it
 * belongs to its top-level folder, and a file at the root to the root (`.`).
 */

export class ModuleMap {
  private readonly roots: Set<string>;

  /** @param roots folders (relative, `/`-separated, `.` for the root) that are module roots. */
  constructor(roots: Iterable<string>) {
    this.roots = new Set([...roots].map(normaliseFolder));
  }

  /** The module a file (relative path) belongs to. */
  moduleOf(relativePath: string): string {
    const segments = relativePath.split('/');
    segments.pop();
    for (let depth = segments.length; depth > 0; depth--) {
      const folder = segments.slice(0, depth).join('/');
      if (this.roots.has(folder)) return folder;
    }
    if (this.roots.has('.')) return '.';
    return segments.length > 0 ? segments[0] : '.';
  }
}

/** The folder of a relative file path, `.` for files at the root. */
export function folderOf(relativePath: string): string {
  const slash = relativePath.lastIndexOf('/');
  return slash === -1 ? '.' : relativePath.slice(0, slash);
}

function normaliseFolder(folder: string): string {
  const trimmed = folder.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '');
  return trimmed === '' ? '.' : trimmed;
}
