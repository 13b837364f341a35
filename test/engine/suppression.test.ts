import { strict as assert } from 'node:assert';
import { parseSuppressions, isSuppressed } from '../../server/src/engine/suppression';
import type { Fact } from '../../server/src/engine/types';

/** Comments found the way the extractors report them: text without markers, with ranges. */
function commentsOf(text: string, marker: string): Fact[] {
  const facts: Fact[] = [];
  text.split('\n').forEach((line, i) => {
    const at = line.indexOf(marker);
    if (at === -1) return;
    facts.push({ text: line.slice(at + marker.length).trim(), range: { line: i + 1, column: at + 1, endLine: i + 1, endColumn: line.length + 1 } });
  });
  return facts;
}

describe('exportlens-ignore suppressions', () => {
  it('applies a directive on the line above to the next line of code', () => {
    const text = ['import x', '', 'def f():', '    # exportlens-ignore ear.5d002-encryption -- decrypt-only legacy shim', '', '    return AES.new(k)'].join('\n');
    const { suppressions, problems } = parseSuppressions(commentsOf(text, '#'), text);
    assert.deepEqual(problems, []);
    assert.equal(suppressions.length, 1);
    assert.equal(suppressions[0].scope, 'line');
    assert.equal(suppressions[0].targetLine, 6);
    assert.equal(suppressions[0].reason, 'decrypt-only legacy shim');
    assert.ok(isSuppressed(suppressions, 'ear.5d002-encryption', 6));
    assert.equal(isSuppressed(suppressions, 'ear.5d002-encryption', 1), undefined);
    assert.equal(isSuppressed(suppressions, 'cn.speech-synthesis', 6), undefined);
  });

  it('applies a directive in the header comment block to the whole file', () => {
    const text = ['// Copyright 2026', '// exportlens-ignore cn.speech-synthesis -- test fixture, never shipped', 'import { TTS } from "tts";', 'speak();'].join('\n');
    const { suppressions } = parseSuppressions(commentsOf(text, '//'), text);
    assert.equal(suppressions[0].scope, 'file');
    assert.ok(isSuppressed(suppressions, 'cn.speech-synthesis', 4));
  });

  it('applies a trailing directive to its own line', () => {
    const text = ['const a = 1;', 'const c = createCipheriv(alg, k, iv); // exportlens-ignore ear.5d002-encryption -- vendored test vector'].join('\n');
    const { suppressions } = parseSuppressions(commentsOf(text, '//'), text);
    assert.equal(suppressions[0].targetLine, 2);
  });

  it('refuses a directive without a reason, and says why', () => {
    const text = ['x = 1', '# exportlens-ignore ear.5d002-encryption', 'y = AES.new(k)'].join('\n');
    const { suppressions, problems } = parseSuppressions(commentsOf(text, '#'), text);
    assert.equal(suppressions.length, 0);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 2);
    assert.match(problems[0].message, /no reason/);
  });

  it('ignores prose that mentions the directive', () => {
    const text = ['x = 1', '# To silence a finding, write exportlens-ignore <id> -- <reason> above it.', 'y = 2'].join('\n');
    const { suppressions, problems } = parseSuppressions(commentsOf(text, '#'), text);
    assert.equal(suppressions.length, 0);
    assert.equal(problems.length, 0);
  });

  it('strips a closing block-comment marker from the reason', () => {
    const text = ['int a;', '/* exportlens-ignore ear.5d002-encryption -- known test vector */', 'EVP_EncryptInit_ex(ctx, c, 0, k, iv);'].join('\n');
    const comments: Fact[] = [{ text: 'exportlens-ignore ear.5d002-encryption -- known test vector', range: { line: 2, column: 1, endLine: 2, endColumn: 63 } }];
    const { suppressions } = parseSuppressions(comments, text);
    assert.equal(suppressions[0].reason, 'known test vector');
    assert.equal(suppressions[0].targetLine, 3);
  });
});
