/**
 * SARIF output validates against the official SARIF 2.1.0 schema (the OASIS rtm.5 schema, as shipped
 * in @microsoft/jest-sarif) and carries what GitHub code scanning needs.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from '../helpers/cli';

const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; help: { text: string }; properties: { itemNumber: string } }[] } };
    results: { ruleId: string; ruleIndex?: number; level: string; suppressions?: { kind: string; justification: string }[]; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
  }[];
}

describe('SARIF output', function () {
  this.timeout(120_000);
  let sarif: SarifLog;

  before(async () => {
    const run = await runCli(['scan', '--format', 'sarif', '--quiet']);
    assert.equal(run.code, 0, run.stderr);
    sarif = JSON.parse(run.stdout) as SarifLog;
  });

  it('validates against the official SARIF 2.1.0 schema', () => {
    // The official schema's `language` pattern has a stray `]` that is only legal without the `u` flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')));
    const valid = validate(sarif);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    // The validator really checks: a result with a level SARIF does not define is rejected.
    const broken = JSON.parse(JSON.stringify(sarif)) as SarifLog;
    broken.runs[0].results[0].level = 'severe';
    assert.equal(validate(broken), false);
  });

  it('has one rule per catalogue entry, with the item number and help text', () => {
    const rules = sarif.runs[0].tool.driver.rules;
    const ids = rules.map((r) => r.id);
    for (const id of ['cn.personalized-push', 'cn.ai-interactive-interface', 'cn.speech-synthesis', 'cn.speech-evaluation', 'cn.intelligent-marking', 'ear.5d002-encryption']) {
      assert.ok(ids.includes(id), `rule ${id}`);
    }
    const push = rules.find((r) => r.id === 'cn.personalized-push')!;
    assert.equal(push.properties.itemNumber, '086501X');
    assert.match(push.help.text, /What to do/);
  });

  it('points each result at its rule and location, and carries suppressions with their reasons', () => {
    const { results, tool } = sarif.runs[0];
    assert.ok(results.length > 0);
    for (const r of results) {
      assert.equal(tool.driver.rules[r.ruleIndex!].id, r.ruleId);
      assert.ok(r.locations[0].physicalLocation.region.startLine >= 1);
    }
    const suppressed = results.filter((r) => r.suppressions);
    assert.ok(suppressed.length >= 1);
    assert.equal(suppressed[0].suppressions![0].kind, 'inSource');
    assert.match(suppressed[0].suppressions![0].justification, /LEG-112/);
    assert.ok(results.some((r) => r.level === 'warning'));
  });
});
