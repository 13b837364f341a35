/**
 * How the language server process is started: the bundled `dist/server.js` over Node IPC, run by the
 * editor's own Node (the extension host's), so nothing outside the .vsix is needed.
 */
import type * as vscode from 'vscode';
import { TransportKind } from 'vscode-languageclient/node';
import type { ServerOptions } from 'vscode-languageclient/node';

export const SERVER_BUNDLE = 'dist/server.js';

export function createServerOptions(context: vscode.ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath(SERVER_BUNDLE);
  return {
    run: { module, transport: TransportKind.ipc },
    // `--inspect` lets a developer attach to the server when the extension runs in debug mode.
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
}
