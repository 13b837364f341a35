/** What the client can do, read once from its `initialize` capabilities. */
import type { ClientCapabilities } from 'vscode-languageserver';

export interface ClientFeatures {
  /** `textDocument.diagnostic`: the client pulls diagnostics, so the server must not push. */
  pullDiagnostics: boolean;
  /** `workspace.diagnostics.refreshSupport`. */
  diagnosticRefresh: boolean;
  /** `window.workDoneProgress`: the server may create progress of its own. */
  workDoneProgress: boolean;
  /** `workspace.configuration`: settings are pulled. */
  configuration: boolean;
  workspaceFolders: boolean;
  dynamicFileWatchers: boolean;
  dynamicConfiguration: boolean;
}

export function clientFeatures(capabilities: ClientCapabilities): ClientFeatures {
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    workDoneProgress: capabilities.window?.workDoneProgress === true,
    configuration: capabilities.workspace?.configuration === true,
    workspaceFolders: capabilities.workspace?.workspaceFolders === true,
    dynamicFileWatchers: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    dynamicConfiguration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
  };
}
