/** Runs the CLI in-process with captured streams. */
import { PassThrough } from 'node:stream';
import { main } from '../../server/src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd = process.cwd()): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough() as unknown as NodeJS.WriteStream;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  (stderr as unknown as PassThrough).on('data', (chunk: Buffer) => err.push(chunk));
  const code = await main(argv, { stdout, stderr, cwd });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
