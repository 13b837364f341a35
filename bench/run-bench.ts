/**
 * `npm run bench`: ExportLens against ast-grep and ripgrep on the same files with the same vocabulary,
 * plus the editor figures; writes docs/performance.md. Never part of `npm test` (it takes minutes).
 *
 *   npm run bench                          all sizes (20, 100, 400 MB), peers, editor figures
 *   npm run bench -- --sizes 20,100        only these generated sizes
 *   npm run bench -- --tiny-files 1000000  also the "N tiny files in a deep tree" figure
 *   npm run bench -- --no-write            print the report instead of writing docs/performance.md
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogues } from '../server/src/engine/catalogue/load';
import { builtinCataloguePaths } from '../server/src/engine/catalogue/location';
import type { Catalogue } from '../server/src/engine/types';
import { measure, type Measurement } from './measure';
import { CORPUS_ROOT, SIGNAL_SHARE, generatedCorpus, npmCorpus, tinyCorpus } from './corpus';
import { SOURCE_GLOBS, writeAstGrepRules, writeRipgrepPatterns } from './peers';
import { editLatency, firstDiagnosticsMs, tempCatalogueCache } from './editor';

const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(PACKAGE_ROOT, 'bin', 'exportlens.js');
const AST_GREP = path.join(PACKAGE_ROOT, 'node_modules', '@ast-grep', 'cli-linux-x64-gnu', 'ast-grep');
const WORK = path.join(CORPUS_ROOT, '.work');

interface Row {
  tool: string;
  m: Measurement;
}
interface CorpusRun {
  name: string;
  files: number;
  bytes: number;
  note: string;
  rows: Row[];
  warm?: Measurement;
  findings?: number;
  /** Files ExportLens skipped, by reason (the peers read them all). */
  skipped?: Record<string, number>;
}

function exportlensScan(root: string, cacheDir: string | undefined, extra: string[] = []): Measurement {
  const args = [CLI, 'scan', root, '--format', 'json', '--quiet', '--output', path.join(WORK, 'exportlens.json'), ...extra];
  if (cacheDir) args.push('--cache-dir', cacheDir);
  const m = measure(process.execPath, args);
  if (m.exitCode !== 0) throw new Error(`exportlens scan failed: ${m.stderrTail}`);
  return m;
}

