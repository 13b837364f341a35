/** The CLI's connection to the outside world, injectable so commands can be tested in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
}

export const processIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });

/** A CLI subcommand: parses its own arguments and resolves to an exit code. */
export interface CliCommand {
  name: string;
  summary: string;
  /** Shown for `exportlens <name> --help` and after a usage error. */
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
