import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { HELP as COMPARE_HELP } from '../../src/cli/compare.js';
import { COMPARE_OPTION_SPEC, compareOptionSpec, compareOptionsHelp, parseOrThrow, resolveOutputs } from '../../src/cli/compare-options.js';
import { HELP as REFS_HELP } from '../../src/cli/compare-refs.js';
import { compare } from '../../src/compare/compare.js';
import { EXPORTERS, type Exporter } from '../../src/compare/exporters.js';
import { writeComparisonOutputs } from '../../src/compare/outputs.js';
import { InvalidOptionError } from '../../src/errors.js';
import { ioSuite, resultsFile } from './fixtures.js';

const c = compare(resultsFile([ioSuite(5000, 60, 700)]), resultsFile([ioSuite(5000, 60, 5000)]));
const placeholder = (e: Exporter): string => (e.writes === 'file' ? 'FILE' : 'DIR');

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'asyncbench-exporters-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('every registered exporter is a path option of the spec, and in both commands\' --help with its help lines', () => {
  const spec: Record<string, { type: string }> = COMPARE_OPTION_SPEC;
  for (const e of EXPORTERS) {
    assert.deepEqual(spec[e.flag], { type: 'string' }, e.flag);
    for (const help of [COMPARE_HELP, REFS_HELP]) {
      assert.ok(help.includes(`  --${e.flag} ${placeholder(e)} `), `--${e.flag} in --help`);
      for (const line of e.help) assert.ok(help.includes(line), line);
    }
  }
});

test('flags are unique and take no other option\'s name', () => {
  const flags = EXPORTERS.map((e) => e.flag);
  assert.equal(new Set(flags).size, flags.length);
  for (const other of ['alpha', 'threshold', 'gate', 'noise-floor', 'help', 'runs', 'preset', 'install', 'bench-args', 'out']) {
    assert.ok(!flags.includes(other), other);
  }
});

test('every registered exporter returns content without writing: text or bytes for a file, relative paths for a folder', async () => {
  for (const e of EXPORTERS) {
    if (e.writes === 'file') {
      const content = await e.render(c);
      assert.ok(typeof content === 'string' || Buffer.isBuffer(content), e.flag);
      assert.ok(content.length > 0, e.flag);
    } else {
      const files = await e.render(c);
      assert.ok(files.length > 0, e.flag);
      for (const f of files) assert.ok(!f.path.startsWith('/') && !f.path.includes('..'), `${e.flag}: ${f.path}`);
    }
  }
});

/** Two planted exporters, one per kind: added to the registry and nowhere else. */
const fakeFile: Exporter = { flag: 'fake-file', writes: 'file', help: ['write a fake file', 'on two lines'], render: (x) => `metrics: ${x.metrics.length}\n` };
const fakeFolder: Exporter = {
  flag: 'fake-folder',
  writes: 'folder',
  help: ['write a fake folder'],
  render: async (x) => [{ path: 'sub/verdicts.txt', content: Buffer.from(x.metrics.map((m) => m.verdict).join(',')) }],
};
const planted = [...EXPORTERS, fakeFile, fakeFolder];

test('a planted exporter gets its flag, its help and its file, with no other edit', async () => {
  const help = compareOptionsHelp(planted);
  assert.match(help, /^ {2}--fake-file FILE {10}write a fake file\n {28}on two lines$/m);
  assert.match(help, /^ {2}--fake-folder DIR {9}write a fake folder$/m);
  assert.match(help, /--fake-folder DIR .*\n {2}-h, --help {16}show this help$/);

  const file = join(dir, 'fake.txt');
  const folder = join(dir, 'fake-out');
  const { values } = parseOrThrow({
    args: ['base.json', 'head.json', '--fake-file', file, '--fake-folder', folder, '--json', join(dir, 'c.json')],
    options: compareOptionSpec(planted),
    allowPositionals: true,
    strict: true,
  });
  const outputs = resolveOutputs(values, planted);
  assert.deepEqual(outputs, { json: join(dir, 'c.json'), 'fake-file': file, 'fake-folder': folder });

  const written = await writeComparisonOutputs(c, outputs, planted);
  assert.deepEqual(written, [join(dir, 'c.json'), file, join(folder, 'sub/verdicts.txt')]);
  assert.equal(readFileSync(file, 'utf8'), `metrics: ${c.metrics.length}\n`);
  assert.match(readFileSync(join(folder, 'sub/verdicts.txt'), 'utf8'), /^(regressed|improved|unchanged|inconclusive)(,|$)/);
});

test('a planted exporter\'s empty path is refused like any other, naming its flag', () => {
  assert.throws(() => resolveOutputs({ 'fake-file': ' ' }, planted), new InvalidOptionError("--fake-file needs a path (got '')"));
});

test('without the planted exporter its flag is an unknown option', () => {
  assert.throws(
    () => parseOrThrow({ args: ['--fake-file', 'x'], options: compareOptionSpec(), allowPositionals: true, strict: true }),
    (error: unknown) => error instanceof InvalidOptionError && /Unknown option '--fake-file'/.test(error.message),
  );
});
