/**
 * Runs `exportlens scan` in a child process with the network/exec traps preloaded (trap-preload.ts),
 * as an unprivileged user when the tests run as root (so file modes are enforced: root reads
 * everything), and collects its result, exit code, trap log and peak memory.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTempDir } from './corpus';

export const PACKAGE_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(PACKAGE_ROOT, 'bin', 'exportlens.js');
export const TRAP = path.join(__dirname, 'trap-preload.js');
/** `nobody` on Debian. */
const UNPRIVILEGED = 65534;

export const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export interface ChildScan {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The parsed JSON result when `--format json` was asked for and the scan wrote one. */
  json?: { skipped: { path: string; reason: string; detail?: string }[]; errors: { path: string; message: string }[]; findings: { path: string; category: string }[]; stats: Record<string, number> };
  /** Calls the traps caught; empty when the scan stayed off the network and ran nothing. */
  trapped: string;
  maxRssKb: number;
}

export async function scanInChild(args: string[], options: { unprivileged?: boolean; cwd?: string } = {}): Promise<ChildScan> {
  const work = makeTempDir('child');
  fs.chmodSync(work, 0o777);
  const trapLog = path.join(work, 'trap.log');
  const rssLog = path.join(work, 'rss.json');
  const output = path.join(work, 'result.json');
  const wantsJson = args.includes('json');
  const child = spawn(process.execPath, ['--require', TRAP, CLI, 'scan', ...args, ...(wantsJson ? ['--output', output] : []), '--quiet'], {
    cwd: options.cwd ?? work,
    env: { ...process.env, EXPORTLENS_TRAP_LOG: trapLog, EXPORTLENS_RSS_LOG: rssLog },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.unprivileged && runsAsRoot ? { uid: UNPRIVILEGED, gid: UNPRIVILEGED } : {}),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  const read = (file: string): string | undefined => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
  const json = read(output);
  const rss = read(rssLog);
  const result: ChildScan = {
    code,
    signal,
    stdout,
    stderr,
    json: json ? JSON.parse(json) : undefined,
    trapped: read(trapLog) ?? '',
    maxRssKb: rss ? (JSON.parse(rss) as { maxRssKb: number }).maxRssKb : NaN,
  };
  fs.rmSync(work, { recursive: true, force: true });
  return result;
}
