import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', '.next-*/**', '.data/**', 'node_modules/**', 'db/migrations/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Domain code must stay framework-free: no React in lib/ or db/.
    files: ['lib/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'next'].map((name) => ({ name, message: 'lib/ and db/ hold domain logic: no React or Next here.' })),
          patterns: [{ group: ['react/*', 'react-dom/*', 'next/*'], message: 'lib/ and db/ hold domain logic: no React or Next request objects here.' }],
        },
      ],
    },
  },
  {
    // The one place where Next meets the domain: the action wrapper reads the request's headers
    // and lets redirect()/notFound() through (docs/code-style.md).
    files: ['lib/actions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom'].map((name) => ({ name, message: 'lib/ holds domain logic: no React here.' })),
          patterns: [{ group: ['react/*', 'react-dom/*'], message: 'lib/ holds domain logic: no React here.' }],
        },
      ],
    },
  },
];

export default config;
