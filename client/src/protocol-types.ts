/**
 * The extension's typed objects for ExportLens's custom messages (server/src/protocol/messages.ts),
 * built from vscode-languageclient's protocol copy (the top-level vscode-languageserver-protocol 3.18.5)
 * so `client.sendRequest(type, params)` checks parameters and results. The server builds its own from
 * vscode-languageserver (server/src/lsp/protocol-types.ts): the two copies' classes are not
 * interchangeable in TypeScript.
 */
import { ProtocolNotificationType, ProtocolRequestType } from 'vscode-languageclient/node';
import {
  CatalogueEntryRequest,
  GenerateReportRequest,
  RecordDecisionRequest,
  ScanWorkspaceRequest,
  SummaryChangedNotification,
  WorkspaceSummaryRequest,
} from '../../server/src/protocol/messages';

function request<P, R>(method: string): ProtocolRequestType<P, R, never, void, void> {
  return new ProtocolRequestType<P, R, never, void, void>(method);
}

export const ClientMessages = {
  scanWorkspace: request<ScanWorkspaceRequest.Params, ScanWorkspaceRequest.Result>(ScanWorkspaceRequest.method),
  workspaceSummary: request<WorkspaceSummaryRequest.Params, WorkspaceSummaryRequest.Result>(WorkspaceSummaryRequest.method),
  catalogueEntry: request<CatalogueEntryRequest.Params, CatalogueEntryRequest.Result>(CatalogueEntryRequest.method),
  generateReport: request<GenerateReportRequest.Params, GenerateReportRequest.Result>(GenerateReportRequest.method),
  recordDecision: request<RecordDecisionRequest.Params, RecordDecisionRequest.Result>(RecordDecisionRequest.method),
  summaryChanged: new ProtocolNotificationType<SummaryChangedNotification.Params, void>(SummaryChangedNotification.method),
} as const;
