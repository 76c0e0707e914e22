/**
 * The one wrapper every server action under app/actions is made with. In this order it checks
 * the session and role (a refused caller gets FORBIDDEN and nothing else runs), parses the form
 * with the action's zod schema, and hands the action its viewer, department, client address and
 * audit actor. Anything the action throws becomes the action's one server-error answer, logged
 * once by logError; redirect() and notFound() pass through. An action file holds only what is
 * particular to it:
 *
 *   export const sendPingAction = departmentAction({ name: 'sendPingAction', role: 'staff' }, async ({ department, actor }, formData) => …);
 *
 * Each function made here carries the least role it lets in (see `enforcedRole`), which
 * test/authz/completeness.test.ts compares with the authorization matrix: an action written
 * around the wrapper has no such mark and fails that test.
 *
 * Server-only: it reads the request's headers and session.
 */
// The wrapper is where Next meets the domain, so it is the one module in lib/ that reads the request.
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { FORBIDDEN, type ActionResult } from '../auth/action-result';
import { actorOf, guardDepartment, guardPlatformAdmin } from '../auth/guard';
import { getViewer } from '../auth/session';
import type { DepartmentAccess, DepartmentRole, Viewer } from '../auth/viewer';
import { clientIpFrom } from '../client-ip';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { getLocale } from '../i18n/server';
import { staffMessages, type StaffMessages } from '../i18n/staff';
import { logError } from '../log-error';

/** The refusal for a caller the guard turned away, in `locale`. */
export function forbidden(locale: Locale) {
  return { ...FORBIDDEN, message: staffMessages(locale).common.errors.forbidden } as const;
}

/** The least role a wrapped action lets in, in the authorization matrix's words (test/authz/matrix.ts). */
export type EnforcedRole = 'public' | 'signedIn' | DepartmentRole | 'platformAdmin';

const ROLE = Symbol.for('puente.action.role');

/** The role a function made by this module enforces, or undefined for any other function. */
export function enforcedRole(fn: unknown): EnforcedRole | undefined {
  return typeof fn === 'function' ? ((fn as unknown as Record<symbol, EnforcedRole | undefined>)[ROLE] ?? undefined) : undefined;
}

function mark<F extends (...args: never[]) => Promise<unknown>>(role: EnforcedRole, fn: F): F {
  Object.defineProperty(fn, ROLE, { value: role, enumerable: false });
  return fn;
}

export type Actor = ReturnType<typeof actorOf>;

/** How an action reads its form: the schema, what it is given, and the answer when it refuses. */
export interface Parse<T, R> {
  schema: z.ZodType<T>;
  /** What the schema parses; default: the form's fields (the last value of a repeated one). */
  input?: (formData: FormData) => unknown;
  /** `locale`: the signed-in person's language (public actions: the visitor's cookie). */
  invalid: (error: z.ZodError, locale: Locale) => R;
}

interface Options<T, R> {
  /** Names the action in the log line: `<name> failed`. */
  name: string;
  parse?: Parse<T, R>;
}

interface SignedInOptions<T, D> extends Options<T, ActionResult<D>> {
  /** The message of the server-error answer, picked from the catalogue; default `m.common.errors.server`. */
  serverError?: string | ((m: StaffMessages) => string);
}

/** What every signed-in action is given. `input`: what its schema parsed (undefined without one). */
export interface SignedInContext<T> {
  viewer: Viewer;
  /** The viewer's language and its staff catalogue, for the texts the action answers with. */
  locale: Locale;
  m: StaffMessages;
  ip: string;
  actor: Actor;
  input: T;
}

export interface DepartmentContext<T> extends SignedInContext<T>, DepartmentAccess {}

export interface PublicContext<T> {
  ip: string;
  /** The visitor's language (the cookie). */
  locale: Locale;
  input: T;
}

/** The useActionState signature the forms call actions with. */
export type FormAction<R> = (prev: R, formData: FormData) => Promise<R>;

type Parsed<T, R> = { ok: true; input: T } | { ok: false; answer: R };

function parseForm<T, R>(parse: Parse<T, R> | undefined, formData: FormData, locale: Locale): Parsed<T, R> {
  // Without a schema the action reads the form itself; its input is undefined (T's default).
  if (!parse) return { ok: true, input: undefined as T };
  const r = parse.schema.safeParse(parse.input ? parse.input(formData) : Object.fromEntries(formData));
  return r.success ? { ok: true, input: r.data } : { ok: false, answer: parse.invalid(r.error, locale) };
}

async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

async function guarded<R>(name: string, failed: () => R | Promise<R>, body: () => Promise<R>): Promise<R> {
  try {
    return await body();
  } catch (e) {
    unstable_rethrow(e);
    logError(`${name} failed`, e);
    return failed();
  }
}

