/** npm's package.json: the four dependency maps, and the package's own name. */
import type { Dependency, ManifestFacts } from '../types';
import { ManifestError } from './errors';
import { member, objectEntries, parseJsonWithPositions } from './json-source';
import { dependency, LineIndex } from './positions';

/** Dependency maps and whether they are development-only. */
const SECTIONS: [string, boolean][] = [
  ['dependencies', false],
  ['devDependencies', true],
  ['optionalDependencies', false],
  ['peerDependencies', false],
];

export function readPackageJson(fileLabel: string, text: string): ManifestFacts {
  const root = parseJsonWithPositions(fileLabel, text);
  if (root.kind !== 'object') throw new ManifestError(fileLabel, 'expected a JSON object at the top level', { line: 1, column: 1 });
  const lines = new LineIndex(text);
  const dependencies: Dependency[] = [];
  for (const [section, dev] of SECTIONS) {
    for (const entry of objectEntries(member(root, section))) {
      const spec = entry.value.kind === 'string' ? entry.value : undefined;
      let name = entry.key;
      let version = spec?.value;
      let range = lines.range(entry.keyStart, entry.keyEnd);
      // An alias ("tfjs": "npm:@tensorflow/tfjs@^4") installs the package named in the value;
      // that package is what signals are about, so report it, located inside the value.
      const alias = spec && /^npm:((?:@[^/@\s]+\/)?[^@\s]+)(?:@(.*))?$/.exec(spec.value);
      if (spec && alias) {
        name = alias[1];
        version = alias[2];
        const at = text.indexOf(name, spec.start);
        if (at !== -1 && at < spec.end) range = lines.range(at, at + name.length);
      }
      dependencies.push(dependency('npm', name, range, version, dev));
    }
  }
  const name = member(root, 'name');
  const publishes = name?.kind === 'string' && name.value ? dependency('npm', name.value, lines.range(name.start, name.end)) : undefined;
  return { kind: 'package.json', ecosystem: 'npm', dependencies, ...(publishes ? { publishes } : {}) };
}
