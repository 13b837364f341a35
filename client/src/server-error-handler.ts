/**
 * What the language client does when the server's connection fails or closes: restart within the
 * RestartPolicy's budget, and say why in the ExportLens output channel either way. The client library
 * has already written the server's stderr and its exit code or signal to the same channel, so the
 * lines written here follow the reason.
 */
import type * as vscode from 'vscode';
import { CloseAction, ErrorAction } from 'vscode-languageclient/node';
import type { CloseHandlerResult, ErrorHandler, ErrorHandlerResult, Message } from 'vscode-languageclient/node';
import type { RestartPolicy } from './restart-policy';

/** Connection errors tolerated in a row before the client shuts the server down. */
const MAX_CONSECUTIVE_ERRORS = 3;

export class ServerErrorHandler implements ErrorHandler {
  constructor(
    private readonly policy: RestartPolicy,
    private readonly output: vscode.LogOutputChannel,
    private readonly now: () => number = Date.now,
  ) {}

  error(error: Error, message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    const about = message && 'method' in message ? ` while handling ${String(message.method)}` : '';
    this.output.error(`[client] connection error${about}: ${error.message}`);
    if (count !== undefined && count <= MAX_CONSECUTIVE_ERRORS) return { action: ErrorAction.Continue };
    return { action: ErrorAction.Shutdown, message: `ExportLens: ${count ?? 'repeated'} connection errors in a row; the server is shutting down. See the ExportLens output.` };
  }

  closed(): CloseHandlerResult {
    const decision = this.policy.recordCrash(this.now());
    const budget = `${this.policy.maxRestarts} restarts in ${this.policy.describeWindow()}`;
    if (decision.restart) {
      this.output.warn(`[client] the ExportLens server stopped unexpectedly (crash ${decision.crashesInWindow}; up to ${budget}); restarting it.`);
      return { action: CloseAction.Restart, handled: true };
    }
    const message =
      `The ExportLens server stopped ${decision.crashesInWindow} times in ${this.policy.describeWindow()} and will not be restarted. ` +
      `The reason is in the ExportLens output; run "ExportLens: Restart Server" to try again.`;
    this.output.error(`[client] ${message}`);
    return { action: CloseAction.DoNotRestart, message };
  }
}
