/**
 * The language server's entry point, and the file the VS Code extension bundles. The transport
 * comes from the command line: `--stdio`, `--node-ipc`, `--pipe=<name>` or `--socket=<port>`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
