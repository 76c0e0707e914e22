/**
 * `npm run admin:create -- --email someone@example.gov [--name "…"] [--reset]`: the first
 * platform admin of a real deployment, on DATABASE_URL or the embedded database. Prints a
 * one-time password once, on stdout, that must be changed at the first sign-in; everything
 * else goes to stderr. Exit codes: 0 done, 1 the email has an account (without --reset), 2 a
 * bad or missing argument. The logic is lib/users/first-admin.ts.
 */
import { parseArgs } from 'node:util';
import { connect } from '../db/client';
import { bootstrap } from '../lib/runtime/bootstrap';
import { createFirstAdmin, firstAdminInputSchema } from '../lib/users/first-admin';
import { staffMessages } from '../lib/i18n/staff';
import { userFieldErrors } from '../lib/i18n/user-errors';
import { fieldErrorsOf } from '../lib/users/user-schemas';

const USAGE = 'Usage: npm run admin:create -- --email someone@example.gov [--name "Full Name"] [--reset]';

/** The schemas answer with codes; an operator reads them in English. */
const errorsText = (fieldErrors: Record<string, string>) => Object.values(userFieldErrors(staffMessages('en'), fieldErrors)).join(' ');

function usageError(message: string): never {
  console.error(`admin:create: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

let args: { email?: string; name?: string; reset?: boolean; help?: boolean };
try {
  args = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, reset: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: false,
  }).values;
} catch (e) {
  usageError(e instanceof Error ? e.message : String(e));
}
if (args.help) {
  console.log(USAGE);
  console.log('Creates a platform admin with a one-time password. --reset: the account exists; give it a new one-time password and make it an enabled platform admin.');
  process.exit(0);
}
if (args.email === undefined) usageError('--email is required.');
// Checked before any database starts, so a typo costs nothing.
const input = firstAdminInputSchema.safeParse({ email: args.email, name: args.name });
if (!input.success) usageError(errorsText(fieldErrorsOf(input.error)));

const boot = await bootstrap({ log: (l) => console.error(l), seed: false, mode: 'production' });
const h = connect(boot.databaseUrl, 1);
let code = 0;
try {
  const result = await createFirstAdmin(h.db, input.data, { reset: args.reset });
  if (result.ok) {
    console.error(`▸ ${result.created ? 'created platform admin' : 'reset platform admin'} ${result.email}; the password below works once: it must be changed at the first sign-in.`);
    console.log(`One-time password for ${result.email}: ${result.temporaryPassword}`);
  } else if (result.error === 'exists') {
    console.error(`admin:create: ${input.data.email} already has an account. Add --reset to give it a new one-time password and make it a platform admin.`);
    code = 1;
  } else {
    console.error(`admin:create: ${errorsText(result.fieldErrors)}`);
    code = 2;
  }
} finally {
  await h.sql.end();
  await boot.stop();
}
process.exit(code);
