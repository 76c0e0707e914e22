/**
 * The one way server code logs an error it caught: its class and codes, never its values. A
 * database error's message and detail can quote the row it refused (a lead's name, e-mail or
 * phone, a header value), and a stack trace adds nothing an operator can act on without the
 * request id. Our own errors (plain `Error`) carry messages we wrote, with ids at most, so
 * their message is kept.
 */

export interface ErrorSummary {
  name: string;
  /** SQLSTATE for database errors, `ECONNREFUSED` & co. for system errors. */
  code?: string;
  /** The constraint a database error names (e.g. `users_email_key`): a name, not a value. */
  constraint?: string;
  message?: string;
}

const DATABASE_ERROR = 'PostgresError';

export function summarizeError(e: unknown): ErrorSummary {
  if (!(e instanceof Error)) return { name: typeof e };
  const x = e as Error & { code?: unknown; constraint_name?: unknown; cause?: unknown };
  // drizzle wraps the driver's error: the useful one is the cause.
  if (x.cause instanceof Error && (x.cause.name === DATABASE_ERROR || x.name === 'DrizzleQueryError')) return summarizeError(x.cause);
  const out: ErrorSummary = { name: x.name };
  if (typeof x.code === 'string') out.code = x.code;
  if (typeof x.constraint_name === 'string') out.constraint = x.constraint_name;
  // Messages from the driver, zod or Node may quote input; ours (plain Error) do not.
  if (x.name === 'Error' && x.constructor === Error) out.message = x.message.slice(0, 300);
  return out;
}

/** `console.error(label, summary)`: for every catch that answers a user with a generic error. */
export function logError(label: string, e: unknown): void {
  console.error(label, summarizeError(e));
}
