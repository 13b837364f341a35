/** PHP Composer's composer.json: `require` and `require-dev`, and the package's own name. */
import type { Dependency, ManifestFacts } from '../types';
import { ManifestError } from './errors';
import { member, objectEntries, parseJsonWithPositions } from './json-source';
import { dependency, LineIndex } from './positions';

/**
 * Platform requirements (`php`, `ext-openssl`, `lib-icu`, `composer-plugin-api`, `hhvm`) are not
 * packages. Every real Composer package is `vendor/name`, so a name without a slash is a platform one.
 */
function isPlatformRequirement(name: string): boolean {
  return !name.includes('/');
}

export function readComposerJson(fileLabel: string, text: string): ManifestFacts {
  const root = parseJsonWithPositions(fileLabel, text);
  if (root.kind !== 'object') throw new ManifestError(fileLabel, 'expected a JSON object at the top level', { line: 1, column: 1 });
  const lines = new LineIndex(text);
  const dependencies: Dependency[] = [];
  for (const [section, dev] of [['require', false], ['require-dev', true]] as const) {
    for (const entry of objectEntries(member(root, section))) {
      if (isPlatformRequirement(entry.key)) continue;
      const version = entry.value.kind === 'string' ? entry.value.value : undefined;
      dependencies.push(dependency('composer', entry.key, lines.range(entry.keyStart, entry.keyEnd), version, dev));
    }
  }
  const name = member(root, 'name');
  const publishes = name?.kind === 'string' && name.value ? dependency('composer', name.value, lines.range(name.start, name.end)) : undefined;
  return { kind: 'composer.json', ecosystem: 'composer', dependencies, ...(publishes ? { publishes } : {}) };
}
