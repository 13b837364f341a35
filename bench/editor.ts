/**
 * Editor figures: language server start → first diagnostics for an opened file (a real server
 * process over stdio), and re-diagnosis latency after edits in a 5,000-line file (the work the
 * server does per change: incremental re-parse, prefilter, fact extraction, matching).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PACKAGE_ROOT, TestClient } from '../test/lsp/lsp-client';
import { IncrementalDocument } from '../server/src/engine/parsing/incremental';
import { FileAnalyzer } from '../server/src/engine/analyze-file';
import { SignalIndex } from '../server/src/engine/detection/signal-index';
import type { Catalogue } from '../server/src/engine/types';
import { percentile, } from './measure';
import { rng, signalSamples } from './corpus';

export async function firstDiagnosticsMs(root: string, file: string, languageId: string, env: Record<string, string | undefined> = {}): Promise<number> {
  const saved: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) {
    saved[key] = process.env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  const start = performance.now();
  // The bundle the extension runs (dist/server.js, built by `npm run bench`), not the compiled tree:
  // loading one file instead of a few hundred modules is part of what a user waits for.
  const client = TestClient.start({ serverArgs: [path.join(PACKAGE_ROOT, 'dist', 'server.js'), '--stdio'] });
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    await client.initialize(root);
    const uri = await client.open(file, languageId);
    await client.waitFor(() => ((client.published.get(uri)?.length ?? 0) > 0 ? true : undefined), 'first diagnostics', 60_000);
    return performance.now() - start;
  } finally {
    client.process.kill();
  }
}

/**
 * How the benchmark edits the file.
 * - `stray-text`: insert `x<n> ` at a random offset, or delete one random character. Nothing is ever
 *   repaired, so syntax errors accumulate (about 130 by the end) and tree-sitter's error recovery
 *   re-parses ever larger regions: a stress case, the one the target is measured on.
 * - `statement-lines`: insert a whole statement line at a random line start, or delete one inserted
 *   earlier. The file stays valid, as it mostly is between keystrokes of real editing.
 */
export type EditModel = 'stray-text' | 'statement-lines';

interface Edit {
  offset: number;
  removeTo: number;
  insert: string;
}

function nextEdit(model: EditModel, text: string, n: number, random: () => number): Edit {
  const offset = Math.floor(random() * text.length);
  if (model === 'stray-text') {
    const remove = n % 3 === 2;
    return { offset, insert: remove ? '' : `x${n} `, removeTo: remove ? Math.min(text.length, offset + 1) : offset };
  }
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  if (n % 3 === 2 && text.startsWith('  let v', lineStart)) {
    return { offset: lineStart, insert: '', removeTo: text.indexOf('\n', lineStart) + 1 };
  }
  return { offset: lineStart, insert: `  let v${n} = rows.length + ${n};\n`, removeTo: lineStart };
}

/** p50/p95 of re-diagnosis after `edits` random edits in a 5,000-line TypeScript file. */
export async function editLatency(catalogues: Catalogue[], model: EditModel, edits = 200): Promise<{ p50: number; p95: number; max: number; lines: number }> {
  const analyzer = await FileAnalyzer.create(new SignalIndex(catalogues.flatMap((c) => c.categories)));
  const { imports, calls } = signalSamples(catalogues, 'typescript');
  const lines: string[] = [`import * as lib from '${imports[0] ?? 'crypto'}';`];
  while (lines.length < 5000) {
    const i = lines.length;
    lines.push(`export function total_${i}(rows: number[], min: number): number {`, `  let sum = 0;`, `  for (const r of rows) if (r > min + ${i}) sum += r * ${i % 7};`, `  return sum;`, `}`);
    if (i % 500 === 0 && calls.length > 0) lines.push(`${calls[i % calls.length]}(rows_${i});`);
  }
  let text = lines.slice(0, 5000).join('\n') + '\n';
  const doc = await IncrementalDocument.open(text, 'typescript');
  const random = rng(42);
  const times: number[] = [];
  for (let n = 0; n < edits; n++) {
    const { offset, removeTo, insert } = nextEdit(model, text, n, random);
    const start = performance.now();
    text = text.slice(0, offset) + insert + text.slice(removeTo);
    doc.update(text, [{ startOffset: offset, oldEndOffset: removeTo, newText: insert }]);
    if (analyzer.mayMatch(text)) analyzer.analyzeFacts('bench/edit.ts', text, doc.facts());
    times.push(performance.now() - start);
  }
  doc.dispose();
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), lines: text.split('\n').length };
}

export function tempCatalogueCache(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-bench-catcache-'));
}
