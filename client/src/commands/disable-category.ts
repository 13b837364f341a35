/**
 * "ExportLens: Disable Category": adds a category id to `exportlens.disabledCategories` in the
 * workspace settings. The server's code actions return this command; the server itself never writes
 * settings (other editors have no settings API it could use).
 */
import * as vscode from 'vscode';
import { CONFIGURATION_SECTION } from '../ids';

const SETTING = 'disabledCategories';

export async function disableCategory(categoryId: unknown): Promise<void> {
  const id = typeof categoryId === 'string' && categoryId ? categoryId : await askForCategory();
  if (!id) return;
  const configuration = vscode.workspace.getConfiguration(CONFIGURATION_SECTION);
  // Start from the effective list: a workspace value replaces (not extends) a user-level list.
  const current = configuration.get<string[]>(SETTING, []);
  if (current.includes(id)) {
    void vscode.window.showInformationMessage(`ExportLens: category ${id} is already disabled.`);
    return;
  }
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await configuration.update(SETTING, [...current, id], target);
  void vscode.window.showInformationMessage(`ExportLens: disabled category ${id} in ${target === vscode.ConfigurationTarget.Workspace ? 'workspace' : 'user'} settings.`);
}

function askForCategory(): Thenable<string | undefined> {
  return vscode.window.showInputBox({ title: 'ExportLens: Disable Category', prompt: 'Category id, e.g. cn.personalized-push' });
}
