import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Who may import whom. ESLint keeps only the last `no-restricted-imports` that matches a file,
 * so each block below lists all of its file's limits, built from these pieces.
 */
const electron = [
  {
    group: ['electron', 'electron/*'],
    message: 'The engine and the contract are pure: no electron here.',
  },
]
const node = (where) => [{ group: ['node:*'], message: `${where} has no Node.` }]
const roots = (names, why) =>
  names.map((name) => ({ group: [name, `${name}/*`], message: `${why}: no ${name} here.` }))
/** Two levels up at most: further than that, an alias says where the file is. */
const noDeepClimb = [
  {
    regex: '^(\\.\\./){3,}',
    message: 'Climbs three levels or more: import through an alias (@engine/…, @shared/…).',
  },
]
/**
 * The same roots reached by a relative path (`../main/x` from src/engine, `../../main/x` from
 * src/renderer/src): `ups` is a regex count of the `../` that can reach `src/` from those files.
 */
const relativeRoots = (names, ups, why) => [
  {
    regex: `^(\\.\\./){${ups}}(${names.join('|')})(/|$)`,
    message: `${why}: no ${names.join(', ')} here, by any path.`,
  },
]
const restrict = (...patterns) => ['error', { patterns: patterns.flat() }]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: { 'no-restricted-imports': restrict(noDeepClimb) },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(
        electron,
        node('The window'),
        roots(
          ['@engine', '@main', '@host', '@hosting'],
          'The window talks to the engine through the contract',
        ),
        // Two levels up from src/renderer/src is src/; one level up is the window's own folders
        // (its store has an `engine` slice).
        relativeRoots(
          ['engine', 'main', 'host', 'hosting', 'preload'],
          '2',
          'The window talks to the engine through the contract',
        ),
        noDeepClimb,
      ),
    },
  },
  {
    // The engine serves both hosts and knows neither.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        electron,
        roots(
          ['@main', '@host', '@hosting', '@renderer', '@preload'],
          'The engine serves both hosts',
        ),
        relativeRoots(
          ['main', 'host', 'hosting', 'renderer', 'preload'],
          '1,2',
          'The engine serves both hosts',
        ),
        noDeepClimb,
      ),
    },
  },
  {
    files: [
      'src/engine/**/*.test.ts',
      'src/shared/**/*.test.ts',
      'src/host/**/*.ts',
      'src/hosting/**/*.ts',
    ],
    rules: { 'no-restricted-imports': restrict(electron, noDeepClimb) },
  },
  {
    // The contract is shared with the window: no Node built-ins, and nothing of the processes.
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        electron,
        node('src/shared runs in the window too, so it'),
        roots(
          ['@engine', '@main', '@host', '@hosting', '@renderer', '@preload', '@test'],
          'src/shared is imported by every process',
        ),
        noDeepClimb,
      ),
    },
  },
  {
    // The desktop shell's decisions are plain functions; a file that touches Electron says so
    // in its name (`*.electron.ts`), so a reader knows which files need the real app to run.
    files: ['src/main/desktop/**/*.ts'],
    ignores: ['src/main/desktop/**/*.electron.ts', 'src/main/desktop/**/*.electron.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          {
            group: ['electron'],
            message: 'Name an Electron file *.electron.ts; keep this one pure.',
          },
        ],
        noDeepClimb,
      ),
    },
  },
  prettier,
)
