/**
 * The one error a manifest reader throws for malformed input. The scan catches it, records the
 * file as unreadable-as-manifest and goes on, so the message must stand alone: it names the
 * manifest, the position when the parser knew it, and what was wrong.
 */
export class ManifestError extends Error {
  /** 1-based position of the problem, when known. */
  readonly line?: number;
  readonly column?: number;

  constructor(fileLabel: string, problem: string, position?: { line: number; column?: number }) {
    const where = position
      ? position.column !== undefined
        ? `line ${position.line}, column ${position.column}: `
        : `line ${position.line}: `
      : '';
    super(`${fileLabel}: ${where}${problem}`);
    this.name = 'ManifestError';
    if (position) {
      this.line = position.line;
      this.column = position.column;
    }
  }
}
