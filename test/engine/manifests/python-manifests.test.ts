import * as assert from 'node:assert/strict';
import { readManifest } from '../../../server/src/engine/manifests';
import { assertAt, assertRangesCoverNames, names, only, readFixture } from './fixture-helpers';

describe('manifests: requirements.txt', () => {
  it('reads names with extras, markers, versions, continuations, editables and named URLs', async () => {
    const { text, facts } = await readFixture('python/requirements.txt');
    assert.equal(facts.kind, 'requirements.txt');
    assert.equal(facts.ecosystem, 'pypi');
    // -r/--index-url record nothing; the bare archive URL and the local path have no #egg= name.
    assert.deepEqual(names(facts), ['implicit', 'scikit-surprise', 'numpy', 'lightfm', 'torch', 'redis']);
    assert.ok(facts.dependencies.every((dependency) => dependency.ecosystem === 'pypi' && !dependency.dev));
    assertRangesCoverNames(text, facts);
    assertAt(text, only(facts, 'implicit'), 5, 1);
    assert.equal(only(facts, 'implicit').version, '==0.7.2');
    assertAt(text, only(facts, 'scikit-surprise'), 6, 1);
    assert.equal(only(facts, 'scikit-surprise').version, '>= 1.1.3');
    assert.equal(only(facts, 'numpy').version, '>=1.26,<2', 'the --hash option on the continuation line is not part of it');
    assertAt(text, only(facts, 'lightfm'), 9, 53);
    assertAt(text, only(facts, 'torch'), 11, 1);
    assertAt(text, only(facts, 'redis'), 13, 3);
  });

  it('reads requirements/*.txt and requirements-dev.txt, without following includes', async () => {
    const base = await readFixture('python/requirements/base.txt');
    assert.deepEqual(names(base.facts), ['pandas']);
    const dev = await readFixture('python/requirements-dev.txt');
    assert.deepEqual(names(dev.facts), ['pytest']);
  });

  it('counts positions the same with CRLF line endings and a byte-order mark', async () => {
    const text = '\uFEFF# top\r\nflask==3.0\r\n\r\n  cryptography>=42 ; sys_platform != "win32"\r\n';
    const facts = await readManifest('requirements.txt', text);
    assert.deepEqual(
      facts.dependencies.map((d) => [d.name, d.range.line, d.range.column, d.range.endColumn]),
      [
        ['flask', 2, 1, 6],
        ['cryptography', 4, 3, 15],
      ],
    );
  });

  it('skips option lines and editables without an egg name', async () => {
    const facts = await readManifest('requirements.txt', '-e .\n--find-links ./wheels\n-c constraints.txt\n--editable=git+https://x/y.git#egg=tink&subdirectory=python\n');
    assert.deepEqual(names(facts), ['tink']);
    assert.deepEqual([facts.dependencies[0].range.line, facts.dependencies[0].range.column], [4, 36]);
  });
});

