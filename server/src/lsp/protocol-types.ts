/**
 * The server's typed objects for ExportLens's custom messages (server/src/protocol/messages.ts), built
 * from vscode-languageserver's own protocol copy so `connection.onRequest(type, handler)` checks the
 * parameter and result types. Never import 'vscode-languageserver-protocol' directly: the top-level
 * copy (3.18.5, the client's) differs from the one vscode-languageserver 10.1.2 ships (3.18.4).
 */
import { ProtocolNotificationType, ProtocolRequestType } from 'vscode-languageserver';
import {
  CatalogueEntryRequest,
  GenerateReportRequest,
  RecordDecisionRequest,
  ScanWorkspaceRequest,
  SummaryChangedNotification,
  WorkspaceSummaryRequest,
} from '../protocol/messages';

function request<P, R>(method: string): ProtocolRequestType<P, R, never, void, void> {
  return new ProtocolRequestType<P, R, never, void, void>(method);
}

export const ServerMessages = {
  scanWorkspace: request<ScanWorkspaceRequest.Params, ScanWorkspaceRequest.Result>(ScanWorkspaceRequest.method),
  workspaceSummary: request<WorkspaceSummaryRequest.Params, WorkspaceSummaryRequest.Result>(WorkspaceSummaryRequest.method),
  catalogueEntry: request<CatalogueEntryRequest.Params, CatalogueEntryRequest.Result>(CatalogueEntryRequest.method),
  generateReport: request<GenerateReportRequest.Params, GenerateReportRequest.Result>(GenerateReportRequest.method),
  recordDecision: request<RecordDecisionRequest.Params, RecordDecisionRequest.Result>(RecordDecisionRequest.method),
  summaryChanged: new ProtocolNotificationType<SummaryChangedNotification.Params, void>(SummaryChangedNotification.method),
} as const;
