/**
 * Builds one LanguageClient for the ExportLens server. A new client is built for every (re)start by
 * the ServerSession, so the initialization options always carry the current workspace trust.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import type { LanguageClientOptions } from 'vscode-languageclient/node';
import { CONFIGURATION_SECTION, LANGUAGE_CLIENT_ID } from './ids';
import type { RestartPolicy } from './restart-policy';
import { ServerErrorHandler } from './server-error-handler';
import { createServerOptions } from './server-options';

/** Sent once at start: the server needs trust before it loads any catalogue file. */
export interface ExportLensInitializationOptions {
  trusted: boolean;
}

export function initializationOptions(): ExportLensInitializationOptions {
  return { trusted: vscode.workspace.isTrusted };
}

export function createLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  policy: RestartPolicy,
): LanguageClient {
  const clientOptions: LanguageClientOptions = {
    // Every file on disk: the server decides what it classifies (by language, include/exclude and
    // manifests), so the client must not pre-filter by language id.
    documentSelector: [{ scheme: 'file' }],
    // The server pulls settings per folder; this only tells it when to pull again.
    synchronize: { configurationSection: CONFIGURATION_SECTION },
    initializationOptions: initializationOptions(),
    outputChannel: output,
    errorHandler: new ServerErrorHandler(policy, output),
  };
  return new LanguageClient(LANGUAGE_CLIENT_ID, 'ExportLens', createServerOptions(context), clientOptions);
}
