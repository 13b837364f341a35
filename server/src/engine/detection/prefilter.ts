/**
 * The lexical prefilter: one Aho–Corasick automaton over every catalogue anchor (the distinctive
 * word of each import, call and identifier signal), run over a file's lowercased text before it is
 * parsed. A file with no anchor, no literal or notice pattern match and no constant table cannot
 * produce evidence, so it is never parsed; on typical repositories that is most files.
 */

interface AutomatonNode {
  next: Map<number, number>;
  fail: number;
  /** Whether some anchor ends at this node (directly or through its failure chain). */
  terminal: boolean;
  /** Ids (insertion order of distinct anchors) of the anchors ending here, directly or through the failure chain. */
  words: number[];
}

/** Transitions for these character codes are precomputed in a flat table (anchors and code are mostly ASCII). */
const DENSE = 128;

export class AnchorAutomaton {
  private readonly nodes: AutomatonNode[] = [{ next: new Map(), fail: 0, terminal: false, words: [] }];
  /** Distinct lowercase anchors; an anchor's index here is its id in `scan`. */
  readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  readonly size: number;
  /**
   * The automaton as a DFA over ASCII: `dense[state * 128 + code]` is the next state, failure links
   * already followed, so the scan loop does one array read per character instead of Map lookups
   * (the prefilter runs over every byte of every file).
   */
  private dense = new Int32Array(0);
  private terminal = new Uint8Array(0);

  constructor(anchors: Iterable<string>) {
    let count = 0;
    for (const anchor of anchors) {
      if (anchor.length === 0) continue;
      const word = anchor.toLowerCase();
      count++;
      if (this.wordIds.has(word)) continue;
      this.wordIds.set(word, this.words.length);
      this.words.push(word);
      this.insert(word, this.words.length - 1);
    }
    this.size = count;
    this.buildFailureLinks();
    this.buildDenseTable();
  }

  private buildDenseTable(): void {
    const nodes = this.nodes;
    this.dense = new Int32Array(nodes.length * DENSE);
    this.terminal = new Uint8Array(nodes.length);
    // Breadth-first, so a state's failure target is filled in before the state itself.
    const order: number[] = [0];
    for (let head = 0; head < order.length; head++) for (const child of nodes[order[head]].next.values()) order.push(child);
    const dense = this.dense;
    for (const state of order) {
      this.terminal[state] = nodes[state].terminal ? 1 : 0;
      // Start from the failure state's row (already complete, breadth-first) and overwrite the
      // state's own transitions: one block copy instead of 128 Map lookups per state, which cost
      // about 60 ms of the language server's start with the built-in catalogues.
      const row = state * DENSE;
      if (state !== 0) dense.copyWithin(row, nodes[state].fail * DENSE, nodes[state].fail * DENSE + DENSE);
      for (const [code, next] of nodes[state].next) if (code < DENSE) dense[row + code] = next;
    }
  }

  /** The id `scan` reports for an anchor (lowercased), or undefined if it is not one. */
  idOf(anchor: string): number | undefined {
    return this.wordIds.get(anchor.toLowerCase());
  }

