/**
 * Scanning workspace folders with work-done progress: "files done of total" per folder, reports
 * throttled so a large tree does not flood the client, and cancellation through an AbortSignal
 * (which `Workspace.scanAll` checks between files).
 */
import type { WorkDoneProgressReporter } from 'vscode-languageserver';
import type { FolderEngine } from './folder-engine';

export interface ScanTarget {
  name: string;
  engine: FolderEngine;
  /** Aborts this folder's scan only (its engine was replaced); the others go on. */
  signal: AbortSignal;
}

const REPORT_INTERVAL_MS = 100;

/**
 * Scan each target in turn; rejects with `signal`'s reason when it aborts (the whole request was
 * cancelled). `done()` is always sent.
 */
export async function scanWithProgress(targets: readonly ScanTarget[], reporter: WorkDoneProgressReporter, signal: AbortSignal): Promise<void> {
  reporter.begin('ExportLens: scanning workspace', 0, targets.length === 0 ? 'nothing to scan' : `${targets[0].name}: listing files`, true);
  const throttle = { last: 0 };
  try {
    for (const [index, target] of targets.entries()) {
      signal.throwIfAborted();
      await scanOne(target, signal, (done, total) => {
        const now = Date.now();
        if (done !== total && now - throttle.last < REPORT_INTERVAL_MS) return;
        throttle.last = now;
        const percentage = Math.floor(((index + done / Math.max(total, 1)) / targets.length) * 100);
        reporter.report(percentage, `${target.name}: ${done}/${total} files`);
      });
    }
  } finally {
    reporter.done();
  }
}

async function scanOne(target: ScanTarget, signal: AbortSignal, onProgress: (done: number, total: number) => void): Promise<void> {
  if (target.signal.aborted) return;
  try {
    await target.engine.scan({ signal: target.signal, onProgress });
  } catch (error) {
    // A folder whose engine was replaced mid-scan is skipped; its new engine scans on its own.
    if (signal.aborted || !target.signal.aborted) throw error;
  }
}
