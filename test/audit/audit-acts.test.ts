/**
 * The audit log's promise, on the real database: every audited act that exists writes exactly
 * one entry (a composite act exactly one per step), with the right action, actor and
 * department — acts are performed through their real entry points (server actions, route
 * handlers, next-auth's credentials flow, the delivery engine, the retention job) — and
 * nobody can rewrite history: the database refuses UPDATE, DELETE and TRUNCATE, and no app
 * code issues them. (Department approval and users/invitations test their own acts.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { eq, gt } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, rawSql } from '../../db/client';
import { auditLog, ssrfAllowlist, users } from '../../db/schema';
import { leadInput, makeDepartment, makeProgram } from '../factories';
import { buildWorld, type World } from '../personas';
import { startReceiver, type Receiver } from '../receiver';
import { createApiToken } from '../../lib/api/tokens';
import { authOptions } from '../../lib/auth/auth-options';
import { CLIENT_ADDRESS_HEADER, markServedByPuenteServer } from '../../lib/client-ip';
import { hashPassword } from '../../lib/auth/passwords';
import { recordFailure, SIGN_IN_THROTTLE, throttleKeys } from '../../lib/auth/sign-in-throttle';
import type { Viewer } from '../../lib/auth/viewer';
import { attemptDelivery } from '../../lib/delivery/attempt-delivery';
import { invalidateSsrfOptions } from '../../lib/delivery/ssrf-policy';
import { resetEnvCache } from '../../lib/env';
import { createLead } from '../../lib/leads/create-lead';
import { purgeExpiredData } from '../../lib/retention/purge';
import { createWebhook } from '../../lib/webhooks/create-webhook';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('../../lib/auth/session', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
// Requests as the Puente server (scripts/run.ts) hands them to Next: the client's address in its own header.
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-puente-client-ip': '203.0.113.9' }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  redirect: (url: string) => {
    // Next's digest: the action wrapper (lib/actions/action.ts) lets Next's redirects through its catch.
    throw Object.assign(new Error('redirect'), { redirectTo: url, digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
  notFound: () => {
    throw new Error('notFound');
  },
}));

const ROOT = path.resolve(import.meta.dirname, '../..');
const IP = '203.0.113.9';
let world: World;
let receiver: Receiver;

beforeAll(async () => {
  markServedByPuenteServer();
  process.env.PUENTE_ENGINE = 'off';
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '1';
  resetEnvCache();
  invalidateSsrfOptions();
  world = await buildWorld();
  receiver = await startReceiver(() => ({ status: 410 }));
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(() => {
  session.viewer = null;
});

// ---------------------------------------------------------------- calling the real entry points

function fd(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

async function action(file: string, name: string, fields: Record<string, string | string[]>): Promise<unknown> {
  const mod = (await import(/* @vite-ignore */ `${ROOT}/${file}`)) as Record<string, (prev: unknown, form: FormData) => Promise<unknown>>;
  try {
    const r = await mod[name]!({ status: 'idle' }, fd(fields));
    expect(r, `${name} should succeed`).toMatchObject({ status: 'ok' });
    return r;
  } catch (e) {
    // A successful delete redirects to the list.
    if (e instanceof Error && 'redirectTo' in e) return e;
    throw e;
  }
}

