/**
 * The name (and version specifier) of a Python requirement string, as in PEP 508:
 * `name [extras] (specifiers | @ url) ; marker`. Used by requirements files, pyproject.toml,
 * setup.cfg. Only the name matters for detection, so anything after it is read leniently.
 */

export interface RequirementName {
  name: string;
  /** Offsets of the name within the string given. */
  start: number;
  end: number;
  /** The version specifier as written (`>=1.2,<2`), if any. */
  version?: string;
}

/** PEP 508 names: letters/digits, with `.`, `_`, `-` inside. */
const NAME = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;

export function parseRequirement(text: string): RequirementName | undefined {
  const start = text.length - text.trimStart().length;
  NAME.lastIndex = start;
  const match = NAME.exec(text);
  if (!match) return undefined;
  const end = start + match[0].length;
  let rest = text.slice(end).trimStart();
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    rest = close === -1 ? '' : rest.slice(close + 1).trimStart();
  }
  // `name @ url` has no version; the marker (after `;`) is not part of the version.
  let version: string | undefined;
  if (!rest.startsWith('@')) {
    let spec = rest.split(';')[0].trim();
    const parenthesised = /^\((.*)\)$/.exec(spec);
    if (parenthesised) spec = parenthesised[1].trim();
    if (/^(?:[<>=!~]=?|===?)/.test(spec)) version = spec;
  }
  return { name: match[0], start, end, version };
}

/**
 * The project name in a URL's `#egg=name` fragment (editable installs and VCS URLs), with its
 * offsets in the given text.
 */
export function eggName(text: string): RequirementName | undefined {
  const match = /[#&]egg=([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(text);
  if (!match) return undefined;
  const start = match.index + match[0].length - match[1].length;
  return { name: match[1], start, end: start + match[1].length };
}

