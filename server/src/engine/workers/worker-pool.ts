/**
 * Spreads file jobs over worker threads. Jobs go out in small batches, at most MAX_IN_FLIGHT per
 * worker, so memory stays bounded whatever the workspace size; results come back in any order and
 * the caller files them by path (the scan result is sorted, so timing never changes the output).
 *
 * A worker that dies fails only the files it held (each reported as an error naming the file) and is
 * replaced; a scan is never lost to one bad file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BatchRequest, FileJob, FileJobResult, WorkerReply, WorkerSetup } from './protocol';

const WORKER_SCRIPT = path.join(__dirname, 'scan-worker.js');
const MAX_BATCH_FILES = 64;
const MAX_BATCH_BYTES = 512 * 1024;
const MAX_IN_FLIGHT = 2;
const MAX_RESPAWNS = 8;

/** Whether worker threads can be used here (the bundled extension ships no worker script). */
export function workersAvailable(): boolean {
  return fs.existsSync(WORKER_SCRIPT);
}

export interface PoolRunOptions {
  workers: number;
  signal?: AbortSignal;
  onResult: (result: FileJobResult) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, FileJob[]>;
}

export async function runInWorkers(jobs: Iterable<FileJob>, setup: WorkerSetup, options: PoolRunOptions): Promise<void> {
  const batches = makeBatches(jobs);
  let nextBatchId = 0;
  let respawns = 0;
  const slots: Slot[] = [];

  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      for (const slot of slots) void slot.worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => finish(options.signal?.reason instanceof Error ? options.signal.reason : new Error('scan cancelled'));
    options.signal?.addEventListener('abort', onAbort);
    if (options.signal?.aborted) return onAbort();

    const pump = (slot: Slot) => {
      while (!settled && slot.inFlight.size < MAX_IN_FLIGHT) {
        const next = batches.next();
        if (next.done) break;
        const batch = nextBatchId++;
        slot.inFlight.set(batch, next.value);
        slot.worker.postMessage({ batch, files: next.value } satisfies BatchRequest);
      }
      if (!settled && slots.every((s) => s.inFlight.size === 0)) finish();
    };

    const failFiles = (files: FileJob[], message: string) => {
      for (const file of files) options.onResult({ relPath: file.relPath, stored: { kind: 'failed', message: `${file.relPath}: ${message}` } });
    };

    const spawn = (): Slot => {
      const slot: Slot = { worker: new Worker(WORKER_SCRIPT, { workerData: setup }), inFlight: new Map() };
      slot.worker.on('message', (reply: WorkerReply) => {
        const files = slot.inFlight.get(reply.batch) ?? [];
        slot.inFlight.delete(reply.batch);
        if ('fatal' in reply) failFiles(files, `analysis worker failed: ${reply.fatal}`);
        else for (const result of reply.results) options.onResult(result);
        pump(slot);
      });
      slot.worker.on('error', (error) => {
        if (settled) return;
        const lost = [...slot.inFlight.values()].flat();
        slot.inFlight.clear();
        failFiles(lost, `analysis worker crashed: ${error.message}`);
        if (++respawns > MAX_RESPAWNS) return finish(new Error(`analysis workers keep crashing: ${error.message}`));
        const index = slots.indexOf(slot);
        slots[index] = spawn();
        pump(slots[index]);
      });
      return slot;
    };

    for (let i = 0; i < Math.max(1, options.workers); i++) slots.push(spawn());
    for (const slot of [...slots]) pump(slot);
  });
}

function* makeBatches(jobs: Iterable<FileJob>): Generator<FileJob[]> {
  let batch: FileJob[] = [];
  let bytes = 0;
  for (const job of jobs) {
    batch.push(job);
    bytes += job.size;
    if (batch.length >= MAX_BATCH_FILES || bytes >= MAX_BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
