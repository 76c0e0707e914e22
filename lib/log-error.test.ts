/**
 * What a caught error leaves in the server log (issue 10, item 8): real database errors, as
 * drizzle and the driver throw them, carrying a lead's personal data in their message,
 * detail and parameters, are logged as class and codes only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db, rawSql } from '../db/client';
import { leads, users } from '../db/schema';
import { logError, summarizeError } from './log-error';

const NAME = 'Marisol Quiñones Ortiz';
const EMAIL = 'marisol.quinones@example.com';

afterEach(() => vi.restoreAllMocks());

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the statement to fail');
}

describe('logError', () => {
  it('logs a NUL refused by Postgres through drizzle without the row it refused', async () => {
    const e = await caught(
      db.insert(leads).values({
        reference: 'PUE-TEST-1',
        name: `${NAME}\u0000`,
        email: EMAIL,
        phone: '787-555-0142',
        businessName: 'Finca',
        municipality: 'Utuado',
        businessStage: 'new',
        sector: 'food',
        message: '',
        locale: 'es',
      } as never),
    );
    // The raw error does carry the data: the test can fail.
    expect(`${String(e)} ${JSON.stringify(e)}`).toContain(EMAIL);
    const lines: unknown[][] = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a));
    logError('lead submission failed', e);
    const out = JSON.stringify(lines);
    expect(out).not.toContain(EMAIL);
    expect(out).not.toContain('Marisol');
    expect(lines[0]![0]).toBe('lead submission failed');
  });

  it('keeps the SQLSTATE and the constraint name of a unique violation, not the duplicated value', async () => {
    await db.insert(users).values({ email: EMAIL, name: NAME });
    const e = await caught(rawSql()`insert into users (email, name) values (${EMAIL}, ${NAME})`);
    expect(JSON.stringify(e)).toContain(EMAIL);
    const s = summarizeError(e);
    expect(s).toEqual({ name: 'PostgresError', code: '23505', constraint: expect.stringMatching(/email/) });
  });

  it('keeps the message of our own errors, and the class of anything else', () => {
    expect(summarizeError(new Error('the account disappeared during the reset'))).toEqual({ name: 'Error', message: 'the account disappeared during the reset' });
    expect(summarizeError(new TypeError(`Cannot read ${EMAIL}`))).toEqual({ name: 'TypeError' });
    expect(summarizeError('a string')).toEqual({ name: 'string' });
  });
});
