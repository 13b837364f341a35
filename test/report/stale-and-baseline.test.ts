/**
 * After the code changes: a decision whose evidence changed is STALE, one whose code only moved stays
 * current, and a report against a baseline (the earlier `scan --format json`) shows what is new,
 * changed and gone. Expected changes follow from the edits this test makes to a copy of examples/.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyExamples, expectedClassification, htmlText, parseCsv, runCli } from './report-fixtures';
import type { ScanResult } from '../../server/src/engine/result';
import { decisionStates } from '../../server/src/report/decision-state';

describe('report: stale decisions and baseline differences', function () {
  this.timeout(180_000);
  let root: string;
  let html: string;
  let md: string;
  let csv: string[][];
  let current: ScanResult;
  const { approval } = expectedClassification();

  before(async () => {
    root = copyExamples();
    const baseline = path.join(root, '..', `${path.basename(root)}-baseline.json`);
    const scan = await runCli(['scan', root, '--format', 'json', '--output', baseline, '--quiet']);
    assert.equal(scan.code, 0, scan.stderr);
    for (const module of ['recommender-service', 'vault-crypto', 'speech-studio']) {
      const run = await runCli(['review', root, '--module', module, '--category', approval.get(module)!, '--status', 'licence-required', '--reviewer', 'R', '--date', '2026-01-10', '--quiet']);
      assert.equal(run.code, 0, run.stderr);
    }
    // recommender-service: code only moves down (lines inserted above) → decision stays current.
    const train = path.join(root, 'recommender-service/src/train.py');
    fs.writeFileSync(train, `# moved\n# down\n${fs.readFileSync(train, 'utf8')}`);
    // vault-crypto: the Open function (a second aes.NewCipher / NewGCM) is removed → evidence changed → STALE, CHANGED.
    const seal = path.join(root, 'vault-crypto/internal/seal/seal.go');
    const sealText = fs.readFileSync(seal, 'utf8');
    fs.writeFileSync(seal, sealText.slice(0, sealText.indexOf('// Open reverses Seal.')));
    // speech-studio: deleted → its module and category are GONE (its decision has nothing to attach to).
    fs.rmSync(path.join(root, 'speech-studio'), { recursive: true });
    // narrator: a new module using the TTS library → NEW.
    fs.mkdirSync(path.join(root, 'narrator'));
    fs.writeFileSync(path.join(root, 'narrator/pyproject.toml'), '[project]\nname = "narrator"\nversion = "0.1.0"\ndependencies = ["coqui-tts>=0.24"]\n');
    fs.writeFileSync(path.join(root, 'narrator/speak.py'), 'from TTS.api import TTS\n\n\ndef speak(text, path):\n    TTS("tts_models/en/ljspeech/vits").tts_to_file(text=text, file_path=path)\n');
    const common = ['--baseline', baseline, '--date', '2026-02-01', '--quiet'];
    for (const [format, file] of [['html', 'r.html'], ['md', 'r.md'], ['csv', 'r.csv']]) {
      const run = await runCli(['report', root, '--format', format, '--output', path.join(root, '..', `${path.basename(root)}-${file}`), ...common]);
      assert.equal(run.code, 0, run.stderr);
    }
    html = fs.readFileSync(path.join(root, '..', `${path.basename(root)}-r.html`), 'utf8');
    md = fs.readFileSync(path.join(root, '..', `${path.basename(root)}-r.md`), 'utf8');
    csv = parseCsv(fs.readFileSync(path.join(root, '..', `${path.basename(root)}-r.csv`), 'utf8'));
    const json = await runCli(['scan', root, '--format', 'json', '--quiet']);
    current = JSON.parse(json.stdout) as ScanResult;
  });
  after(() => {
    for (const suffix of ['', '-baseline.json', '-r.html', '-r.md', '-r.csv']) fs.rmSync(`${root}${suffix}`, { recursive: true, force: true });
  });

  const section = (module: string) => {
    const start = html.indexOf(`<section id="module-${module}"`);
    assert.ok(start >= 0, `section for ${module}`);
    const end = html.indexOf('<section id="module-', start + 10);
    return htmlText(html.slice(start, end > 0 ? end : html.indexOf('<section id="clean"')));
  };

  it('marks the decision whose evidence changed STALE and keeps the moved-only one current', () => {
    assert.match(section('vault-crypto'), /Decision STALE licence required/);
    assert.ok(section('vault-crypto').includes('the evidence changed since this decision was recorded'));
    assert.match(section('recommender-service'), /Decision current licence required/);
    assert.ok(htmlText(html).includes('1 current, 1 stale'), 'summary counts');
    assert.match(md, /\*\*STALE\*\* licence required/);
    const col = (name: string) => csv[0].indexOf(name);
    assert.equal(csv.find((r) => r[col('module')] === 'vault-crypto')![col('decision stale')], 'yes');
    assert.equal(csv.find((r) => r[col('module')] === 'recommender-service')![col('decision stale')], 'no');
  });

  it('gives the editor the same states through decisionStates', () => {
    const { states, problems } = decisionStates(root, current);
    assert.deepEqual(problems, []);
    assert.equal(states.get('vault-crypto\u0000ear.5d002-encryption')?.state, 'stale');
    assert.equal(states.get('recommender-service\u0000cn.personalized-push')?.state, 'current');
  });

  it('lists a decision whose module is gone instead of dropping it', () => {
    const text = htmlText(html.slice(html.indexOf('<section id="orphans"')));
    assert.match(text, /speech-studio cn\.speech-synthesis licence required R, 2026-01-10 module no longer found/);
  });

  it('shows new, changed and gone since the baseline', () => {
    const changes = htmlText(html.slice(html.indexOf('<section id="changes"'), html.indexOf('</section>', html.indexOf('<section id="changes"'))));
    assert.match(changes, /New modules: narrator/);
    assert.match(changes, /Modules gone since the baseline: speech-studio/);
    assert.match(changes, /narrator Speech synthesis.* cn\.speech-synthesis NEW/);
    assert.match(changes, /vault-crypto Encryption software.* ear\.5d002-encryption CHANGED/);
    assert.match(changes, /speech-studio Speech synthesis.* cn\.speech-synthesis GONE/);
    assert.ok(!/recommender-service/.test(changes), 'moved-only code is not a change');
    // The removed findings are listed under the module with their old location.
    const gone = section('vault-crypto');
    assert.match(gone, /Findings gone since the baseline GONE vault-crypto\/internal\/seal\/seal\.go:34/);
    const col = (name: string) => csv[0].indexOf(name);
    const change = (module: string) => csv.find((r) => r[col('module')] === module)?.[col('change since baseline')];
    assert.equal(change('narrator'), 'NEW');
    assert.equal(change('vault-crypto'), 'CHANGED');
    assert.equal(change('speech-studio'), 'GONE');
    assert.equal(change('recommender-service'), 'unchanged');
    assert.match(md, /\| narrator \| Speech synthesis.* \| NEW \|/);
  });

  it('rejects a baseline that is not a scan result, naming the file (exit 2)', async () => {
    const bad = path.join(root, '..', `${path.basename(root)}-baseline.json`);
    fs.writeFileSync(bad, '{"hello": 1}');
    const run = await runCli(['report', root, '--format', 'md', '--output', path.join(root, '..', 'never.md'), '--baseline', bad, '--quiet']);
    assert.equal(run.code, 2);
    assert.ok(run.stderr.includes(bad) && run.stderr.includes('not an ExportLens scan result'));
    assert.ok(!fs.existsSync(path.join(root, '..', 'never.md')));
  });
});
