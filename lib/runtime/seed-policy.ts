/**
 * When Puente puts demo data (with its published passwords) into an empty database, and
 * whether those demo accounts must choose a new password at their first sign-in. The one
 * place that says what "development" means (docs/decisions/013):
 *
 * - a start of the app or a worker (`bootstrap`) is development only as `npm run dev` on the
 *   embedded database: `npm start`, `npm run worker` and anything with DATABASE_URL are not,
 *   because that is how a real deployment runs;
 * - `npm run db:seed` is a developer's command, so it is development unless NODE_ENV=production.
 *
 * Development seeds with the known passwords (PUENTE_SEED=0 turns a start's seed off). Outside
 * development nothing is seeded unless PUENTE_SEED=1, and then every demo account must change
 * its password: a deployment never keeps a password printed in the README.
 */

/** The variables the policy reads; pass `process.env`. */
export interface SeedEnv {
  PUENTE_SEED?: string;
  NODE_ENV?: string;
}

export type SeedRequest =
  | {
      by: 'start';
      /** `dev` for `npm run dev`, `production` for every other start (see BootstrapOptions.mode). */
      mode: 'dev' | 'production';
      /** The embedded Postgres under PUENTE_DATA_DIR, i.e. no DATABASE_URL was given. */
      embedded: boolean;
      env: SeedEnv;
    }
  | { by: 'db:seed'; env: SeedEnv };

export interface SeedPolicy {
  seed: boolean;
  /** Demo accounts are created with must_change_password: the seed would run outside development. */
  forcePasswordChange: boolean;
  development: boolean;
}

const ON = new Set(['1', 'true', 'yes']);
const OFF = new Set(['0', 'false', 'no']);

/** PUENTE_SEED as on / off / unset; any other value is refused so a typo never seeds a deployment. */
export function seedFlag(raw: string | undefined): boolean | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (ON.has(raw)) return true;
  if (OFF.has(raw)) return false;
  throw new Error(`PUENTE_SEED must be 1 or 0 (got ${JSON.stringify(raw)})`);
}

export function seedPolicy(req: SeedRequest): SeedPolicy {
  const flag = seedFlag(req.env.PUENTE_SEED);
  const development = req.by === 'db:seed' ? req.env.NODE_ENV !== 'production' : req.mode === 'dev' && req.embedded;
  // `npm run db:seed` is itself the explicit request in development, whatever PUENTE_SEED says.
  const seed = req.by === 'db:seed' ? development || flag === true : (flag ?? development);
  return { seed, forcePasswordChange: !development, development };
}

/**
 * Where the seeded demo webhooks point: the sample receiver that `scripts/run.ts` starts with
 * the embedded demo. Computed exactly as run.ts does (same variables, same defaults), so a
 * database seeded by `npm run db:seed` reaches the consumer of the next `npm run dev`/`npm start`.
 */
export function demoConsumerUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const demo = !env.DATABASE_URL && env.PUENTE_DEMO_CONSUMER !== '0';
  const port = Number(env.PUENTE_DEMO_CONSUMER_PORT ?? 3999);
  return demo ? `http://127.0.0.1:${port}` : undefined;
}
