/**
 * Child process for the atomic-write kill test: rewrites one file with `writeFileAtomically` in a
 * loop, forever, until it is killed. Each version is self-checking: a header with its number and
 * length, then that many copies of one letter chosen by the number.
 */
import { writeFileAtomically } from '../../server/src/engine/atomic-write';

export function versionContent(version: number): string {
  const length = 256 * 1024 + (version % 7) * 100_003;
  const letter = String.fromCharCode(97 + (version % 26));
  return `v${version}:${length}\n${letter.repeat(length)}`;
}

/** Whether `text` is exactly one complete version (and which), or why not. */
export function checkVersion(text: string): { version: number } | { torn: string } {
  const match = /^v(\d+):(\d+)\n/.exec(text);
  if (!match) return { torn: `no header in ${JSON.stringify(text.slice(0, 40))}` };
  const version = Number(match[1]);
  return text === versionContent(version) ? { version } : { torn: `version ${version} has ${text.length - match[0].length} of ${match[2]} body characters or wrong letters` };
}

if (require.main === module) {
  const target = process.argv[2];
  let version = Number(process.argv[3] ?? 1);
  process.stdout.write('ready\n');
  for (;;) writeFileAtomically(target, versionContent(version++));
}
