/** Binds every ExportLens command id (declared in package.json `contributes.commands`) to its handler. */
import * as vscode from 'vscode';
import { Commands } from '../ids';
import type { ServerSession } from '../server-session';
import type { SummaryStore } from '../summary-store';
import { disableCategory } from './disable-category';
import { generateReport } from './generate-report';
import { openCatalogueEntry } from './open-catalogue-entry';
import { recordDecision } from './record-decision';
import { scanWorkspace } from './scan-workspace';

export interface CommandContext {
  session: ServerSession;
  store: SummaryStore;
  output: vscode.LogOutputChannel;
}

export function registerCommands({ session, store, output }: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.scanWorkspace, () => scanWorkspace(session, store)),
    vscode.commands.registerCommand(Commands.openCatalogueEntry, (id: unknown) => openCatalogueEntry(store, id)),
    vscode.commands.registerCommand(Commands.disableCategory, (id: unknown) => disableCategory(id)),
    vscode.commands.registerCommand(Commands.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(Commands.restartServer, () => session.restart('requested by the user')),
    vscode.commands.registerCommand(Commands.generateReport, () => generateReport(session, output)),
    vscode.commands.registerCommand(Commands.recordDecision, (node: unknown) => recordDecision(session, store, output, node)),
  ];
}