  private insert(word: string, id: number): void {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let next = this.nodes[state].next.get(code);
      if (next === undefined) {
        next = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, terminal: false, words: [] });
        this.nodes[state].next.set(code, next);
      }
      state = next;
    }
    this.nodes[state].terminal = true;
    this.nodes[state].words.push(id);
  }

  private buildFailureLinks(): void {
    const queue: number[] = [];
    for (const child of this.nodes[0].next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [code, child] of this.nodes[state].next) {
        let fail = this.nodes[state].fail;
        while (fail !== 0 && !this.nodes[fail].next.has(code)) fail = this.nodes[fail].fail;
        const target = this.nodes[fail].next.get(code);
        this.nodes[child].fail = target !== undefined && target !== child ? target : 0;
        const failTarget = this.nodes[this.nodes[child].fail];
        if (failTarget.terminal) {
          this.nodes[child].terminal = true;
          // Breadth-first: the failure target's list is already complete.
          this.nodes[child].words.push(...failTarget.words);
        }
        queue.push(child);
      }
    }
  }

  /** Whether any anchor occurs in `text`, compared case-insensitively (ASCII letters). */
  matches(text: string): boolean {
    return this.scan(text, () => true);
  }

  /**
   * Runs over `text` like `matches`, calling `found` with the id of each anchor occurrence and the
   * index of its last character (an anchor may be reported more than once); stops and returns true
   * as soon as `found` returns true.
   */
  scan(text: string, found: (id: number, end: number) => boolean): boolean {
    if (this.size === 0) return false;
    const nodes = this.nodes;
    const dense = this.dense;
    const terminal = this.terminal;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < DENSE) {
        if (code >= 65 && code <= 90) code += 32;
        state = dense[state * DENSE + code];
      } else {
        let next = nodes[state].next.get(code);
        while (next === undefined && state !== 0) {
          state = nodes[state].fail;
          next = nodes[state].next.get(code);
        }
        state = next ?? 0;
      }
      if (terminal[state] === 1) for (const id of nodes[state].words) if (found(id, i)) return true;
    }
    return false;
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether position `i` of `text` (between `text[i - 1]` and `text[i]`) is an identifier-word boundary:
 * an end of the text, a character that is not an ASCII letter on either side, a lower→upper case
 * change (`user|Embedding`), or the last capital of a run that starts a capitalised word
 * (`HTTP|Server`). Every place `splitIdentifier` splits is one of these, and so is every edge of an
 * import or callee segment (they are delimited by separators, quotes, brackets or spaces).
 */
export function isWordBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  if (!isAsciiLetter(before) || !isAsciiLetter(at)) return true;
  if (at > 90) return false; // lowercase after a letter: inside a word
  if (before >= 97) return true; // lower → Upper
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  return after >= 97 && after <= 122; // HTTP|Server
}

/**
 * The prefilter for import, call and identifier signals. Each signal can match a file only if every
 * one of its words occurs in it, as a whole word: an import's path segments (`nacl.public` needs
 * `nacl` and `public`), a callee's segments, an identifier term's words and those of its `&` terms.
 * One distinctive word per signal was not enough: `public` (from `nacl.public`) or `ring` (from
 * `ring::aead`) let nearly half of all files through to the parser.
 *
 * Why results do not change: the matcher compares whole words only. Import and callee segments are
 * compared whole, and in the source they are delimited by separators, quotes, brackets or spaces;
 * identifier, comment and docstring words come from `splitIdentifier`, whose every split is an
 * `isWordBoundary` position. So a word the matcher can use starts and ends at such a position in the
 * file's text, and an occurrence that does not (`ring` inside `string`, `mic` inside `dynamic`) can
 * be ignored. Literal and constant signals are screened separately (`FileAnalyzer.mayMatch`).
 * Checked by a property test against `matchSourceFacts` (test/engine/detection/prefilter-soundness).
 */
export class RequirementPrefilter {
  private readonly automaton: AnchorAutomaton;
  /** Per requirement, the ids of its distinct words. */
  private readonly requirements: number[][] = [];
  /** Per word id, the requirements that contain it. */
  private readonly byWord: number[][];
  /** Per word id, its length in UTF-16 units (where an occurrence starts, given where it ends). */
  private readonly lengths: number[];

  constructor(requirements: Iterable<readonly string[]>) {
    const lists = [...requirements].map((words) => words.map((w) => w.toLowerCase()).filter((w) => w.length > 0)).filter((words) => words.length > 0);
    this.automaton = new AnchorAutomaton(lists.flat());
    this.byWord = this.automaton.words.map(() => []);
    this.lengths = this.automaton.words.map((word) => word.length);
    for (const words of lists) {
      const ids = [...new Set(words.map((w) => this.automaton.idOf(w)!))];
      for (const id of ids) this.byWord[id].push(this.requirements.length);
      this.requirements.push(ids);
    }
  }

  /**
   * Whether all the words of at least one requirement occur in `text` (ASCII case-insensitively),
   * each starting and ending at an identifier-word boundary (`isWordBoundary`).
   */
  matches(text: string): boolean {
    if (this.requirements.length === 0) return false;
    const seen = new Uint8Array(this.byWord.length);
    return this.automaton.scan(text, (id, end) => {
      if (seen[id] === 1) return false;
      if (!isWordBoundary(text, end + 1) || !isWordBoundary(text, end + 1 - this.lengths[id])) return false;
      seen[id] = 1;
      for (const requirement of this.byWord[id]) {
        if (this.requirements[requirement].every((word) => seen[word] === 1)) return true;
      }
      return false;
    });
  }
}
