/**
 * `exportlens report` on a copy of examples/: the content issue 5 asks for, in HTML, Markdown and CSV,
 * in English and Chinese. Expected values come from examples/README.md, catalogue/*.yaml and the
 * example sources (report-fixtures.ts), never from the report itself.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogueFacts, copyExamples, expectedClassification, expectedEvidence, expectedSuppression, htmlText, parseCsv, runCli, PACKAGE_ROOT, type CatalogueFacts } from './report-fixtures';

const DATE = '2026-01-15';

/** The HTML of one module's section (up to the next module section or the clean-modules section). */
function moduleHtml(html: string, module: string): string {
  const start = html.indexOf(`<section id="module-${module}"`);
  assert.ok(start >= 0, `a section for ${module}`);
  const rest = html.slice(start + 10);
  const ends = [rest.indexOf('<section id="module-'), rest.indexOf('<section id="clean"')].filter((i) => i >= 0);
  return html.slice(start, start + 10 + Math.min(...ends));
}

function sectionHtml(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  assert.ok(start >= 0, `section ${id}`);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('report: content for examples/', function () {
  this.timeout(180_000);
  let root: string;
  let out: string;
  const facts = catalogueFacts();
  const { approval, clean } = expectedClassification();
  const files: Record<string, string> = {};
  let evidence: ReturnType<typeof expectedEvidence>;

  before(async () => {
    root = copyExamples();
    out = fs.mkdtempSync(path.join(root, '..', 'exportlens-report-out-'));
    // Appendix material: a file skipped for its size, and a file with invalid UTF-8 (a warning).
    fs.writeFileSync(path.join(root, 'storefront-web/src/huge_table.py'), `TABLE = [\n${'    0,\n'.repeat(2000)}]\n`);
    fs.writeFileSync(path.join(root, 'notification-service/src/latin1.js'), Buffer.from('// caf\xe9 menu\nexport const x = 1;\n', 'latin1'));
    evidence = expectedEvidence(root);
    const review = (module: string, extra: string[]) =>
      runCli(['review', root, '--module', module, '--category', approval.get(module)!, '--reviewer', 'Dana Reviewer', '--date', '2026-01-10', '--quiet', ...extra]);
    const first = await review('recommender-service', ['--status', 'controlled', '--note', 'Recommender trained on user clicks.']);
    assert.equal(first.code, 0, first.stderr);
    assert.equal((await review('vault-crypto', ['--status', 'licence-granted', '--licence-ref', 'LIC-2026-0042'])).code, 0);
    for (const [name, format, lang] of [
      ['en.html', 'html', 'en'],
      ['zh.html', 'html', 'zh'],
      ['en.md', 'md', 'en'],
      ['zh.md', 'md', 'zh'],
      ['en.csv', 'csv', 'en'],
    ]) {
      const run = await runCli(['report', root, '--format', format, '--lang', lang, '--output', path.join(out, name), '--date', DATE, '--max-file-size', '8k', '--quiet']);
      assert.equal(run.code, 0, run.stderr);
      files[name] = fs.readFileSync(path.join(out, name), 'utf8');
    }
  });
  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  });

  const facts$ = (module: string): CatalogueFacts => facts.get(approval.get(module)!)!;

  it('the examples README and catalogue give the ground truth the tests rely on', () => {
    assert.ok(approval.size >= 4, 'README lists the modules needing approval');
    for (const category of approval.values()) assert.ok(facts.has(category), `${category} is in catalogue/*.yaml`);
  });

  it('header: scanned folder, no git outside a repository, the given date, tool and catalogue versions, a tree digest', () => {
    const text = htmlText(sectionHtml(files['en.html'], 'scanned'));
    const version = (JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.match(text, new RegExp(`Scanned folder ${path.basename(root)}`));
    assert.match(text, /Git commit no git information \(not a git repository\)/);
    assert.match(text, new RegExp(`Scan date ${DATE}T00:00:00Z`));
    assert.match(text, new RegExp(`exportlens ${version.replace(/\./g, '\\.')}`));
    for (const file of ['cn.yaml', 'us-ear.yaml']) {
      const catalogueVersion = /^version: '?([^'\n]+)'?$/m.exec(fs.readFileSync(path.join(PACKAGE_ROOT, 'catalogue', file), 'utf8'))![1];
      assert.ok(text.includes(`: ${catalogueVersion}`), `catalogue version ${catalogueVersion} stated`);
    }
    assert.match(text, /Tree digest \(SHA-256\) [0-9a-f]{64}/);
    assert.ok(!files['en.html'].includes(root), 'no absolute path of the build machine in the report');
  });

  it('executive summary: the count, one table row and one chart bar per category needing approval', () => {
    const summary = sectionHtml(files['en.html'], 'summary');
    const total = approval.size + clean.length;
    assert.ok(htmlText(summary).includes(`${approval.size} of ${total} modules need export approval.`));
    const rows = summary.split('<tbody>')[1].split('</tbody>')[0].split('<tr>').slice(1);
    const categories = new Set(approval.values());
    assert.equal(rows.length, categories.size);
    for (const [module, category] of approval) {
      const row = rows.find((r) => r.includes(`#module-${module}`));
      assert.ok(row, `summary row for ${module}`);
      assert.ok(htmlText(row).includes(facts.get(category)!.itemNumber), `${module}: item number in its row`);
    }
    assert.match(summary, /<th scope="col">/);
    assert.equal((summary.match(/<svg /g) ?? []).length, 1, 'one inline SVG chart');
    assert.equal((summary.match(/<rect /g) ?? []).length, categories.size, 'one bar per category');
    assert.match(summary, /role="img" aria-labelledby="chart-title chart-desc"/);
    for (const module of clean) assert.ok(!htmlText(summary).includes(module), `${module} is not in the summary`);
  });

  it('a section per module needing approval: item number, control point, both names, control status', () => {
    for (const module of approval.keys()) {
      const f = facts$(module);
      const text = htmlText(moduleHtml(files['en.html'], module));
      assert.ok(text.includes('Classification: Needs approval'), `${module} needs approval`);
      for (const expected of [f.id, f.itemNumber, f.titleEn, f.itemNameEn, f.status]) assert.ok(text.includes(expected), `${module}: ${expected}`);
      if (f.titleZh) assert.ok(text.includes(f.titleZh), `${module}: Chinese name ${f.titleZh}`);
      if (f.itemNameZh) assert.ok(text.includes(f.itemNameZh), `${module}: Chinese item name`);
      if (f.controlPoint) assert.ok(text.includes(`Control point ${f.controlPoint}:`), `${module}: control point ${f.controlPoint}`);
      assert.match(text, /Confidence (0\.[6-9]\d|1\.00) \(Needs approval\)/, `${module}: confidence at or above the approval threshold`);
    }
  });

  it('evidence as file:line with the code itself in the excerpt', () => {
    for (const e of evidence) {
      const section = moduleHtml(files['en.html'], e.module);
      assert.ok(section.includes(`<code class="location">${e.location}`), `${e.location} shown`);
      const figure = section.slice(section.indexOf(`<code class="location">${e.location}`)).split('</figure>')[0];
      const line = Number(e.location.split(':').pop());
      const hitLine = figure.match(new RegExp(`<span class="line hit"><span class="ln">▶\\s*${line}</span> ([^<]*)`));
      assert.ok(hitLine, `${e.location}: the hit line is marked`);
      assert.ok(htmlText(hitLine[1]).includes(e.code), `${e.location}: excerpt shows ${e.code}`);
      assert.ok((figure.match(/<span class="line">/g) ?? []).length >= 1, `${e.location}: context lines around the hit`);
    }
  });

  it('clean modules are not marked as needing approval; the suppressed finding is listed with its reason', () => {
    const html = files['en.html'];
    for (const module of clean) {
      const inClean = htmlText(sectionHtml(html, 'clean')).includes(module);
      const own = html.includes(`<section id="module-${module}"`) ? htmlText(moduleHtml(html, module)) : '';
      assert.ok(inClean || own.includes('Below the approval threshold'), `${module} listed as clean or below threshold`);
      assert.ok(!own.includes('Classification: Needs approval'), `${module} does not need approval`);
    }
    const suppression = expectedSuppression(root);
    const module = suppression.location.split('/')[0];
    const text = htmlText(moduleHtml(html, module));
    assert.ok(text.includes('Suppressed findings'), 'suppressed findings heading');
    assert.ok(text.includes(suppression.location), `suppressed finding at ${suppression.location}`);
    assert.ok(text.includes(`Reason given in the code: ${suppression.reason}`), 'with the reason from the directive');
  });

  it('review decisions: status, reviewer, date, note, licence, marked current', () => {
    const rec = htmlText(moduleHtml(files['en.html'], 'recommender-service'));
    assert.match(rec, /Decision current controlled Reviewer Dana Reviewer Date 2026-01-10 Note Recommender trained on user clicks\./);
    assert.ok(rec.includes('current: the evidence is unchanged since the decision'));
    const vault = htmlText(moduleHtml(files['en.html'], 'vault-crypto'));
    assert.match(vault, /Decision current licence granted .*Licence reference LIC-2026-0042/);
    const undecided = [...approval.keys()].filter((m) => m !== 'recommender-service' && m !== 'vault-crypto');
    for (const module of undecided) assert.ok(htmlText(moduleHtml(files['en.html'], module)).includes('No decision recorded.'), `${module}: no decision`);
    assert.ok(htmlText(files['en.html']).includes(`2 current, 0 stale, 0 without an evidence digest, ${undecided.length} still to decide`));
  });

  it('appendix: method, limitations, the skipped file with its reason, the error', () => {
    const text = htmlText(sectionHtml(files['en.html'], 'appendix').concat(files['en.html'].split('<section id="appendix"')[1]));
    for (const heading of ['Method', 'Limitations', 'Files skipped', 'Errors and warnings']) assert.ok(text.includes(heading), heading);
    assert.match(text, /storefront-web\/src\/huge_table\.py too large/);
    assert.match(text, /notification-service\/src\/latin1\.js .*not valid UTF-8/);
    assert.ok(text.includes('It is not legal advice'));
  });

  it('HTML is self-contained and accessible: no external reference, CSP, lang, print CSS, th scope', () => {
    const html = files['en.html'];
    assert.ok(!/\b(src|href)="(?!#)/.test(html), 'no src/href other than in-page anchors');
    assert.ok(!/url\(/.test(html), 'no CSS url()');
    assert.ok(!/<script/i.test(html), 'no script');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    assert.match(html, /<html lang="en">/);
    assert.match(html, /@media print/);
    assert.ok(!/<th(?=[\s>])(?![^>]*scope=)[^>]*>/.test(html), 'every th has a scope');
    const headings = [...html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));
    assert.equal(headings[0], 1);
    for (let i = 1; i < headings.length; i++) assert.ok(headings[i] <= headings[i - 1] + 1, `heading levels do not skip (h${headings[i - 1]} → h${headings[i]})`);
  });

  it('Chinese: Chinese headings and labels, Chinese names first, item numbers unchanged', () => {
    const html = files['zh.html'];
    assert.match(html, /<html lang="zh-CN">/);
    const text = htmlText(html);
    for (const heading of ['出口管制分类报告', '摘要', '附录', '证据', '审查结论', '方法', '局限性']) assert.ok(text.includes(heading), heading);
    assert.ok(!text.includes('Executive summary') && !text.includes('Evidence'), 'no English UI words');
    for (const module of approval.keys()) {
      const f = facts$(module);
      const section = htmlText(moduleHtml(html, module));
      assert.ok(section.includes('分类: 需要审批'), `${module}: 需要审批`);
      assert.ok(section.includes(f.itemNumber));
      if (f.titleZh) assert.ok(section.includes(`${f.titleZh} / ${f.titleEn}`), `${module}: Chinese name first`);
    }
    assert.ok(htmlText(moduleHtml(html, 'recommender-service')).includes('结论 有效 受管控'));
  });

  it('Markdown: well-formed GitHub tables, evidence excerpts in fences, both languages', () => {
    for (const name of ['en.md', 'zh.md']) {
      const lines = files[name].split('\n');
      let inFence = false;
      for (let i = 0; i < lines.length; i++) {
        if (/^```/.test(lines[i])) inFence = !inFence;
        if (inFence || !lines[i].startsWith('|')) continue;
        const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
        if (!lines[i - 1].startsWith('|')) {
          assert.match(lines[i + 1], /^\|( --- \|)+$/, `${name}:${i + 2}: a table's second line is its delimiter row`);
          let j = i;
          while (j < lines.length && lines[j].startsWith('|')) assert.equal(cells(lines[j]), cells(lines[i]), `${name}:${j + 1}: same number of cells`), j++;
        }
      }
      assert.ok(!inFence, `${name}: fences are closed`);
    }
    const md = files['en.md'];
    for (const [module, category] of approval) {
      const f = facts.get(category)!;
      const row = md.split('\n').find((l) => l.startsWith('| ') && l.includes(` ${f.itemNumber}`) && l.trimEnd().endsWith(`| ${module} |`));
      assert.ok(row, `summary table row for ${module}`);
      assert.ok(md.includes(`## Module: \`${module}\``), `section for ${module}`);
    }
    for (const e of evidence) {
      assert.ok(md.includes(`**\`${e.location}\`**`), `${e.location} in Markdown`);
      const line = Number(e.location.split(':').pop());
      assert.ok(md.split('\n').some((l) => new RegExp(`^> +${line} \\| `).test(l) && l.includes(e.code)), `${e.location}: excerpt line`);
    }
    assert.match(md, /```mermaid\npie showData/);
    assert.ok(files['zh.md'].includes('## 摘要') && files['zh.md'].includes('## 附录'));
  });

  it('CSV: one row per module × category with item numbers and both names; every module listed', () => {
    const rows = parseCsv(files['en.csv']);
    const header = rows[0];
    const col = (name: string) => header.indexOf(name);
    assert.ok(files['en.csv'].includes('\r\n'), 'CRLF line ends');
    for (const row of rows) assert.equal(row.length, header.length, `row ${row.join(',')} has every column`);
    const modules = new Set(rows.slice(1).map((r) => r[col('module')]));
    for (const module of [...approval.keys(), ...clean]) assert.ok(modules.has(module), `${module} listed`);
    for (const [module, category] of approval) {
      const f = facts.get(category)!;
      const matching = rows.filter((r) => r[col('module')] === module && r[col('category id')] === category);
      assert.equal(matching.length, 1, `one row for ${module} × ${category}`);
      const row = matching[0];
      assert.equal(row[col('requires approval')], 'yes');
      assert.equal(row[col('item number')], f.itemNumber);
      assert.equal(row[col('control point')], f.controlPoint ?? '');
      assert.equal(row[col('name (English)')], f.titleEn);
      assert.equal(row[col('name (Chinese)')], f.titleZh ?? '');
      assert.ok(Number(row[col('confidence')]) >= 0.6);
    }
    const vault = rows.find((r) => r[col('module')] === 'vault-crypto')!;
    assert.equal(vault[col('decision status')], 'licence granted');
    assert.equal(vault[col('licence')], 'LIC-2026-0042');
    assert.equal(vault[col('decision stale')], 'no');
    const pairs = rows.slice(1).map((r) => `${r[col('module')]}|${r[col('category id')]}`);
    assert.equal(new Set(pairs).size, pairs.length, 'no module × category twice');
  });
});
