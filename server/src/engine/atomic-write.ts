/**
 * Atomic file writes: write a temporary file beside the target, flush it, then rename it over the
 * target. A reader (or a process killed half-way) sees the old file or the new one, never a torn one.
 * Used for reports, the scan cache and the decisions file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeFileAtomically(target: string, content: string | Uint8Array): void {
  withTemporaryFile(target, (handle) => fs.writeSync(handle, typeof content === 'string' ? Buffer.from(content) : content));
}

/** Where a streamed write puts its text (see `writeFileStreamedAtomically`). */
export interface AtomicSink {
  /** Append `text` (UTF-8). */
  write(text: string): void;
  /** Replace bytes already written, from byte `position`, with `text`; it must not extend the file. */
  overwrite(position: number, text: string): void;
}

/** Appended text is collected up to this many UTF-16 units before one write call. */
const STREAM_CHUNK = 1 << 20;

/**
 * Atomic like `writeFileAtomically`, for content too large to hold as one string: `produce` writes
 * it piece by piece. The scan cache of a million-file tree is about 300 MB of JSON; serialising it
 * whole, then copying it into a buffer, made its save the peak of a scan's memory.
 */
export function writeFileStreamedAtomically(target: string, produce: (sink: AtomicSink) => void): void {
  withTemporaryFile(target, (handle) => {
    let pending: string[] = [];
    let pendingLength = 0;
    const flush = () => {
      if (pendingLength === 0) return;
      fs.writeSync(handle, Buffer.from(pending.join('')));
      pending = [];
      pendingLength = 0;
    };
    produce({
      write(text) {
        pending.push(text);
        pendingLength += text.length;
        if (pendingLength >= STREAM_CHUNK) flush();
      },
      overwrite(position, text) {
        flush();
        const bytes = Buffer.from(text);
        if (position + bytes.length > fs.fstatSync(handle).size) throw new Error(`overwrite past the end of ${target}`);
        fs.writeSync(handle, bytes, 0, bytes.length, position);
      },
    });
    flush();
  });
}

/** Create a temporary file beside `target`, let `fill` write it, flush it to disk and rename it over `target`. */
function withTemporaryFile(target: string, fill: (handle: number) => void): void {
  const directory = path.dirname(target);
  removeAbandonedTemporaries(directory, path.basename(target));
  const temporary = path.join(directory, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const handle = fs.openSync(temporary, 'w');
  try {
    fill(handle);
    fs.fsyncSync(handle);
  } catch (error) {
    fs.closeSync(handle);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  fs.closeSync(handle);
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
