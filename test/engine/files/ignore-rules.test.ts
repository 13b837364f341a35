import * as assert from 'node:assert/strict';
import { IgnoreRules, rebasePattern } from '../../../server/src/engine/files/ignore-rules';

describe('rebasePattern', () => {
  const cases: [string, string, string | undefined][] = [
    ['# comment', 'sub', undefined],
    ['', 'sub', undefined],
    ['   ', 'sub', undefined],
    ['!', 'sub', undefined],
    ['foo', '', 'foo'],
    ['/foo', '', '/foo'],
    ['foo', 'sub', 'sub/**/foo'],
    ['foo/', 'sub', 'sub/**/foo/'],
    ['/foo', 'sub', 'sub/foo'],
    ['a/b', 'sub', 'sub/a/b'],
    ['a/b/', 'a b', 'a b/a/b/'],
    ['**/x', 'sub', 'sub/**/x'],
    ['!x.log', 'sub', '!sub/**/x.log'],
    ['!/x.log', 'sub', '!sub/x.log'],
    ['foo  ', 'sub', 'sub/**/foo'],
    ['foo\\ ', 'sub', 'sub/**/foo\\ '],
    ['foo\r', 'sub', 'sub/**/foo'],
    ['x', 'we[ir]d*?/n', 'we\\[ir\\]d\\*\\?/n/**/x'],
    ['x', '#top', '\\#top/**/x'],
    ['x', '!bang', '\\!bang/**/x'],
  ];
  for (const [line, folder, expected] of cases) {
    it(`${JSON.stringify(line)} in ${JSON.stringify(folder)} -> ${JSON.stringify(expected)}`, () => {
      assert.equal(rebasePattern(line, folder), expected);
    });
  }
});

describe('IgnoreRules', () => {
  it('treats glob characters in folder names literally', () => {
    const rules = IgnoreRules.empty().withFile('[ab]', '[ab]/.gitignore', 'x.js\n');
    assert.equal(rules.match('[ab]/x.js', false), '[ab]/.gitignore:1: x.js');
    assert.equal(rules.match('a/x.js', false), undefined);
  });

  it('is case-sensitive, so results do not depend on the machine', () => {
    const rules = IgnoreRules.empty().withFile('', '.gitignore', 'Build/\n');
    assert.equal(rules.match('build', true), undefined);
    assert.equal(rules.match('Build', true), '.gitignore:1: Build/');
  });

  it('applies folder-only patterns to folders only', () => {
    const rules = IgnoreRules.empty().withFile('', '.gitignore', 'tmp/\n');
    assert.equal(rules.match('tmp', false), undefined);
    assert.equal(rules.match('x/tmp', true), '.gitignore:1: tmp/');
  });

  it('lets a later file override an earlier one, last match winning', () => {
    const rules = IgnoreRules.empty()
      .withFile('', '.gitignore', '*.log\n')
      .withFile('', '.exportlensignore', '!keep.log\n')
      .withFile('sub', 'sub/.gitignore', 'keep.log\n');
    assert.equal(rules.match('keep.log', false), undefined);
    assert.equal(rules.match('a/keep.log', false), undefined);
    assert.equal(rules.match('sub/keep.log', false), 'sub/.gitignore:1: keep.log');
    assert.equal(rules.match('sub/other.log', false), '.gitignore:1: *.log');
  });

  it('handles CRLF files and a rule set built deep in a tree', () => {
    const folder = Array<string>(3000).fill('d').join('/');
    const rules = IgnoreRules.empty().withFile('', '.gitignore', 'x\r\n').withFile(folder, `${folder}/.gitignore`, 'y\r\n');
    assert.equal(rules.match(`${folder}/x`, false), '.gitignore:1: x');
    assert.equal(rules.match(`${folder}/y`, false), `${folder}/.gitignore:1: y`);
    assert.equal(rules.match(`${folder}/z`, false), undefined);
  });
});
