/** Reads the file the extension's e2e probe writes (client/src/e2e-diagnostics-probe.ts). */
import * as fs from 'node:fs';

export interface SnapshotEntry {
  uri: string;
  diagnostics: { message: string; source?: string; code?: string | number; severity: string; range: number[] }[];
}

export function readDiagnosticsSnapshot(file: string): SnapshotEntry[] {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SnapshotEntry[];
  } catch {
    // Not written yet, or caught mid-write: the next change rewrites it.
    return [];
  }
}

/** Wait until an entry satisfies `accept`, re-reading when the file changes. */
export async function waitForDiagnostics(file: string, accept: (entry: SnapshotEntry) => boolean, timeoutMs: number): Promise<SnapshotEntry[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const snapshot = readDiagnosticsSnapshot(file);
    if (snapshot.some(accept)) return snapshot;
    if (Date.now() > deadline) throw new Error(`no matching diagnostics in ${file} within ${timeoutMs / 1000} s; last snapshot: ${JSON.stringify(snapshot).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
