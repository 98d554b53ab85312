// ESLint flat config: typescript-eslint's recommended rules over every TypeScript source, and the
// layering of the tree (see ../shared/STYLE.md): each rule below is one `no-restricted-imports` per
// folder, proved to bite by test/lint/layering.test.ts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** An import from any of `folders` of src/ (relative specifiers, at any depth). */
const fromSrc = (folders, message) => ({ regex: `^(\\.\\./)+(${folders.join('|')})/`, message });

/** Every file of src/: the suites (bench/) and tests sit above it. */
const SRC = { regex: '(^|/)(bench|test)/', message: 'src/ imports nothing from bench/ (suites) or test/: move the shared piece into src/' };

/**
 * The layers: who may not import whom. Flat config does not merge two settings of one rule for a
 * file (the later wins), so each src/ layer repeats SRC, and src/ files of no layer below get SRC alone.
 */
const LAYERS = [
  {
    files: ['servers/**/*.ts'],
    patterns: [{ regex: '(^|/)(src|bench)/', message: 'servers/ are standalone: they import nothing from src/ or bench/' }],
  },
  {
    files: ['src/stats/**/*.ts'],
    patterns: [
      fromSrc(
        ['measure', 'report', 'cli', 'compare', 'model', 'results', 'strategies', 'workloads', 'refs'],
        'stats/ is pure maths over numbers: it imports nothing else of src/',
      ),
    ],
  },
  {
    files: ['src/model/**/*.ts'],
    patterns: [fromSrc(['measure', 'report', 'cli', 'compare', 'refs'], 'model/ reads results and stats: never measure, report, compare or cli')],
  },
  {
    files: ['src/results/**/*.ts'],
    patterns: [fromSrc(['measure', 'report', 'cli', 'compare', 'model', 'refs'], 'results/ is the contract: it imports only stats types and errors')],
  },
  {
    files: ['src/report/**/*.ts', 'src/compare/**/*.ts', 'src/merge/**/*.ts'],
    patterns: [fromSrc(['measure', 'cli', 'strategies', 'workloads'], 'report, compare and merge read results.json (src/results), not the measuring code or the CLI')],
  },
  {
    files: ['src/measure/**/*.ts', 'src/strategies/**/*.ts', 'src/workloads/**/*.ts'],
    patterns: [fromSrc(['report', 'compare', 'cli', 'refs'], 'measuring code does not import what reads its output, nor the CLI')],
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
      'prefer-const': 'error',
    },
  },
  { files: ['src/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [SRC] }] } },
  ...LAYERS.map(({ files, patterns }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: files[0].startsWith('src/') ? [...patterns, SRC] : patterns }] },
  })),
  // The `asyncbench` entry wires the suites into the bench command, as bench/main.ts does: it alone
  // of src/ may import bench/ (and servers/); never test/.
  {
    files: ['src/cli/main.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)test/', message: 'src/ imports nothing from test/' }] }] },
  },
);
