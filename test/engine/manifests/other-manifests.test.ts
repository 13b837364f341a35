import * as assert from 'node:assert/strict';
import { readManifest } from '../../../server/src/engine/manifests';
import { assertAt, assertRangesCoverNames, names, only, readFixture } from './fixture-helpers';

describe('manifests: package.json', () => {
  it('reads the four dependency maps, labels devDependencies and resolves npm: aliases', async () => {
    const { text, facts } = await readFixture('npm/package.json');
    assert.equal(facts.kind, 'package.json');
    assert.equal(facts.ecosystem, 'npm');
    assert.deepEqual(names(facts), ['@tensorflow/tfjs', 'lodash', '@tensorflow/tfjs-node', 'web-push', 'mocha', 'typescript', 'fsevents', 'react']);
    assertRangesCoverNames(text, facts);
    assertAt(text, only(facts, '@tensorflow/tfjs'), 9, 6);
    assert.equal(only(facts, '@tensorflow/tfjs').version, '^4.17.0');
    // "tfjs-node": "npm:@tensorflow/tfjs-node@^4.17.0" installs @tensorflow/tfjs-node.
    assertAt(text, only(facts, '@tensorflow/tfjs-node'), 11, 23);
    assert.equal(only(facts, '@tensorflow/tfjs-node').version, '^4.17.0');
    assertAt(text, only(facts, 'mocha'), 15, 6);
    assert.deepEqual(facts.dependencies.filter((d) => d.dev).map((d) => d.name), ['mocha', 'typescript']);
  });

  it('ignores scripts and other string maps', async () => {
    const facts = await readManifest('package.json', '{"scripts":{"lodash":"x"},"dependencies":{}}');
    assert.deepEqual(facts.dependencies, []);
  });
});

describe('manifests: composer.json', () => {
  it('reads require and require-dev, skipping php, ext-* and lib-* platform requirements', async () => {
    const { text, facts } = await readFixture('composer/composer.json');
    assert.equal(facts.ecosystem, 'composer');
    assert.deepEqual(names(facts), ['phpseclib/phpseclib', 'defuse/php-encryption', 'phpunit/phpunit']);
    assertRangesCoverNames(text, facts);
    assertAt(text, only(facts, 'phpseclib/phpseclib'), 8, 10);
    assert.equal(only(facts, 'phpunit/phpunit').dev, true);
    assert.equal(only(facts, 'phpseclib/phpseclib').dev, undefined);
  });
});

describe('manifests: Cargo.toml', () => {
  it('reads all dependency tables, resolves renames, and labels dev and build dependencies', async () => {
    const { text, facts } = await readFixture('cargo/Cargo.toml');
    assert.equal(facts.kind, 'Cargo.toml');
    assert.equal(facts.ecosystem, 'cargo');
    assert.deepEqual(names(facts), ['aes-gcm', 'serde', 'chacha20poly1305', 'rand_core', 'ring', 'sha2', 'proptest', 'cc', 'windows-sys']);
    assertRangesCoverNames(text, facts);
    assertAt(text, only(facts, 'aes-gcm'), 7, 1);
    assert.equal(only(facts, 'aes-gcm').version, '0.10.3');
    assertAt(text, only(facts, 'serde'), 8, 1);
    // `crypto = { package = "chacha20poly1305" }`: the real crate, at the package value.
    assertAt(text, only(facts, 'chacha20poly1305'), 11, 23);
    assertAt(text, only(facts, 'rand_core'), 12, 2);
    // `[dependencies.ring]`: at the key in the header.
    assertAt(text, only(facts, 'ring'), 14, 15);
    assert.equal(only(facts, 'ring').version, '0.17');
    // `[dependencies.hashing]` with `package = "sha2"`.
    assertAt(text, only(facts, 'sha2'), 19, 12);
    assertAt(text, only(facts, 'windows-sys'), 29, 1);
    assert.deepEqual(facts.dependencies.filter((d) => d.dev).map((d) => d.name), ['proptest', 'cc']);
  });
});

