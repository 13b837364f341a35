/**
 * The package a manifest publishes (its own name): a library's own repository is recognised as that
 * library, even though it imports itself by relative paths or not at all.
 */
import * as assert from 'node:assert/strict';
import { readManifest } from '../../../server/src/engine/manifests';
import { loadCatalogues } from '../../../server/src/engine/catalogue/load';
import { builtinCataloguePaths } from '../../../server/src/engine/catalogue/location';
import { SignalIndex } from '../../../server/src/engine/detection/signal-index';
import { matchDependencies, matchPublished } from '../../../server/src/engine/detection/match';
import { SignalLookup } from '../../../server/src/engine/cache/stored-outcome';
import { textAt } from './fixture-helpers';

describe('manifests: the package a manifest publishes', () => {
  const cases: [file: string, text: string, name: string][] = [
    ['package.json', '{\n  "name": "vosk",\n  "version": "0.3.45",\n  "dependencies": { "ffi-napi": "^4.0.3" }\n}\n', 'vosk'],
    ['composer.json', '{\n  "name": "acme/tts-client",\n  "require": { "php": ">=8.1" }\n}\n', 'acme/tts-client'],
    ['pyproject.toml', '[project]\nname = "openai-whisper"\ndependencies = ["numpy"]\n', 'openai-whisper'],
    ['pyproject.toml', '[tool.poetry]\nname = "lightfm"\n\n[tool.poetry.dependencies]\npython = "^3.9"\n', 'lightfm'],
    ['Cargo.toml', '[package]\nname = "rustls"\nversion = "0.23.0"\n\n[dependencies]\nring = "0.17"\n', 'rustls'],
    ['go.mod', 'module github.com/alphacep/vosk-api/go\n\ngo 1.18\n', 'github.com/alphacep/vosk-api/go'],
  ];
  for (const [file, text, name] of cases) {
    it(`${file}: ${name}, located at the name`, async () => {
      const facts = await readManifest(file, text);
      assert.equal(facts.publishes?.name, name);
      assert.equal(textAt(text, facts.publishes!.range), name);
      // Publishing is not depending: the package's own name is never among its dependencies.
      assert.ok(!facts.dependencies.some((d) => d.name === name));
    });
  }

  it('*.gemspec: the gem\'s own name and the gems it adds, development ones labelled', async () => {
    const text = [
      'Gem::Specification.new do |s|',
      '  s.name = "bcrypt"',
      '  s.version = "3.1.20"',
      "  s.add_dependency 'ffi', '~> 1.15'",
      '  s.add_runtime_dependency "rake-compiler-dock"',
      "  s.add_development_dependency 'rspec', '>= 3'",
      'end',
      '',
    ].join('\n');
    const facts = await readManifest('bcrypt.gemspec', text);
    assert.equal(facts.kind, '*.gemspec');
    assert.equal(facts.publishes?.name, 'bcrypt');
    assert.equal(textAt(text, facts.publishes!.range), 'bcrypt');
    assert.deepEqual(facts.dependencies.map((d) => [d.name, d.version, d.dev ?? false]), [
      ['ffi', '~> 1.15', false],
      ['rake-compiler-dock', undefined, false],
      ['rspec', '>= 3', true],
    ]);
    for (const d of facts.dependencies) assert.equal(textAt(text, d.range), d.name);
  });

  it('is absent when the manifest names no package (an application, a requirements file)', async () => {
    assert.equal((await readManifest('package.json', '{"private": true, "dependencies": {}}')).publishes, undefined);
    assert.equal((await readManifest('requirements.txt', 'vosk==0.3.45\n')).publishes, undefined);
    assert.equal((await readManifest('pyproject.toml', '[tool.black]\nline-length = 100\n')).publishes, undefined);
  });
});

describe('matching: a published package the catalogue lists', () => {
  const categories = loadCatalogues(builtinCataloguePaths()).catalogues.flatMap((c) => c.categories);
  const index = new SignalIndex(categories);

  it('is evidence that the module is that library, worded as such, and weighs what a dependency on it weighs', async () => {
    const facts = await readManifest('package.json', '{ "name": "vosk", "version": "0.3.45" }\n');
    const [published] = matchPublished(index, facts.publishes, 'package.json');
    assert.equal(published.signal.id, 'npm-vosk.published');
    assert.match(published.signal.label, /^is the package itself \(its manifest publishes it\): Vosk/);
    const [dependedOn] = matchDependencies(index, [facts.publishes!], 'package.json');
    assert.equal(published.signal.weight, dependedOn.signal.weight);
    assert.equal(published.signal.kind, 'dependency');
    // The scan cache and shard merge find the twin by id like any catalogue signal.
    assert.equal(new SignalLookup(categories).get(published.categoryId, 'npm-vosk.published')?.label, published.signal.label);
  });

  it('keeps a negative signal negative: a bcrypt package\'s own manifest is password hashing', async () => {
    const facts = await readManifest('package.json', '{ "name": "bcrypt", "version": "5.1.1" }\n');
    const evidence = matchPublished(index, facts.publishes, 'package.json');
    assert.ok(evidence.length > 0 && evidence.every((e) => e.signal.role === 'negative'), evidence.map((e) => e.signal.id).join(', '));
  });

  it('gives nothing for a package the catalogue does not list', async () => {
    const facts = await readManifest('package.json', '{ "name": "left-pad" }\n');
    assert.deepEqual(matchPublished(index, facts.publishes, 'package.json'), []);
  });
});
