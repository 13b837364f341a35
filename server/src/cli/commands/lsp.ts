/**
 * `exportlens lsp --stdio`: run the language server for editors other than VS Code (Neovim, Helix,
 * Emacs). The server runs until the client says `exit`; the process ends then.
 */
import { UsageError } from '../scan-args';
import type { CliCommand } from '../io';

const TRANSPORTS = /^--(stdio|node-ipc|pipe=.+|socket=\d+)$/;

export const LSP_USAGE = `Usage: exportlens lsp --stdio | --node-ipc | --pipe=<name> | --socket=<port>

Runs the ExportLens language server over the given transport. Editors start it themselves; see
docs/protocol.md for the custom messages, the settings and a Neovim configuration.
`;

export const lspCommand: CliCommand = {
  name: 'lsp',
  summary: 'run the language server (for editors: --stdio)',
  usage: LSP_USAGE,
  run: (argv) => {
    const transports = argv.filter((arg) => TRANSPORTS.test(arg));
    const unknown = argv.filter((arg) => !TRANSPORTS.test(arg) && !/^--clientProcessId=\d+$/.test(arg));
    if (transports.length !== 1) throw new UsageError('give exactly one transport: --stdio, --node-ipc, --pipe=<name> or --socket=<port>');
    if (unknown.length > 0) throw new UsageError(`unknown option ${unknown[0]}`);
    // Loading the entry starts the server; it reads the transport from process.argv. The returned
    // promise never settles: the connection's `exit` notification ends the process.
    require('../../lsp/main');
    return new Promise<number>(() => undefined);
  },
};
