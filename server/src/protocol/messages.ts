/**
 * ExportLens's custom LSP messages, imported by the language server and by the VS Code extension
 * (and documented for other editors in docs/protocol.md; a test keeps the two in step).
 * Depends only on the protocol package, never on the engine or on `vscode`.
 */
import { ProtocolNotificationType, ProtocolRequestType } from 'vscode-languageserver-protocol';
import type { WorkDoneProgressParams } from 'vscode-languageserver-protocol';

/** A module of the workspace and its classification, as the tree view shows it. */
export interface ModuleSummary {
  /** Module folder relative to the workspace root, `.` for the root. */
  path: string;
  /** Absolute URI of the module folder. */
  uri: string;
  requiresApproval: boolean;
  categories: {
    id: string;
    title: string;
    /** e.g. "CN 086501X control point 18". */
    reference: string;
    confidence: number;
    findings: { uri: string; line: number; column: number; endLine: number; endColumn: number; message: string; severity: 'error' | 'warning' | 'information'; suppressed: boolean }[];
  }[];
  rationale: string;
}

export interface WorkspaceSummary {
  /** One entry per workspace folder scanned. */
  roots: { uri: string; modules: ModuleSummary[]; filesScanned: number; skipped: number; errors: number }[];
  /** Modules needing approval across all roots: the status-bar number. */
  modulesNeedingApproval: number;
}

/**
 * `exportlens/scanWorkspace` (client → server): scan every workspace folder now. Reports progress through
 * the request's work-done token (files done of total) and honours cancellation. Answers the summary.
 */
export namespace ScanWorkspaceRequest {
  export const method = 'exportlens/scanWorkspace' as const;
  export type Params = WorkDoneProgressParams;
  export const type = new ProtocolRequestType<Params, WorkspaceSummary, never, void, void>(method);
}

/** `exportlens/workspaceSummary` (client → server): the last known summary, without rescanning. */
export namespace WorkspaceSummaryRequest {
  export const method = 'exportlens/workspaceSummary' as const;
  export const type = new ProtocolRequestType<Record<string, never>, WorkspaceSummary, never, void, void>(method);
}

/** `exportlens/summaryChanged` (server → client): the summary changed (a scan finished, a file changed). */
export namespace SummaryChangedNotification {
  export const method = 'exportlens/summaryChanged' as const;
  export const type = new ProtocolNotificationType<WorkspaceSummary, void>(method);
}

/** A catalogue entry, for "Open Catalogue Entry" and hovers. */
export interface CatalogueEntry {
  id: string;
  regime: string;
  itemNumber: string;
  itemName: { zh?: string; en: string };
  title: { zh?: string; en: string };
  controlPoint?: { number: string; text: { zh?: string; en: string }; subPoints?: { zh?: string; en: string }[] };
  status: 'prohibited' | 'restricted' | 'controlled';
  revision: string;
  revisionTitle: string;
  revisionDate: string;
  description: { zh?: string; en: string };
  guidance: { zh?: string; en: string };
  verification: string;
  /** The whole entry rendered as Markdown, ready to show. */
  markdown: string;
}

/** `exportlens/catalogueEntry` (client → server): one category's catalogue entry by id. */
export namespace CatalogueEntryRequest {
  export const method = 'exportlens/catalogueEntry' as const;
  export type Params = { id: string };
  export const type = new ProtocolRequestType<Params, CatalogueEntry | null, never, void, void>(method);
}

/** Every custom method, for documentation checks. */
export const CUSTOM_METHODS = [
  ScanWorkspaceRequest.method,
  WorkspaceSummaryRequest.method,
  SummaryChangedNotification.method,
  CatalogueEntryRequest.method,
] as const;
