/**
 * ExportLens's custom LSP messages: method names and the shapes of their parameters and results, shared
 * by the language server, the VS Code extension and docs/protocol.md (a test keeps the doc in step).
 *
 * This file imports nothing, on purpose. The server's library (vscode-languageserver 10.1.2) carries its
 * own nested vscode-languageserver-protocol 3.18.4 / vscode-jsonrpc 9, while the extension's library
 * (vscode-languageclient 11) uses the top-level 3.18.5 / jsonrpc 10. Typed message objects built from one
 * copy do not type-check against the other (their classes have private members), so each side builds
 * its typed objects from its own library:
 *   server: server/src/lsp/protocol-types.ts   (only from 'vscode-languageserver')
 *   client: client/src/protocol-types.ts       (only from 'vscode-languageclient/node')
 * To add a message: add its namespace here (method, Params, Result), then one line in each of those files.
 * test/lsp/protocol-types.test.ts checks that nothing imports vscode-languageserver-protocol directly.
 */

/** `$/progress` token of a request (`WorkDoneProgressParams` in LSP). */
export interface WorkDoneParams {
  workDoneToken?: number | string;
}

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
    /** The review decision recorded for this module × category in `.exportlens/decisions.yaml`, if any. */
    decision?: CategoryDecision;
  }[];
  rationale: string;
}

/**
 * A recorded review decision as the summary carries it (issue 5). Optional in the summary: absent when
 * nothing was decided, and for every category while the decisions file is malformed.
 */
export interface CategoryDecision {
  status: ReviewStatus;
  reviewer: string;
  /** YYYY-MM-DD. */
  date: string;
  note?: string;
  licence?: string;
  /** The evidence (findings, matched code) changed since the decision was recorded: review it again. */
  stale: boolean;
  /** False for a hand-written decision without an evidence digest: it can never be known stale. */
  tiedToEvidence: boolean;
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
  export type Params = WorkDoneParams;
  export type Result = WorkspaceSummary;
}

/** `exportlens/workspaceSummary` (client → server): the last known summary, without rescanning. */
export namespace WorkspaceSummaryRequest {
  export const method = 'exportlens/workspaceSummary' as const;
  export type Params = Record<string, never>;
  export type Result = WorkspaceSummary;
}

/** `exportlens/summaryChanged` (server → client): the summary changed (a scan finished, a file changed). */
export namespace SummaryChangedNotification {
  export const method = 'exportlens/summaryChanged' as const;
  export type Params = WorkspaceSummary;
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
  export type Result = CatalogueEntry | null;
}

// ---------------------------------------------------------------------------------------------------
// Reports and review decisions (issue 5). The editor side (client/src/commands/generate-report.ts,
// record-decision.ts) sends these; the handlers live in server/src/lsp/report-requests.ts.
// ---------------------------------------------------------------------------------------------------

export type ReportFormat = 'html' | 'md' | 'csv';
export type ReportLanguage = 'en' | 'zh';
export type ReviewStatus = 'controlled' | 'not-controlled' | 'licence-required' | 'licence-granted';

/**
 * `exportlens/generateReport` (client → server): write the classification report of one workspace folder
 * to `outputPath` (absolute) in `format` and `lang`. Answers the path written and, for `html`, the
 * document itself so the editor can show it without reading the file back.
 */
export namespace GenerateReportRequest {
  export const method = 'exportlens/generateReport' as const;
  export interface Params {
    folderUri: string;
    format: ReportFormat;
    lang: ReportLanguage;
    outputPath: string;
  }
  export interface Result {
    path: string;
    html?: string;
  }
}

/**
 * `exportlens/recordDecision` (client → server): record a reviewer's decision on one category of one
 * module of a workspace folder. Answers the path of the decisions file written.
 */
export namespace RecordDecisionRequest {
  export const method = 'exportlens/recordDecision' as const;
  export interface Params {
    folderUri: string;
    /** Module folder relative to the workspace folder, `.` for the root (as in ModuleSummary.path). */
    module: string;
    /** Category id, e.g. `ear.5d002-encryption`. */
    category: string;
    status: ReviewStatus;
    reviewer: string;
    note?: string;
    licenceReference?: string;
  }
  export interface Result {
    path: string;
  }
}

/** Every custom method, for documentation checks. */
export const CUSTOM_METHODS = [
  ScanWorkspaceRequest.method,
  WorkspaceSummaryRequest.method,
  SummaryChangedNotification.method,
  CatalogueEntryRequest.method,
  GenerateReportRequest.method,
  RecordDecisionRequest.method,
] as const;
