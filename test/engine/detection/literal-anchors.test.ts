/**
 * `requiredLiterals` lets the prefilter skip a literal pattern's regex on files that lack its anchors,
 * so an anchor that is not truly required would silently drop evidence. Examples pin the syntax it
 * understands; the property runs every built-in catalogue pattern over random texts assembled from
 * the pattern's own words and checks that whenever the regex matches, one of its anchors occurs.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { plainAlternatives, requiredLiterals, withoutAnchors } from '../../../server/src/engine/detection/literal-anchors';
import { FileAnalyzer } from '../../../server/src/engine/analyze-file';
import { SignalIndex } from '../../../server/src/engine/detection/signal-index';
import { compilePattern } from '../../../server/src/engine/catalogue/patterns';
import { loadCatalogues } from '../../../server/src/engine/catalogue/load';
import { builtinCataloguePaths } from '../../../server/src/engine/catalogue/location';

describe('required literals of a pattern', () => {
  it('takes the longest plain run of each top-level alternative, lowercased', () => {
    assert.deepEqual(requiredLiterals('(?i)\\bBEGIN RSA PRIVATE KEY\\b'), ['begin rsa private key']);
    assert.deepEqual(requiredLiterals('aes-(128|256)-gcm|chacha20'), ['aes-', 'chacha20']);
  });

  it('reads a group whose alternatives are one word in different cases as that word', () => {
    assert.deepEqual(requiredLiterals('(^|[^A-Za-z])(omr|OMR)([^A-Za-z]|$)'), ['omr']);
    assert.deepEqual(requiredLiterals('x(?:Key|KEY)y'), ['xkeyy']);
  });

  it('falls back to the words of a required group, one of which must occur', () => {
    assert.deepEqual(requiredLiterals('^(?i:AES|DESede|RSA)(/[A-Za-z0-9_-]+){2}$'), ['aes', 'desede', 'rsa']);
    assert.deepEqual(requiredLiterals('^[A-Z]*(ECDHE|DHE)[-+](ECDSA|RSA)$|^TLS_[A-Z]+$'), ['ecdhe', 'dhe', 'tls_']);
    assert.deepEqual(requiredLiterals('(?i:omr)'), ['omr']);
  });

  it('gives no anchor when a word is optional or too short, or a named group hides it', () => {
    assert.deepEqual(requiredLiterals('(omr)?sheet'), ['sheet']);
    assert.equal(requiredLiterals('(omr)?x'), undefined);
    assert.equal(requiredLiterals('(ab|AB)'), undefined);
    assert.equal(requiredLiterals('(abc|de)'), undefined);
    assert.equal(requiredLiterals('(?P<name>abc)'), undefined);
    assert.equal(requiredLiterals('a|bc'), undefined);
  });

  it('reads a pattern that is only a choice of plain words as those words, and nothing else', () => {
    assert.deepEqual(plainAlternatives('阅卷|答题卡|判卷'), ['阅卷', '答题卡', '判卷']);
    assert.equal(plainAlternatives('(?i)omr|bubble'), undefined);
    assert.equal(plainAlternatives('a.b|c'), undefined);
    assert.equal(plainAlternatives('ab||c'), undefined);
  });

  it('never names an anchor a match can lack (every built-in catalogue pattern, random texts)', function () {
    this.timeout(60_000);
    const patterns = loadCatalogues(builtinCataloguePaths())
      .catalogues.flatMap((catalogue) => catalogue.categories)
      .flatMap((category) => category.signals)
      .filter((signal) => signal.kind === 'literal' || signal.kind === 'notice')
      .map((signal) => signal.match);
    assert.ok(patterns.length > 20, 'the catalogue has literal patterns to test');
    let matched = 0;
    for (const source of patterns) {
      const anchors = requiredLiterals(source);
      if (!anchors) continue;
      const regex = compilePattern(source);
      // Words of the pattern itself (split at syntax), in several casings, so random texts often match.
      const words = [...new Set(source.replace(/\(\?[a-z]+\)/g, ' ').split(/[\\()[\]|?*+{}^$.]+/).filter((w) => w.length > 0))];
      const pieces = words.flatMap((w) => [w, w.toUpperCase(), w.toLowerCase()]).concat([' ', '-', '_', '1', 'x', '\n', '"']);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
          const text = parts.join('');
          if (!regex.test(text)) return true;
          matched++;
          const lower = text.toLowerCase();
          return anchors.some((anchor) => lower.includes(anchor));
        }),
        { numRuns: 200, seed: 7 },
      );
    }
    assert.ok(matched > 0, 'some random texts matched, so the property was exercised');
  });

  it('the analyzer lets through every text in which some literal pattern could match (screens run per anchor)', async function () {
    this.timeout(60_000);
    const categories = loadCatalogues(builtinCataloguePaths()).catalogues.flatMap((catalogue) => catalogue.categories);
    const analyzer = await FileAnalyzer.create(new SignalIndex(categories));
    const sources = categories.flatMap((category) => category.signals).filter((signal) => signal.kind === 'literal').map((signal) => signal.match);
    const screens = sources.map((source) => compilePattern(withoutAnchors(source)));
    const words = [...new Set(sources.flatMap((source) => source.replace(/\(\?[a-z]+\)/g, ' ').split(/[\\()[\]|?*+{}^$.]+/)).filter((w) => w.length > 0))];
    const pieces = words.flatMap((w) => [w, w.toUpperCase()]).concat([' ', '-', '_', '/', '1', 'x', '\n', '"']);
    let screened = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        if (!screens.some((screen) => screen.test(text))) return true;
        screened++;
        return analyzer.mayMatch(text);
      }),
      { numRuns: 2000, seed: 11 },
    );
    assert.ok(screened > 100, `enough random texts matched a screen (${screened})`);
  });
});
