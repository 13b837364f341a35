/**
 * Atomic file writes: write a temporary file beside the target, flush it, then rename it over the
 * target. A reader (or a process killed half-way) sees the old file or the new one, never a torn one.
 * Used for reports, the scan cache and the decisions file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeFileAtomically(target: string, content: string | Uint8Array): void {
  const directory = path.dirname(target);
  const temporary = path.join(directory, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const handle = fs.openSync(temporary, 'w');
  try {
    fs.writeSync(handle, typeof content === 'string' ? Buffer.from(content) : content);
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  try {
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
