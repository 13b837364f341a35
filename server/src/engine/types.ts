/**
 * The engine's shared vocabulary. Every part of the engine (file discovery, parsing, manifests,
 * detection, scoring, outputs) speaks in these types, and nothing here depends on an editor:
 * the CLI, the language server and other LSP editors all use the same engine.
 *
 * Positions are 1-based lines and columns (columns count UTF-16 code units, as editors do),
 * and end positions are exclusive, so a one-character range on line 3 column 5 ends at column 6.
 */

/** A span of text in a file. 1-based; `endColumn` is exclusive. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Languages with a tree-sitter grammar, plus `text` for the lexical fallback. */
export type LanguageId =
  | 'javascript'
  | 'typescript'
  | 'tsx'
  | 'python'
  | 'java'
  | 'go'
  | 'c'
  | 'cpp'
  | 'csharp'
  | 'rust'
  | 'kotlin'
  | 'ruby'
  | 'php'
  | 'swift'
  | 'text';

/** One thing pulled out of a source file: an import path, a callee, an identifier, a literal or a comment. */
export interface Fact {
  /**
   * The normalised text:
   * - import: the module path as written, without quotes (`crypto`, `javax.crypto.Cipher`,
   *   `github.com/x/y`, `TTS.api`, `<openssl/evp.h>` becomes `openssl/evp.h`);
   * - call: the callee as written, without arguments (`crypto.createCipheriv`, `Cipher.getInstance`,
   *   `EVP_EncryptInit_ex`, `tts.tts_to_file`);
   * - identifier: the identifier itself (`userEmbedding`);
   * - string: the literal's content without quotes;
   * - comment: the comment text without its delimiters.
   */
  text: string;
  range: SourceRange;
  /** For calls only: the whole call expression's source text, truncated to 400 characters. */
  callText?: string;
}

/** What the parser (or the lexical fallback) extracted from one file. */
export interface SourceFacts {
  language: LanguageId;
  /** How the facts were obtained: a real syntax tree, or the lexical fallback. */
  method: 'tree-sitter' | 'lexical';
  imports: Fact[];
  calls: Fact[];
  /** Distinct identifiers: the first occurrence of each, so evidence has a location. */
  identifiers: Fact[];
  strings: Fact[];
  comments: Fact[];
  /** Syntax errors are not fatal; this says whether the tree had ERROR nodes. */
  hadSyntaxErrors: boolean;
}

/** Package ecosystems whose manifests are read. */
export type Ecosystem = 'npm' | 'pypi' | 'maven' | 'go' | 'cargo' | 'rubygems' | 'composer' | 'nuget';

/** A dependency declared in a manifest. */
export interface Dependency {
  ecosystem: Ecosystem;
  /** As declared (`@tensorflow/tfjs`, `scikit-surprise`, `org.bouncycastle:bcprov-jdk18on`, `golang.org/x/crypto`). */
  name: string;
  version?: string;
  /** Where the declaration is in the manifest. */
  range: SourceRange;
  /** Development-only dependencies (devDependencies, test scopes) are still evidence, but labelled. */
  dev?: boolean;
}

/** A manifest file and what it declares. */
export interface ManifestFacts {
  /** Kind of manifest, e.g. `package.json`, `requirements.txt`, `pom.xml`. */
  kind: string;
  ecosystem: Ecosystem;
  dependencies: Dependency[];
  /**
   * The package this manifest publishes, by its own registry name (package.json and composer.json
   * `name`, pyproject `[project].name`, Cargo `[package].name`, go.mod `module`), when it names one:
   * a module whose manifest publishes a library the catalogue lists is that library's own source.
   */
  publishes?: Dependency;
}

/** Kinds of signal a catalogue entry can define. Independent kinds corroborate each other. */
export type SignalKind =
  /** A dependency declared in a manifest. */
  | 'dependency'
  /** An import / include / use of a module path. */
  | 'import'
  /** A call to a named API. */
  | 'call'
  /** Words in identifiers (camelCase and snake_case are split into words). */
  | 'identifier'
  /** A regular expression over string literals. */
  | 'literal'
  /** A table of constants (e.g. a cipher S-box), matched over the file's numeric literals in order. */
  | 'constant'
  /** A regular expression over prose files (README, NOTICE), e.g. a Cryptography Notice. */
  | 'notice';

/**
 * How a signal counts:
 * - `positive`: evidence for the category;
 * - `context`: counts only when positive evidence of the same category exists in the same module
 *   (a push-notification send is personalized push only when a user model picks its content);
 * - `negative`: evidence that usage is of an excluded kind (hashing, HMAC, signing only); it
 *   dampens weak positive evidence but never cancels strong evidence.
 */
export type SignalRole = 'positive' | 'context' | 'negative';

