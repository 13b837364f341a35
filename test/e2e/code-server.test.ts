/**
 * The real editor end to end: the packaged .vsix installed into code-server (VS Code 1.139 in a
 * browser; VS Code itself cannot be downloaded here), a copy of examples/ opened, headless Chromium
 * driving the workbench like a user. It checks the issue "Inline warnings in the editor" from the
 * client side: a diagnostic for the encryption code in vault-crypto, its hover naming the catalogue
 * item, and the Export Classification tree after "ExportLens: Scan Workspace".
 *
 * Needs scripts/setup-editor.sh (code-server + Node 24) and Debian's chromium; scripts/setup.sh does
 * both. Set EXPORTLENS_SKIP_E2E=1 to skip on a machine without them. Screenshots, the editor's
 * ExportLens log and code-server's log go to test-output/e2e/.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeServer } from './helpers/code-server';
import { codeServerInstalled, startCodeServer } from './helpers/code-server';
import { waitForDiagnostics } from './helpers/diagnostics-snapshot';
import { packageExtension } from './helpers/package-extension';
import { EXAMPLES, OUTPUT_DIR } from './helpers/paths';
import type { Workbench } from './helpers/workbench';
import {
  acceptSaveDialog,
  answerInputBox,
  applyQuickFix,
  chooseQuickPickItem,
  clearProblemsFilter,
  hoverFirstSquiggle,
  openFromExplorer,
  openWorkbench,
  outputPanelText,
  problemsRows,
  runCommand,
  screenshot,
  statusBarLabel,
  viewRows,
  waitForNotificationGone,
  waitForTab,
  waitForWebviewText,
} from './helpers/workbench';

const SEAL_GO = 'vault-crypto/internal/seal/seal.go';
const ENCRYPTION = /ear\.5d002-encryption/;
const STEP_TIMEOUT_MS = 60_000;
/** The language server's process: the extension host forks dist/server.js with --node-ipc. */
const SERVER_PROCESS = /exportlens[^ ]*\/dist\/server\.js/;

