/**
 * Child process for the atomic-write kill test: rewrites one file in a loop, forever, until it is
 * killed, alternating `writeFileAtomically` (even versions) and `writeFileStreamedAtomically` (odd
 * versions: the body in pieces, the header written as a placeholder and completed last, as the scan
 * cache does). Each version is self-checking: a header with its number and length, then that many
 * copies of one letter chosen by the number.
 */
import { writeFileAtomically, writeFileStreamedAtomically } from '../../server/src/engine/atomic-write';

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

/** The same content as `versionContent`, written in 64 KB pieces with the header completed last. */
export function writeVersionStreamed(target: string, version: number): void {
  const content = versionContent(version);
  const headerLength = content.indexOf('\n') + 1;
  writeFileStreamedAtomically(target, (sink) => {
    sink.write('?'.repeat(headerLength));
    for (let i = headerLength; i < content.length; i += 65_536) sink.write(content.slice(i, Math.min(content.length, i + 65_536)));
    sink.overwrite(0, content.slice(0, headerLength));
  });
}

if (require.main === module) {
  const target = process.argv[2];
  let version = Number(process.argv[3] ?? 1);
  process.stdout.write('ready\n');
  for (;; version++) {
    if (version % 2 === 0) writeFileAtomically(target, versionContent(version));
    else writeVersionStreamed(target, version);
  }
}
