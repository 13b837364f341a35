/** Runs one command under GNU time: wall and CPU seconds and peak RSS (largest process of the run). */
import { spawnSync } from 'node:child_process';

export interface Measurement {
  wallS: number;
  userS: number;
  sysS: number;
  peakRssMb: number;
  exitCode: number;
  stderrTail: string;
}

export function measure(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Measurement {
  const run = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M %U %S', command, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const stderr = run.stderr?.toString('utf8') ?? '';
  const line = stderr.split('\n').reverse().find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`could not measure ${command} ${args.join(' ')}: ${stderr.slice(-500)}`);
  const [, wall, rssKb, user, sys] = line.split(' ');
  return {
    wallS: Number(wall),
    userS: Number(user),
    sysS: Number(sys),
    peakRssMb: Number(rssKb) / 1024,
    exitCode: run.status ?? -1,
    stderrTail: stderr.replace(line, '').trim().slice(-300),
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
