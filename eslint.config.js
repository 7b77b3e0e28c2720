import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A module reaches another module only through that module's service (`../people/people.service.ts`). */
const MODULE_TO_MODULE = {
  regex: '^\\.\\./[^./][^/]*/(?![^/]*\\.service\\.ts$)',
  message: 'Reach another module through its *.service.ts only (its repo, policy and helpers are its own).',
};
/** A route parses, calls a service, presents: SQL stays behind the service's authorization. */
const ROUTE_TO_REPO = { regex: '\\.repo(\\.ts)?$', message: 'A route calls its service, never a repo.' };
const PLATFORM_TO_MODULE = {
  regex: '(^|/)modules/',
  message: 'platform/ never imports a module: pass what it needs in, or move the code to the module.',
};

export default tseslint.config(
  // api.gen.ts is generated (npm run api:types) and checked against its generator by a test.
  { ignores: ['dist/', 'node_modules/', 'data/', '.test-data/', 'coverage/', '.bench-results/', 'src/web/lib/api.gen.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        document: 'readonly',
        window: 'readonly',
        fetch: 'readonly',
        crypto: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Configuration is read in one place (src/config.ts), validated once.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings through src/config.ts.' }],
    },
  },
  {
    // Per-row and per-query code builds its objects without `{ ...a, x }`: on Node 20 such copies
    // survive the young generation's collections in bulk (src/platform/objects.ts says what it
    // cost); withFields() instead.
    files: [
      'src/db/**/*.ts',
      'src/**/*.presenters.ts',
      'src/**/*.repo.ts',
      'src/**/*.feed.ts',
      'src/public/public.events.ts',
      'src/modules/moments/deliveries*.ts',
    ],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ObjectExpression > SpreadElement ~ Property',
          message:
            'In per-row code use withFields(a, { x }) (src/platform/objects.ts), not { ...a, x }: on Node 20 those copies outlive young-generation collections.',
        },
      ],
    },
  },
  // Boundaries (ARCHITECTURE.md). In flat config a later block replaces a rule's options, so each
  // block lists every pattern its files are held to.
  {
    // Platform is below the modules: it offers them tools and never knows which modules exist.
    files: ['src/platform/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [PLATFORM_TO_MODULE] }] },
  },
  {
    files: ['src/modules/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [MODULE_TO_MODULE] }] },
  },
  {
    files: ['src/modules/**/*.routes.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [MODULE_TO_MODULE, ROUTE_TO_REPO] }] },
  },
);
