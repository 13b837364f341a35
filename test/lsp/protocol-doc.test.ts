/** docs/protocol.md must describe every custom method and every setting the server reads. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CUSTOM_METHODS } from '../../server/src/protocol/messages';
import { SETTING_KEYS } from '../../server/src/lsp/settings';
import { DISABLE_CATEGORY_COMMAND, OPEN_CATALOGUE_ENTRY_COMMAND } from '../../server/src/lsp/code-actions';
import { PACKAGE_ROOT } from './lsp-client';

describe('lsp: docs/protocol.md', () => {
  const doc = fs.readFileSync(path.join(PACKAGE_ROOT, 'docs/protocol.md'), 'utf8');

  for (const method of CUSTOM_METHODS) {
    it(`has a section for ${method}`, () => {
      assert.ok(doc.includes(`### \`${method}\``), `docs/protocol.md has no "### \`${method}\`" section`);
    });
  }

  it('lists every setting', () => {
    for (const key of SETTING_KEYS) assert.ok(doc.includes(`\`exportlens.${key}\``), `exportlens.${key} is not documented`);
  });

  it('names the client-side commands of the code actions', () => {
    assert.ok(doc.includes(DISABLE_CATEGORY_COMMAND) && doc.includes(OPEN_CATALOGUE_ENTRY_COMMAND));
  });
});
