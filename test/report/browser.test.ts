/**
 * The HTML report in a real browser: headless Debian chromium (playwright-core) opens the file,
 * every request is routed and anything that is not the report file itself fails the test, the page
 * is printed to PDF and screenshotted (test-output/report/), and the visible text of the key
 * sections is checked, in English and Chinese.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { copyExamples, expectedClassification, catalogueFacts, expectedEvidence, runCli, PACKAGE_ROOT } from './report-fixtures';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = path.join(PACKAGE_ROOT, 'test-output', 'report');

describe('report: HTML in headless chromium', function () {
  this.timeout(180_000);
  let root: string;
  let browser: Browser;
  const reports: Record<'en' | 'zh', string> = { en: '', zh: '' };

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) this.skip(); // stated in the report to the lead: the machine image ships it
    root = copyExamples();
    fs.mkdirSync(OUTPUT, { recursive: true });
    for (const lang of ['en', 'zh'] as const) {
      reports[lang] = path.join(OUTPUT, `report.${lang}.html`);
      const run = await runCli(['report', root, '--format', 'html', '--lang', lang, '--output', reports[lang], '--date', '2026-01-15', '--quiet']);
      assert.equal(run.code, 0, run.stderr);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    });
  });
  after(async () => {
    await browser?.close();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  async function open(lang: 'en' | 'zh') {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const url = pathToFileURL(reports[lang]).href;
    const foreign: string[] = [];
    await context.route('**/*', (route) => {
      const requested = route.request().url();
      if (requested === url) return route.continue();
      foreign.push(requested);
      return route.abort();
    });
    page.on('request', (request) => {
      if (request.url() !== url && !foreign.includes(request.url())) foreign.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    return { context, page, foreign };
  }

  it('English: visible header, summary, chart, module sections with evidence, appendix; no network; PDF and screenshot', async () => {
    const { context, page, foreign } = await open('en');
    try {
      const { approval } = expectedClassification();
      const facts = catalogueFacts();
      assert.equal(await page.locator('h1').innerText(), 'Export-control classification report');
      const summary = await page.locator('#summary').innerText();
      assert.match(summary, new RegExp(`${approval.size} of \\d+ modules need export approval`));
      for (const [module, category] of approval) {
        assert.ok(summary.includes(module), `summary names ${module}`);
        const section = page.locator(`#module-${module}`);
        assert.ok(await section.isVisible(), `${module} section visible`);
        const text = await section.innerText();
        assert.ok(text.includes(facts.get(category)!.itemNumber) && text.includes('Needs approval'), `${module}: item number and classification visible`);
      }
      const chart = page.locator('#summary svg[role="img"]');
      const box = await chart.boundingBox();
      assert.ok(box && box.width > 100 && box.height > 20, 'the chart is drawn');
      for (const e of expectedEvidence(root)) {
        const figure = page.locator('figure.excerpt', { hasText: e.location }).first();
        assert.ok((await figure.innerText()).includes(e.code), `${e.location}: excerpt visible with ${e.code}`);
      }
      const appendix = await page.locator('#appendix').innerText();
      for (const heading of ['Method', 'Limitations', 'Files skipped', 'Errors and warnings']) assert.ok(appendix.includes(heading), heading);

      await page.screenshot({ path: path.join(OUTPUT, 'report.en.png'), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('nav').isVisible(), false, 'the table of contents is hidden in print');
      const pdf = await page.pdf({ path: path.join(OUTPUT, 'report.en.pdf'), format: 'A4', printBackground: true });
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      // Print CSS starts each module on a new page, so the PDF has at least one page per module section plus the first.
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= approval.size + 1, `PDF has ${pages} pages`);
      assert.deepEqual(foreign, [], 'no request other than the report file');
    } finally {
      await context.close();
    }
  });

  it('Chinese: Chinese headings and names visible; no network', async () => {
    const { context, page, foreign } = await open('zh');
    try {
      assert.equal(await page.locator('h1').innerText(), '出口管制分类报告');
      assert.equal(await page.locator('#summary-h').innerText(), '摘要');
      const facts = catalogueFacts();
      for (const [module, category] of expectedClassification().approval) {
        const zh = facts.get(category)!.titleZh;
        if (zh) assert.ok((await page.locator(`#module-${module}`).innerText()).includes(zh), `${module}: ${zh}`);
      }
      await page.screenshot({ path: path.join(OUTPUT, 'report.zh.png'), fullPage: false });
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: path.join(OUTPUT, 'report.zh.pdf'), format: 'A4' });
      assert.deepEqual(foreign, []);
    } finally {
      await context.close();
    }
  });

  it('the routing check itself catches a request (a report with an external image would fail)', async () => {
    const probe = path.join(OUTPUT, 'probe.html');
    fs.writeFileSync(probe, '<!DOCTYPE html><html><body><img src="https://example.invalid/x.png"></body></html>');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const seen: string[] = [];
      await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : (seen.push(route.request().url()), route.abort())));
      await page.goto(pathToFileURL(probe).href, { waitUntil: 'load' });
      assert.deepEqual(seen, ['https://example.invalid/x.png']);
    } finally {
      await context.close();
      fs.rmSync(probe, { force: true });
    }
  });
});
