/**
 * setuptools' setup.cfg: `[options] install_requires` / `setup_requires` / `tests_require` and
 * `[options.extras_require]`.
 *
 * setup.cfg is read by Python's configparser, whose values continue on indented lines:
 *
 *     install_requires =
 *         requests>=2
 *         cryptography
 *
 * The `ini` package reads one `key = value` per line, and would take each continuation line for a
 * key of its own. So continuation lines are first rewritten into ini's array syntax
 * (`install_requires[] = cryptography`), one line for one line, and each array item keeps the
 * line number it came from.
 */
import * as ini from 'ini';
import type { Dependency, ManifestFacts } from '../types';
import { isDevelopmentGroupName } from './dev-groups';
import { parseRequirement } from './pep508';
import { dependency, LineIndex } from './positions';

/** Options in `[options]` that list requirements, and whether they are development-only. */
const REQUIREMENT_OPTIONS: [string, boolean][] = [
  ['install_requires', false],
  ['setup_requires', true],
  ['tests_require', true],
];

/** Where a value item's text starts in the original file. */
interface ItemOrigin {
  start: number;
}

export function readSetupCfg(_fileLabel: string, text: string): ManifestFacts {
  const { iniText, origins } = foldContinuationLines(text);
  const parsed = ini.parse(iniText) as Record<string, unknown>;
  const lines = new LineIndex(text);
  const dependencies: Dependency[] = [];

  const readValue = (section: string, key: string, dev: boolean) => {
    const sectionBody = sectionOf(parsed, section);
    const items = asItems(sectionBody?.[key]);
    const itemOrigins = origins.get(`${section}\u0000${key}`) ?? [];
    items.forEach((item, index) => {
      // One item is one requirement line; setuptools drops ` #` comments from it.
      const requirementText = item.replace(/(^|\s)#.*$/, '');
      const requirement = parseRequirement(requirementText);
      const origin = itemOrigins[index];
      if (!requirement || !origin) return;
      const start = origin.start + requirement.start;
      dependencies.push(dependency('pypi', requirement.name, lines.range(start, start + requirement.name.length), requirement.version, dev));
    });
  };

  for (const [option, dev] of REQUIREMENT_OPTIONS) readValue('options', option, dev);
  for (const key of origins.keys()) {
    const [section, extra] = key.split('\u0000');
    if (section === 'options.extras_require') readValue(section, extra, isDevelopmentGroupName(extra));
  }
  return { kind: 'setup.cfg', ecosystem: 'pypi', dependencies };
}

/** ini nests `[options.extras_require]` as `options → extras_require`. */
function sectionOf(parsed: Record<string, unknown>, section: string): Record<string, unknown> | undefined {
  let current: unknown = parsed;
  for (const part of section.split('.')) {
    current = current && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined;
  }
  return current && typeof current === 'object' ? (current as Record<string, unknown>) : undefined;
}

function asItems(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : ''));
  return typeof value === 'string' ? [value] : [];
}

/**
 * Rewrites every `key = value` and its continuation lines into `key[] = item` lines (the ini
 * package's arrays), escaping `;` and `#` so ini keeps them (configparser has no inline comments).
 * Returns the rewritten text and, per section and key, where each item starts in the original.
 */
function foldContinuationLines(text: string): { iniText: string; origins: Map<string, ItemOrigin[]> } {
  const origins = new Map<string, ItemOrigin[]>();
  const output: string[] = [];
  let section = '';
  let currentKey: string | undefined;
  for (const match of text.matchAll(/([^\r\n]*)(\r\n|\r|\n|$)/g)) {
    if (match[0] === '' && match.index >= text.length) break;
    const line = match[1];
    const lineStart = match.index;
    const trimmed = line.trim();
    const isComment = /^[#;]/.test(trimmed);
    if (trimmed === '' || isComment) {
      output.push(isComment ? line : '');
      continue;
    }
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      section = header[1].trim();
      currentKey = undefined;
      output.push(`[${section}]`);
      continue;
    }
    const continuation = /^\s/.test(line) && currentKey !== undefined;
    if (continuation) {
      const indent = line.length - line.trimStart().length;
      addItem(origins, section, currentKey!, lineStart + indent);
      output.push(`${escapeKey(currentKey!)}[] = ${ini.safe(trimmed)}`);
      continue;
    }
    // configparser accepts `=` and `:` as delimiters.
    const keyValue = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
    if (!keyValue) {
      currentKey = undefined;
      output.push('');
      continue;
    }
    // configparser lower-cases option names.
    currentKey = keyValue[1].trim().toLowerCase();
    const value = keyValue[2].trim();
    if (value === '') {
      // An empty first line still becomes an (empty) item, so items and origins stay aligned.
      output.push(`${escapeKey(currentKey)}[] = `);
      addItem(origins, section, currentKey, lineStart);
    } else {
      const valueStart = lineStart + line.length - keyValue[2].length;
      addItem(origins, section, currentKey, valueStart);
      output.push(`${escapeKey(currentKey)}[] = ${ini.safe(value)}`);
    }
  }
  return { iniText: output.join('\n'), origins };
}

function addItem(origins: Map<string, ItemOrigin[]>, section: string, key: string, start: number): void {
  const id = `${section}\u0000${key}`;
  const list = origins.get(id);
  if (list) list.push({ start });
  else origins.set(id, [{ start }]);
}

function escapeKey(key: string): string {
  return key.replace(/[;#[\]=]/g, (c) => `\\${c}`);
}

