import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Server modules import 'server-only', which throws outside Next's react-server build;
      // tests run them on the server anyway, as scripts/allow-server-only.mjs does for scripts.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.data/**'],
    environment: 'node',
    // One embedded PostgreSQL per run; each test file gets its own database from a migrated template.
    globalSetup: ['./test/global-setup.ts'],
    setupFiles: ['./test/setup-db.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: files run in parallel workers, each on its own database.
    pool: 'forks',
    maxWorkers: 2,
  },
});
