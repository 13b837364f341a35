/**
 * The accuracy gate: module-level precision and recall of every category on the labelled corpus
 * must stay at or above 0.90. `npm run eval` prints the details behind a failure.
 *
 * Where a category has not reached 0.90 yet, SHORTFALLS records the level it has reached: the gate
 * then holds it there (a ratchet: it may rise, never fall) and fails as soon as the category reaches
 * the target, so that the entry is deleted and the full gate applies. Each entry says why.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { loadCatalogues } from '../../server/src/engine/catalogue/load';
import { builtinCataloguePaths } from '../../server/src/engine/catalogue/location';
import { packageRoot } from '../../server/src/engine/package-root';
import { evaluateCorpus, type Evaluation } from './evaluate';
import { findLabelledModules } from './labels';

const GATE = 0.9;

/**
 * Categories still below the gate, with the floor they must not drop under. Misses left in
 * cn.personalized-push are hand-written recommenders whose technology shows only in generic words
 * (`userF`, `neighbours`, `affinity`) or in prose the scanner does not read as code (Cargo/pom
 * descriptions); catching them by vocabulary would flag ordinary shop and feed code. See `npm run eval`.
 */
const SHORTFALLS: Record<string, { precision?: number; recall?: number }> = {
  'cn.personalized-push': { recall: 0.66 },
  'cn.intelligent-marking': { recall: 0.84 },
};
const CONTRACT_CATEGORIES = ['cn.personalized-push', 'cn.ai-interactive-interface', 'cn.speech-synthesis', 'cn.speech-evaluation', 'cn.intelligent-marking', 'ear.5d002-encryption'];

describe('accuracy gate on the labelled corpus', function () {
  this.timeout(300_000);
  const corpus = path.join(packageRoot(), 'test', 'corpus');
  let evaluation: Evaluation;

  before(async () => {
    const { catalogues } = loadCatalogues(builtinCataloguePaths());
    evaluation = await evaluateCorpus(corpus, catalogues);
  });

  it('the corpus is large and varied enough to mean something', () => {
    const labels = findLabelledModules(corpus);
    assert.ok(labels.length >= 150, `${labels.length} labelled modules (need ≥ 150)`);
    const negatives = labels.filter((l) => l.expected.length === 0).length;
    assert.ok(negatives / labels.length >= 0.4, `${negatives} of ${labels.length} are negatives (need ≥ 40%)`);
    const languages = new Set(labels.map((l) => l.module.split('/')[0]));
    assert.ok(languages.size >= 8, `languages: ${[...languages].join(', ')}`);
    for (const id of CONTRACT_CATEGORIES) {
      const positives = labels.filter((l) => l.expected.some((e) => e.id === id));
      const positiveLanguages = new Set(positives.map((l) => l.module.split('/')[0]));
      assert.ok(positives.length >= 5 && positiveLanguages.size >= 2, `${id}: ${positives.length} positives in ${positiveLanguages.size} languages`);
    }
  });

  for (const id of CONTRACT_CATEGORIES) {
    const shortfall = SHORTFALLS[id] ?? {};
    const precisionFloor = shortfall.precision ?? GATE;
    const recallFloor = shortfall.recall ?? GATE;
    const title = id in SHORTFALLS ? `precision ≥ ${precisionFloor}, recall ≥ ${recallFloor} (below the ${GATE} target: ratchet)` : `precision and recall ≥ ${GATE}`;
    it(`${id}: module-level ${title}`, () => {
      const m = evaluation.moduleMetrics.get(id);
      assert.ok(m, `${id} was evaluated`);
      const mistakes = evaluation.mistakes.filter((x) => x.level === 'module' && x.category === id).map((x) => `${x.kind}: ${x.where}`);
      assert.ok(m.precision >= precisionFloor, `precision ${m.precision.toFixed(3)} < ${precisionFloor}; ${mistakes.join('; ')}`);
      assert.ok(m.recall >= recallFloor, `recall ${m.recall.toFixed(3)} < ${recallFloor}; ${mistakes.join('; ')}`);
    });
  }

  it('holds no category below the target that has reached it (delete its SHORTFALLS entry)', () => {
    const reached = Object.keys(SHORTFALLS).filter((id) => {
      const m = evaluation.moduleMetrics.get(id);
      return m !== undefined && m.precision >= GATE && m.recall >= GATE;
    });
    assert.deepEqual(reached, []);
  });
});
