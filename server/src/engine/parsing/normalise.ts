/**
 * Turns the raw source text of a captured node into a fact's normalised text. Shared by the
 * tree-sitter extractor and the lexical fallback so both produce the same vocabulary.
 *
 * The callee rule, applied to every language alike so call signals can be written once:
 * - every member separator (`.`, `?.`, `&.`, `->`, `?->`, `::`) becomes `.`:
 *   `Aes256Gcm::new` -> `Aes256Gcm.new`, `$cipher->encrypt` -> `cipher.encrypt`,
 *   `OpenSSL::Cipher.new` -> `OpenSSL.Cipher.new`; `this.` / `self.` prefixes are kept;
 * - a `$` starting a segment (PHP variables) is dropped;
 * - argument lists inside the callee (chained calls) are emptied: `a.b(x).c` -> `a.b().c`;
 * - generic/template arguments are dropped: `std::make_unique<Foo>` -> `std.make_unique`,
 *   `Vec::<u8>::new` -> `Vec.new`, `Collections.<String>emptyList` -> `Collections.emptyList`;
 * - whitespace next to separators is removed and other runs collapse to one space.
 * Import paths are kept as written (Rust `a::b`, PHP `A\B`): only quotes and `<>` are stripped.
 */

/** Only the end of a very long callee is normalised: suffix matching needs the last segments,
 *  and a bound keeps chained calls (`a.b().c()...` thousands long) from going quadratic. */
const MAX_CALLEE_SCAN = 1024;

const QUOTES = new Set(['"', "'", '`']);

