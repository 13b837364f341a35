/**
 * Rust's Cargo.toml: `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]` (also their
 * old underscore spellings), the same under `[target.'cfg(...)'.*]`, and `[workspace.dependencies]`;
 * the crate's own name (`[package].name`).
 *
 * A renamed dependency (`crypto = { package = "aes-gcm", ... }`) installs the crate named by
 * `package`; that crate is reported, located at the `package` value.
 * Build dependencies only run at build time (build scripts), so they are labelled development-only
 * like dev-dependencies.
 */
import type { Dependency, ManifestFacts } from '../types';
import { dependency, LineIndex } from './positions';
import { parseToml, publishedPackage, TomlKeyIndex } from './toml-source';

type Table = Record<string, unknown>;

const SECTIONS: [string, boolean][] = [
  ['dependencies', false],
  ['dev-dependencies', true],
  ['dev_dependencies', true],
  ['build-dependencies', true],
  ['build_dependencies', true],
];

function table(value: unknown): Table | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : undefined;
}

export function readCargoToml(fileLabel: string, text: string): ManifestFacts {
  const data = parseToml(fileLabel, text);
  const keys = new TomlKeyIndex(text);
  const lines = new LineIndex(text);
  const dependencies: Dependency[] = [];

  const readSection = (path: string[], dev: boolean) => {
    for (const [key, spec] of Object.entries(table(getPath(data, path)) ?? {})) {
      const specTable = table(spec);
      const renamedTo = typeof specTable?.package === 'string' ? specTable.package : undefined;
      const version = typeof spec === 'string' ? spec : typeof specTable?.version === 'string' ? specTable.version : undefined;
      const keyLocation = keys.find([...path, key]);
      let range = keyLocation ? lines.range(keyLocation.keyStart, keyLocation.keyEnd) : undefined;
      if (renamedTo) {
        // `package = "..."` is either inline on the key's line or a key of `[dependencies.alias]`.
        const packageKey = keys.find([...path, key, 'package']);
        const searchStart = packageKey ? packageKey.valueStart : keyLocation?.valueStart;
        const searchEnd = packageKey ? packageKey.valueEnd : keyLocation?.valueEnd;
        if (searchStart !== undefined && searchEnd !== undefined) {
          const valueText = text.slice(searchStart, searchEnd);
          const match = packageKey
            ? /^(["'])/.exec(valueText)
            : /\bpackage\s*=\s*(["'])/.exec(valueText);
          if (match) {
            const nameStart = searchStart + match.index + match[0].length;
            range = lines.range(nameStart, nameStart + renamedTo.length);
          }
        }
      }
      range ??= fallback(path);
      dependencies.push(dependency('cargo', renamedTo ?? key, range, version, dev));
    }
  };
  const fallback = (path: string[]) => {
    const location = keys.find(path);
    return location ? lines.range(location.keyStart, location.keyEnd) : lines.range(0, 0);
  };

  for (const [section, dev] of SECTIONS) readSection([section], dev);
  for (const [platform, body] of Object.entries(table(data.target) ?? {})) {
    if (!table(body)) continue;
    for (const [section, dev] of SECTIONS) readSection(['target', platform, section], dev);
  }
  readSection(['workspace', 'dependencies'], false);
  const publishes = publishedPackage('cargo', table(data.package)?.name, ['package', 'name'], text, keys, lines);
  return { kind: 'Cargo.toml', ecosystem: 'cargo', dependencies, ...(publishes ? { publishes } : {}) };
}

function getPath(data: Table, path: string[]): unknown {
  let current: unknown = data;
  for (const segment of path) current = table(current)?.[segment];
  return current;
}
