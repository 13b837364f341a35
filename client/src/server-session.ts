/**
 * Owns the running language client: starts it, restarts it (when trust is granted or the user asks),
 * and tells the rest of the extension when a new client is ready, so features that listen to server
 * notifications can subscribe again. Restart requests that arrive during a restart are coalesced
 * into at most one more.
 */
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './language-client-factory';
import { RestartPolicy } from './restart-policy';

/** Up to 5 automatic restarts in 3 minutes, as VS Code's own language clients allow. */
const MAX_AUTOMATIC_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60_000;

export class ServerSession implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private pending: Promise<void> = Promise.resolve();
  private queuedRestarts = 0;
  private readonly policy = new RestartPolicy(MAX_AUTOMATIC_RESTARTS, RESTART_WINDOW_MS);
  private readonly started = new vscode.EventEmitter<LanguageClient>();

  /** Fires with each client once it is running (after the first start and after every restart). */
  readonly onDidStart = this.started.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** The running client, or undefined while stopped or starting. */
  get runningClient(): LanguageClient | undefined {
    return this.client?.isRunning() ? this.client : undefined;
  }

  start(): Promise<void> {
    return this.enqueue(() => this.startClient());
  }

  /** Stop and start a fresh client; `reason` goes to the output channel. */
  restart(reason: string): Promise<void> {
    if (this.queuedRestarts > 0) return this.pending;
    this.queuedRestarts++;
    return this.enqueue(async () => {
      this.queuedRestarts--;
      this.output.info(`[client] restarting the ExportLens server: ${reason}`);
      await this.stopClient();
      this.policy.reset();
      await this.startClient();
    });
  }

  async dispose(): Promise<void> {
    await this.enqueue(() => this.stopClient());
    this.started.dispose();
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.pending = this.pending.then(step, step);
    return this.pending;
  }

  private async startClient(): Promise<void> {
    const client = createLanguageClient(this.context, this.output, this.policy);
    this.client = client;
    // The library restarts a crashed server inside the same client object; listeners re-seed on every
    // transition to Running, not only on the first.
    client.onDidChangeState((change) => {
      if (change.newState === State.Running && this.client === client) this.started.fire(client);
    });
    try {
      await client.start();
    } catch (error) {
      this.output.error(`[client] the ExportLens server failed to start: ${describe(error)}`);
      void vscode.window.showErrorMessage('ExportLens: the language server failed to start. See the ExportLens output.');
    }
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      // A client that gave up after crashes is already stopped; stop() then only disposes it.
      await client.dispose(2_000);
    } catch (error) {
      this.output.warn(`[client] stopping the ExportLens server: ${describe(error)}`);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