/** VS Code user settings: no welcome page, trust prompt or AI side panel in the screenshots. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'explorer.compactFolders': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};

describe('ExportLens in a real editor (code-server + Chromium)', function () {
  this.timeout(300_000);
  let home: string;
  let workspace: string;
  let diagnosticsFile: string;
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;

  before(async function () {
    const installed = codeServerInstalled();
    if (!installed.ok) {
      if (process.env.EXPORTLENS_SKIP_E2E === '1') this.skip();
      throw new Error(`${installed.message} (or set EXPORTLENS_SKIP_E2E=1 to skip the editor test)`);
    }
    fs.rmSync(OUTPUT_DIR, { recursive: true, force: true });
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-e2e-'));
    workspace = path.join(home, 'examples');
    fs.cpSync(EXAMPLES, workspace, { recursive: true });
    diagnosticsFile = path.join(home, 'diagnostics.json');
    const vsix = await step('package the extension', 200_000, () => packageExtension());
    server = await step('install the .vsix and start code-server', 120_000, () =>
      startCodeServer({
        home,
        workspace,
        vsix,
        userSettings: USER_SETTINGS,
        // Read by client/src/e2e-diagnostics-probe.ts inside the extension host.
        env: { EXPORTLENS_E2E_DIAGNOSTICS_FILE: diagnosticsFile },
        logFile: path.join(OUTPUT_DIR, 'code-server.log'),
      }),
    );
    workbench = await step('open the workbench in Chromium', STEP_TIMEOUT_MS, () => openWorkbench(server!.url, workspace, STEP_TIMEOUT_MS));
  });

  after(async function () {
    this.timeout(60_000);
    await workbench?.browser.close().catch(() => undefined);
    await server?.stop();
    if (home) {
      copyEditorLogs(home);
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('shows an ExportLens diagnostic for seal.go in the Problems panel', async () => {
    const page = workbench!.page;
    await screenshot(page, OUTPUT_DIR, 'workbench');
    await step(`open ${SEAL_GO} from the Explorer`, STEP_TIMEOUT_MS, () => openFromExplorer(page, SEAL_GO, STEP_TIMEOUT_MS));
    const snapshot = await step('the extension host receives ExportLens diagnostics for seal.go', 90_000, () =>
      waitForDiagnostics(diagnosticsFile, (entry) => entry.uri.endsWith(SEAL_GO) && entry.diagnostics.some((d) => d.source === 'ExportLens'), 90_000),
    );
    const seal = snapshot.find((entry) => entry.uri.endsWith(SEAL_GO))!;
    assert.ok(
      seal.diagnostics.some((d) => d.code === 'ear.5d002-encryption' && /5D002/.test(d.message)),
      `no ear.5d002-encryption diagnostic on seal.go; the editor holds: ${JSON.stringify(seal.diagnostics)}`,
    );
    const rows = await step('the Problems panel lists the diagnostic', STEP_TIMEOUT_MS, () => problemsRows(page, 'seal.go', ENCRYPTION, STEP_TIMEOUT_MS));
    await screenshot(page, OUTPUT_DIR, 'problems');
    await clearProblemsFilter(page);
    assert.ok(rows.some((row) => /^seal\.go/.test(row)), `a seal.go row in Problems: ${JSON.stringify(rows)}`);
    assert.ok(rows.some((row) => ENCRYPTION.test(row) && /ExportLens/.test(row)), `Problems rows: ${JSON.stringify(rows)}`);
  });

  it('hovers a flagged range and shows the catalogue item number', async () => {
    const page = workbench!.page;
    const text = await step('the hover on the first squiggle shows item 5D002', STEP_TIMEOUT_MS, () => hoverFirstSquiggle(page, /Item 5D002/, STEP_TIMEOUT_MS));
    await screenshot(page, OUTPUT_DIR, 'hover');
    assert.match(text, /Encryption software \(ECCN 5D002\)/);
    assert.match(text, /Why it matched/);
  });

  it('scans the workspace and lists modules needing approval in the Export Classification view', async () => {
    const page = workbench!.page;
    await step('run "ExportLens: Scan Workspace" from the command palette', STEP_TIMEOUT_MS, () => runCommand(page, 'ExportLens: Scan Workspace', STEP_TIMEOUT_MS));
    await step('the scan finishes', 120_000, () => waitForNotificationGone(page, 'ExportLens: scanning workspace', 120_000));
    // The view lives in its own sidebar container: it is on screen only because the scan revealed it.
    const rows = await step('the Export Classification view lists the modules', STEP_TIMEOUT_MS, () =>
      viewRows(page, 'Export Classification', [/vault-crypto/, /recommender-service/, /Other modules/], STEP_TIMEOUT_MS),
    );
    await screenshot(page, OUTPUT_DIR, 'tree');
    const flagged = rows.filter((row) => /needs approval/.test(row));
    assert.ok(flagged.some((row) => /vault-crypto/.test(row)), `tree rows: ${JSON.stringify(rows)}`);
    assert.ok(flagged.some((row) => /recommender-service/.test(row)), `tree rows: ${JSON.stringify(rows)}`);
    // A clean module sits under the collapsed "Other modules" node, not at the top level.
    assert.ok(!rows.some((row) => /storefront-web/.test(row)), `storefront-web should be inside "Other modules": ${JSON.stringify(rows)}`);

    // The status bar counts the same modules, and clicking it brings the view back.
    const status = await step('the status bar shows the approval count', STEP_TIMEOUT_MS, () => statusBarLabel(page, 'need export approval', STEP_TIMEOUT_MS));
    assert.equal(await status.getAttribute('aria-label'), `ExportLens: ${flagged.length} modules need export approval`);
    await page.keyboard.press('Control+Shift+E');
    await step('the Explorer replaces the view', STEP_TIMEOUT_MS, () => page.locator('.explorer-folders-view').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }));
    await status.click();
    await step('clicking the status bar item focuses the view', STEP_TIMEOUT_MS, () => viewRows(page, 'Export Classification', [/vault-crypto/], STEP_TIMEOUT_MS));
  });

  it('opens a finding\'s location from the Export Classification view', async () => {
    const page = workbench!.page;
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Export Classification' }) });
    // recommender-service needs approval, so it starts expanded; its category row starts collapsed.
    const category = pane.locator('.monaco-list-row', { hasText: /Personalized information push/ }).first();
    await step('the recommender-service category is listed', STEP_TIMEOUT_MS, () => category.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }));
    await category.locator('.monaco-tl-twistie').click();
    const finding = pane.locator('.monaco-list-row', { hasText: /train\.py:\d+/ }).first();
    await step('the category lists its findings', STEP_TIMEOUT_MS, () => finding.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }));
    const line = Number(/train\.py:(\d+)/.exec(await finding.innerText())![1]);
    await finding.click();
    await step('train.py opens', STEP_TIMEOUT_MS, () => waitForTab(page, /train\.py/, STEP_TIMEOUT_MS));
    // The finding's range is selected: the status bar shows the caret on the finding's line.
    await step(`the caret is on line ${line}`, STEP_TIMEOUT_MS, () =>
      page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${line}, Col \\d+`) }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }),
    );
    await screenshot(page, OUTPUT_DIR, 'tree-finding');
    // Back to seal.go for the steps that follow (train.py opened in the preview tab, replacing it).
    await page.keyboard.press('Control+Shift+E');
    await step(`reopen ${SEAL_GO} from the Explorer`, STEP_TIMEOUT_MS, () => openFromExplorer(page, SEAL_GO, STEP_TIMEOUT_MS));
    await step('seal.go is the active editor', STEP_TIMEOUT_MS, () =>
      page.locator('.tabs-container .tab.active', { hasText: 'seal.go' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }),
    );
  });

  it('restarts the language server when it dies, and says so in the ExportLens output', async () => {
    const page = workbench!.page;
    const before = server!.processesMatching(SERVER_PROCESS);
    assert.equal(before.length, 1, `expected one ExportLens server process, found ${JSON.stringify(before)}`);
    process.kill(before[0]!, 'SIGKILL');
    const after = await step('a new server process starts', STEP_TIMEOUT_MS, () =>
      poll(() => server!.processesMatching(SERVER_PROCESS).filter((pid) => pid !== before[0]), (pids) => pids.length === 1, STEP_TIMEOUT_MS),
    );
    assert.notEqual(after[0], before[0]);
    const log = await step('the ExportLens output explains the restart', STEP_TIMEOUT_MS, () =>
      poll(() => extensionLog(home), (text) => /stopped unexpectedly/.test(text), STEP_TIMEOUT_MS),
    );
    assert.match(log, /Server process exited with signal SIGKILL/);
    // The new server answers: the hover is computed by it, not cached by the editor.
    await page.keyboard.press('Escape');
    await step('the restarted server answers a hover', STEP_TIMEOUT_MS, () => hoverFirstSquiggle(page, /Item 5D002/, STEP_TIMEOUT_MS));
  });

  it('opens the catalogue entry from a quick fix', async () => {
    const page = workbench!.page;
    await step('choose "Open catalogue entry" in the quick-fix menu', STEP_TIMEOUT_MS, () => applyQuickFix(page, /Open catalogue entry for ear\.5d002-encryption/, STEP_TIMEOUT_MS));
    // The entry is a virtual Markdown document shown in the Markdown preview.
    await step('the catalogue entry opens', STEP_TIMEOUT_MS, () => waitForTab(page, /ear\.5d002-encryption\.md/, STEP_TIMEOUT_MS));
    const text = await step('the preview renders the entry', STEP_TIMEOUT_MS, () => waitForWebviewText(page, /5D002/, STEP_TIMEOUT_MS));
    await screenshot(page, OUTPUT_DIR, 'catalogue-entry');
    assert.match(text, /Encryption software \(ECCN 5D002\)/);
  });

  it('disables a category from a quick fix: the workspace setting is written and the diagnostics go', async () => {
    const page = workbench!.page;
    await page.locator('.tabs-container .tab', { hasText: 'seal.go' }).first().click();
    await step('choose "Disable ... for this workspace" in the quick-fix menu', STEP_TIMEOUT_MS, () => applyQuickFix(page, /Disable ear\.5d002-encryption for this workspace/, STEP_TIMEOUT_MS));
    const settingsFile = path.join(workspace, '.vscode', 'settings.json');
    const settings = await step('the workspace settings list the category', STEP_TIMEOUT_MS, () =>
      poll(() => (fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, 'utf8') : ''), (text) => text.includes('ear.5d002-encryption'), STEP_TIMEOUT_MS),
    );
    assert.deepEqual(JSON.parse(settings)['exportlens.disabledCategories'], ['ear.5d002-encryption']);
    await step('the editor drops the category\'s diagnostics on seal.go', 90_000, () =>
      waitForDiagnostics(diagnosticsFile, (entry) => entry.uri.endsWith(SEAL_GO) && !entry.diagnostics.some((d) => d.code === 'ear.5d002-encryption'), 90_000),
    );
  });

  it('shows the ExportLens output from "ExportLens: Show Output"', async () => {
    const page = workbench!.page;
    await step('run "ExportLens: Show Output"', STEP_TIMEOUT_MS, () => runCommand(page, 'ExportLens: Show Output', STEP_TIMEOUT_MS));
    // The restart above wrote this line to the ExportLens output (and to no other channel).
    const text = await step('the output panel shows the ExportLens channel', STEP_TIMEOUT_MS, () => outputPanelText(page, 'SIGKILL', STEP_TIMEOUT_MS));
    await screenshot(page, OUTPUT_DIR, 'output');
    assert.match(text, /the ExportLens server stopped unexpectedly/);
  });

  it('generates the HTML classification report and shows it in a webview', async () => {
    const page = workbench!.page;
    await step('run "ExportLens: Generate Classification Report"', STEP_TIMEOUT_MS, () => runCommand(page, 'ExportLens: Generate Classification Report', STEP_TIMEOUT_MS));
    await step('choose HTML', STEP_TIMEOUT_MS, () => chooseQuickPickItem(page, /^HTML/, STEP_TIMEOUT_MS));
    await step('choose English', STEP_TIMEOUT_MS, () => chooseQuickPickItem(page, /^English/, STEP_TIMEOUT_MS));
    const proposed = await step('accept the proposed file in the save dialog', STEP_TIMEOUT_MS, () => acceptSaveDialog(page, STEP_TIMEOUT_MS));
    const reportFile = path.join(workspace, path.basename(proposed));
    const text = await step('the report webview shows the report', 120_000, () => waitForWebviewText(page, /classification report/i, 120_000));
    await screenshot(page, OUTPUT_DIR, 'report');
    assert.match(text, /vault-crypto/);
    assert.ok(fs.existsSync(reportFile), `the report was written to ${reportFile}`);
    assert.match(fs.readFileSync(reportFile, 'utf8'), /<html/i);
  });

  it('records a review decision through quick picks and writes the decisions file', async () => {
    const page = workbench!.page;
    await page.locator('.tabs-container .tab', { hasText: 'seal.go' }).first().click();
    await step('run "ExportLens: Record Review Decision"', STEP_TIMEOUT_MS, () => runCommand(page, 'ExportLens: Record Review Decision', STEP_TIMEOUT_MS));
    await step('choose the module', STEP_TIMEOUT_MS, () => chooseQuickPickItem(page, /^recommender-service/, STEP_TIMEOUT_MS));
    await step('choose the category', STEP_TIMEOUT_MS, () => chooseQuickPickItem(page, /cn\.personalized-push/, STEP_TIMEOUT_MS));
    await step('choose the status', STEP_TIMEOUT_MS, () => chooseQuickPickItem(page, /Licence required/, STEP_TIMEOUT_MS));
    await step('give the reviewer', STEP_TIMEOUT_MS, () => answerInputBox(page, /Reviewer/, 'E2E Reviewer', STEP_TIMEOUT_MS));
    await step('give a note', STEP_TIMEOUT_MS, () => answerInputBox(page, /Note/, 'recorded by the e2e test', STEP_TIMEOUT_MS));
    await step('skip the licence reference', STEP_TIMEOUT_MS, () => answerInputBox(page, /Licence reference/, '', STEP_TIMEOUT_MS));
    const written = await step('the decisions file names the decision', STEP_TIMEOUT_MS, () =>
      poll(() => decisionFiles(workspace), (files) => files.some((f) => /E2E Reviewer/.test(f.text)), STEP_TIMEOUT_MS),
    );
    const decision = written.find((f) => /E2E Reviewer/.test(f.text))!;
    assert.match(decision.text, /recommender-service/);
    assert.match(decision.text, /cn\.personalized-push/);
    assert.match(decision.text, /licence-required/);
  });

  /** Run one step with a deadline; on failure, keep a screenshot and name the step in the error. */
  async function step<T>(name: string, timeoutMs: number, action: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      return await Promise.race([action(), deadline]);
    } catch (error) {
      const shot = `failure-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
      if (workbench) await screenshot(workbench.page, OUTPUT_DIR, shot).catch(() => undefined);
      const reason = error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n') : String(error);
      throw new Error(`e2e step "${name}" failed: ${reason}\n(screenshot ${path.join(OUTPUT_DIR, shot)}.png; logs in ${OUTPUT_DIR})`);
    } finally {
      clearTimeout(timer);
    }
  }
});

/** YAML files under the workspace that hold review decisions (where the server writes them is its business). */
function decisionFiles(root: string): { file: string; text: string }[] {
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /decision/i.test(path.basename(file)) && /\.ya?ml$/.test(file));
  return files.map((file) => ({ file, text: fs.readFileSync(path.join(root, file), 'utf8') }));
}

/** The ExportLens output channel as the editor logged it (empty until written). */
function extensionLog(home: string): string {
  const logs = path.join(home, 'user-data', 'logs');
  if (!fs.existsSync(logs)) return '';
  const files = fs.readdirSync(logs, { recursive: true, encoding: 'utf8' }).filter((file) => path.basename(file) === 'ExportLens.log');
  return files.map((file) => fs.readFileSync(path.join(logs, file), 'utf8')).join('\n');
}

/** Re-evaluate `read` until `accept` holds (re-reading a file or /proc, never a fixed sleep). */
async function poll<T>(read: () => T, accept: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value).slice(0, 300)} after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Keep the extension's output channel and the extension host log from the run, for diagnosis. */
function copyEditorLogs(home: string): void {
  const logs = path.join(home, 'user-data', 'logs');
  if (!fs.existsSync(logs)) return;
  for (const file of fs.readdirSync(logs, { recursive: true, encoding: 'utf8' })) {
    const base = path.basename(file);
    if (/^(ExportLens|exthost|remoteexthost)\.log$/i.test(base) && fs.statSync(path.join(logs, file)).isFile()) {
      fs.copyFileSync(path.join(logs, file), path.join(OUTPUT_DIR, `editor-${base}`));
    }
  }
}
