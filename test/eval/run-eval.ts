/**
 * `npm run eval`: precision, recall and F1 per category on the labelled corpus, at module and file
 * level, then every miss and false alarm with its evidence.
 */
import * as path from 'node:path';
import { loadCatalogues } from '../../server/src/engine/catalogue/load';
import { builtinCataloguePaths } from '../../server/src/engine/catalogue/location';
import { packageRoot } from '../../server/src/engine/package-root';
import { evaluateCorpus, type Metrics } from './evaluate';

function table(title: string, metrics: Map<string, Metrics>): string {
  const rows = [...metrics].map(([id, m]) =>
    `| ${id} | ${m.truePositives} | ${m.falsePositives} | ${m.falseNegatives} | ${m.precision.toFixed(3)} | ${m.recall.toFixed(3)} | ${m.f1.toFixed(3)} |`,
  );
  return [`### ${title}`, '', '| category | TP | FP | FN | precision | recall | F1 |', '|---|---|---|---|---|---|---|', ...rows, ''].join('\n');
}

async function main(): Promise<void> {
  const corpus = path.join(packageRoot(), 'test', 'corpus');
  const { catalogues, problems } = loadCatalogues(builtinCataloguePaths());
  for (const p of problems) console.error(`catalogue problem: ${p.file}:${p.line ?? ''}: ${p.message}`);
  const started = Date.now();
  const evaluation = await evaluateCorpus(corpus, catalogues);
  console.log(`Corpus: ${evaluation.modules} modules, ${evaluation.files} labelled files (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  console.log(table('Module level', evaluation.moduleMetrics));
  console.log(table('File level', evaluation.fileMetrics));
  const moduleMistakes = evaluation.mistakes.filter((m) => m.level === 'module');
  console.log(`### Module-level mistakes (${moduleMistakes.length})\n`);
  for (const m of moduleMistakes) {
    console.log(`- ${m.kind.toUpperCase()} ${m.category} in ${m.where}`);
    for (const d of m.detail) if (d) console.log(`    ${d}`);
  }
  const fileMistakes = evaluation.mistakes.filter((m) => m.level === 'file');
  console.log(`\n### File-level mistakes (${fileMistakes.length})\n`);
  for (const m of fileMistakes) {
    console.log(`- ${m.kind} ${m.category} in ${m.where}`);
    for (const d of m.detail.slice(0, 3)) console.log(`    ${d}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
