/**
 * File URIs and paths. The server only handles `file:` documents: other schemes (untitled buffers,
 * git diffs, remote files) have no place in a workspace on disk, so they get no diagnostics.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The absolute path of a `file:` URI, or undefined for any other scheme or a malformed URI. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(absPath: string): string {
  return pathToFileURL(absPath).href;
}

/** `child` relative to `root` with `/`, or undefined when it is not inside `root`. */
export function relativeInside(root: string, child: string): string | undefined {
  const relative = path.relative(root, child);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
