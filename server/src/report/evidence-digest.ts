/**
 * The evidence digest a review decision is tied to: sha256 over one module×category's unsuppressed
 * findings, each as (path, signal id, the source text the finding matched), sorted.
 *
 * Line and column numbers are deliberately left out: code that only moves (a line inserted above)
 * keeps its decision current, while a changed match (another cipher name), a new or a removed
 * finding, or evidence moving to another file makes it STALE. Duplicates count (a second
 * `aes.NewCipher` is new evidence). When a file cannot be read, the finding's message stands in
 * for the matched text, so the digest is still defined.
 */
import { createHash } from 'node:crypto';
import type { FindingResult } from '../engine/result';
import type { SourceTree } from './source-text';

export const EVIDENCE_DIGEST_PREFIX = 'sha256:';

/** The digest of `findings` restricted to one module and category (unsuppressed only). */
export function evidenceDigest(findings: readonly FindingResult[], module: string, category: string, tree: SourceTree): string {
  const entries = findings
    .filter((f) => f.module === module && f.category === category && !f.suppressed)
    .map((f) => [f.path, f.signal, normalise(tree.textAt(f.path, f) ?? f.message)].join('\u0000'))
    .sort();
  const hash = createHash('sha256');
  hash.update(`exportlens-evidence-v1\n${module}\n${category}\n`);
  for (const entry of entries) hash.update(`${entry}\n`);
  return EVIDENCE_DIGEST_PREFIX + hash.digest('hex');
}

/** Re-indenting or re-wrapping a matched expression is not new evidence. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
