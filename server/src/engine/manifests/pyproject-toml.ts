/**
 * pyproject.toml: PEP 621 `[project]` dependencies and optional-dependencies, PEP 735
 * `[dependency-groups]`, and Poetry's `[tool.poetry.*dependencies]` and groups; the package's own
 * name (`[project].name`, or Poetry's `[tool.poetry].name`).
 */
import type { Dependency, ManifestFacts } from '../types';
import { isDevelopmentGroupName } from './dev-groups';
import { parseRequirement } from './pep508';
import { dependency, LineIndex } from './positions';
import { parseToml, publishedPackage, TomlKeyIndex, type TomlKeyLocation } from './toml-source';

type Table = Record<string, unknown>;

function table(value: unknown): Table | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : undefined;
}

export function readPyprojectToml(fileLabel: string, text: string): ManifestFacts {
  const data = parseToml(fileLabel, text);
  const reader = new PyprojectReader(text);
  const project = table(data.project);
  if (project) {
    reader.requirementList(['project', 'dependencies'], project.dependencies, false);
    const optional = table(project['optional-dependencies']);
    for (const [group, list] of Object.entries(optional ?? {})) {
      reader.requirementList(['project', 'optional-dependencies', group], list, isDevelopmentGroupName(group));
    }
  }
  // PEP 735 groups are never part of the built package: development-only by definition.
  for (const [group, list] of Object.entries(table(data['dependency-groups']) ?? {})) {
    reader.requirementList(['dependency-groups', group], list, true);
  }
  const poetry = table(table(data.tool)?.poetry);
  if (poetry) {
    reader.poetryTable(['tool', 'poetry', 'dependencies'], poetry.dependencies, false);
    reader.poetryTable(['tool', 'poetry', 'dev-dependencies'], poetry['dev-dependencies'], true);
    // Poetry groups, like PEP 735 groups, are not in the package's metadata.
    for (const [group, body] of Object.entries(table(poetry.group) ?? {})) {
      reader.poetryTable(['tool', 'poetry', 'group', group, 'dependencies'], table(body)?.dependencies, true);
    }
  }
  const publishes = project?.name !== undefined
    ? publishedPackage('pypi', project.name, ['project', 'name'], text, reader.keys, reader.lines)
    : publishedPackage('pypi', poetry?.name, ['tool', 'poetry', 'name'], text, reader.keys, reader.lines);
  return { kind: 'pyproject.toml', ecosystem: 'pypi', dependencies: reader.dependencies, ...(publishes ? { publishes } : {}) };
}

class PyprojectReader {
  readonly dependencies: Dependency[] = [];
  readonly keys: TomlKeyIndex;
  readonly lines: LineIndex;

  constructor(text: string) {
    this.keys = new TomlKeyIndex(text);
    this.lines = new LineIndex(text);
  }

  /** A list of PEP 508 strings (tables in it, like PEP 735's include-group, are skipped). */
  requirementList(path: string[], list: unknown, dev: boolean): void {
    if (!Array.isArray(list)) return;
    const span = this.span(path);
    const strings = list.filter((item): item is string => typeof item === 'string');
    const offsets = span ? this.keys.locateStrings(span, strings) : [];
    strings.forEach((requirementText, index) => {
      const requirement = parseRequirement(requirementText);
      if (!requirement) return;
      const contentStart = offsets[index];
      const range =
        contentStart !== undefined
          ? this.lines.range(contentStart + requirement.start, contentStart + requirement.end)
          : this.fallbackRange(span);
      this.dependencies.push(dependency('pypi', requirement.name, range, requirement.version, dev));
    });
  }

  /** Poetry's `name = "^1.2"` / `name = { version = ..., extras = [...] }` table; `python` is the interpreter. */
  poetryTable(path: string[], value: unknown, dev: boolean): void {
    for (const [name, spec] of Object.entries(table(value) ?? {})) {
      if (name.toLowerCase() === 'python') continue;
      const location = this.keys.find([...path, name]);
      const range = location ? this.lines.range(location.keyStart, location.keyEnd) : this.fallbackRange(this.span(path));
      const version = typeof spec === 'string' ? spec : typeof table(spec)?.version === 'string' ? (table(spec)!.version as string) : undefined;
      this.dependencies.push(dependency('pypi', name, range, version, dev));
    }
  }

  /** Where a key's value is; for a key inside an inline table, its parent's span. */
  private span(path: string[]): TomlKeyLocation | undefined {
    for (let length = path.length; length > 0; length--) {
      const location = this.keys.find(path.slice(0, length));
      if (location) return location;
    }
    return undefined;
  }

  private fallbackRange(span: TomlKeyLocation | undefined) {
    return span ? this.lines.range(span.keyStart, span.keyEnd) : this.lines.range(0, 0);
  }
}
