/** Shared helpers for the manifest tests: reading fixtures and checking ranges against the text. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Dependency, ManifestFacts, SourceRange } from '../../../server/src/engine/types';
import { readManifest } from '../../../server/src/engine/manifests';

/** Tests run from out/test/engine/manifests; fixtures stay in the source tree. */
export const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/manifests');

export function fixtureText(relativePath: string): string {
  return fs.readFileSync(path.join(FIXTURES, relativePath), 'utf8');
}

export async function readFixture(relativePath: string): Promise<{ text: string; facts: ManifestFacts }> {
  const text = fixtureText(relativePath);
  return { text, facts: await readManifest(relativePath, text) };
}

/** The text a range covers, computed independently of the engine (split on line breaks, slice). */
export function textAt(text: string, range: SourceRange): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (range.line === range.endLine) return lines[range.line - 1].slice(range.column - 1, range.endColumn - 1);
  const parts = [lines[range.line - 1].slice(range.column - 1)];
  for (let line = range.line + 1; line < range.endLine; line++) parts.push(lines[line - 1]);
  parts.push(lines[range.endLine - 1].slice(0, range.endColumn - 1));
  return parts.join('\n');
}

/** The one dependency with that name (fails if there are none or several). */
export function only(facts: ManifestFacts, name: string): Dependency {
  const matches = facts.dependencies.filter((dependency) => dependency.name === name);
  assert.equal(matches.length, 1, `expected exactly one ${name}, got ${matches.length}: ${names(facts).join(', ')}`);
  return matches[0];
}

export function names(facts: ManifestFacts): string[] {
  return facts.dependencies.map((dependency) => dependency.name);
}

/** Asserts a dependency's range starts at line:column and covers exactly `expectedText`. */
export function assertAt(text: string, dependency: Dependency, line: number, column: number, expectedText = dependency.name): void {
  assert.deepEqual(
    { line: dependency.range.line, column: dependency.range.column },
    { line, column },
    `${dependency.name} should start at ${line}:${column}`,
  );
  assert.equal(textAt(text, dependency.range), expectedText, `${dependency.name}'s range should cover "${expectedText}"`);
}

/** Every dependency's range covers its own name (or, when given, the part of the name written there). */
export function assertRangesCoverNames(text: string, facts: ManifestFacts, writtenPart: (name: string) => string = (name) => name): void {
  for (const dependency of facts.dependencies) {
    assert.equal(textAt(text, dependency.range), writtenPart(dependency.name), `range of ${dependency.name}`);
  }
}
