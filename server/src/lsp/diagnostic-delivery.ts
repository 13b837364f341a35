/**
 * How diagnostics reach the client: pulled (`textDocument/diagnostic`, `workspace/diagnostic`) when the
 * client advertises `textDocument.diagnostic`, pushed (`publishDiagnostics`) otherwise; never both.
 * In the pull model a change the client cannot see (a scan finished, a manifest or a setting changed)
 * is announced with `workspace/diagnostic/refresh`, coalesced so a burst of changes asks once.
 */
import { createHash } from 'node:crypto';
import type { Connection, Diagnostic } from 'vscode-languageserver';

export type DeliveryMode = 'push' | 'pull';

const REFRESH_DELAY_MS = 50;

export class DiagnosticDelivery {
  private refreshTimer: NodeJS.Timeout | undefined;
  /** Push mode: URIs last published non-empty, so clearing them is not forgotten. */
  private readonly nonEmpty = new Set<string>();

  constructor(
    readonly mode: DeliveryMode,
    private readonly connection: Pick<Connection, 'sendDiagnostics' | 'languages' | 'console'>,
    private readonly canRefresh: boolean,
  ) {}

  /** A document's diagnostics were recomputed. */
  documentDiagnostics(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    if (this.mode !== 'push') return;
    if (diagnostics.length === 0 && !this.nonEmpty.has(uri)) return;
    if (diagnostics.length > 0) this.nonEmpty.add(uri);
    else this.nonEmpty.delete(uri);
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** A document closed: in push mode its diagnostics are cleared (closed files are not reported). */
  documentClosed(uri: string): void {
    this.documentDiagnostics(uri, undefined, []);
  }

  /** Diagnostics may have changed for reasons the client does not know about. */
  requestRefresh(): void {
    if (this.mode !== 'pull' || !this.canRefresh || this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.connection.languages.diagnostics.refresh().catch((error: unknown) => this.connection.console.warn(`ExportLens: diagnostic refresh failed: ${String(error)}`));
    }, REFRESH_DELAY_MS);
  }
}

/**
 * A report's resultId: the content hash, the catalogue digest and a hash of the report itself. The
 * last part matters because a file's diagnostics also depend on its module's manifests and on settings.
 */
export function resultIdFor(content: string, catalogueDigest: string, diagnostics: readonly Diagnostic[]): string {
  return `${sha256(content).slice(0, 16)}.${catalogueDigest.slice(0, 12)}.${sha256(JSON.stringify(diagnostics)).slice(0, 12)}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