describe('manifests: pyproject.toml', () => {
  it('reads PEP 621 dependencies, optional dependencies and dependency groups, each at its own line', async () => {
    const { text, facts } = await readFixture('python/pyproject.toml');
    assert.equal(facts.kind, 'pyproject.toml');
    assert.deepEqual(names(facts), ['implicit', 'lightfm', 'scikit-surprise', 'numpy', 'implicit', 'faiss-gpu', 'pytest', 'numpy', 'ruff', 'mypy']);
    assertRangesCoverNames(text, facts);
    const [implicit, lightfm, surprise, numpy, gpuImplicit, faiss, pytest, testNumpy, ruff, mypy] = facts.dependencies;
    assertAt(text, implicit, 10, 6);
    assertAt(text, lightfm, 11, 6);
    assert.equal(lightfm.version, '==1.17');
    assertAt(text, surprise, 12, 6);
    assert.equal(surprise.version, undefined, 'a marker is not a version');
    assertAt(text, numpy, 13, 6);
    // The same name in a later array gets the later position, not the first occurrence.
    assertAt(text, gpuImplicit, 17, 9);
    assertAt(text, faiss, 17, 31);
    assertAt(text, testNumpy, 20, 6);
    assert.deepEqual(
      [implicit, numpy, gpuImplicit, faiss].map((d) => d.dev ?? false),
      [false, false, false, false],
      'runtime dependencies and the non-development extra "gpu"',
    );
    assert.deepEqual([pytest, testNumpy, ruff, mypy].map((d) => d.dev), [true, true, true, true], 'the "test" extra and PEP 735 groups');
    assertAt(text, ruff, 24, 10);
  });

  it('reads Poetry dependencies, groups and dev-dependencies, skipping python', async () => {
    const { text, facts } = await readFixture('python-poetry/pyproject.toml');
    assert.deepEqual(names(facts), ['lightfm', 'firebase-admin', 'pandas', 'pytest', 'black', 'torch']);
    assertRangesCoverNames(text, facts);
    assertAt(text, only(facts, 'lightfm'), 8, 1);
    assert.equal(only(facts, 'lightfm').version, '^1.17');
    assertAt(text, only(facts, 'firebase-admin'), 9, 2);
    assert.equal(only(facts, 'firebase-admin').version, '^6.4');
    assert.equal(only(facts, 'pytest').dev, true);
    assert.equal(only(facts, 'black').dev, true);
    assert.equal(only(facts, 'lightfm').dev, undefined);
    // Declared as its own table: located at the key in the header.
    assertAt(text, only(facts, 'torch'), 18, 27);
    assert.equal(only(facts, 'torch').version, '2.2.0');
  });
});

describe('manifests: setup.cfg', () => {
  it('reads multi-line install_requires, tests_require and extras_require', async () => {
    const { text, facts } = await readFixture('python-setupcfg/setup.cfg');
    assert.equal(facts.kind, 'setup.cfg');
    assert.deepEqual(names(facts), ['implicit', 'scipy', 'requests', 'pytest', 'cupy-cuda12x', 'sphinx']);
    assertRangesCoverNames(text, facts);
    assertAt(text, only(facts, 'implicit'), 9, 5);
    assertAt(text, only(facts, 'scipy'), 11, 5, 'scipy');
    assert.equal(only(facts, 'scipy').version, '>=1.11');
    assertAt(text, only(facts, 'requests'), 12, 5);
    assertAt(text, only(facts, 'pytest'), 13, 17);
    assertAt(text, only(facts, 'cupy-cuda12x'), 17, 5);
    assertAt(text, only(facts, 'sphinx'), 18, 8);
    assert.deepEqual(
      facts.dependencies.map((d) => d.dev ?? false),
      [false, false, false, true, false, true],
      'tests_require and the docs extra are development-only; the gpu extra is not',
    );
  });

  it('accepts ":" as the delimiter and keeps going after comment lines inside a value', async () => {
    const text = '[options]\ninstall_requires:\n    ; a comment\n    pynacl\n\n    tink\n[other]\nx = 1\n';
    const facts = await readManifest('setup.cfg', text);
    assert.deepEqual(facts.dependencies.map((d) => [d.name, d.range.line, d.range.column]), [
      ['pynacl', 4, 5],
      ['tink', 6, 5],
    ]);
  });
});

describe('manifests: Pipfile', () => {
  it('reads [packages] and [dev-packages], not [requires] or [[source]]', async () => {
    const { text, facts } = await readFixture('pipenv/Pipfile');
    assert.equal(facts.kind, 'Pipfile');
    assert.deepEqual(names(facts), ['lightfm', 'implicit', 'scikit-surprise', 'pytest']);
    assertRangesCoverNames(text, facts);
    assertAt(text, only(facts, 'implicit'), 8, 1);
    assert.equal(only(facts, 'implicit').version, '>=0.7');
    assertAt(text, only(facts, 'scikit-surprise'), 9, 2);
    assert.equal(only(facts, 'lightfm').version, undefined, '"*" says nothing about the version');
    assert.equal(only(facts, 'pytest').dev, true);
    assert.equal(only(facts, 'lightfm').dev, undefined);
  });
});
