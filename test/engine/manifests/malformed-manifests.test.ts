import * as assert from 'node:assert/strict';
import { ManifestError, readManifest } from '../../../server/src/engine/manifests';
import { fixtureText } from './fixture-helpers';

/** Asserts reading fails with a ManifestError at line:column whose message matches. */
async function assertManifestError(relativePath: string, text: string, line: number, column: number | undefined, pattern: RegExp) {
  await assert.rejects(readManifest(relativePath, text), (error: unknown) => {
    assert.ok(error instanceof ManifestError, `expected a ManifestError, got ${String(error)}`);
    assert.equal(error.line, line, error.message);
    assert.equal(error.column, column, error.message);
    assert.match(error.message, pattern);
    return true;
  });
}

describe('manifests: malformed input', () => {
  it('broken JSON: names the file, the position and the problem', async () => {
    await assertManifestError('web/package.json', fixtureText('malformed/package.json'), 5, 5, /^package\.json: line 5, column 5: invalid JSON: Expected ',' or '}'/);
  });

  it('broken JSON whose parser message has no offset still gets a position', async () => {
    await assertManifestError('composer.json', '{\n  "require": {\n    "a/b": }\n}', 3, 12, /^composer\.json: line 3, column 12: invalid JSON/);
  });

  it('empty package.json is invalid JSON at its end', async () => {
    await assertManifestError('package.json', '', 1, 1, /invalid JSON: Unexpected end of JSON input/);
  });

  it('a JSON array at the top level is not a package.json', async () => {
    await assertManifestError('package.json', '[1, 2]', 1, 1, /expected a JSON object/);
  });

  it('broken TOML: pyproject.toml with a missing comma', async () => {
    await assertManifestError('pyproject.toml', fixtureText('malformed/pyproject.toml'), 6, 5, /^pyproject\.toml: line 6, column 5: invalid TOML: /);
  });

  it('broken TOML: Cargo.toml with an unterminated string', async () => {
    await assertManifestError('Cargo.toml', fixtureText('malformed/Cargo.toml'), 2, 16, /^Cargo\.toml: line 2, column 16: invalid TOML: /);
  });

  it('broken XML: pom.xml with a mismatched closing tag', async () => {
    await assertManifestError('pom.xml', fixtureText('malformed/pom.xml'), 5, 33, /^pom\.xml: line 5, column 33: invalid XML: .*closing tag 'artifactid'/);
  });

  it('an XML file that is not a POM', async () => {
    await assertManifestError('pom.xml', '<settings/>', 1, 1, /no <project> element/);
  });

  it('go.mod: an unterminated require block, at the line that opens it', async () => {
    await assertManifestError('go.mod', fixtureText('malformed/go.mod'), 3, 1, /^go\.mod: line 3, column 1: unterminated require block/);
  });

  it('go.mod: a require without a version', async () => {
    await assertManifestError('go.mod', 'module m\n\nrequire (\n\tgolang.org/x/crypto\n)\n', 4, 2, /require expects a module path and a version/);
  });
});
