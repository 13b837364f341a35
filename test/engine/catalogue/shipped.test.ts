import * as assert from 'assert';
import { builtinCataloguePaths, loadCatalogues } from '../../../server/src/engine/catalogue';
import { compilePattern } from '../../../server/src/engine/catalogue/patterns';
import { parseConstantTable } from '../../../server/src/engine/catalogue/constant-table';
import type { Catalogue, Category, LanguageId, Signal } from '../../../server/src/engine/types';
import { SignalIndex } from '../../../server/src/engine/detection/signal-index';
import { matchSourceFacts } from '../../../server/src/engine/detection/match';
import { FactExtractor } from '../../../server/src/engine/parsing/extract';

const CONTRACT_IDS = [
  'cn.personalized-push',
  'cn.ai-interactive-interface',
  'cn.speech-synthesis',
  'cn.speech-evaluation',
  'cn.intelligent-marking',
  'ear.5d002-encryption',
];

let catalogues: Catalogue[];
function category(id: string): Category {
  const found = catalogues.flatMap((c) => c.categories).find((k) => k.id === id);
  assert.ok(found, `category ${id} missing`);
  return found;
}
function signal(categoryId: string, signalId: string): Signal {
  const found = category(categoryId).signals.find((s) => s.id === signalId);
  assert.ok(found, `signal ${signalId} missing from ${categoryId}`);
  return found;
}
function table(categoryId: string, signalId: string): number[] {
  const parsed = parseConstantTable(signal(categoryId, signalId).match);
  assert.ok('values' in parsed, 'error' in parsed ? parsed.error : '');
  return parsed.values;
}

// --- independent reference implementations, from the algorithms' definitions ---------------------

/** Multiplication in GF(2^8) modulo the AES polynomial x^8 + x^4 + x^3 + x + 1. */
function gfMul(a: number, b: number): number {
  let product = 0;
  for (let i = 0; i < 8; i++) {
    if (b & 1) product ^= a;
    const carry = a & 0x80;
    a = (a << 1) & 0xff;
    if (carry) a ^= 0x1b;
    b >>= 1;
  }
  return product;
}

/** AES S-box: multiplicative inverse in GF(2^8), then the affine transform with constant 0x63. */
function computeAesSbox(): number[] {
  const rotl = (x: number, n: number) => ((x << n) | (x >> (8 - n))) & 0xff;
  const sbox: number[] = [];
  for (let x = 0; x < 256; x++) {
    let inverse = 0;
    for (let y = 1; y < 256 && x !== 0; y++) if (gfMul(x, y) === 1) inverse = y;
    sbox.push(inverse ^ rotl(inverse, 1) ^ rotl(inverse, 2) ^ rotl(inverse, 3) ^ rotl(inverse, 4) ^ 0x63);
  }
  return sbox;
}

/** SM4 (GB/T 32907-2016) encryption of one block, using the given S-box. */
function sm4Encrypt(sbox: number[], key: number[], block: number[]): number[] {
  const rotl = (x: number, n: number) => ((x << n) | (x >>> (32 - n))) >>> 0;
  const tau = (x: number) => ((sbox[x >>> 24] << 24) | (sbox[(x >>> 16) & 255] << 16) | (sbox[(x >>> 8) & 255] << 8) | sbox[x & 255]) >>> 0;
  const round = (x: number) => { const b = tau(x); return (b ^ rotl(b, 2) ^ rotl(b, 10) ^ rotl(b, 18) ^ rotl(b, 24)) >>> 0; };
  const keyRound = (x: number) => { const b = tau(x); return (b ^ rotl(b, 13) ^ rotl(b, 23)) >>> 0; };
  const FK = [0xa3b1bac6, 0x56aa3350, 0x677d9197, 0xb27022dc];
  const k = key.map((word, i) => (word ^ FK[i]) >>> 0);
  const rk: number[] = [];
  for (let i = 0; i < 32; i++) {
    let ck = 0;
    for (let j = 0; j < 4; j++) ck = ((ck << 8) | (((4 * i + j) * 7) & 0xff)) >>> 0;
    k[i + 4] = (k[i] ^ keyRound((k[i + 1] ^ k[i + 2] ^ k[i + 3] ^ ck) >>> 0)) >>> 0;
    rk.push(k[i + 4]);
  }
  const x = [...block];
  for (let i = 0; i < 32; i++) x[i + 4] = (x[i] ^ round((x[i + 1] ^ x[i + 2] ^ x[i + 3] ^ rk[i]) >>> 0)) >>> 0;
  return [x[35], x[34], x[33], x[32]];
}