function runCorpus(name: string, root: string, files: number, bytes: number, note: string, peers: boolean): CorpusRun {
  console.error(`bench: ${name} (${files} files, ${(bytes / 1e6).toFixed(1)} MB)`);
  const cacheDir = path.join(WORK, `cache-${name}`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const rows: Row[] = [];
  const cold = exportlensScan(root, cacheDir);
  rows.push({ tool: 'ExportLens (cold)', m: cold });
  const result = JSON.parse(fs.readFileSync(path.join(WORK, 'exportlens.json'), 'utf8')) as { findings: unknown[]; skipped: { reason: string }[] };
  const skipped: Record<string, number> = {};
  for (const { reason } of result.skipped) skipped[reason] = (skipped[reason] ?? 0) + 1;
  const warm = exportlensScan(root, cacheDir);
  if (peers) {
    const astGrep = measure(AST_GREP, ['scan', '-r', path.join(WORK, 'ast-grep-rules.yml'), '--json=stream', root]);
    rows.push({ tool: 'ast-grep', m: astGrep });
    const globs = SOURCE_GLOBS.flatMap((g) => ['-g', g]);
    rows.push({ tool: 'ripgrep', m: measure('rg', ['-i', '-F', '-c', '--no-ignore', '-f', path.join(WORK, 'rg-patterns.txt'), ...globs, root]) });
  }
  return { name, files, bytes, note, rows, warm, findings: result.findings.length, skipped };
}

function table(run: CorpusRun): string {
  const base = run.rows[0].m.wallS;
  const lines = [
    `### ${run.name}: ${run.files.toLocaleString('en')} files, ${(run.bytes / 1e6).toFixed(1)} MB`,
    '',
    run.note,
    '',
    '| tool | wall s | CPU s (user+sys) | files/s | MB/s | peak RSS MB | wall vs ExportLens |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { tool, m } of run.rows) {
    lines.push(
      `| ${tool} | ${m.wallS.toFixed(2)} | ${(m.userS + m.sysS).toFixed(2)} | ${Math.round(run.files / Math.max(m.wallS, 0.01)).toLocaleString('en')} | ${(run.bytes / 1e6 / Math.max(m.wallS, 0.01)).toFixed(1)} | ${m.peakRssMb.toFixed(0)} | ${(m.wallS / base).toFixed(2)}x |`,
    );
  }
  if (run.warm) {
    lines.push(`| ExportLens (warm, cache) | ${run.warm.wallS.toFixed(2)} | ${(run.warm.userS + run.warm.sysS).toFixed(2)} | ${Math.round(run.files / Math.max(run.warm.wallS, 0.01)).toLocaleString('en')} | ${(run.bytes / 1e6 / Math.max(run.warm.wallS, 0.01)).toFixed(1)} | ${run.warm.peakRssMb.toFixed(0)} | ${(run.warm.wallS / base).toFixed(2)}x |`);
  }
  lines.push('', `ExportLens findings: ${run.findings ?? '?'}. Warm re-scan = ${((100 * (run.warm?.wallS ?? 0)) / base).toFixed(1)}% of cold.`);
  const skips = Object.entries(run.skipped ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (skips.length > 0) {
    const list = skips.map(([reason, count]) => `${count.toLocaleString('en')} ${reason}`).join(', ');
    lines.push(`ExportLens skipped ${list} (listed with their reasons in its result); the peers read every file.`);
  }
  lines.push('');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '20,100,400' },
      'no-peers': { type: 'boolean', default: false },
      'no-editor': { type: 'boolean', default: false },
      'no-npm': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'tiny-files': { type: 'string' },
    },
  });
  const sizes = values.sizes!.split(',').map(Number).filter((n) => n > 0);
  const { catalogues } = loadCatalogues(builtinCataloguePaths());
  fs.mkdirSync(WORK, { recursive: true });
  const ruleCount = writeAstGrepRules(catalogues, path.join(WORK, 'ast-grep-rules.yml'));
  const patternCount = writeRipgrepPatterns(catalogues, path.join(WORK, 'rg-patterns.txt'));
  const peers = !values['no-peers'];
  const runs: CorpusRun[] = [];

  if (!values['no-npm']) {
    const npm = npmCorpus(PACKAGE_ROOT);
    runs.push(runCorpus('npm-real', npm.root, npm.files, npm.bytes, 'The JavaScript/TypeScript under node_modules (real code), hard-linked into one folder.', peers));
  }
  for (const size of sizes) {
    const corpus = generatedCorpus(size, catalogues);
    runs.push(runCorpus(`generated-${size}mb`, corpus.root, corpus.files, corpus.bytes, `Generated from templates in 14 languages; ${corpus.withSignals} files (${(100 * SIGNAL_SHARE).toFixed(0)}% target) carry catalogue imports and calls.`, peers));
  }
  let tiny: CorpusRun | undefined;
  if (values['tiny-files']) {
    const count = Number(values['tiny-files']);
    const corpus = tinyCorpus(count, catalogues);
    tiny = runCorpus(`tiny-${count}`, corpus.root, corpus.files, corpus.bytes, `${count.toLocaleString('en')} tiny Python files in a tree about 12 folders deep.`, peers);
  }

  const editor: string[] = [];
  if (!values['no-editor']) {
    console.error('bench: editor figures');
    const root = path.join(PACKAGE_ROOT, 'examples');
    const file = path.join(root, 'vault-crypto', 'internal', 'seal', 'seal.go');
    const coldCache = tempCatalogueCache();
    const first = await firstDiagnosticsMs(root, file, 'go', { EXPORTLENS_CATALOGUE_CACHE: coldCache });
    const warmStarts: number[] = [];
    for (let i = 0; i < 5; i++) warmStarts.push(await firstDiagnosticsMs(root, file, 'go', { EXPORTLENS_CATALOGUE_CACHE: coldCache }));
    fs.rmSync(coldCache, { recursive: true, force: true });
    const noCache = await firstDiagnosticsMs(root, file, 'go', { EXPORTLENS_CATALOGUE_CACHE: 'off' });
    const edits = await editLatency(catalogues, 'stray-text');
    const validEdits = await editLatency(catalogues, 'statement-lines');
    warmStarts.sort((a, b) => a - b);
    editor.push(
      '| figure | value | target |',
      '|---|---:|---:|',
      `| server start → first diagnostics (bundled server dist/server.js, as the extension runs it; median of 5, compiled-catalogue cache warm) | ${warmStarts[2].toFixed(0)} ms | ≤ 500 ms |`,
      `| same, first start ever (catalogue cache empty: YAML parsed and validated, cache written) | ${first.toFixed(0)} ms | |`,
      `| same, catalogue cache turned off (EXPORTLENS_CATALOGUE_CACHE=off) | ${noCache.toFixed(0)} ms | |`,
      `| re-diagnosis after an edit, ${edits.lines}-line TypeScript file, p50 (200 random edits of stray text; syntax errors accumulate) | ${edits.p50.toFixed(1)} ms | |`,
      `| same, p95 | ${edits.p95.toFixed(1)} ms | ≤ 30 ms |`,
      `| same, max | ${edits.max.toFixed(1)} ms | |`,
      `| re-diagnosis after an edit, same file, p50 (200 random statement lines inserted or deleted; the file stays valid) | ${validEdits.p50.toFixed(1)} ms | |`,
      `| same, p95 | ${validEdits.p95.toFixed(1)} ms | |`,
      `| same, max | ${validEdits.max.toFixed(1)} ms | |`,
    );
  }

  const generated = runs.filter((r) => r.name.startsWith('generated-'));
  const growth: string[] = ['| from → to | size ratio | ExportLens wall ratio | ExportLens peak RSS MB | ast-grep wall ratio | ripgrep wall ratio |', '|---|---:|---:|---:|---:|---:|'];
  for (let i = 1; i < generated.length; i++) {
    const [a, b] = [generated[i - 1], generated[i]];
    const ratio = (tool: string) => {
      const x = a.rows.find((r) => r.tool === tool)?.m.wallS;
      const y = b.rows.find((r) => r.tool === tool)?.m.wallS;
      return x && y ? `${(y / x).toFixed(2)}x` : '-';
    };
    growth.push(`| ${a.name} → ${b.name} | ${(b.bytes / a.bytes).toFixed(2)}x | ${ratio('ExportLens (cold)')} | ${a.rows[0].m.peakRssMb.toFixed(0)} → ${b.rows[0].m.peakRssMb.toFixed(0)} | ${ratio('ast-grep')} | ${ratio('ripgrep')} |`);
  }

  const cpu = os.cpus();
  const report = [
    '<!-- BENCH-RESULTS:START (written by `npm run bench`) -->',
    `## Results of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, load average at start ${os.loadavg()[0].toFixed(2)} (the machine is shared: wall times vary with other work; CPU seconds vary less).`,
    `Command: \`npm run bench${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}\`. Peers: ast-grep ${versionOf(AST_GREP)} (${ruleCount} rules generated from the catalogue's import and call signals), ripgrep ${versionOf('rg')} (${patternCount} catalogue anchors as one fixed-string set, \`-i -F -c\`). ExportLens: \`exportlens scan --format json\` with default jobs (one worker per core above 8 MB) and \`--cache-dir\`.`,
    '',
    ...runs.map(table),
    ...(tiny ? [table(tiny)] : []),
    '### Growth between generated sizes',
    '',
    ...growth,
    '',
    ...(editor.length ? ['### Editor figures', '', ...editor, ''] : []),
    '<!-- BENCH-RESULTS:END -->',
  ].join('\n');

  if (values['no-write']) {
    process.stdout.write(report + '\n');
    return;
  }
  const doc = path.join(PACKAGE_ROOT, 'docs', 'performance.md');
  let existing = '';
  try {
    existing = fs.readFileSync(doc, 'utf8');
  } catch {
    existing = '# Performance\n\n<!-- BENCH-RESULTS:START -->\n<!-- BENCH-RESULTS:END -->\n';
  }
  const start = existing.indexOf('<!-- BENCH-RESULTS:START');
  const end = existing.indexOf('<!-- BENCH-RESULTS:END -->');
  const next = start >= 0 && end > start ? existing.slice(0, start) + report + existing.slice(end + '<!-- BENCH-RESULTS:END -->'.length) : `${existing}\n${report}\n`;
  fs.writeFileSync(doc, next);
  process.stdout.write(report + '\n');
  console.error(`bench: wrote ${doc}`);
}

function versionOf(command: string): string {
  try {
    return require('node:child_process').execFileSync(command, ['--version'], { encoding: 'utf8' }).trim().split('\n')[0].replace(/^\S+ /, '');
  } catch {
    return '?';
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});

export type { Catalogue };
