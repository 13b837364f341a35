/**
 * `exportlens`: the command-line entry point for CI and tech leads. Each subcommand lives in
 * `commands/` and shares the engine with the language server.
 */
import { UsageError } from './scan-args';
import { processIo, type CliCommand, type CliIo } from './io';
import { toolVersion } from '../engine/package-root';

/*
 * Commands are required only when run: `exportlens lsp` (how editors start the server) used to load
 * the scan, report and review commands with their YAML, ajv and report modules, about 200 ms of the
 * language server's start before it could answer `initialize`.
 */
const COMMANDS: Record<string, () => CliCommand> = {
  scan: () => (require('./commands/scan') as typeof import('./commands/scan')).scanCommand,
  merge: () => (require('./commands/merge') as typeof import('./commands/merge')).mergeCommand,
  report: () => (require('./commands/report') as typeof import('./commands/report')).reportCommand,
  review: () => (require('./commands/review') as typeof import('./commands/review')).reviewCommand,
  lsp: () => (require('./commands/lsp') as typeof import('./commands/lsp')).lspCommand,
};

export function usage(): string {
  const commands = Object.values(COMMANDS).map((load) => load());
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: exportlens <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'exportlens <command> --help' for a command's options. 'exportlens --version' prints the version.\n`;
}

/** Runs the CLI and resolves to the exit code (0 ok, 1 --fail-on reached, 2 usage or fatal error). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${toolVersion()}\n`);
    return 0;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name]() : undefined;
  if (!command) {
    io.stderr.write(`exportlens: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`exportlens ${command.name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    io.stderr.write(`exportlens ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
