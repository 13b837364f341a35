/**
 * Identifier vocabulary: identifiers are split into lowercase words so that catalogue terms such as
 * "user embedding" match `userEmbedding`, `user_embedding`, `UserEmbeddingTable` and `USER_EMBEDDING`.
 */

/** Split an identifier into lowercase words: camelCase, PascalCase, snake_case, kebab-case, digits. */
export function splitIdentifier(identifier: string): string[] {
  const words: string[] = [];
  // Boundaries: lower→Upper (userEmbedding), Upper→Upper+lower (HTTPServer → HTTP Server),
  // letter↔digit, and any non-alphanumeric separator.
  const spaced = identifier
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2');
  for (const part of spaced.split(/[^A-Za-z0-9]+/)) {
    if (part) words.push(part.toLowerCase());
  }
  return words;
}

/** A catalogue term: one to three words that must appear consecutively in an identifier's words. */
export function termWords(term: string): string[] {
  return term.toLowerCase().split(/[\s_-]+/).filter(Boolean);
}

/** Whether `words` contains `term` as a consecutive run. */
export function containsTerm(words: readonly string[], term: readonly string[]): boolean {
  if (term.length === 0 || term.length > words.length) return false;
  outer: for (let start = 0; start + term.length <= words.length; start++) {
    for (let offset = 0; offset < term.length; offset++) {
      if (words[start + offset] !== term[offset]) continue outer;
    }
    return true;
  }
  return false;
}