describe('shipped catalogues', () => {
  before(() => {
    const loaded = loadCatalogues(builtinCataloguePaths());
    assert.deepStrictEqual(loaded.problems, [], 'the shipped catalogues must load without problems');
    catalogues = loaded.catalogues;
  });

  it('define the contract category ids with item numbers, both languages and signals', () => {
    for (const id of CONTRACT_IDS) {
      const entry = category(id);
      assert.ok(entry.itemNumber.length > 0, id);
      for (const text of [entry.itemName, entry.title]) assert.ok(text.zh && text.en, `${id}: zh and en`);
      assert.ok(entry.signals.some((s) => s.role === 'positive'), `${id}: a positive signal`);
      assert.ok(entry.signals.every((s) => s.label.length > 10), `${id}: labels`);
    }
    assert.strictEqual(category('cn.personalized-push').itemNumber, '086501X');
    assert.strictEqual(category('cn.personalized-push').controlPoint?.number, '18');
    assert.strictEqual(category('cn.personalized-push').controlPoint?.subPoints?.length, 5);
    assert.deepStrictEqual(category('cn.personalized-push').history?.[0], {
      revision: '2020-38',
      itemNumber: '056101X',
      controlPoint: '21',
      note: category('cn.personalized-push').history?.[0].note,
    });
    assert.strictEqual(category('cn.ai-interactive-interface').controlPoint?.number, '18');
    assert.strictEqual(category('cn.speech-synthesis').controlPoint?.number, '17');
    assert.strictEqual(category('cn.speech-evaluation').controlPoint?.number, '19');
    assert.strictEqual(category('cn.intelligent-marking').controlPoint?.number, '20');
    assert.strictEqual(category('ear.5d002-encryption').itemNumber, '5D002');
    assert.strictEqual(category('ear.5d002-encryption').status, 'controlled');
  });

  it('mark the unverified 2020 control points as unverified and say so', () => {
    for (const id of ['cn.ai-interactive-interface', 'cn.speech-synthesis', 'cn.speech-evaluation', 'cn.intelligent-marking']) {
      assert.strictEqual(category(id).verification, 'unverified', id);
      assert.match(category(id).description.en, /UNVERIFIED/, id);
    }
  });

  it('carry the AES S-box exactly as computed from GF(2^8) inversion and the affine map', () => {
    const sbox = computeAesSbox();
    assert.deepStrictEqual(table('ear.5d002-encryption', 'const-aes-sbox'), sbox);
    const inverse = new Array<number>(256);
    sbox.forEach((value, index) => (inverse[value] = index));
    assert.deepStrictEqual(table('ear.5d002-encryption', 'const-aes-inverse-sbox'), inverse);
  });

  it('carry an SM4 S-box that reproduces the GB/T 32907 test vector', () => {
    const sbox = table('ear.5d002-encryption', 'const-sm4-sbox');
    assert.strictEqual(new Set(sbox).size, 256);
    const words = [0x01234567, 0x89abcdef, 0xfedcba98, 0x76543210];
    const cipher = sm4Encrypt(sbox, words, words).map((w) => w.toString(16).padStart(8, '0')).join('');
    assert.strictEqual(cipher, '681edf34d206965e86b3e94f536e4246');
  });

  it('have literal and argument patterns that match what they are meant to, and not look-alikes', () => {
    const matches = (categoryId: string, signalId: string, text: string) => {
      const s = signal(categoryId, signalId);
      return compilePattern(s.kind === 'call' ? (s.argumentPattern ?? '') : s.match).test(text);
    };
    assert.ok(matches('cn.speech-evaluation', 'lit-xfyun-ise', 'wss://ise-api.xfyun.cn/v2/open-ise'));
    assert.ok(!matches('cn.speech-evaluation', 'lit-xfyun-ise', 'wss://tts-api.xfyun.cn/v2/tts'));
    assert.ok(matches('ear.5d002-encryption', 'java-call-cipher-getinstance', 'Cipher.getInstance("AES/GCM/NoPadding")'));
    assert.ok(!matches('ear.5d002-encryption', 'java-call-cipher-getinstance', 'Cipher.getInstance("DES/CBC/PKCS5Padding")'));
    assert.ok(matches('ear.5d002-encryption', 'lit-cipher-transformation', 'AES/CBC/PKCS5Padding'));
    assert.ok(!matches('ear.5d002-encryption', 'lit-cipher-transformation', 'HmacSHA256'));
    assert.ok(matches('ear.5d002-encryption', 'lit-chacha-sigma', 'expand 32-byte k'));
    assert.ok(matches('ear.5d002-encryption', 'notice-eccn-5d002', 'classified as ECCN 5D002.C.1 and exported under TSU'));
    assert.ok(matches('ear.5d002-encryption', 'py-call-hazmat-cipher', 'Cipher(algorithms.AES(key), modes.GCM(iv))'));
  });

  it('treat hashing, HMAC, signing and password hashing as negative, push sends and OCR as context', () => {
    const ear = category('ear.5d002-encryption');
    for (const id of ['neg-js-create-hash', 'neg-js-create-hmac', 'neg-py-import-hashlib', 'neg-java-mac', 'neg-go-sha256', 'neg-npm-bcrypt', 'neg-js-jwt-sign']) {
      assert.strictEqual(ear.signals.find((s) => s.id === id)?.role, 'negative', id);
    }
    assert.ok(category('cn.personalized-push').signals.filter((s) => /push|fcm|apn|web-push/i.test(s.label)).every((s) => s.role === 'context'));
    assert.ok(category('cn.intelligent-marking').signals.filter((s) => /OCR/.test(s.label)).every((s) => s.role === 'context'));
  });

  it('know what public repositories showed: CTR model names, DeepSpeech, Silero TTS, and bcrypt\'s own Blowfish, in real extracted code', async () => {
    const index = new SignalIndex(catalogues.flatMap((c) => c.categories));
    const extractor = await FactExtractor.create();
    const signalIds = async (text: string, language: LanguageId) =>
      new Set(matchSourceFacts(index, await extractor.extract(text, language), 'f', text).map((e) => e.signal.id));
    // A CTR model library's own module: its names and docstrings (after an encoding line) are the evidence.
    const ctr = await signalIds(
      ['# -*- coding:utf-8 -*-', '"""DeepFM: a factorization-machine based neural network for CTR prediction."""', 'def DeepFM(feature_columns):', '    return build(feature_columns)', ''].join('\n'),
      'python',
    );
    for (const id of ['word-deepfm', 'word-factorization-machine', 'word-ctr-prediction']) assert.ok(ctr.has(id), `${id} in ${[...ctr].join(', ')}`);
    // Mozilla DeepSpeech, a speech-to-text engine missing from the brief's list, as its examples use it.
    const stt = await signalIds('import deepspeech\nmodel = deepspeech.Model("en.pbmm")\nstream = model.createStream()\n', 'python');
    assert.ok(stt.has('py-import-deepspeech'), [...stt].join(', '));
    // Silero TTS through torch.hub, as a pronunciation trainer used it.
    const silero = await signalIds(
      "model, _ = torch.hub.load(repo_or_dir='snakers4/silero-models', model='silero_tts', language='en')\naudio = model.apply_tts(text=text, speaker='en_0')\n",
      'python',
    );
    assert.ok(silero.has('lit-silero-tts') && silero.has('call-silero-apply-tts'), [...silero].join(', '));
    // bcrypt's magic text, as a C string or as six 32-bit words (jBCrypt, bcrypt.js), is a negative too.
    const magicText = await signalIds('static const u_int8_t ciphertext[] = "OrpheanBeholderScryDoubt";\n', 'c');
    assert.ok(magicText.has('neg-bcrypt-magic-text'), [...magicText].join(', '));
    const magicWords = await signalIds(
      'class B { static final int[] C = { 0x4f727068, 0x65616e42, 0x65686f6c, 0x64657253, 0x63727944, 0x6f756274 }; }\n',
      'java',
    );
    assert.ok(magicWords.has('neg-bcrypt-magic-words'), [...magicWords].join(', '));
    // Windows CNG's BCryptEncrypt is encryption and is not mistaken for bcrypt.
    const eks = await signalIds('void Blowfish_expandstate(blf_ctx *c, const u_int8_t *salt, u_int16_t len);\n', 'c');
    assert.ok(eks.has('neg-bcrypt-eksblowfish'), [...eks].join(', '));
    const cng = await signalIds('NTSTATUS s = BCryptEncrypt(hKey, plain, n, NULL, iv, 16, out, n, &got, 0);\n', 'c');
    assert.ok(cng.has('c-call-bcrypt-encrypt') && !cng.has('neg-bcrypt-eksblowfish'), [...cng].join(', '));
  });
});
