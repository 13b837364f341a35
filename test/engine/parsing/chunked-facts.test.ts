import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { FactExtractor } from '../../../server/src/engine/parsing/extract';
import { IncrementalDocument } from '../../../server/src/engine/parsing/incremental';
import type { LanguageId } from '../../../server/src/engine/types';

/**
 * IncrementalDocument.facts() re-queries only the top-level nodes an edit changed and replays the
 * facts of the others, moved by whole lines. These tests edit documents so that reused nodes move
 * and compare every answer with a fresh extraction of the same text.
 */
describe('parsing: facts re-queried per changed top-level node', function () {
  this.timeout(120_000);
  let extractor: FactExtractor;
  before(async () => {
    extractor = await FactExtractor.create();
  });

  async function fresh(text: string, language: LanguageId) {
    const facts = await extractor.extract(text, language, { timeoutMs: 30_000 });
    delete facts.warning;
    return facts;
  }

  const TS_FUNCTIONS = Array.from({ length: 40 }, (_, i) => `export function f${i}(k: Key) {\n  // note ${i}\n  return crypto.createHash("sha${i}").update(k${i});\n}\n`).join('');

  it('facts after inserting and deleting lines above reused functions equal a fresh parse', async () => {
    const doc = await IncrementalDocument.open(TS_FUNCTIONS, 'typescript');
    try {
      doc.facts(); // fill the per-node facts, so later calls replay them
      let text = TS_FUNCTIONS;
      const header = 'import * as crypto from "crypto";\n\n';
      // Each edit is computed from the text the previous one left.
      const edits: Array<(current: string) => [number, number, string]> = [
        () => [0, 0, header], // every function moves down two lines
        (current) => [current.indexOf('f10('), current.indexOf('f10(') + 3, 'renamed10'], // one function changes
        () => [0, header.length, ''], // and everything moves back up
      ];
      for (const edit of edits) {
        const [start, end, insert] = edit(text);
        text = text.slice(0, start) + insert + text.slice(end);
        doc.update(text, [{ startOffset: start, oldEndOffset: end, newText: insert }]);
        assert.deepEqual(doc.facts(), await fresh(text, 'typescript'));
      }
      assert.ok(doc.facts().identifiers.some((fact) => fact.text === 'renamed10'));
    } finally {
      doc.dispose();
    }
  });

  it('a Python module docstring (a pattern starting at the root) follows edits before it', async () => {
    const source = '"""AES-GCM sealing."""\nimport os\n\ndef seal(key):\n    return os.urandom(12)\n';
    const doc = await IncrementalDocument.open(source, 'python');
    try {
      assert.ok(doc.facts().comments.some((fact) => fact.text.includes('AES-GCM sealing')));
      // A statement before the string: it is no longer the module's docstring.
      const text = 'x = 1\n' + source;
      doc.update(text, [{ startOffset: 0, oldEndOffset: 0, newText: 'x = 1\n' }]);
      const facts = doc.facts();
      assert.ok(!facts.comments.some((fact) => fact.text.includes('AES-GCM sealing')));
      assert.deepEqual(facts, await fresh(text, 'python'));
    } finally {
      doc.dispose();
    }
  });

  it('random line insertions and deletions between facts() calls give the facts of a fresh parse', async () => {
    const pieces = ['\n', 'let z = 1;\n', '// c\n', 'call(x);\n', '{', '}', '"s"', 'f0'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom(...pieces), fc.boolean()), { minLength: 1, maxLength: 8 }),
        async (edits) => {
          const doc = await IncrementalDocument.open(TS_FUNCTIONS, 'typescript');
          try {
            let text = TS_FUNCTIONS;
            for (const [at, length, insert, query] of edits) {
              const start = at % (text.length + 1);
              const end = Math.min(text.length, start + length);
              text = text.slice(0, start) + insert + text.slice(end);
              doc.update(text, [{ startOffset: start, oldEndOffset: end, newText: insert }]);
              // Querying only sometimes: several re-parses in a row must not reuse stale node ids.
              if (query) assert.deepEqual(doc.facts(), await fresh(text, 'typescript'));
            }
            assert.deepEqual(doc.facts(), await fresh(text, 'typescript'));
          } finally {
            doc.dispose();
          }
        },
      ),
      { numRuns: 25, seed: 6 },
    );
  });
});
