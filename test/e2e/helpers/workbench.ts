/**
 * Drives the code-server workbench in headless Debian Chromium through playwright-core: the few
 * gestures the end-to-end test needs, each waiting for what the user would see rather than sleeping.
 * Selectors are VS Code's own DOM classes (stable for years: monaco-list-row, markers-panel, ...).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { CHROMIUM } from './paths';

export interface Workbench {
  browser: Browser;
  page: Page;
}

export async function openWorkbench(url: string, folder: string, timeoutMs: number): Promise<Workbench> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run scripts/setup.sh (apt-get install chromium)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  return { browser, page };
}

/** An Explorer row by its exact file or folder name. */
function explorerRow(page: Page, name: string): Locator {
  return page.locator('.explorer-folders-view .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
}

/** Click through the Explorer, expanding folders, then open the file (Quick Open is flaky under load). */
export async function openFromExplorer(page: Page, relativePath: string, timeoutMs: number): Promise<void> {
  const segments = relativePath.split('/');
  for (const [index, name] of segments.entries()) {
    const row = explorerRow(page, name).first();
    await row.waitFor({ state: 'visible', timeout: timeoutMs });
    const isFolder = index < segments.length - 1;
    if (!isFolder || (await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  }
  const tab = page.locator('.tabs-container .tab', { hasText: segments[segments.length - 1] });
  await tab.waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/**
 * Open the Problems panel, type `filter` into its filter box (the list is virtualised: once the workspace
 * diagnostics arrive, an unfiltered list may render other files' rows only), and wait for a row matching
 * `text`; returns every rendered row's text.
 */
export async function problemsRows(page: Page, filter: string, text: RegExp, timeoutMs: number): Promise<string[]> {
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('Control+Shift+M');
  const filterBox = page.locator('.part.panel input[placeholder*="**/*.ts"]').first();
  await filterBox.waitFor({ state: 'visible', timeout: timeoutMs });
  await filterBox.fill(filter);
  await page.locator('.markers-panel .monaco-list-row', { hasText: text }).first().waitFor({ state: 'visible', timeout: timeoutMs });
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

/** Empty the Problems filter: the panel's views share its text (the Output view would be filtered too). */
export async function clearProblemsFilter(page: Page): Promise<void> {
  await page.locator('.part.panel input[placeholder*="**/*.ts"]').first().fill('');
}

/**
 * Put the caret on the first squiggle in the editor and ask for the hover (editor.action.showHover,
 * Ctrl+K Ctrl+I): the same hover a mouse rest shows, without depending on mouse timing.
 */
export async function hoverFirstSquiggle(page: Page, expected: RegExp, timeoutMs: number): Promise<string> {
  await caretOnFirstSquiggle(page, timeoutMs);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:visible', { hasText: expected }).first();
  await hover.waitFor({ state: 'visible', timeout: timeoutMs });
  return hover.innerText();
}

/** Click inside the first flagged range of the active editor, which puts the caret there. */
async function caretOnFirstSquiggle(page: Page, timeoutMs: number): Promise<void> {
  const squiggle = page.locator('.editor-instance .monaco-editor .view-overlays [class*="squiggly-"]').first();
  await squiggle.waitFor({ state: 'attached', timeout: timeoutMs });
  const box = await squiggle.boundingBox();
  if (!box) throw new Error('the squiggle has no bounding box (not rendered)');
  await page.mouse.click(box.x + Math.min(4, box.width / 2), box.y + box.height / 2);
}

/** Open the quick-fix menu (Ctrl+.) on the first flagged range and choose the action matching `title`. */
export async function applyQuickFix(page: Page, title: RegExp, timeoutMs: number): Promise<void> {
  await page.keyboard.press('Escape');
  await caretOnFirstSquiggle(page, timeoutMs);
  await page.keyboard.press('Control+.');
  const action = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  await action.waitFor({ state: 'visible', timeout: timeoutMs });
  await action.click();
}

/** Wait for an editor tab whose label matches. */
export async function waitForTab(page: Page, label: RegExp, timeoutMs: number): Promise<void> {
  await page.locator('.tabs-container .tab', { hasText: label }).first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Wait for text inside any webview (the Markdown preview renders in nested iframes). */
export async function waitForWebviewText(page: Page, text: RegExp, timeoutMs: number): Promise<string> {
  const content = page.frameLocator('iframe.webview.ready').first().frameLocator('iframe').first().locator('body');
  await content.filter({ hasText: text }).waitFor({ state: 'visible', timeout: timeoutMs });
  return content.innerText();
}

/** Run a command from the palette (F1) by its full title. */
export async function runCommand(page: Page, title: string, timeoutMs: number): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible', timeout: timeoutMs });
  await page.keyboard.press('Enter');
}

/** In the open quick pick, click the row whose label matches. */
export async function chooseQuickPickItem(page: Page, label: RegExp, timeoutMs: number): Promise<void> {
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: timeoutMs });
  await row.click();
}

/** Answer the open input box (its prompt matches `prompt`) with `value`, or accept its current value. */
export async function answerInputBox(page: Page, prompt: RegExp, value: string | undefined, timeoutMs: number): Promise<void> {
  const widget = page.locator('.quick-input-widget', { hasText: prompt });
  await widget.waitFor({ state: 'visible', timeout: timeoutMs });
  const input = widget.locator('input').first();
  if (value !== undefined) await input.fill(value);
  await input.press('Enter');
}

/**
 * Accept code-server's save dialog (VS Code's "simple" file dialog, a quick input holding the proposed
 * path) with the path it proposes; returns that path.
 */
export async function acceptSaveDialog(page: Page, timeoutMs: number): Promise<string> {
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  // The dialog first shows the folder, then fills in the proposed file name.
  await page.waitForFunction("(document.querySelector('.quick-input-widget input')?.value ?? '').includes('exportlens-report')", undefined, { timeout: timeoutMs });
  const proposed = await input.inputValue();
  await input.press('Enter');
  return proposed;
}

/**
 * Text of the output shown in the panel (its read-only editor), once it contains `word`. Monaco renders
 * spaces as no-break spaces, so wait for a single word and normalise the text before matching more.
 */
export async function outputPanelText(page: Page, word: string, timeoutMs: number): Promise<string> {
  const lines = page.locator('.part.panel .monaco-editor .view-lines', { hasText: word }).first();
  await lines.waitFor({ state: 'visible', timeout: timeoutMs });
  return (await lines.innerText()).replace(/\u00a0/g, ' ');
}

/** Wait until no notification toast mentions `text` (a progress notification that has finished). */
export async function waitForNotificationGone(page: Page, text: string, timeoutMs: number): Promise<void> {
  await page.locator('.notification-toast', { hasText: text }).first().waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** The accessible label of the status-bar entry whose label contains `text`. */
export async function statusBarLabel(page: Page, text: string, timeoutMs: number): Promise<Locator> {
  const entry = page.locator(`.statusbar [aria-label*="${text}"]`).first();
  await entry.waitFor({ state: 'visible', timeout: timeoutMs });
  return entry;
}

/** Rows of the view whose pane header says `viewName`, once one matches each of `expected`. */
export async function viewRows(page: Page, viewName: string, expected: RegExp[], timeoutMs: number): Promise<string[]> {
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: viewName }) });
  for (const text of expected) {
    await pane.locator('.monaco-list-row', { hasText: text }).first().waitFor({ state: 'visible', timeout: timeoutMs });
  }
  return pane.locator('.monaco-list-row').allInnerTexts();
}

export async function screenshot(page: Page, directory: string, name: string): Promise<void> {
  fs.mkdirSync(directory, { recursive: true });
  await page.screenshot({ path: path.join(directory, `${name}.png`) });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