async function route(file: string, url: string, params: Record<string, string> = {}): Promise<Response> {
  const mod = (await import(/* @vite-ignore */ `${ROOT}/${file}`)) as { GET: (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response> };
  const res = await mod.GET(new NextRequest(new URL(url, 'http://localhost'), { headers: { [CLIENT_ADDRESS_HEADER]: IP } }), { params: Promise.resolve(params) });
  expect(res.status, await res.clone().text()).toBe(200);
  await res.text();
  return res;
}

/** next-auth's credentials flow, as its callback route runs it: authorize, then the signIn callback. */
async function credentialsSignIn(email: string, password: string, ip: string): Promise<boolean> {
  const options = authOptions();
  const provider = options.providers[0] as unknown as { options: { authorize: (c: Record<string, string>, req: unknown) => Promise<{ id: string } | null> } };
  let user: { id: string } | null;
  try {
    user = await provider.options.authorize({ email, password }, { headers: { [CLIENT_ADDRESS_HEADER]: ip } });
  } catch {
    return false;
  }
  if (!user) return false;
  const allowed = await options.callbacks!.signIn!({ user: user as never, account: { provider: 'credentials', type: 'credentials', providerAccountId: user.id } });
  return allowed === true;
}

const webhookForm = { contentType: 'json', verification: 'signature', eventsMode: 'lead', sslVerify: 'on', active: 'on', description: 'Audit', programsMode: 'all' };
const programForm = {
  titleEs: 'Programa auditado',
  titleEn: 'Audited program',
  summaryEs: 'Un resumen suficiente.',
  summaryEn: 'A long enough summary.',
  descriptionEs: 'Una descripción suficiente.',
  descriptionEn: 'A long enough description.',
  kind: 'education',
};
const failDelivery = (id: string) => rawSql()`update deliveries set status = 'failed', attempt_count = 1, next_attempt_at = null where id = ${id}`;
/** A `datetime-local` value on Puerto Rico's clock (UTC−4), an hour ago. */
const anHourAgoPR = () => new Date(Date.now() - 3_600_000 - 4 * 3_600_000).toISOString().slice(0, 16);

// ---------------------------------------------------------------- the acts

type Who = 'staffA' | 'adminA' | 'platformAdmin' | 'system' | { email: string };

interface Act {
  name: string;
  /** The entries it must write, each exactly once (one for a single act). */
  actions: string[];
  by: Who;
  /** The department the entry is recorded against; null: the platform. */
  dept: 'a' | null;
  /** Runs before counting starts (may itself write entries). */
  setup?: () => Promise<Record<string, string>>;
  run: (s: Record<string, string>) => Promise<unknown>;
}

let seq = 0;
const unique = () => `${Date.now().toString(36)}${seq++}`;
const A = () => world.a;

async function freshWebhook(): Promise<Record<string, string>> {
  const w = await createWebhook(db, A().id, { url: `https://audit-${unique()}.example.com/hook` }, { email: 'setup' });
  if (!w.ok) throw new Error('webhook');
  return { webhookId: w.webhook.id };
}

async function passwordUser(): Promise<Record<string, string>> {
  const email = `signer-${unique()}@example.com`;
  await db.insert(users).values({ email, name: 'Signer', passwordHash: await hashPassword('correct horse battery') });
  return { email };
}

const ACTS: Act[] = [
  {
    name: 'create a webhook',
    actions: ['webhook.created'],
    by: 'adminA',
    dept: 'a',
    run: () => action('app/actions/dashboard/webhooks/create-webhook.ts', 'createWebhookAction', { dept: A().slug, url: `https://new-${unique()}.example.com/hook`, ...webhookForm }),
  },
  {
    name: 'edit a webhook',
    actions: ['webhook.updated'],
    by: 'adminA',
    dept: 'a',
    setup: freshWebhook,
    run: (s) => action('app/actions/dashboard/webhooks/update-webhook.ts', 'updateWebhookAction', { dept: A().slug, webhookId: s.webhookId!, url: 'https://changed.example.com/hook', ...webhookForm }),
  },
  {
    name: 'deactivate a webhook',
    actions: ['webhook.deactivated'],
    by: 'adminA',
    dept: 'a',
    setup: freshWebhook,
    run: (s) => action('app/actions/dashboard/webhooks/set-webhook-enabled.ts', 'setWebhookEnabledAction', { dept: A().slug, webhookId: s.webhookId!, enabled: 'false' }),
  },
  {
    name: 'enable a webhook',
    actions: ['webhook.enabled'],
    by: 'adminA',
    dept: 'a',
    setup: async () => {
      const s = await freshWebhook();
      await rawSql()`update webhooks set active = false where id = ${s.webhookId!}`;
      return s;
    },
    run: (s) => action('app/actions/dashboard/webhooks/set-webhook-enabled.ts', 'setWebhookEnabledAction', { dept: A().slug, webhookId: s.webhookId!, enabled: 'true' }),
  },
  {
    name: 'delete a webhook',
    actions: ['webhook.deleted'],
    by: 'adminA',
    dept: 'a',
    setup: freshWebhook,
    run: (s) => action('app/actions/dashboard/webhooks/delete-webhook.ts', 'deleteWebhookAction', { dept: A().slug, webhookId: s.webhookId!, confirm: 'DELETE' }),
  },
  {
    name: 'reveal a webhook secret',
    actions: ['webhook.secret_revealed'],
    by: 'adminA',
    dept: 'a',
    setup: freshWebhook,
    run: (s) => action('app/actions/dashboard/webhooks/reveal-webhook-secret.ts', 'revealWebhookSecretAction', { dept: A().slug, webhookId: s.webhookId! }),
  },
  {
    name: 'rotate a webhook secret',
    actions: ['webhook.secret_rotated'],
    by: 'adminA',
    dept: 'a',
    setup: freshWebhook,
    run: (s) => action('app/actions/dashboard/webhooks/rotate-webhook-secret.ts', 'rotateWebhookSecretAction', { dept: A().slug, webhookId: s.webhookId! }),
  },
  {
    name: 'send a ping',
    actions: ['webhook.ping'],
    by: 'staffA',
    dept: 'a',
    run: () => action('app/actions/dashboard/webhooks/send-ping.ts', 'sendPingAction', { dept: A().slug, webhookId: A().webhookId }),
  },
  {
    name: 'send a test lead',
    actions: ['webhook.test_lead'],
    by: 'staffA',
    dept: 'a',
    setup: freshWebhook,
    run: (s) => action('app/actions/dashboard/webhooks/send-test-lead.ts', 'sendTestLeadAction', { dept: A().slug, webhookId: s.webhookId! }),
  },
  {
    name: 'create an API token',
    actions: ['api_token.created'],
    by: 'adminA',
    dept: 'a',
    run: () => action('app/actions/dashboard/api-tokens/create-api-token.ts', 'createApiTokenAction', { dept: A().slug, name: 'Audited token', scope: 'write', expiresIn: '30' }),
  },
  {
    name: 'revoke an API token',
    actions: ['api_token.revoked'],
    by: 'adminA',
    dept: 'a',
    setup: async () => {
      const { view } = await createApiToken(db, A().id, { name: 'To be revoked', scope: 'read', expiresIn: 'never' }, { email: 'setup' });
      return { tokenId: view.id };
    },
    run: (s) => action('app/actions/dashboard/api-tokens/revoke-api-token.ts', 'revokeApiTokenAction', { dept: A().slug, tokenId: s.tokenId! }),
  },
  {
    name: 'redeliver a delivery',
    actions: ['delivery.redelivered'],
    by: 'staffA',
    dept: 'a',
    run: () => action('app/actions/dashboard/deliveries/redeliver-delivery.ts', 'redeliverDeliveryAction', { dept: A().slug, deliveryId: A().deliveryId }),
  },
  {
    name: 'recover failed deliveries (delivery log)',
    actions: ['webhook.recovered'],
    by: 'adminA',
    dept: 'a',
    setup: async () => {
      await failDelivery(A().deliveryId);
      return {};
    },
    run: () => action('app/actions/dashboard/deliveries/recover-failed.ts', 'recoverFailedAction', { dept: A().slug, webhookId: A().webhookId, since: anHourAgoPR() }),
  },
  {
    name: 're-enable and recover a webhook disabled after failures (two acts)',
    actions: ['webhook.enabled', 'webhook.recovered'],
    by: 'adminA',
    dept: 'a',
    setup: async () => {
      const s = await freshWebhook();
      await rawSql()`update webhooks set active = false, disabled_at = now(), disabled_reason = 'failing', failing_since = now() - interval '1 hour' where id = ${s.webhookId!}`;
      return s;
    },
    run: (s) => action('app/actions/dashboard/webhooks/reenable-and-recover.ts', 'reenableAndRecoverAction', { dept: A().slug, webhookId: s.webhookId! }),
  },
  {
    name: 'the engine disables a webhook that answers 410 Gone',
    actions: ['webhook.disabled'],
    by: 'system',
    dept: 'a',
    setup: async () => {
      const program = await makeProgram(A().id);
      const w = await createWebhook(db, A().id, { url: `${receiver.url}/gone`, allPrograms: false, programIds: [program.id] }, { email: 'setup' });
      if (!w.ok) throw new Error('webhook');
      const lead = await createLead(db, leadInput([program.id]));
      if (!lead.ok) throw new Error('lead');
      return { deliveryId: lead.deliveries.find((d) => d.webhookId === w.webhook.id)!.id };
    },
    run: async (s) => expect(await attemptDelivery(s.deliveryId!)).toMatchObject({ outcome: 'failed', webhookDisabled: true }),
  },
  {
    name: 'create a program',
    actions: ['program.created'],
    by: 'adminA',
    dept: 'a',
    run: () => action('app/actions/dashboard/programs/create-program.ts', 'createProgramAction', { dept: A().slug, ...programForm, titleEn: `Audited ${unique()}` }),
  },
  {
    name: 'edit a program',
    actions: ['program.updated'],
    by: 'adminA',
    dept: 'a',
    run: () => action('app/actions/dashboard/programs/update-program.ts', 'updateProgramAction', { dept: A().slug, programId: A().programId, ...programForm }),
  },
  {
    name: 'close a program',
    actions: ['program.closed'],
    by: 'adminA',
    dept: 'a',
    setup: async () => ({ programId: (await makeProgram(A().id)).id }),
    run: (s) => action('app/actions/dashboard/programs/set-program-status.ts', 'setProgramStatusAction', { dept: A().slug, programId: s.programId!, status: 'closed' }),
  },
  {
    name: 'reopen a program',
    actions: ['program.reopened'],
    by: 'adminA',
    dept: 'a',
    setup: async () => ({ programId: (await makeProgram(A().id, { status: 'closed' })).id }),
    run: (s) => action('app/actions/dashboard/programs/set-program-status.ts', 'setProgramStatusAction', { dept: A().slug, programId: s.programId!, status: 'open' }),
  },
  {
    name: 'sign in with email and password',
    actions: ['auth.sign_in'],
    by: { email: '' },
    dept: null,
    setup: passwordUser,
    run: async (s) => expect(await credentialsSignIn(s.email!, 'correct horse battery', IP)).toBe(true),
  },
  {
    name: 'fail to sign in',
    actions: ['auth.sign_in_failed'],
    by: { email: '' },
    dept: null,
    setup: passwordUser,
    run: async (s) => expect(await credentialsSignIn(s.email!, 'wrong password', IP)).toBe(false),
  },
  {
    name: 'sign in while rate-limited',
    actions: ['auth.sign_in_rate_limited'],
    by: { email: '' },
    dept: null,
    setup: async () => {
      const s = await passwordUser();
      // Enough failures for this email from this address that the next attempt must wait.
      for (let i = 0; i <= SIGN_IN_THROTTLE.freeFailures; i++) await recordFailure(db, throttleKeys(s.email!.toLowerCase(), IP), new Date());
      return s;
    },
    run: async (s) => expect(await credentialsSignIn(s.email!, 'correct horse battery', IP)).toBe(false),
  },
  {
    name: 'add a range to the network allowlist',
    actions: ['allowlist.added'],
    by: 'platformAdmin',
    dept: null,
    run: () => action('app/actions/admin/allowlist/add-allowlist-entry.ts', 'addAllowlistEntryAction', { cidr: `10.${(seq++ % 250) + 1}.0.0/16`, reason: 'On-premises CRM' }),
  },
  {
    name: 'remove a range from the network allowlist',
    actions: ['allowlist.removed'],
    by: 'platformAdmin',
    dept: null,
    setup: async () => {
      const [row] = await db.insert(ssrfAllowlist).values({ cidr: `172.16.${seq++ % 250}.0/24`, reason: 'To be removed' }).returning();
      return { id: row!.id };
    },
    run: (s) => action('app/actions/admin/allowlist/remove-allowlist-entry.ts', 'removeAllowlistEntryAction', { id: s.id! }),
  },
  {
    name: 'export leads',
    actions: ['leads.exported'],
    by: 'staffA',
    dept: 'a',
    run: () => route('app/(dashboard)/dashboard/[dept]/leads/export/route.ts', `/dashboard/${A().slug}/leads/export`, { dept: A().slug }),
  },
  {
    name: "export the department's audit log",
    actions: ['audit.exported'],
    by: 'adminA',
    dept: 'a',
    run: () => route('app/api/dashboard/[dept]/audit/export/route.ts', `/api/dashboard/${A().slug}/audit/export?action=webhook.*`, { dept: A().slug }),
  },
  {
    name: 'export the whole audit log',
    actions: ['audit.exported'],
    by: 'platformAdmin',
    dept: null,
    run: () => route('app/api/admin/audit/export/route.ts', '/api/admin/audit/export'),
  },
  {
    name: 'the retention job purges expired data',
    actions: ['retention.purged'],
    by: 'system',
    dept: null,
    setup: async () => {
      const dep = await makeDepartment();
      const program = await makeProgram(dep.id);
      await createLead(db, leadInput([program.id]), { now: new Date(Date.now() - 40 * 86_400_000) });
      return {};
    },
    run: async () => expect(await purgeExpiredData(db, { days: 30 })).toMatchObject({ leads: 1 }),
  },
];

async function lastAuditId(): Promise<number> {
  const [r] = await rawSql()<{ id: string | null }[]>`select max(id)::text as id from audit_log`;
  return Number(r?.id ?? 0);
}

describe('every audited act writes exactly one entry', () => {
  it.each(ACTS.map((a) => [a.name, a] as const))('%s', async (_name, act) => {
    const s = act.setup ? await act.setup() : {};
    const before = await lastAuditId();
    if (typeof act.by === 'string' && act.by !== 'system') session.viewer = world.viewers[act.by];
    await act.run(s);
    const entries = await db.select().from(auditLog).where(gt(auditLog.id, before)).orderBy(auditLog.id);

    expect(entries.map((e) => e.action)).toEqual(act.actions);
    for (const e of entries) {
      if (act.by === 'system') expect(e).toMatchObject({ actorEmail: 'system', actorUserId: null });
      else if (typeof act.by === 'string') {
        const v = world.viewers[act.by]!;
        expect(e).toMatchObject({ actorUserId: v.userId, actorEmail: v.email, actorIp: IP });
      } else {
        // Sign-ins: the email typed, from the client's address.
        expect(e).toMatchObject({ actorEmail: s.email, actorIp: IP });
      }
      expect(e.departmentId).toBe(act.dept === 'a' ? A().id : null);
      expect(e.at.getTime()).toBeGreaterThan(Date.now() - 60_000);
    }
  });
});

describe('nobody can edit or delete an entry', () => {
  it('the database refuses UPDATE, DELETE and TRUNCATE on audit_log, even from the app’s own connection', async () => {
    const [entry] = await db.select().from(auditLog).orderBy(auditLog.id).limit(1);
    expect(entry).toBeDefined();
    // Drizzle wraps the driver's error; the database's reason is its cause.
    const refusal = async (q: PromiseLike<unknown>) => {
      try {
        await q;
      } catch (e) {
        const err = e as Error & { cause?: Error };
        return `${err.message} ${err.cause?.message ?? ''}`;
      }
      return 'not refused';
    };
    expect(await refusal(db.update(auditLog).set({ action: 'rewritten' }).where(eq(auditLog.id, entry!.id)))).toMatch(/audit_log is append-only/);
    expect(await refusal(db.update(auditLog).set({ details: {} }))).toMatch(/audit_log is append-only/);
    expect(await refusal(db.delete(auditLog).where(eq(auditLog.id, entry!.id)))).toMatch(/audit_log is append-only/);
    expect(await refusal(rawSql()`delete from audit_log`)).toMatch(/audit_log is append-only/);
    expect(await refusal(rawSql()`truncate audit_log`)).toMatch(/audit_log is append-only/);
    const [after] = await db.select().from(auditLog).where(eq(auditLog.id, entry!.id));
    expect(after).toEqual(entry);
  });

  it('no app code updates or deletes audit entries (only inserts)', () => {
    const offending: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) {
          if (name !== 'node_modules' && name !== 'migrations' && !name.startsWith('.')) walk(p);
        } else if (/\.(ts|tsx|mjs)$/.test(name) && !/\.test\.ts$/.test(name)) {
          const src = readFileSync(p, 'utf8');
          if (/\.(update|delete)\(\s*auditLog\b|\b(update|delete\s+from|truncate)\s+(table\s+)?"?audit_log\b/i.test(src)) offending.push(path.relative(ROOT, p));
        }
      }
    };
    for (const dir of ['app', 'lib', 'db', 'components', 'inngest', 'scripts']) walk(path.join(ROOT, dir));
    expect(offending).toEqual([]);
  });
});