/** The language of an answer: the viewer's once the guard has found them, else the cookie's. */
class AnswerLocale {
  private known: Locale | undefined;
  set(locale: Locale) {
    this.known = locale;
  }
  async get(): Promise<Locale> {
    return this.known ?? cookieLocale();
  }
}

/** The cookie's language; Spanish where there is no request to read it from (tests, scripts). */
function cookieLocale(): Promise<Locale> {
  return getLocale().catch(() => DEFAULT_LOCALE);
}

async function serverError(message: SignedInOptions<unknown, unknown>['serverError'], locale: AnswerLocale) {
  const m = staffMessages(await locale.get());
  const text = typeof message === 'function' ? message(m) : (message ?? m.common.errors.server);
  return { status: 'error', error: 'server', message: text } as const;
}

function contextOf<T>(viewer: Viewer, ip: string, input: T): SignedInContext<T> {
  return { viewer, locale: viewer.locale, m: staffMessages(viewer.locale), ip, actor: actorOf(viewer, ip), input };
}

/** An action on one department, named by the form's `dept` field, for its staff or admins (platform admins count as admins). */
export function departmentAction<T = undefined, D = undefined>(
  options: SignedInOptions<T, D> & { role: DepartmentRole },
  action: (ctx: DepartmentContext<T>, formData: FormData) => Promise<ActionResult<D>>,
): FormAction<ActionResult<D>> {
  return mark(options.role, async (_prev: ActionResult<D>, formData: FormData) => {
    const locale = new AnswerLocale();
    return guarded<ActionResult<D>>(options.name, () => serverError(options.serverError, locale), async () => {
      const g = await guardDepartment(formData.get('dept'), options.role);
      if (!g) return forbidden(await locale.get());
      locale.set(g.viewer.locale);
      const parsed = parseForm(options.parse, formData, g.viewer.locale);
      if (!parsed.ok) return parsed.answer;
      return action({ ...g, ...contextOf(g.viewer, await clientIp(), parsed.input) }, formData);
    });
  });
}

/** An action for whoever `authorize` lets in (null: nobody), marked with the role that means. */
function viewerAction<T, D>(
  role: EnforcedRole,
  authorize: () => Promise<Viewer | null>,
  options: SignedInOptions<T, D>,
  action: (ctx: SignedInContext<T>, formData: FormData) => Promise<ActionResult<D>>,
): FormAction<ActionResult<D>> {
  return mark(role, async (_prev: ActionResult<D>, formData: FormData) => {
    const locale = new AnswerLocale();
    return guarded<ActionResult<D>>(options.name, () => serverError(options.serverError, locale), async () => {
      const viewer = await authorize();
      if (!viewer) return forbidden(await locale.get());
      locale.set(viewer.locale);
      const parsed = parseForm(options.parse, formData, viewer.locale);
      if (!parsed.ok) return parsed.answer;
      return action(contextOf(viewer, await clientIp(), parsed.input), formData);
    });
  });
}

/** An action for platform admins only. */
export function platformAction<T = undefined, D = undefined>(
  options: SignedInOptions<T, D>,
  action: (ctx: SignedInContext<T>, formData: FormData) => Promise<ActionResult<D>>,
): FormAction<ActionResult<D>> {
  return viewerAction('platformAdmin', guardPlatformAdmin, options, action);
}

/**
 * An action on the signed-in person's own account. Unlike the others it also lets in someone
 * who must change their password first: changing it is what they are there to do.
 */
export function accountAction<T = undefined, D = undefined>(
  options: SignedInOptions<T, D>,
  action: (ctx: SignedInContext<T>, formData: FormData) => Promise<ActionResult<D>>,
): FormAction<ActionResult<D>> {
  return viewerAction('signedIn', getViewer, options, action);
}

/**
 * An action anyone may call (the lead form, department registration, an invitation link).
 * Its answer has the form's own shape, so `serverError` is the whole answer, not a message.
 */
export function publicAction<R, T = undefined>(
  options: Options<T, NoInfer<R>> & { serverError: NoInfer<R> },
  action: (ctx: PublicContext<T>, formData: FormData) => Promise<R>,
): FormAction<R> {
  return mark('public', async (_prev: R, formData: FormData) =>
    guarded(options.name, () => options.serverError, async () => {
      const locale = await cookieLocale();
      const parsed = parseForm(options.parse, formData, locale);
      if (!parsed.ok) return parsed.answer;
      return action({ ip: await clientIp(), locale, input: parsed.input }, formData);
    }),
  );
}

/** A public action posted by a plain `<form action>` (no state): called with the form only; it answers by redirecting. */
export function publicFormAction(options: { name: string }, action: (formData: FormData) => Promise<void>): (formData: FormData) => Promise<void> {
  return mark('public', async (formData: FormData) => guarded(options.name, () => undefined, () => action(formData)));
}
