// The server Playwright starts: a fresh data directory, a production build, the demo data, then `npm start`.
// DATABASE_URL is dropped so the e2e run always gets its own embedded Postgres.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync(process.env.PUENTE_DATA_DIR ?? '.data/e2e', { recursive: true, force: true });
const env = { ...process.env };
delete env.DATABASE_URL;
if (process.env.E2E_SKIP_BUILD !== '1') {
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// `npm start` never seeds (docs/decisions/013): the journeys' known logins come from the
// developer's seed command, run as a test (development) before the server starts.
const seed = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--import', './scripts/allow-server-only.mjs', 'scripts/seed.ts'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'test' } });
if (seed.status !== 0) process.exit(seed.status ?? 1);
const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--import', './scripts/allow-server-only.mjs', 'scripts/run.ts', 'start'], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
