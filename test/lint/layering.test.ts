// The layering lint rule bites: a planted upward import in each layer is an error, and the
// imports each layer is allowed are not. ESLint lints the text as if it were the named file.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** [file it pretends to be, the import it plants, whether the layering rule must refuse it] */
const CASES: Array<[string, string, boolean]> = [
  ['servers/planted.ts', '../src/errors.js', true],
  ['servers/planted.ts', './http-common.js', false],
  ['src/stats/planted.ts', '../results/schema.js', true],
  ['src/stats/planted.ts', '../measure/suite.js', true],
  ['src/stats/planted.ts', './summary.js', false],
  ['src/model/planted.ts', '../measure/capacity.js', true],
  ['src/model/planted.ts', '../report/format.js', true],
  ['src/model/planted.ts', '../cli/validate.js', true],
  ['src/model/planted.ts', '../results/schema.js', false],
  ['src/report/planted.ts', '../measure/capacity.js', true],
  ['src/report/charts/planted.ts', '../../measure/context.js', true],
  ['src/report/planted.ts', '../results/crowding.js', false],
  ['src/compare/planted.ts', '../cli/compare-options.js', true],
  ['src/compare/planted.ts', '../measure/context.js', true],
  ['src/compare/planted.ts', '../report/writer.js', false],
  ['src/merge/planted.ts', '../measure/cores.js', true],
  ['src/merge/planted.ts', '../cli/compare-options.js', true],
  ['src/merge/planted.ts', '../report/charts/render.js', false],
  ['src/cli/planted.ts', '../../bench/target.js', true],
  ['src/cli/main.ts', '../../bench/main.js', false],
  ['src/cli/main.ts', '../../test/support/fake-clock.js', true],
  ['src/measure/planted.ts', '../report/writer.js', true],
  ['src/measure/planted.ts', '../../test/support/fake-clock.js', true],
  ['src/strategies/planted.ts', '../workloads/task.js', false],
];

test('the layering rule refuses every planted upward import and allows the rest', async () => {
  const eslint = new ESLint({ cwd: root });
  for (const [file, specifier, refused] of CASES) {
    const code = `import { x } from '${specifier}';\nexport const y = x;\n`;
    const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
    const layering = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
    assert.equal(layering.length > 0, refused, `${file} importing ${specifier}: ${refused ? 'should be refused' : 'should be allowed'}`);
  }
});
