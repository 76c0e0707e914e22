import { describe, expect, it } from 'vitest';
import { demoConsumerUrl, seedPolicy, type SeedRequest } from './seed-policy';

// Only `npm run dev` on the embedded database (or a db:seed outside NODE_ENV=production) is
// development; everywhere else the demo data needs PUENTE_SEED=1 and then forces a password change.
const start = (mode: 'dev' | 'production', embedded: boolean, PUENTE_SEED?: string): SeedRequest => ({ by: 'start', mode, embedded, env: { PUENTE_SEED } });
const dbSeed = (NODE_ENV: string | undefined, PUENTE_SEED?: string): SeedRequest => ({ by: 'db:seed', env: { NODE_ENV, PUENTE_SEED } });

describe('seedPolicy', () => {
  it.each([
    ['npm run dev, embedded', start('dev', true), true, false],
    ['npm run dev, embedded, PUENTE_SEED=0', start('dev', true, '0'), false, false],
    ['npm run dev, embedded, PUENTE_SEED=1', start('dev', true, '1'), true, false],
    ['npm run dev, embedded, PUENTE_SEED empty', start('dev', true, ''), true, false],
    ['npm run dev with DATABASE_URL', start('dev', false), false, true],
    ['npm run dev with DATABASE_URL, PUENTE_SEED=1', start('dev', false, '1'), true, true],
    ['npm start, embedded', start('production', true), false, true],
    ['npm start, embedded, PUENTE_SEED=1', start('production', true, '1'), true, true],
    ['npm start, embedded, PUENTE_SEED=true', start('production', true, 'true'), true, true],
    ['npm start, embedded, PUENTE_SEED=0', start('production', true, '0'), false, true],
    ['npm start with DATABASE_URL', start('production', false), false, true],
    ['npm start with DATABASE_URL, PUENTE_SEED=1', start('production', false, '1'), true, true],
    ['db:seed, NODE_ENV unset', dbSeed(undefined), true, false],
    ['db:seed, NODE_ENV=development', dbSeed('development'), true, false],
    ['db:seed, NODE_ENV=test (the e2e server)', dbSeed('test'), true, false],
    ['db:seed, NODE_ENV=test, PUENTE_SEED=0 (the command is the request)', dbSeed('test', '0'), true, false],
    ['db:seed, NODE_ENV=production', dbSeed('production'), false, true],
    ['db:seed, NODE_ENV=production, PUENTE_SEED=0', dbSeed('production', '0'), false, true],
    ['db:seed, NODE_ENV=production, PUENTE_SEED=1', dbSeed('production', '1'), true, true],
  ] as const)('%s → seed %s, must change password %s', (_name, req, seed, forcePasswordChange) => {
    expect(seedPolicy(req)).toMatchObject({ seed, forcePasswordChange, development: !forcePasswordChange });
  });

  it('refuses a PUENTE_SEED it does not understand rather than guess', () => {
    expect(() => seedPolicy(start('production', false, 'on'))).toThrow(/PUENTE_SEED must be 1 or 0/);
    expect(() => seedPolicy(dbSeed('production', 'Y'))).toThrow(/PUENTE_SEED/);
  });
});

describe('demoConsumerUrl (as scripts/run.ts computes it)', () => {
  it('points at the sample receiver only on the embedded database', () => {
    expect(demoConsumerUrl({})).toBe('http://127.0.0.1:3999');
    expect(demoConsumerUrl({ PUENTE_DEMO_CONSUMER_PORT: '3911' })).toBe('http://127.0.0.1:3911');
    expect(demoConsumerUrl({ PUENTE_DEMO_CONSUMER: '0' })).toBeUndefined();
    expect(demoConsumerUrl({ DATABASE_URL: 'postgres://x@db/puente' })).toBeUndefined();
  });
});
