/**
 * End-to-end tests in a real Chromium against a production build of the app, started by
 * Playwright on its own embedded Postgres (.data/e2e, wiped each run).
 */
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
// Specs set up data through server modules (db/client, lib/…), which import 'server-only'.
import './scripts/allow-server-only.mjs';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3211);
export const E2E_PG_PORT = Number(process.env.E2E_PG_PORT ?? 54339);
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? '.data/e2e';

function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  throw new Error(
    'No Chromium found: install one (Debian: `apt-get install -y chromium`, or `npx playwright install chromium` with internet) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE.',
  );
}

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT_FILE ?? 'test-reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs`,
    url: `http://localhost:${E2E_PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      PUENTE_DATA_DIR: E2E_DATA_DIR,
      PUENTE_PG_PORT: String(E2E_PG_PORT),
      LEAD_RATE_LIMIT_PER_HOUR: '1000',
      PUENTE_ALLOW_PRIVATE_WEBHOOKS: '1',
      PUENTE_DEMO_CONSUMER_PORT: String(Number(process.env.E2E_DEMO_CONSUMER_PORT ?? 3998)),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
