/**
 * Property tests: whatever the formatting (indentation, line endings, comments, key quoting),
 * each dependency's range covers exactly its name in the text, and names come out in order.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readManifest } from '../../../server/src/engine/manifests';
import { textAt } from './fixture-helpers';

const packageName = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,5})?$/);
const uniqueNames = fc.uniqueArray(packageName, { minLength: 1, maxLength: 6 });
const lineEnding = fc.constantFrom('\n', '\r\n');

describe('manifests: ranges cover names under any formatting', () => {
  it('package.json', async () => {
    await fc.assert(
      fc.asyncProperty(uniqueNames, fc.constantFrom(0, 1, 2, 4, '\t'), lineEnding, fc.boolean(), async (names, indent, eol, scoped) => {
        const declared = names.map((name) => (scoped ? `@corp/${name}` : name));
        const json = JSON.stringify({ name: 'x', devDependencies: Object.fromEntries(declared.map((name) => [name, '^1.0.0'])) }, null, indent);
        const text = json.replace(/\n/g, eol);
        const facts = await readManifest('package.json', text);
        assert.deepEqual(facts.dependencies.map((d) => d.name), declared);
        for (const dependency of facts.dependencies) {
          assert.equal(textAt(text, dependency.range), dependency.name);
          assert.equal(dependency.dev, true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('requirements.txt', async () => {
    const line = fc.record({
      indent: fc.constantFrom('', ' ', '\t', '    '),
      spec: fc.constantFrom('', '==1.0', ' >= 2.1, <3', '[extra]>=1', ' ; python_version >= "3.9"'),
      comment: fc.constantFrom('', '  # pinned', ' #x'),
      blankAfter: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(uniqueNames, fc.array(line, { minLength: 6, maxLength: 6 }), lineEnding, async (names, lines, eol) => {
        const text = names
          .map((name, index) => {
            const { indent, spec, comment, blankAfter } = lines[index];
            return `${indent}${name}${spec}${comment}${blankAfter ? eol + '# note' : ''}`;
          })
          .join(eol);
        const facts = await readManifest('requirements.txt', text);
        assert.deepEqual(facts.dependencies.map((d) => d.name), names);
        for (const dependency of facts.dependencies) assert.equal(textAt(text, dependency.range), dependency.name);
      }),
      { numRuns: 60 },
    );
  });

  it('Cargo.toml', async () => {
    const form = fc.constantFrom('bare', 'quoted', 'inline', 'multiline', 'table');
    await fc.assert(
      fc.asyncProperty(uniqueNames, fc.array(form, { minLength: 6, maxLength: 6 }), lineEnding, async (names, forms, eol) => {
        const body: string[] = [];
        const tables: string[] = [];
        names.forEach((name, index) => {
          switch (forms[index]) {
            case 'bare':
              body.push(`${name} = "1.0"`);
              break;
            case 'quoted':
              body.push(`"${name}" = "1.0"  # why`);
              break;
            case 'inline':
              body.push(`${name} = { version = "1", features = ["a"] }`);
              break;
            case 'multiline':
              body.push(`${name} = { version = "1", features = [`, `  "${names[0]}",`, `] }`);
              break;
            case 'table':
              tables.push(`[dependencies.${name}]`, 'version = "1"', '');
              break;
          }
        });
        const text = ['[package]', 'name = "p"', '', '[dependencies]', ...body, '', ...tables].join(eol);
        const facts = await readManifest('Cargo.toml', text);
        assert.deepEqual([...facts.dependencies.map((d) => d.name)].sort(), [...names].sort());
        for (const dependency of facts.dependencies) assert.equal(textAt(text, dependency.range), dependency.name);
      }),
      { numRuns: 60 },
    );
  });
});
