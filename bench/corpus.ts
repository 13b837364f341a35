/**
 * Benchmark corpora, written under CORPUS_ROOT (outside the repository) and reused between runs:
 * - `generated-<N>mb`: realistic files in every supported language, built from templates; a known
 *   share (SIGNAL_SHARE) carries an import and a call taken from the catalogue's own signals;
 * - `npm-real`: the JavaScript/TypeScript already under node_modules, hard-linked into one folder
 *   (nested node_modules renamed) so every tool sees exactly the same files;
 * - `tiny-<N>`: N tiny files in a deep tree (issue 7's scale figure).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Catalogue, LanguageId } from '../server/src/engine/types';

/**
 * Outside the repository: `$EXPORTLENS_BENCH_DIR`, else `$XDG_CACHE_HOME/exportlens/bench-corpus` or
 * `~/.cache/exportlens/bench-corpus`. Inside it, the million-file tree made packaging the extension
 * (which walks the project folder before applying .vscodeignore) run past the tests' time limit.
 */
export const CORPUS_ROOT = process.env.EXPORTLENS_BENCH_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'exportlens', 'bench-corpus');
const GENERATOR_VERSION = 'v1';
export const SIGNAL_SHARE = 0.1;

/** A tiny deterministic PRNG, so a corpus is the same on every machine. */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    state ^= state + Math.imul(state ^ (state >>> 7), 61 | state);
    return ((state ^ (state >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['order', 'invoice', 'customer', 'total', 'amount', 'line', 'price', 'count', 'label', 'record', 'entry', 'batch', 'report', 'window', 'margin', 'status', 'region', 'ticket', 'shelf', 'route'];

type Lang = { ext: string; id: LanguageId; header: (n: string) => string; fn: (name: string, a: string, b: string, i: number) => string; footer: string; imp: (m: string) => string; call: (c: string) => string };

const cLike = (t: string) => (name: string, a: string, b: string, i: number) =>
  `${t} ${name}(${t} ${a}, ${t} ${b}) {\n    ${t} result = ${a} * ${i % 7 + 1} + ${b};\n    if (result > ${i * 13}) {\n        result = result - ${a};\n    }\n    for (int k = 0; k < ${i % 5 + 2}; k++) {\n        result += k * ${b};\n    }\n    return result;\n}\n\n`;

export const LANGUAGES: Lang[] = [
  { ext: 'js', id: 'javascript', header: (n) => `'use strict';\n// ${n}: order handling helpers\n`, footer: 'module.exports = {};\n', imp: (m) => `const lib = require('${m}');\n`, call: (c) => `${c}(input);\n`,
    fn: (name, a, b, i) => `function ${name}(${a}, ${b}) {\n  const items = ${a}.filter((x) => x.${b} > ${i});\n  let total = 0;\n  for (const item of items) {\n    total += item.price * item.count;\n  }\n  return { total, label: \`${name}-\${items.length}\` };\n}\n\n` },
  { ext: 'ts', id: 'typescript', header: (n) => `// ${n}: typed services\nexport interface Row { price: number; count: number; label: string }\n`, footer: 'export default {};\n', imp: (m) => `import * as lib from '${m}';\n`, call: (c) => `${c}(input);\n`,
    fn: (name, a, b, i) => `export function ${name}(${a}: Row[], ${b}: number): { total: number; label: string } {\n  const rows = ${a}.filter((row) => row.count > ${b} + ${i});\n  let total = 0;\n  for (const row of rows) total += row.price * row.count;\n  return { total, label: \`${name}:\${rows.length}\` };\n}\n\n` },
  { ext: 'py', id: 'python', header: (n) => `"""${n}: report helpers."""\nfrom dataclasses import dataclass\n\n`, footer: '', imp: (m) => `import ${m}\n`, call: (c) => `${c}(data)\n`,
    fn: (name, a, b, i) => `def ${name}(${a}, ${b}):\n    rows = [r for r in ${a} if r.count > ${b} + ${i}]\n    total = 0\n    for row in rows:\n        total += row.price * row.count\n    return {"total": total, "label": "${name}-%d" % len(rows)}\n\n\n` },
  { ext: 'java', id: 'java', header: (n) => `package com.example.${n.toLowerCase()};\n\nimport java.util.List;\n\npublic class ${n} {\n`, footer: '}\n', imp: (m) => `import ${m};\n`, call: (c) => `    static { ${c}(null); }\n`,
    fn: (name, a, b, i) => `    public static int ${name}(List<Integer> ${a}, int ${b}) {\n        int total = 0;\n        for (int value : ${a}) {\n            if (value > ${b} + ${i}) total += value * ${i % 9 + 1};\n        }\n        return total;\n    }\n\n` },
  { ext: 'go', id: 'go', header: (n) => `package ${n.toLowerCase()}\n\n`, footer: '', imp: (m) => `import _ "${m}"\n`, call: (c) => `var _ = ${c}\n`,
    fn: (name, a, b, i) => `func ${name}(${a} []int, ${b} int) int {\n\ttotal := 0\n\tfor _, v := range ${a} {\n\t\tif v > ${b}+${i} {\n\t\t\ttotal += v * ${i % 9 + 1}\n\t\t}\n\t}\n\treturn total\n}\n\n` },
  { ext: 'c', id: 'c', header: (n) => `/* ${n}: table helpers */\n#include <stdio.h>\n\n`, footer: '', imp: (m) => `#include <${m}>\n`, call: (c) => `void use_${Math.abs(hash(c))}(void) { ${c}(0); }\n`, fn: cLike('int') },
  { ext: 'cpp', id: 'cpp', header: (n) => `// ${n}: numeric helpers\n#include <vector>\n\n`, footer: '', imp: (m) => `#include <${m}>\n`, call: (c) => `void use_${Math.abs(hash(c))}() { ${c}(0); }\n`, fn: cLike('long') },
  { ext: 'cs', id: 'csharp', header: (n) => `using System;\n\nnamespace Example.${n} {\npublic static class ${n} {\n`, footer: '}\n}\n', imp: (m) => `using ${m};\n`, call: (c) => `    static void Use() { ${c}(null); }\n`,
    fn: (name, a, b, i) => `    public static int ${name}(int[] ${a}, int ${b}) {\n        var total = 0;\n        foreach (var v in ${a}) { if (v > ${b} + ${i}) total += v * ${i % 9 + 1}; }\n        return total;\n    }\n\n` },
  { ext: 'rs', id: 'rust', header: (n) => `//! ${n}: numeric helpers\n\n`, footer: '', imp: (m) => `use ${m.replace(/[./]/g, '::')};\n`, call: (c) => `fn use_it() { ${c.replace(/\./g, '::')}(); }\n`,
    fn: (name, a, b, i) => `pub fn ${name}(${a}: &[i64], ${b}: i64) -> i64 {\n    let mut total = 0;\n    for v in ${a} {\n        if *v > ${b} + ${i} {\n            total += v * ${i % 9 + 1};\n        }\n    }\n    total\n}\n\n` },
  { ext: 'kt', id: 'kotlin', header: (n) => `package com.example.${n.toLowerCase()}\n\n`, footer: '', imp: (m) => `import ${m}\n`, call: (c) => `val used = ${c}(null)\n`,
    fn: (name, a, b, i) => `fun ${name}(${a}: List<Int>, ${b}: Int): Int {\n    var total = 0\n    for (v in ${a}) {\n        if (v > ${b} + ${i}) total += v * ${i % 9 + 1}\n    }\n    return total\n}\n\n` },
  { ext: 'rb', id: 'ruby', header: (n) => `# ${n}: report helpers\n`, footer: '', imp: (m) => `require '${m}'\n`, call: (c) => `${c}(data)\n`,
    fn: (name, a, b, i) => `def ${name}(${a}, ${b})\n  rows = ${a}.select { |r| r.count > ${b} + ${i} }\n  total = 0\n  rows.each { |r| total += r.price * r.count }\n  { total: total, label: "${name}-#{rows.size}" }\nend\n\n` },
  { ext: 'php', id: 'php', header: (n) => `<?php\n// ${n}: report helpers\n`, footer: '', imp: (m) => `use ${m.replace(/[./]/g, '\\')};\n`, call: (c) => `${c.replace(/\./g, '::')}($data);\n`,
    fn: (name, a, b, i) => `function ${name}($${a}, $${b}) {\n    $total = 0;\n    foreach ($${a} as $row) {\n        if ($row['count'] > $${b} + ${i}) { $total += $row['price'] * $row['count']; }\n    }\n    return ['total' => $total, 'label' => "${name}"];\n}\n\n` },
  { ext: 'swift', id: 'swift', header: (n) => `// ${n}: numeric helpers\nimport Foundation\n\n`, footer: '', imp: (m) => `import ${m}\n`, call: (c) => `let used = ${c}(nil)\n`,
    fn: (name, a, b, i) => `func ${name}(_ ${a}: [Int], _ ${b}: Int) -> Int {\n    var total = 0\n    for v in ${a} where v > ${b} + ${i} {\n        total += v * ${i % 9 + 1}\n    }\n    return total\n}\n\n` },
];

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** Import and call signal texts per language, from the catalogue itself. */
export function signalSamples(catalogues: Catalogue[], language: LanguageId): { imports: string[]; calls: string[] } {
  const imports: string[] = [];
  const calls: string[] = [];
  for (const category of catalogues.flatMap((c) => c.categories)) {
    for (const signal of category.signals) {
      if (signal.role !== 'positive' || (signal.languages && !signal.languages.includes(language))) continue;
      if (signal.kind === 'import') imports.push(signal.match);
      if (signal.kind === 'call' && !signal.argumentPattern) calls.push(signal.match);
    }
  }
  return { imports, calls };
}

/** Writes (or reuses) a generated corpus of about `megabytes` MB; returns its folder and facts. */
export function generatedCorpus(megabytes: number, catalogues: Catalogue[]): { root: string; files: number; bytes: number; withSignals: number } {
  const root = path.join(CORPUS_ROOT, `generated-${megabytes}mb`);
  const marker = path.join(root, '.bench-complete.json');
  try {
    const done = JSON.parse(fs.readFileSync(marker, 'utf8')) as { version: string; files: number; bytes: number; withSignals: number };
    if (done.version === GENERATOR_VERSION) return { root, ...done };
  } catch {
    // Not generated yet (or by another generator version): write it.
  }
  fs.rmSync(root, { recursive: true, force: true });
  const random = rng(megabytes * 7919);
  const target = megabytes * 1024 * 1024;
  let bytes = 0;
  let files = 0;
  let withSignals = 0;
  const samples = new Map(LANGUAGES.map((l) => [l.id, signalSamples(catalogues, l.id)]));
  while (bytes < target) {
    const lang = LANGUAGES[files % LANGUAGES.length];
    const service = `service-${Math.floor(files / 400)}`;
    const dir = path.join(root, service, lang.id, `pkg${Math.floor(files / 40) % 10}`);
    if (files % 400 === 0) {
      fs.mkdirSync(path.join(root, service), { recursive: true });
      fs.writeFileSync(path.join(root, service, 'package.json'), JSON.stringify({ name: service, version: '1.0.0', dependencies: { lodash: '^4.17.21' } }, null, 2));
    }
    fs.mkdirSync(dir, { recursive: true });
    const name = `Module${files}`;
    let text = lang.header(name);
    const sample = samples.get(lang.id)!;
    const carries = random() < SIGNAL_SHARE && (sample.imports.length > 0 || sample.calls.length > 0);
    if (carries) {
      withSignals++;
      if (sample.imports.length > 0) text += lang.imp(sample.imports[Math.floor(random() * sample.imports.length)]);
    }
    const functions = 10 + Math.floor(random() * 60);
    for (let i = 0; i < functions; i++) {
      const word = WORDS[Math.floor(random() * WORDS.length)];
      text += lang.fn(`${word}${lang.id === 'csharp' || lang.id === 'java' ? 'Of' : '_of_'}${i}`, `${word}s`, `min_${WORDS[i % WORDS.length]}`, i);
    }
    if (carries && sample.calls.length > 0) text += lang.call(sample.calls[Math.floor(random() * sample.calls.length)]);
    text += lang.footer;
    fs.writeFileSync(path.join(dir, `${name.toLowerCase()}.${lang.ext}`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  fs.writeFileSync(marker, JSON.stringify({ version: GENERATOR_VERSION, files, bytes, withSignals }));
  return { root, files, bytes, withSignals };
}

/** The JS/TS under node_modules, hard-linked (copied if links fail) into one folder. */
export function npmCorpus(packageRoot: string): { root: string; files: number; bytes: number } {
  const root = path.join(CORPUS_ROOT, 'npm-real');
  const marker = path.join(root, '.bench-complete.json');
  try {
    return { root, ...(JSON.parse(fs.readFileSync(marker, 'utf8')) as { files: number; bytes: number }) };
  } catch {
    // build it below
  }
  fs.rmSync(root, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relName = rel ? `${rel}/${entry.name === 'node_modules' ? 'nm' : entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name === '.bin' || entry.name === '.cache' || entry.name.startsWith('.')) continue;
        walk(full, relName);
      } else if (entry.isFile() && /\.(m?js|cjs|ts|tsx)$/.test(entry.name) && !/\.min\.js$/.test(entry.name)) {
        const size = fs.statSync(full).size;
        if (size > 2 * 1024 * 1024) continue;
        const target = path.join(root, relName);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        try {
          fs.linkSync(full, target);
        } catch {
          fs.copyFileSync(full, target);
        }
        files++;
        bytes += size;
      }
    }
  };
  walk(path.join(packageRoot, 'node_modules'), '');
  fs.writeFileSync(marker, JSON.stringify({ files, bytes }));
  return { root, files, bytes };
}

/** `count` tiny files in a deep tree (depth about 12), some with a catalogue import. */
export function tinyCorpus(count: number, catalogues: Catalogue[]): { root: string; files: number; bytes: number } {
  const root = path.join(CORPUS_ROOT, `tiny-${count}`);
  const marker = path.join(root, '.bench-complete.json');
  try {
    return { root, ...(JSON.parse(fs.readFileSync(marker, 'utf8')) as { files: number; bytes: number }) };
  } catch {
    // build it below
  }
  fs.rmSync(root, { recursive: true, force: true });
  const imports = signalSamples(catalogues, 'python').imports;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let n = Math.floor(i / 8);
    for (let d = 0; d < 12 && n > 0; d++) {
      parts.push(`d${n % 8}`);
      n = Math.floor(n / 8);
    }
    const dir = path.join(root, ...parts);
    if (i % 8 === 0) fs.mkdirSync(dir, { recursive: true });
    const text = i % 50 === 0 && imports.length > 0 ? `import ${imports[i % imports.length]}\n` : `x = ${i}\n`;
    fs.writeFileSync(path.join(dir, `f${i}.py`), text);
    bytes += text.length;
  }
  fs.writeFileSync(marker, JSON.stringify({ files: count, bytes }));
  return { root, files: count, bytes };
}
