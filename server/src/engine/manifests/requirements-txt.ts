/**
 * pip requirements files (requirements.txt, requirements-dev.txt, requirements/*.txt).
 *
 * pip's format is line based: `\` joins lines, ` #` starts a comment, lines starting with `-` are
 * options. `-r`/`-c` includes are not followed (the included file is read on its own, if it is a
 * manifest), editables and URLs count only through `#egg=name`. A line pip would reject is
 * skipped rather than failing the file: one odd line should not hide the other dependencies.
 */
import type { Dependency, ManifestFacts } from '../types';
import { eggName, parseRequirement } from './pep508';
import { dependency, LineIndex } from './positions';

/** Options whose value is a requirement (an editable path or URL). */
const EDITABLE_OPTION = /^(?:-e|--editable)(?:\s*=?\s*)(.*)$/;

export function readRequirementsTxt(_fileLabel: string, text: string, kind = 'requirements.txt'): ManifestFacts {
  const lines = new LineIndex(text);
  // Join continuation lines by blanking the `\` and the line break: same length, so offsets stay true.
  const joined = text.replace(/\\(\r\n|\r|\n)/g, (m) => ' '.repeat(m.length));
  const dependencies: Dependency[] = [];
  for (const match of joined.matchAll(/[^\r\n]+/g)) {
    const found = readLine(match[0]);
    if (found) {
      const start = match.index + found.start;
      dependencies.push(dependency('pypi', found.name, lines.range(start, start + found.name.length), found.version));
    }
  }
  return { kind, ecosystem: 'pypi', dependencies };
}

/** The requirement on one logical line, with the name's offset within the line. */
function readLine(rawLine: string): { name: string; start: number; version?: string } | undefined {
  // A comment starts at `#` at the line start or after whitespace (`url#egg=x` is not a comment).
  const content = rawLine.replace(/(^|\s)#.*$/, '$1');
  const trimmed = content.trim();
  if (trimmed === '') return undefined;
  const indent = content.length - content.trimStart().length;

  if (trimmed.startsWith('-')) {
    const editable = EDITABLE_OPTION.exec(trimmed);
    if (!editable) return undefined; // -r, -c, -i, --hash, ...: nothing to record
    const egg = eggName(editable[1]);
    if (!egg) return undefined;
    const valueOffset = indent + trimmed.length - editable[1].length;
    return { name: egg.name, start: valueOffset + egg.start };
  }

  // Per-requirement options (`--hash=...`) follow the requirement; they are not part of it.
  const requirementText = content.replace(/\s--?[A-Za-z].*$/, '');
  // A bare URL or path (not `name @ url`): only an egg fragment names the project.
  const isNamedUrl = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?\s*@/.test(trimmed);
  const isLocation =
    !isNamedUrl &&
    (/^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|\.{0,2}[/\\]|[A-Za-z]:[/\\])/.test(trimmed) ||
      /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(requirementText.trim()));
  if (isLocation) {
    const egg = eggName(requirementText);
    return egg ? { name: egg.name, start: egg.start } : undefined;
  }
  const requirement = parseRequirement(requirementText);
  if (!requirement) return undefined;
  return { name: requirement.name, start: requirement.start, version: requirement.version };
}