describe('manifests: go.mod', () => {
  it('reads single-line and block requires, quoted paths and indirect ones; ignores replace and exclude', async () => {
    const { text, facts } = await readFixture('go/go.mod');
    assert.equal(facts.ecosystem, 'go');
    assert.deepEqual(names(facts), ['github.com/sashabaranov/go-openai', 'github.com/gorgonia/gorgonia', 'golang.org/x/crypto', 'gonum.org/v1/gonum']);
    assertRangesCoverNames(text, facts);
    assertAt(text, only(facts, 'github.com/sashabaranov/go-openai'), 7, 9);
    assertAt(text, only(facts, 'golang.org/x/crypto'), 11, 2);
    assert.equal(only(facts, 'golang.org/x/crypto').version, 'v0.23.0');
    assertAt(text, only(facts, 'gonum.org/v1/gonum'), 12, 3);
  });

  it('accepts an empty require block and comments after the closing parenthesis', async () => {
    const facts = await readManifest('go.mod', 'module m\nrequire ()\nrequire (\n  a.io/b v1.0.0\n) // done\n');
    assert.deepEqual(names(facts), ['a.io/b']);
  });
});

describe('manifests: Gemfile', () => {
  it('reads gems with versions and groups from options and group blocks', async () => {
    const { text, facts } = await readFixture('ruby/Gemfile');
    assert.equal(facts.ecosystem, 'rubygems');
    assert.deepEqual(names(facts), ['rails', 'rbnacl', 'pg', 'debug', 'rspec-rails', 'factory_bot_rails', 'capybara', 'bootsnap']);
    assertRangesCoverNames(text, facts);
    assertAt(text, only(facts, 'rails'), 6, 6);
    assert.equal(only(facts, 'rails').version, '~> 7.1.3');
    assertAt(text, only(facts, 'rbnacl'), 7, 6);
    assertAt(text, only(facts, 'rspec-rails'), 12, 8);
    assertAt(text, only(facts, 'capybara'), 17, 8);
    assert.deepEqual(
      facts.dependencies.filter((d) => d.dev).map((d) => d.name),
      ['debug', 'rspec-rails', 'factory_bot_rails', 'capybara'],
      'production and mixed development/production groups are not development-only',
    );
  });
});

describe('manifests: *.csproj and packages.config', () => {
  it('reads PackageReference Include and Update, with attribute or element versions', async () => {
    const { text, facts } = await readFixture('nuget/Vault.Api.csproj');
    assert.equal(facts.kind, '*.csproj');
    assert.equal(facts.ecosystem, 'nuget');
    assert.deepEqual(names(facts), ['BouncyCastle.Cryptography', 'Microsoft.ML.Recommender', 'Newtonsoft.Json']);
    assertRangesCoverNames(text, facts);
    assertAt(text, only(facts, 'BouncyCastle.Cryptography'), 9, 32);
    assert.equal(only(facts, 'Microsoft.ML.Recommender').version, '0.21.1');
    assertAt(text, only(facts, 'Newtonsoft.Json'), 13, 31);
    assert.ok(facts.dependencies.every((d) => !d.dev));
  });

  it('labels every reference of a test project development-only', async () => {
    const { facts } = await readFixture('nuget/Vault.Tests.csproj');
    assert.deepEqual(facts.dependencies.map((d) => [d.name, d.dev]), [
      ['Microsoft.NET.Test.Sdk', true],
      ['xunit', true],
    ]);
  });

  it('reads packages.config with developmentDependency', async () => {
    const { text, facts } = await readFixture('nuget/packages.config');
    assert.deepEqual(names(facts), ['Portable.BouncyCastle', 'StyleCop.Analyzers']);
    assertRangesCoverNames(text, facts);
    assertAt(text, only(facts, 'Portable.BouncyCastle'), 3, 16);
    assert.equal(only(facts, 'StyleCop.Analyzers').dev, true);
    assert.equal(only(facts, 'Portable.BouncyCastle').dev, undefined);
  });
});
