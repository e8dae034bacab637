// Lint for the whole monorepo. Type-aware rules (floating promises) use each package's tsconfig.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const FORBIDDEN_IN_DOMAIN = ['typeorm', 'type-graphql', '@apollo/*', 'express', 'react', 'react-dom', 'pg', 'graphql', '@mui/*'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/.data/**', '**/scratch/**', 'apps/admin/src/gql/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // the domain is pure: no persistence, transport or UI library may creep in
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: FORBIDDEN_IN_DOMAIN.map((group) => ({ group: [group], message: 'packages/domain stays pure: no I/O, persistence, transport or UI libraries.' })) }],
    },
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
