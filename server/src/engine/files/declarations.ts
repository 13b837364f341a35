/**
 * Recognises files that only declare types: TypeScript declaration files (`.d.ts`, `.d.mts`,
 * `.d.cts`) and Python type stubs (`.pyi`). They describe an API and implement nothing, so they are
 * not scanned. The catalogues control technology that is implemented: typings for a cipher library
 * (`@types/node` declaring `createCipheriv`, `lib.dom.d.ts` declaring `SpeechRecognition`) are not
 * encryption or speech software, and the implementation they describe is scanned where it lives.
 *
 * C and C++ headers are not among them: headers often hold implementations (inline functions,
 * header-only libraries, S-box tables).
 */
const DECLARATION_FILES: { pattern: RegExp; what: string }[] = [
  { pattern: /\.d\.[cm]?ts$/i, what: 'TypeScript declaration file' },
  { pattern: /\.pyi$/i, what: 'Python type stub' },
];

/** Why `filePath` only declares types, judged by its name; undefined when it may implement something. */
export function declarationReason(filePath: string): string | undefined {
  const kind = DECLARATION_FILES.find(({ pattern }) => pattern.test(filePath));
  return kind ? `${kind.what}: declares types, implements nothing` : undefined;
}
