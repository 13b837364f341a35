export type SparseVec = Map<string, number>;

const STOP = new Set(["the", "and", "with", "a", "of", "to", "in", "for"]);

export function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length > 2 && !STOP.has(t));
}

export function buildIdf(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log((1 + docs.length) / (1 + n)) + 1);
  return idf;
}

export function vectorize(tokens: string[], idf: Map<string, number>): SparseVec {
  const v: SparseVec = new Map();
  for (const t of tokens) v.set(t, (v.get(t) ?? 0) + (idf.get(t) ?? 0));
  return v;
}

export function cosine(a: SparseVec, b: SparseVec): number {
  let dot = 0, na = 0, nb = 0;
  for (const [k, x] of a) { na += x * x; const y = b.get(k); if (y) dot += x * y; }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** A user's taste vector is the mean of the recipes they cooked or starred. */
export function tasteProfile(history: SparseVec[]): SparseVec {
  const out: SparseVec = new Map();
  for (const v of history) for (const [k, x] of v) out.set(k, (out.get(k) ?? 0) + x / history.length);
  return out;
}
