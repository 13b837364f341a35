/**
 * Pipenv's Pipfile (TOML): `[packages]` and `[dev-packages]`. Pipenv also allows custom
 * categories (`[docs]`, `[gpu]`); those count as runtime unless their name says development.
 */
import type { Dependency, ManifestFacts } from '../types';
import { isDevelopmentGroupName } from './dev-groups';
import { dependency, LineIndex } from './positions';
import { parseToml, TomlKeyIndex } from './toml-source';

/** Top-level tables that are settings, not package categories. */
const NOT_CATEGORIES = new Set(['source', 'requires', 'scripts', 'pipenv']);

export function readPipfile(fileLabel: string, text: string): ManifestFacts {
  const data = parseToml(fileLabel, text);
  const keys = new TomlKeyIndex(text);
  const lines = new LineIndex(text);
  const dependencies: Dependency[] = [];
  for (const [category, body] of Object.entries(data)) {
    if (NOT_CATEGORIES.has(category) || !body || typeof body !== 'object' || Array.isArray(body)) continue;
    const dev = category === 'dev-packages' || isDevelopmentGroupName(category);
    for (const [name, spec] of Object.entries(body as Record<string, unknown>)) {
      const location = keys.find([category, name]) ?? keys.find([category]);
      const range = location ? lines.range(location.keyStart, location.keyEnd) : lines.range(0, 0);
      const specTable = spec && typeof spec === 'object' ? (spec as Record<string, unknown>) : undefined;
      const version = typeof spec === 'string' ? spec : typeof specTable?.version === 'string' ? specTable.version : undefined;
      // "*" means any version: no information.
      dependencies.push(dependency('pypi', name, range, version === '*' ? undefined : version, dev));
    }
  }
  return { kind: 'Pipfile', ecosystem: 'pypi', dependencies };
}
