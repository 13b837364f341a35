/**
 * A JSON-RPC client for tests: spawns `node bin/exportlens.js lsp --stdio` (the compiled server) and
 * talks LSP over its real stdio. Waits are for protocol events (a diagnostics notification, a request's
 * answer), never fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, ProgressType, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const PACKAGE_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(PACKAGE_ROOT, 'bin', 'exportlens.js');

/** The category most LSP tests look for: the examples' vault-crypto module encrypts. */
export const ENCRYPTION = 'ear.5d002-encryption';
export const hasEncryption = (diagnostics: Diagnostic[]): boolean => diagnostics.some((d) => d.code === ENCRYPTION);

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  tags?: number[];
  data?: unknown;
}

export interface TextEdit {
  range: Diagnostic['range'];
  newText: string;
}

export interface ClientOptions {
  /** What Node runs as the server (default: the CLI's `lsp --stdio` from the compiled tree). */
  serverArgs?: string[];
  /** Advertise `textDocument.diagnostic` (pull model). */
  pull?: boolean;
  /** The answer to `workspace/configuration` for the `exportlens` section. */
  settings?: () => unknown;
  workDoneProgress?: boolean;
  initializationOptions?: unknown;
  /** Leave out `workspace.configuration` (settings then come in didChangeConfiguration payloads). */
  noConfiguration?: boolean;
}

export class TestClient {
  readonly published = new Map<string, Diagnostic[]>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly logs: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private listeners: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  stderr = '';

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  static start(options: ClientOptions = {}): TestClient {
    const child = spawn(process.execPath, options.serverArgs ?? [CLI, 'lsp', '--stdio'], { cwd: PACKAGE_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    connection.onNotification((method, params) => {
      client.notifications.push({ method, params });
      if (method === 'textDocument/publishDiagnostics') {
        const p = params as { uri: string; diagnostics: Diagnostic[] };
        client.published.set(p.uri, p.diagnostics);
      }
      if (method === 'window/logMessage') client.logs.push((params as { message: string }).message);
      client.changed();
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings?.() ?? null));
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      client.notifications.push({ method: 'workspace/diagnostic/refresh', params: null });
      client.changed();
      return null;
    });
    connection.listen();
    return client;
  }

  async initialize(rootPath: string, options: ClientOptions = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const uri = pathToFileURL(rootPath).href;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: path.basename(rootPath) }],
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: !options.noConfiguration,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          didChangeConfiguration: { dynamicRegistration: true },
          ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
        },
        window: { workDoneProgress: options.workDoneProgress ?? false },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : { publishDiagnostics: { versionSupport: true } }),
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  async open(filePath: string, languageId: string, text = fs.readFileSync(filePath, 'utf8')): Promise<string> {
    const uri = pathToFileURL(filePath).href;
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Send incremental changes (each relative to the text left by the previous one). */
  async change(uri: string, changes: { range?: Diagnostic['range']; text: string }[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Resolves with the first state for which `probe` returns a value; rejects after `timeoutMs`. */
  waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 20000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const value = probe();
        if (value === undefined) return false;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(value);
        return true;
      };
      const listener = (): void => void check();
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}; logs: ${this.logs.slice(-10).join(' | ')}`));
      }, timeoutMs);
      if (!check()) this.listeners.push(listener);
    });
  }

  /** Pushed diagnostics for `uri` that satisfy `predicate`. */
  diagnosticsWhere(uri: string, predicate: (diagnostics: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    return this.waitFor(() => {
      const diagnostics = this.published.get(uri);
      return diagnostics && predicate(diagnostics) ? diagnostics : undefined;
    }, what);
  }

  /** Collects the `kind` of every `$/progress` value sent for `token` (jsonrpc routes these apart from other notifications). */
  trackProgress(token: string): string[] {
    const kinds: string[] = [];
    this.connection.onProgress(new ProgressType<{ kind: string }>(), token, (value) => {
      kinds.push(value.kind);
    });
    return kinds;
  }

  /** Collects every `$/progress` value (kind, message, percentage) sent for `token`. */
  trackProgressValues(token: string): { kind: string; message?: string; percentage?: number }[] {
    const values: { kind: string; message?: string; percentage?: number }[] = [];
    this.connection.onProgress(new ProgressType<{ kind: string; message?: string; percentage?: number }>(), token, (value) => {
      values.push(value);
    });
    return values;
  }

  /** The next (or last) `exportlens/summaryChanged` whose roots report scanned files. */
  waitForScan(): Promise<{ roots: { filesScanned: number; modules: unknown[] }[]; modulesNeedingApproval: number }> {
    return this.waitFor(() => {
      const last = [...this.notifications].reverse().find((n) => n.method === 'exportlens/summaryChanged');
      const summary = last?.params as { roots: { filesScanned: number; modules: unknown[] }[]; modulesNeedingApproval: number } | undefined;
      return summary && summary.roots.some((r) => r.filesScanned > 0) ? summary : undefined;
    }, 'a summary after the workspace scan');
  }

  /**
   * Pull model: run `trigger` (e.g. a settings change), then after each `workspace/diagnostic/refresh`
   * pull `uri` again until its items satisfy `predicate`. A refresh can also come from earlier work (a
   * background scan finishing), so the first pull after a refresh may still show the old state; the
   * server must send another refresh once the change has been applied, or this times out.
   */
  async pullAfterRefreshUntil(trigger: () => Promise<void>, uri: string, predicate: (items: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    const refreshes = (): number => this.notifications.filter((n) => n.method === 'workspace/diagnostic/refresh').length;
    let seen = refreshes();
    await trigger();
    for (;;) {
      await this.waitFor(() => (refreshes() > seen ? true : undefined), `a diagnostic refresh showing ${what}`);
      seen = refreshes();
      const items = (await this.pull(uri)).items ?? [];
      if (predicate(items)) return items;
    }
  }

  /** Pull a document's diagnostics (pull model). */
  async pull(uri: string, previousResultId?: string): Promise<{ kind: string; resultId?: string; items?: Diagnostic[] }> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; killing it below is enough.
    }
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) return resolve();
      const timer = setTimeout(() => this.process.kill(), 2000);
      this.process.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** A fresh temporary copy of `examples/` (or one project of it). */
export function copyExamples(project?: string): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-lsp-'));
  const source = path.join(PACKAGE_ROOT, 'examples', project ?? '');
  fs.cpSync(source, target, { recursive: true });
  return target;
}

export function uriOf(filePath: string): string {
  return pathToFileURL(filePath).href;
}

/** Apply LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const offsets = lineOffsets(text);
  const offsetOf = (p: { line: number; character: number }): number => Math.min((offsets[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end));
  return result;
}

function lineOffsets(text: string): number[] {
  const offsets = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') offsets.push(i + 1);
  return offsets;
}