/** A detection signal after loading and validation. */
export interface Signal {
  /** Stable id, unique within the category, e.g. `py-import-implicit`. */
  id: string;
  kind: SignalKind;
  role: SignalRole;
  /**
   * What to match:
   * - dependency: the package name (exact; PyPI names compare normalised, `-`/`_`/`.` alike);
   * - import: a module path; matches that path and anything below it (`TTS` matches `TTS.api`);
   * - call: a callee suffix by segments (`Cipher.getInstance` matches `javax.crypto.Cipher.getInstance`);
   * - identifier: one to three lowercase words (`user embedding` matches `userEmbeddingTable`);
   * - literal / notice: a regular expression (RE2 syntax, run on a linear-time engine);
   * - constant: comma-separated integer values (hex or decimal) that must appear in order, complete.
   */
  match: string;
  /** 0..1: how strongly one hit of this signal alone suggests the category. */
  weight: number;
  /** Human-readable name of the evidence, used in messages: "imports implicit (ALS recommender)". */
  label: string;
  /** Restrict to these languages (imports, calls, identifiers, literals). Absent: all languages. */
  languages?: LanguageId[];
  /** Restrict dependency signals to these ecosystems. */
  ecosystems?: Ecosystem[];
  /** For calls: a regular expression the whole call text must match (e.g. the cipher name argument). */
  argumentPattern?: string;
  /** Which control point or sub-technique this signal evidences, e.g. `18(1)`. */
  controlPoint?: string;
}

/** A bilingual text: the Chinese catalogue is the legal text, the English a translation. */
export interface BilingualText {
  zh?: string;
  en: string;
}

/** How far a catalogue fact has been checked against the official text. */
export type VerificationStatus = 'verified' | 'secondary' | 'unverified';

/** Restricted (needs a licence), prohibited (may not be exported), or controlled (EAR: licence or exception). */
export type ControlStatus = 'prohibited' | 'restricted' | 'controlled';

/** One controlled category, as loaded from a catalogue file. */
export interface Category {
  /** Stable id, a contract: `cn.personalized-push`, `ear.5d002-encryption`, ... */
  id: string;
  /** The regime's own number, e.g. `086501X` or `5D002`. */
  itemNumber: string;
  itemName: BilingualText;
  /** The control point within the item, if the category is one point of a larger item. */
  controlPoint?: { number: string; text: BilingualText; subPoints?: BilingualText[] };
  /** A short name for the category itself, shown in diagnostics. */
  title: BilingualText;
  status: ControlStatus;
  /** Which revision of the regime this entry is taken from (an id from the catalogue's revisions). */
  revision: string;
  /** Earlier numbering, e.g. 2020's 056101X control point 21. */
  history?: { revision: string; itemNumber: string; controlPoint?: string; note?: string }[];
  /** What the category covers and what it does not, in plain words. */
  description: BilingualText;
  /** What a developer or reviewer should do when the category applies. */
  guidance: BilingualText;
  /** How far these facts were checked. */
  verification: VerificationStatus;
  /** Where the facts come from. */
  sources?: string[];
  signals: Signal[];
}

/** A regime's revision (an announcement or rule). */
export interface CatalogueRevision {
  id: string;
  title: string;
  date: string;
  reference?: string;
}

/** One loaded catalogue file: one regime. */
export interface Catalogue {
  /** `cn`, `us-ear`, or a user's own id. */
  id: string;
  title: string;
  /** The revision this file applies, normally the newest. */
  version: string;
  jurisdiction: string;
  revisions: CatalogueRevision[];
  categories: Category[];
  /** Absolute path of the file it was loaded from. */
  sourcePath: string;
}

/** A problem found while loading a catalogue file: always names the file, and the position when known. */
export interface CatalogueProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** A piece of evidence: one signal matched at one place. */
export interface Evidence {
  categoryId: string;
  signal: Signal;
  /** Relative path (forward slashes) of the file the evidence is in. */
  path: string;
  range: SourceRange;
  /** The text that matched, for messages and report excerpts. */
  matchedText: string;
}

/** An `exportlens-ignore` directive found in a file. */
export interface Suppression {
  categoryId: string;
  reason: string;
  /** `line`: applies to the next line of code; `file`: written in the file header, applies to the whole file. */
  scope: 'line' | 'file';
  /** The line the directive is on. */
  line: number;
  /** For `line` scope: the line the directive applies to. */
  targetLine?: number;
}

/** Diagnostic severity of a finding, from the category's control status and the confidence. */
export type Severity = 'error' | 'warning' | 'information';

/** Why a file was not scanned. */
export type SkipReason =
  | 'ignored'
  | 'vendored'
  | 'binary'
  | 'minified'
  | 'generated'
  | 'declarations'
  | 'too-large'
  | 'unsupported'
  | 'unreadable'
  | 'excluded'
  | 'symlink';

/** Tunable limits and thresholds, with defaults in `defaults.ts`. */
export interface EngineOptions {
  /** A module-level confidence at or above this means the module needs approval (0..1). */
  approvalThreshold: number;
  /** Findings with confidence below this are not reported at all (0..1). */
  reportThreshold: number;
  /** Files larger than this are skipped (bytes). */
  maxFileSize: number;
  /** Folder names that hold vendored code and are skipped wherever they appear. */
  vendorFolders: string[];
  /** Globs (relative to the root) a file must match to be scanned; empty means everything. */
  include: string[];
  /** Globs (relative to the root) that exclude files. */
  exclude: string[];
  /** Category ids to disable. */
  disabledCategories: string[];
  /** If non-empty, only these category ids are detected. */
  onlyCategories: string[];
  /** Folders (relative, forward slashes) to treat as module roots in addition to manifest folders. */
  moduleRoots: string[];
  /** Per-file parse time limit in milliseconds; past it the lexical fallback is used. */
  parseTimeoutMs: number;
}
