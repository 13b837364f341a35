/**
 * Atomic file writes: write a temporary file beside the target, flush it, then rename it over the
 * target. A reader (or a process killed half-way) sees the old file or the new one, never a torn one.
 * Used for reports, the scan cache and the decisions file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeFileAtomically(target: string, content: string | Uint8Array): void {
  const directory = path.dirname(target);
  removeAbandonedTemporaries(directory, path.basename(target));
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

/**
 * A writer killed between creating its temporary file and renaming it leaves the temporary behind
 * (the target itself is intact). The next write of the same target removes such leftovers, but only
 * those of processes that no longer run: a live writer's temporary is its own business.
 */
function removeAbandonedTemporaries(directory: string, baseName: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch {
    return; // the write itself will report a missing or unreadable folder
  }
  const prefix = `.${baseName}.`;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const match = /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length));
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    fs.rmSync(path.join(directory, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
