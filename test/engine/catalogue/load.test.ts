import * as assert from 'assert';
import * as path from 'path';
import { loadCatalogueFile, loadCatalogues } from '../../../server/src/engine/catalogue/load';
import { catalogueDigest } from '../../../server/src/engine/catalogue/digest';
import type { CatalogueProblem } from '../../../server/src/engine/types';

// Compiled to out/test/engine/catalogue; fixtures stay in the source tree.
const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/catalogue');
const fixture = (name: string) => path.join(FIXTURES, name);

function findProblem(problems: CatalogueProblem[], fragment: string): CatalogueProblem {
  const found = problems.find((problem) => problem.message.includes(fragment));
  assert.ok(found, `no problem mentioning "${fragment}" in:\n${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n')}`);
  return found;
}

describe('catalogue loading: broken files', () => {
  it('reports a YAML syntax error with its position and loads nothing', () => {
    const result = loadCatalogueFile(fixture('syntax-error.yaml'));
    assert.strictEqual(result.catalogue, undefined);
    const problem = findProblem(result.problems, 'YAML syntax error');
    assert.strictEqual(problem.file, fixture('syntax-error.yaml'));
    // The unclosed `[python` is on line 20; the parser notices it at the closing brace on that line.
    assert.strictEqual(problem.line, 20);
    assert.ok(problem.column !== undefined && problem.column > 100, `column ${problem.column}`);
  });

  it('reports schema violations at the offending value or key, in plain words', () => {
    const result = loadCatalogueFile(fixture('schema-violation.yaml'));
    assert.strictEqual(result.catalogue, undefined);
    const weight = findProblem(result.problems, 'weight must be <= 1');
    assert.strictEqual(weight.message, 'signal "py-import-x": weight must be <= 1 (got 1.5)');
    assert.deepStrictEqual([weight.line, weight.column], [23, 17]);

    const typo = findProblem(result.problems, "unknown property 'wieght'");
    assert.deepStrictEqual([typo.line, typo.column], [28, 9]);

    const kind = findProblem(result.problems, 'kind must be one of');
    assert.match(kind.message, /got 'imprt'/);
    assert.deepStrictEqual([kind.line, kind.column], [31, 15]);

    const missing = findProblem(result.problems, "missing required property 'label'");
    assert.strictEqual(missing.line, 30);
  });

  it('reports duplicate signal and category ids at the second occurrence', () => {
    const result = loadCatalogueFile(fixture('duplicate-ids.yaml'));
    assert.strictEqual(result.catalogue, undefined);
    const signal = findProblem(result.problems, "duplicate signal id 'same'");
    assert.deepStrictEqual([signal.line, signal.column], [21, 15]);
    assert.match(signal.message, /first defined on line 20/);
    const category = findProblem(result.problems, "duplicate category id 'fx.alpha'");
    assert.deepStrictEqual([category.line, category.column], [22, 9]);
    assert.match(category.message, /first defined on line 10/);
  });

  it('reports a revision reference that names no revision of the file', () => {
    const result = loadCatalogueFile(fixture('bad-revision.yaml'));
    const problem = findProblem(result.problems, "revision 'r9' is not one of the file's revisions (r1)");
    assert.deepStrictEqual([problem.line, problem.column], [15, 15]);
  });

  it('refuses regular expressions RE2 rejects and says why', () => {
    const result = loadCatalogueFile(fixture('bad-regex.yaml'));
    const backref = findProblem(result.problems, 'backreferences');
    assert.match(backref.message, /^signal "backref": invalid regular expression \/\(a\+\)\+\\1\//);
    assert.deepStrictEqual([backref.line, backref.column], [22, 16]);
    const lookahead = findProblem(result.problems, 'lookahead');
    assert.deepStrictEqual([lookahead.line, lookahead.column], [28, 26]);
  });

  it('refuses malformed and too-short constant tables', () => {
    const result = loadCatalogueFile(fixture('bad-constant.yaml'));
    const malformed = findProblem(result.problems, "value 4 is 'zz'");
    assert.deepStrictEqual([malformed.line, malformed.column], [22, 16]);
    const short = findProblem(result.problems, 'has 3 value(s)');
    assert.deepStrictEqual([short.line, short.column], [27, 16]);
  });

  it('refuses identifier terms joined with & unless there are two or three well-formed terms', () => {
    const result = loadCatalogueFile(fixture('bad-constant.yaml'));
    const problems = result.problems.filter((problem) => problem.message.includes("joined by ' & '"));
    assert.deepStrictEqual(problems.map((problem) => problem.line), [32, 37]);
  });

  it('names the file when it cannot be read', () => {
    const missing = fixture('does-not-exist.yaml');
    const result = loadCatalogueFile(missing);
    assert.strictEqual(result.problems.length, 1);
    assert.strictEqual(result.problems[0].file, missing);
    assert.match(result.problems[0].message, /cannot read catalogue file/);
  });
});

describe('catalogue loading: several files and filters', () => {
  it('skips a broken file but still loads the others', () => {
    const result = loadCatalogues([fixture('schema-violation.yaml'), fixture('valid-a.yaml')]);
    assert.deepStrictEqual(result.catalogues.map((c) => c.id), ['fixture']);
    assert.ok(result.problems.length > 0);
    assert.ok(result.problems.every((p) => p.file === fixture('schema-violation.yaml')));
  });

  it('drops a category id already loaded from an earlier file, pointing at the later one', () => {
    const result = loadCatalogues([fixture('valid-a.yaml'), fixture('valid-b.yaml')]);
    const ids = result.catalogues.flatMap((c) => c.categories.map((k) => k.id));
    assert.deepStrictEqual(ids, ['fx.alpha', 'fx.beta', 'fx.gamma']);
    const problem = findProblem(result.problems, "duplicate category id 'fx.beta'");
    assert.strictEqual(problem.file, fixture('valid-b.yaml'));
    assert.deepStrictEqual([problem.line, problem.column], [21, 9]);
    // The surviving fx.beta is valid-a's (its signal is sig-two).
    const beta = result.catalogues[0].categories.find((k) => k.id === 'fx.beta');
    assert.strictEqual(beta?.signals[0].id, 'sig-two');
  });

  it('applies disabled and only, and reports unknown ids without failing', () => {
    const files = [fixture('valid-a.yaml')];
    const disabled = loadCatalogues(files, { disabled: ['fx.alpha', 'fx.unknown'], optionsSource: 'settings.json' });
    assert.deepStrictEqual(disabled.catalogues[0].categories.map((k) => k.id), ['fx.beta']);
    const unknown = findProblem(disabled.problems, "'fx.unknown'");
    assert.strictEqual(unknown.file, 'settings.json');

    const only = loadCatalogues(files, { only: ['fx.alpha'] });
    assert.deepStrictEqual(only.catalogues[0].categories.map((k) => k.id), ['fx.alpha']);
    assert.deepStrictEqual(only.problems, []);
  });

  it('fills the default role and keeps the absolute source path', () => {
    const { catalogue } = loadCatalogueFile(fixture('valid-a.yaml'));
    assert.ok(catalogue);
    assert.strictEqual(catalogue.sourcePath, fixture('valid-a.yaml'));
    assert.strictEqual(catalogue.categories[0].signals[0].role, 'positive');
  });

  it('digests content and active categories: stable across loads, different when filtered', () => {
    const first = loadCatalogues([fixture('valid-a.yaml')]).catalogues;
    const again = loadCatalogues([fixture('valid-a.yaml')]).catalogues;
    const filtered = loadCatalogues([fixture('valid-a.yaml')], { disabled: ['fx.beta'] }).catalogues;
    const other = loadCatalogues([fixture('valid-b.yaml')]).catalogues;
    assert.match(catalogueDigest(first), /^[0-9a-f]{64}$/);
    assert.strictEqual(catalogueDigest(first), catalogueDigest(again));
    assert.notStrictEqual(catalogueDigest(first), catalogueDigest(filtered));
    assert.notStrictEqual(catalogueDigest(first), catalogueDigest(other));
  });
});
