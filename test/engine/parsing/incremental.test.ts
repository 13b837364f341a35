import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { FactExtractor } from '../../../server/src/engine/parsing/extract';
import { IncrementalDocument, type TextChange } from '../../../server/src/engine/parsing/incremental';
import type { LanguageId } from '../../../server/src/engine/types';

const JS = `import crypto from 'node:crypto';
// é😀 comment
const c = crypto.createCipheriv('aes-256-gcm', key, iv);
function f(a) { return a.b(1) + g("x"); }
`;
const PY = `from Crypto.Cipher import AES
# é😀
def seal(key):
    c = AES.new(key, AES.MODE_GCM)
    return c.encrypt(b"data")
`;

/** Pieces to insert: code fragments that open and close constructs, and non-ASCII text. */
const FRAGMENTS = ['(', ')', '{', '}', '"', "'", '\n', ' ', 'x.y(', 'import os\n', 'é', '😀', '# ', '// ', 'foo(1)', ':', '    '];

describe('parsing: IncrementalDocument', function () {
  this.timeout(60_000);
  let extractor: FactExtractor;
  before(async () => {
    extractor = await FactExtractor.create();
  });

  async function fresh(text: string, language: LanguageId) {
    const facts = await extractor.extract(text, language, { timeoutMs: 30_000 });
    delete facts.warning;
    return facts;
  }

  it('applies LSP-style sequential changes and matches a fresh parse', async () => {
    const doc = await IncrementalDocument.open(JS, 'javascript');
    try {
      const changes: TextChange[] = [
        { startOffset: JS.indexOf('createCipheriv'), oldEndOffset: JS.indexOf('createCipheriv') + 'createCipheriv'.length, newText: 'createDecipheriv' },
        { startOffset: 0, oldEndOffset: 0, newText: 'const tf = require("@tensorflow/tfjs");\n' },
      ];
      let text = JS;
      for (const change of changes) text = text.slice(0, change.startOffset) + change.newText + text.slice(change.oldEndOffset);
      doc.update(text, changes);
      const facts = doc.facts();
      assert.deepEqual(facts, await fresh(text, 'javascript'));
      assert.ok(facts.calls.some((c) => c.text === 'crypto.createDecipheriv' && c.range.line === 4));
      assert.deepEqual(facts.imports.map((i) => i.text), ['@tensorflow/tfjs', 'node:crypto']);
    } finally {
      doc.dispose();
    }
  });

  for (const [language, initial] of [['javascript', JS], ['python', PY]] as Array<[LanguageId, string]>) {
    it(`${language}: random edit sequences give the same facts as a fresh parse`, async () => {
      const edit = fc.record({ start: fc.nat(), length: fc.nat({ max: 8 }), insert: fc.constantFrom(...FRAGMENTS) });
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), async (batches) => {
          const doc = await IncrementalDocument.open(initial, language);
          try {
            let text = initial;
            for (const batch of batches) {
              const changes: TextChange[] = [];
              for (const { start, length, insert } of batch) {
                // Keep offsets on code-unit boundaries that do not split a surrogate pair.
                let s = start % (text.length + 1);
                if (s > 0 && s < text.length && /[\uDC00-\uDFFF]/.test(text[s])) s--;
                let e = Math.min(text.length, s + length);
                if (e > 0 && e < text.length && /[\uDC00-\uDFFF]/.test(text[e])) e++;
                changes.push({ startOffset: s, oldEndOffset: e, newText: insert });
                text = text.slice(0, s) + insert + text.slice(e);
              }
              doc.update(text, changes);
            }
            assert.deepEqual(doc.facts(), await fresh(text, language));
          } finally {
            doc.dispose();
          }
        }),
        { numRuns: 40 },
      );
    });
  }

  it('documents without a grammar answer lexically', async () => {
    const doc = await IncrementalDocument.open('run(x)', 'text');
    doc.update('run(x)\nstop(y)', [{ startOffset: 6, oldEndOffset: 6, newText: '\nstop(y)' }]);
    assert.deepEqual(doc.facts().calls.map((c) => c.text), ['run', 'stop']);
    doc.dispose();
  });
});
