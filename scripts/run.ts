/**
 * `npm run dev` / `npm start`: the embedded default. Without DATABASE_URL it starts a real
 * PostgreSQL under .data/, applies migrations, seeds demo data on first run, then runs Next.
 * With DATABASE_URL it uses that server and starts no embedded one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startSampleConsumer } from '../lib/demo/sample-consumer';
import { bootstrap } from '../lib/runtime/bootstrap';

const mode = process.argv[2] === 'start' ? 'start' : 'dev';
const port = Number(process.env.PORT ?? 3000);

if (mode === 'start' && !existsSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
  console.error('No production build found. Run `npm run build` first, then `npm start`.');
  process.exit(1);
}

// The sample consumer runs with the embedded demo (no DATABASE_URL) unless PUENTE_DEMO_CONSUMER=0.
const demo = !process.env.DATABASE_URL && process.env.PUENTE_DEMO_CONSUMER !== '0';
const demoPort = Number(process.env.PUENTE_DEMO_CONSUMER_PORT ?? 3999);
const demoConsumerUrl = demo ? `http://127.0.0.1:${demoPort}` : undefined;

const boot = await bootstrap({ log: (l) => console.log(l), demoConsumerUrl, mode: mode === 'dev' ? 'dev' : 'production' });
if (demoConsumerUrl) {
  try {
    await startSampleConsumer(demoPort);
    console.log(`▸ sample consumer verifying signatures at ${demoConsumerUrl} (open it to see what arrived)`);
  } catch (e) {
    console.warn(`▸ sample consumer not started (${e instanceof Error ? e.message : e}); demo webhooks will retry`);
  }
}
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;

const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const child = spawn(process.execPath, [nextBin, mode, '-p', String(port)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: mode === 'dev' ? 'development' : 'production', NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1' },
});

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await boot.stop().catch((e: unknown) => console.error('while stopping:', e));
  process.exit(code);
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    // Next receives the same signal from the terminal's process group; forward it for
    // supervisors that signal only us, then stop Postgres once Next has exited.
    if (child.exitCode === null) child.kill(sig);
  });
}
child.on('exit', (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
