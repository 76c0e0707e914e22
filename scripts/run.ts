/**
 * `npm run dev` / `npm start`: the embedded default. Without DATABASE_URL it starts a real
 * PostgreSQL under .data/, applies migrations, seeds demo data on first run, then runs Next.
 * With DATABASE_URL it uses that server and starts no embedded one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bootstrap } from '../lib/runtime/bootstrap';

const mode = process.argv[2] === 'start' ? 'start' : 'dev';
const port = Number(process.env.PORT ?? 3000);

if (mode === 'start' && !existsSync(path.join('.next', 'BUILD_ID'))) {
  console.error('No production build found. Run `npm run build` first, then `npm start`.');
  process.exit(1);
}

const boot = await bootstrap({ log: (l) => console.log(l) });
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;

const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const child = spawn(process.execPath, [nextBin, mode, '-p', String(port)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: mode === 'dev' ? 'development' : 'production' },
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
