/**
 * The prefilter must never drop a file whose only evidence is a string literal: literal patterns are
 * anchored to a literal's content (`^AES/GCM/NoPadding$`), so the screen run over the whole file text
 * is the pattern without its anchors.
 */
import { strict as assert } from 'node:assert';
import { withoutAnchors } from '../../../server/src/engine/detection/literal-anchors';
import { SignalIndex } from '../../../server/src/engine/detection/signal-index';
import { FileAnalyzer } from '../../../server/src/engine/analyze-file';
import { category, signal } from '../../helpers/signals';

describe('prefilter: literal screens', () => {
  it('drops ^ and $ assertions but keeps negated classes and escaped characters', () => {
    assert.equal(withoutAnchors('^AES/GCM/NoPadding$'), 'AES/GCM/NoPadding');
    assert.equal(withoutAnchors('(^|[^A-Za-z])omr([^A-Za-z]|$)'), '(|[^A-Za-z])omr([^A-Za-z]|)');
    assert.equal(withoutAnchors('a\\$b\\^c'), 'a\\$b\\^c');
    assert.equal(withoutAnchors('[]^$]x$'), '[]^$]x');
  });

  it('lets a file through whose only match is an anchored literal pattern, anchored or not by a required substring', async () => {
    const index = new SignalIndex([
      category('t.crypto', [
        signal({ id: 'transformation', kind: 'literal', match: '^AES/(GCM|CBC|CTR)/[A-Za-z0-9]+$', weight: 0.5 }),
        signal({ id: 'sigma', kind: 'literal', match: '^expand (32|16)-byte k$', weight: 0.9 }),
      ]),
    ]);
    const analyzer = await FileAnalyzer.create(index);
    assert.equal(analyzer.mayMatch('export const T = "AES/GCM/NoPadding";\n'), true);
    assert.equal(analyzer.mayMatch('const char *s = "expand 32-byte k";\n'), true);
    assert.equal(analyzer.mayMatch('export const T = "RSA/ECB/OAEPPadding";\n'), false);
    const analysis = await analyzer.analyzeSource('settings.ts', 'export const T = "AES/GCM/NoPadding";\n', 'typescript');
    assert.deepEqual(analysis.evidence.map((e) => e.signal.id), ['transformation']);
  });
});
