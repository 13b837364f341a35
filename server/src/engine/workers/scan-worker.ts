/**
 * An analysis worker: builds the analyzer once (catalogue index, prefilter; grammars load lazily on
 * first use and stay loaded), then reads and analyses the batches of files it is sent. Files are read
 * here, not in the main thread, so file contents never cross threads and never pile up in a queue.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as v8 from 'node:v8';
import { FileAnalyzer } from '../analyze-file';
import { SignalIndex } from '../detection/signal-index';
import { analyseJob } from './analyse-job';
import type { BatchRequest, WorkerReply, WorkerSetup } from './protocol';

const setup = workerData as WorkerSetup;

/**
 * Keep grammar code on V8's baseline wasm compiler (Liftoff) in scan workers. With the default
 * tiering, each worker also compiles the hot functions of every grammar it uses with the optimising
 * compiler: on a 100 MB scan that cost about 130 MB of peak memory (476 → 346 MB) and background
 * CPU, for a gain in parse speed smaller than that CPU. Set before any grammar loads; the flag is
 * process-wide, but only scan workers are started in a process that scans with workers (the CLI).
 */
v8.setFlagsFromString('--liftoff-only');
const analyzerReady = FileAnalyzer.create(new SignalIndex(setup.categories));

// One batch at a time: the main thread queues at most a couple per worker, so this stays bounded.
let chain: Promise<void> = Promise.resolve();
parentPort?.on('message', (request: BatchRequest) => {
  chain = chain.then(() => runBatch(request));
});

async function runBatch(request: BatchRequest): Promise<void> {
  let reply: WorkerReply;
  try {
    const analyzer = await analyzerReady;
    const results = [];
    for (const job of request.files) results.push(await analyseJob(analyzer, job, setup.options));
    reply = { batch: request.batch, results };
  } catch (error) {
    reply = { batch: request.batch, fatal: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
}
