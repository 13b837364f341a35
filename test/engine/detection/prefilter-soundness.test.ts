/**
 * The whole-word prefilter must never rule out a file the matcher would find evidence in. Random
 * texts are built from the built-in catalogue's own requirement words, in every casing, glued with
 * separators and with letters that make them part of longer words (`ring` → `String`); each is
 * parsed (tree-sitter and the lexical fallback) and matched for real. A text the prefilter rejects
 * must yield no import, call or identifier evidence (literal and constant signals have their own
 * screens in FileAnalyzer.mayMatch).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { loadCatalogues } from '../../../server/src/engine/catalogue/load';
import { builtinCataloguePaths } from '../../../server/src/engine/catalogue/location';
import { SignalIndex } from '../../../server/src/engine/detection/signal-index';
import { RequirementPrefilter } from '../../../server/src/engine/detection/prefilter';
import { matchSourceFacts } from '../../../server/src/engine/detection/match';
import { FactExtractor } from '../../../server/src/engine/parsing/extract';
import { extractLexically } from '../../../server/src/engine/parsing/lexical';
import type { LanguageId } from '../../../server/src/engine/types';

const LANGUAGES: LanguageId[] = ['python', 'javascript', 'typescript', 'java', 'go', 'rust', 'c', 'cpp', 'csharp', 'ruby', 'php', 'kotlin'];
const GLUE = ['', '', ' ', '.', '::', '->', '/', '_', '-', '(', ')', '\n', '"', "'", '<', '>', ';', ', ', '{', '}', '$', '@', '#', '// ', '/* ', ' */', '\n# ', '"""', 'import ', 'from ', ' import ', 'use ', 'require(', '#include <', 'using ', 'new ', 'st', 'dyn', 'Q', 'x', 'S', 'ing', '2'];

function casings(word: string): string[] {
  const capital = word.charAt(0).toUpperCase() + word.slice(1);
  return [word, word.toUpperCase(), capital];
}

describe('whole-word prefilter soundness (real catalogue, real extraction, real matcher)', function () {
  this.timeout(120_000);
  let index: SignalIndex;
  let extractor: FactExtractor;

  before(async () => {
    index = new SignalIndex(loadCatalogues(builtinCataloguePaths()).catalogues.flatMap((catalogue) => catalogue.categories));
    extractor = await FactExtractor.create();
  });

  const wordEvidence = async (text: string, language: LanguageId) => {
    const kinds = new Set(['import', 'call', 'identifier']);
    const lexical = matchSourceFacts(index, extractLexically(text, language), 'f', text);
    const parsed = matchSourceFacts(index, await extractor.extract(text, language), 'f', text);
    return [...lexical, ...parsed].filter((evidence) => kinds.has(evidence.signal.kind));
  };

  it('a text the prefilter rejects yields no import, call or identifier evidence', async () => {
    const prefilter = new RequirementPrefilter(index.requirements);
    // The substring prefilter this one replaced: every word of some requirement anywhere in the text.
    const passesSubstringPrefilter = (text: string) => index.requirements.some((r) => r.every((w) => text.toLowerCase().includes(w.toLowerCase())));
    let rejectedThoughSubstringsOccur = 0;
    let withEvidence = 0;
    // Requirements of up to three words, so that a whole requirement often lands in one text.
    const requirementWords = fc.constantFrom(...index.requirements.filter((r) => r.length <= 3)).chain((requirement) => fc.shuffledSubarray([...requirement, ...requirement], { minLength: 1 }));
    const token = fc.oneof(
      { weight: 3, arbitrary: requirementWords.chain((ws) => fc.tuple(...ws.map((w) => fc.constantFrom(...casings(w))))).map((ws) => ws) },
      { weight: 2, arbitrary: fc.constantFrom(...GLUE).map((g) => [g]) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(token, fc.constantFrom(...GLUE)), { minLength: 1, maxLength: 8 }), fc.constantFrom(...LANGUAGES), async (parts, language) => {
        const text = parts.map(([ws, glue]) => ws.join(glue)).join(' ');
        const evidence = await wordEvidence(text, language);
        if (evidence.length > 0) withEvidence++;
        if (prefilter.matches(text)) return;
        if (passesSubstringPrefilter(text)) rejectedThoughSubstringsOccur++;
        assert.deepEqual(
          evidence.map((e) => `${e.signal.id}: ${e.matchedText}`),
          [],
          `rejected ${JSON.stringify(text)} (${language})`,
        );
      }),
      { numRuns: 1500 },
    );
    // The property is not vacuous: some texts matched, and some were ruled out only by the boundaries.
    assert.ok(withEvidence > 50, `only ${withEvidence} texts gave evidence`);
    assert.ok(rejectedThoughSubstringsOccur > 10, `only ${rejectedThoughSubstringsOccur} texts were rejected at word boundaries`);
  });
});
