import * as assert from 'node:assert/strict';
import { manifestKindFor, ManifestError, readManifest } from '../../../server/src/engine/manifests';

describe('manifests: manifestKindFor', () => {
  const cases: [string, string | undefined][] = [
    ['package.json', 'package.json'],
    ['web/app/package.json', 'package.json'],
    ['requirements.txt', 'requirements.txt'],
    ['requirements-dev.txt', 'requirements.txt'],
    ['services/rec/requirements_gpu.txt', 'requirements.txt'],
    ['requirements/base.txt', 'requirements.txt'],
    ['svc\\requirements\\prod.txt', 'requirements.txt'],
    ['requirements.in', 'requirements.txt'],
    ['docs/notes.txt', undefined],
    ['pyproject.toml', 'pyproject.toml'],
    ['setup.cfg', 'setup.cfg'],
    ['Pipfile', 'Pipfile'],
    ['Pipfile.lock', undefined],
    ['go.mod', 'go.mod'],
    ['go.sum', undefined],
    ['backend/pom.xml', 'pom.xml'],
    ['app/build.gradle', 'build.gradle'],
    ['app/build.gradle.kts', 'build.gradle.kts'],
    ['settings.gradle', undefined],
    ['crates/store/Cargo.toml', 'Cargo.toml'],
    ['Cargo.lock', undefined],
    ['Gemfile', 'Gemfile'],
    ['Gemfile.lock', undefined],
    ['bcrypt.gemspec', '*.gemspec'],
    ['.gemspec', undefined],
    ['composer.json', 'composer.json'],
    ['src/Vault.Api/Vault.Api.csproj', '*.csproj'],
    ['packages.config', 'packages.config'],
    ['src/index.ts', undefined],
    ['package.json.bak', undefined],
  ];
  for (const [relativePath, expected] of cases) {
    it(`${relativePath} → ${expected ?? 'not a manifest'}`, () => {
      assert.equal(manifestKindFor(relativePath), expected);
    });
  }

  it('readManifest rejects a file that is not a manifest with a ManifestError naming it', async () => {
    await assert.rejects(readManifest('src/main.py', 'print(1)'), (error: unknown) => {
      assert.ok(error instanceof ManifestError);
      assert.match(error.message, /^main\.py: /);
      return true;
    });
  });
});