/** The content of a string literal without its quotes, prefixes (`f`, `b`, `r#`, `@`, `$`, `u8`, ...) or raw delimiters. */
export function stripStringDelimiters(text: string): string {
  // Ruby percent literals: %q(...), %Q[...], %w{...}, %(...)
  const percent = /^%[qQwWiI]?([^\w\s])/.exec(text);
  if (percent) {
    const open = percent[1];
    const close = CLOSERS[open] ?? open;
    const inner = text.slice(percent[0].length);
    return inner.endsWith(close) ? inner.slice(0, -close.length) : inner;
  }
  // PHP heredoc / nowdoc: <<<EOT ... EOT
  const heredoc = /^<<<[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1\r?\n/.exec(text);
  if (heredoc) {
    const body = text.slice(heredoc[0].length);
    const end = new RegExp(`\\r?\\n[ \\t]*${heredoc[2]}$`).exec(body);
    return end ? body.slice(0, end.index) : body;
  }
  let quoteIndex = -1;
  for (let i = 0; i < Math.min(text.length, 4); i++) {
    if (QUOTES.has(text[i])) {
      quoteIndex = i;
      break;
    }
  }
  if (quoteIndex < 0) return text;
  const prefix = text.slice(0, quoteIndex);
  if (!/^[A-Za-z0-9_@$#]*$/.test(prefix)) return text;
  const quote = text[quoteIndex];
  const hashes = prefix.replace(/[^#]/g, '');
  let body = text.slice(quoteIndex);
  // Closing hashes of Rust `r#"..."#` and Swift `#"..."#`.
  if (hashes && body.endsWith(hashes)) body = body.slice(0, -hashes.length);
  // C++ raw string: R"delim( ... )delim"
  if (/R$/.test(prefix) && quote === '"') {
    const open = body.indexOf('(');
    if (open > 0) {
      const delimiter = body.slice(1, open);
      const closing = `)${delimiter}"`;
      if (body.endsWith(closing) && body.length >= open + 1 + closing.length) {
        return body.slice(open + 1, body.length - closing.length);
      }
    }
  }
  // Triple (or longer, for C# raw strings) quotes.
  let run = 0;
  while (run < body.length && body[run] === quote) run++;
  if (run >= 3) {
    const delimiter = quote.repeat(run);
    if (body.length >= run * 2 && body.endsWith(delimiter)) return body.slice(run, body.length - run);
  }
  if (body.length >= 2 && body.endsWith(quote)) return body.slice(1, -1);
  // An unterminated literal (syntax error): drop the opening quote only.
  return body.slice(1);
}

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/** An import path: quotes or include brackets stripped, whitespace removed. */
export function normaliseImport(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('<') && trimmed.endsWith('>')) return trimmed.slice(1, -1).trim();
  const stripped = QUOTES.has(trimmed[0]) || /^[A-Za-z@$#]{1,3}["'`]/.test(trimmed) ? stripStringDelimiters(trimmed) : trimmed;
  return /["'`]/.test(trimmed) ? stripped.trim() : stripped.replace(/\s+/g, '');
}

/** The text of a comment without its delimiters (`//`, `///`, `#`, `/* *\/`, `=begin`), trimmed. */
export function stripCommentDelimiters(text: string): string {
  let body = text;
  if (body.startsWith('/*')) {
    body = body.slice(2);
    if (body.endsWith('*/')) body = body.slice(0, -2);
    // Doc comments: /** ... */ and /*! ... */
    body = body.replace(/^[*!]/, '');
  } else if (body.startsWith('//')) {
    body = body.replace(/^\/\/[/!]?/, '');
  } else if (body.startsWith('=begin')) {
    body = body.slice('=begin'.length).replace(/=end\s*$/, '');
  } else if (body.startsWith('#')) {
    body = body.slice(1);
  }
  return body.trim();
}

/** Apply the callee rule (see the module comment). */
export function normaliseCallee(raw: string): string {
  // Most callees are a plain name; skip the rewriting passes for them.
  if (/^[A-Za-z_][\w]*$/.test(raw)) return raw;
  const truncated = raw.length > MAX_CALLEE_SCAN;
  const text = truncated ? raw.slice(raw.length - MAX_CALLEE_SCAN) : raw;
  let out = emptyGroups(text);
  out = out
    .replace(/\s+/g, ' ')
    .replace(/\s*(\?->|->|::|\?\.|&\.|\.)\s*/g, '$1')
    .replace(/\?->|->|::|\?\.|&\./g, '.')
    .replace(/(^|\.)\$+/g, '$1')
    .replace(/\.{2,}/g, '.')
    .replace(/^\./, '')
    .trim();
  if (truncated) {
    // The cut may have landed inside the first segment: drop it rather than report half a name.
    const dot = out.indexOf('.');
    out = dot >= 0 ? out.slice(dot + 1) : out;
  }
  return out;
}

/**
 * Empty argument lists and drop generic argument lists, in one linear pass.
 * `(`...`)` keeps its parentheses (`a.b().c`); `<`...`>` directly after a name or separator
 * disappears (`::<T>`, `.<T>`). Strings inside argument lists are
 * skipped so a `)` in a literal does not end the list.
 */
function emptyGroups(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    // An argument list follows a name or another call; a `(` anywhere else groups an expression
    // (`(*fp)(3)`, `(a || b).c()`) and is kept so the callee still says what is called.
    if (ch === '(' && /[\w$)\]>?!]/.test(out.slice(-1))) {
      const end = matchingClose(text, i, '(', ')');
      if (end < 0) return out + text.slice(i);
      out += '()';
      i = end + 1;
      continue;
    }
    if (ch === '<' && i > 0 && /[\w.:>]/.test(text[i - 1]) && text[i + 1] !== '<' && text[i + 1] !== '=') {
      const end = matchingClose(text, i, '<', '>');
      if (end >= 0) {
        // A separator left doubled (`Vec::<u8>::new` -> `Vec::::new`) collapses below.
        i = end + 1;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/** Index of the bracket closing the one at `start`, or -1. Linear; quotes are skipped for `()`. */
function matchingClose(text: string, start: number, open: string, close: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (open === '(' && QUOTES.has(ch)) {
      quote = ch;
      continue;
    }
    if (ch === open) depth++;
    else if (ch === close) {
      depth--;
      if (depth === 0) return i;
    } else if (open === '<' && (ch === '(' || ch === ';' || ch === '{')) {
      return -1;
    }
  }
  return -1;
}
