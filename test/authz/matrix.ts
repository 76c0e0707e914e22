/**
 * The authorization matrix: ONE table of every entry point of the signed-in app — server
 * actions, route handlers, dashboard pages — with the least role each needs and how to call
 * it against a department. Read by:
 *   - test/authz/actions-and-routes.test.ts: every action and route × the five personas, plus
 *     cross-department tampering, on a real database;
 *   - test/authz/pages.test.ts: every page's own guard, on a real database;
 *   - test/authz/completeness.test.ts: fails naming any entry point that has no row here;
 *   - e2e/authz-pages.spec.ts: every page in a real browser, signed in through /login.
 * To cover a new entry point, add one object to ACTIONS, ROUTES or PAGES.
 *
 * No runtime imports (types only): Playwright loads this file too, without a database.
 */
import type { PersonaName, WorldDepartment } from '../personas';

/**
 * The least a caller needs: `public` (anyone, signed in or not), `signedIn` (any account),
 * `staff` / `admin` (of the department in the URL or form; a platform admin counts as a
 * department admin everywhere), `platformAdmin`.
 */
export type MinRole = 'public' | 'signedIn' | 'staff' | 'admin' | 'platformAdmin';

/**
 * What an allowed caller gets when it names the department it may act on but the id of a
 * thing that belongs to another department:
 *   - `notFound`: the action answers notFound (a route or page: 404), as for an id that does not exist;
 *   - `invalid`: the action refuses it as a field error (an id chosen from a list, e.g. programIds);
 *   - `ignored`: the id is only a filter (e.g. ?webhook=); the answer is allowed and shows none of it.
 * Absent: the entry point takes no ids besides the department.
 */
export type ForeignIdAnswer = 'notFound' | 'invalid' | 'ignored';

/** A plain SQL statement ($1, $2 … placeholders), run before the call to put the target in a state where the act can succeed. */
export interface Prepare {
  sql: string;
  params: unknown[];
}

interface Row {
  /** The file, from the repository root. */
  file: string;
  minRole: MinRole;
  foreignIds?: ForeignIdAnswer;
}

export interface ActionRow extends Row {
  kind: 'action';
  /** The exported server action. Called as fn(prevState, formData), or fn(formData) when `arity` is 1. */
  export: string;
  arity?: 1 | 2;
  /** What the form posts for department `dept`, naming the things in `ids` — valid, so an allowed caller succeeds. */
  form: (dept: string, ids: WorldDepartment) => FormData;
  prepare?: (ids: WorldDepartment) => Prepare[];
  /** false: success changes no database row (e.g. it only sets a cookie). */
  writes?: boolean;
}

export interface RouteRow extends Row {
  kind: 'route';
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query for department `dept`, naming the things in `ids`. */
  url: (dept: string, ids: WorldDepartment) => string;
  /** Status a refused caller gets; default 401 when nobody is signed in, 404 otherwise. */
  denied?: { anonymous: number; signedIn: number };
  /** The answer is a never-ending stream (server-sent events): read the first chunk, then hang up. */
  stream?: boolean;
  /** A string an allowed answer must contain (proves the leak check looks at real data). */
  shows?: (ids: WorldDepartment) => string;
  /** true: an allowed call writes (e.g. the audited export); a refused one never may. */
  writes?: boolean;
}

export interface PageRow extends Row {
  kind: 'page';
  url: (dept: string, ids: WorldDepartment) => string;
  /** data-testid of the page's <main> that an allowed visitor sees; absent: no fixed marker (redirects by role). */
  testId?: string;
  /** The page only redirects to another matrix page, whose guard then decides (`/dashboard/[dept]` → its webhooks). */
  redirectsTo?: (dept: string, ids: WorldDepartment) => string;
}

export type MatrixRow = ActionRow | RouteRow | PageRow;

/**
 * Route handlers deliberately left out, with the reason. Everything else under app/ named
 * route.ts must have a row (the completeness test enforces it).
 */
export const EXCLUDED: { prefix: string; why: string }[] = [
  {
    prefix: 'app/api/auth/',
    why: "next-auth's own endpoints (sign-in, sign-out, session, CSRF): they are how a persona becomes signed in, not data behind the guard; e2e/authz-pages.spec.ts goes through them for every persona.",
  },
  {
    prefix: 'app/api/inngest/',
    why: 'called by Inngest, never by a person or a session: every request is authenticated by Inngest’s signature (INNGEST_SIGNING_KEY), and it serves no department data.',
  },
  {
    prefix: 'app/api/v1/',
    why: 'REST API v1 takes department API tokens, never a session: its own matrix (test/authz/api-matrix.ts, every route × every token kind, with its completeness check) covers it.',
  },
];

// ---------------------------------------------------------------- forms

function fd(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

/** A `datetime-local` value on Puerto Rico's clock (UTC−4, no daylight saving), `minutesAgo` before now. */
export function prWallClock(minutesAgo: number): string {
  return new Date(Date.now() - minutesAgo * 60_000 - 4 * 3_600_000).toISOString().slice(0, 16);
}

const program = {
  titleEs: 'Programa de la matriz',
  titleEn: 'Matrix program',
  summaryEs: 'Un resumen de prueba suficiente.',
  summaryEn: 'A long enough test summary.',
  descriptionEs: 'Una descripción de prueba suficiente.',
  descriptionEn: 'A long enough test description.',
  kind: 'education',
};

let allowlistSeq = 0;

const webhookForm = { contentType: 'json', verification: 'signature', eventsMode: 'lead', sslVerify: 'on', active: 'on', description: 'Matrix' };

const failLeadDelivery = (ids: WorldDepartment): Prepare[] => [
  { sql: `update deliveries set status = 'failed', attempt_count = 1, next_attempt_at = null where id = $1`, params: [ids.deliveryId] },
];

// People (members, invitations, accounts): the target rows are made by `prepare`, with ids
// derived from the department's so each department has its own and B's are foreign to A.
const personId = (ids: WorldDepartment) => `00000001${ids.id.slice(8)}`;
const invitationId = (ids: WorldDepartment) => `00000002${ids.id.slice(8)}`;
const apiTokenId = (ids: WorldDepartment) => `00000003${ids.id.slice(8)}`;
/** A live API token of the department (its hash is unique per department, never a real token's). */
const addApiToken = (ids: WorldDepartment): Prepare[] => [
  {
    sql: `insert into api_tokens (id, department_id, name, scope, token_hash, prefix) values ($1, $2, 'Matrix token', 'write', $3, 'pnt_Matrix')
          on conflict (id) do update set revoked_at = null`,
    params: [apiTokenId(ids), ids.id, `matrix-${ids.id}`],
  },
];
const addMember = (ids: WorldDepartment): Prepare[] => [
  { sql: `insert into users (id, email, name) values ($1, $2, 'Matrix Member')`, params: [personId(ids), `member-${ids.id}@example.com`] },
  { sql: `insert into memberships (user_id, department_id, role) values ($1, $2, 'staff')`, params: [personId(ids), ids.id] },
];
const addInvitation = (ids: WorldDepartment): Prepare[] => [
  {
    sql: `insert into invitations (id, department_id, email, role, token_hash, expires_at) values ($1, $2, $3, 'staff', $4, now() + interval '1 day')`,
    params: [invitationId(ids), ids.id, `invited-${ids.id}@example.com`, `matrix-${ids.id}`],
  },
];
/** bcrypt (cost 4, to keep the matrix fast) of MATRIX_PASSWORD: every account gets it, so "change password" can succeed. */
const MATRIX_PASSWORD = 'matrix current password';
const MATRIX_PASSWORD_HASH = '$2b$04$QtpVOxfEfmbgdLA/0IXpFuCYBbx3cOFWBECbXHKvTlTiaEsSRMQTG';
/** A fixed invitation token and its sha256; `prepare` (re)opens it for a fresh email each time. */
const MATRIX_TOKEN = 'MatrixInvitationToken0000000000000000000000';
const MATRIX_TOKEN_HASH = 'f6fda782164bafe52e9ce18751a5bc6faa099bb058f2cd01b7f5a945be5185ce';

// ---------------------------------------------------------------- the matrix

export const ACTIONS: ActionRow[] = [
  // deliveries
  {
    kind: 'action',
    file: 'app/actions/dashboard/deliveries/redeliver-delivery.ts',
    export: 'redeliverDeliveryAction',
    minRole: 'staff',
    foreignIds: 'notFound',
    form: (dept, ids) => fd({ dept, deliveryId: ids.deliveryId }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/deliveries/recover-failed.ts',
    export: 'recoverFailedAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    prepare: failLeadDelivery,
    form: (dept, ids) => fd({ dept, webhookId: ids.webhookId, since: prWallClock(60) }),
  },
  // programs
  {
    kind: 'action',
    file: 'app/actions/dashboard/programs/create-program.ts',
    export: 'createProgramAction',
    minRole: 'admin',
    form: (dept) => fd({ dept, ...program }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/programs/set-program-status.ts',
    export: 'setProgramStatusAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    form: (dept, ids) => fd({ dept, programId: ids.programId, status: 'closed' }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/programs/update-program.ts',
    export: 'updateProgramAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    form: (dept, ids) => fd({ dept, programId: ids.programId, ...program }),
  },
  // webhooks
  {
    kind: 'action',
    file: 'app/actions/dashboard/webhooks/create-webhook.ts',
    export: 'createWebhookAction',
    minRole: 'admin',
    foreignIds: 'invalid',
    form: (dept, ids) => fd({ dept, url: 'https://new.example.com/hook', ...webhookForm, programsMode: 'chosen', programIds: [ids.programId] }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/webhooks/update-webhook.ts',
    export: 'updateWebhookAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    form: (dept, ids) => fd({ dept, webhookId: ids.webhookId, url: 'https://changed.example.com/hook', ...webhookForm, programsMode: 'all' }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/webhooks/delete-webhook.ts',
    export: 'deleteWebhookAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    form: (dept, ids) => fd({ dept, webhookId: ids.webhookId, confirm: 'DELETE' }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/webhooks/set-webhook-enabled.ts',
    export: 'setWebhookEnabledAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    form: (dept, ids) => fd({ dept, webhookId: ids.webhookId, enabled: 'false' }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/webhooks/reenable-and-recover.ts',
    export: 'reenableAndRecoverAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    prepare: (ids) => [
      ...failLeadDelivery(ids),
      {
        sql: `update webhooks set active = false, disabled_at = now(), disabled_reason = 'failing', failing_since = now() - interval '1 hour' where id = $1`,
        params: [ids.webhookId],
      },
    ],
    form: (dept, ids) => fd({ dept, webhookId: ids.webhookId }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/webhooks/replay-missing.ts',
    export: 'replayMissingAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    // The lead arrived while the webhook was inactive: a skipped delivery, off the work list; the webhook is enabled again.
    prepare: (ids) => [
      {
        sql: `update deliveries set status = 'skipped', attempt_count = 0, next_attempt_at = null, last_error = 'Not sent: the webhook was inactive when this event happened.' where id = $1`,
        params: [ids.deliveryId],
      },
      { sql: `delete from delivery_queue where delivery_id = $1`, params: [ids.deliveryId] },
      { sql: `update webhooks set active = true, disabled_at = null where id = $1`, params: [ids.webhookId] },
    ],
    form: (dept, ids) => fd({ dept, webhookId: ids.webhookId }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/webhooks/reveal-webhook-secret.ts',
    export: 'revealWebhookSecretAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    form: (dept, ids) => fd({ dept, webhookId: ids.webhookId }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/webhooks/reveal-webhook-header.ts',
    export: 'revealWebhookHeaderAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    prepare: (ids) => [{ sql: `update webhooks set custom_headers = '{"X-Functions-Key": "fn-key"}'::jsonb where id = $1`, params: [ids.webhookId] }],
    form: (dept, ids) => fd({ dept, webhookId: ids.webhookId, name: 'X-Functions-Key' }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/webhooks/rotate-webhook-secret.ts',
    export: 'rotateWebhookSecretAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    form: (dept, ids) => fd({ dept, webhookId: ids.webhookId }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/webhooks/send-ping.ts',
    export: 'sendPingAction',
    minRole: 'staff',
    foreignIds: 'notFound',
    form: (dept, ids) => fd({ dept, webhookId: ids.webhookId }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/webhooks/send-test-lead.ts',
    export: 'sendTestLeadAction',
    // As ping: the world's webhooks are subscribed to lead.created.
    minRole: 'staff',
    foreignIds: 'notFound',
    form: (dept, ids) => fd({ dept, webhookId: ids.webhookId }),
  },
  // API tokens
  {
    kind: 'action',
    file: 'app/actions/dashboard/api-tokens/create-api-token.ts',
    export: 'createApiTokenAction',
    minRole: 'admin',
    form: (dept) => fd({ dept, name: 'Matrix token', scope: 'read', expiresIn: '30' }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/api-tokens/revoke-api-token.ts',
    export: 'revokeApiTokenAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    prepare: addApiToken,
    form: (dept, ids) => fd({ dept, tokenId: apiTokenId(ids) }),
  },
  // members and invitations
  {
    kind: 'action',
    file: 'app/actions/dashboard/members/create-invitation.ts',
    export: 'createInvitationAction',
    minRole: 'admin',
    form: (dept) => fd({ dept, email: 'matrix-invitee@example.com', role: 'staff' }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/members/revoke-invitation.ts',
    export: 'revokeInvitationAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    prepare: addInvitation,
    form: (dept, ids) => fd({ dept, invitationId: invitationId(ids) }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/members/change-member-role.ts',
    export: 'changeMemberRoleAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    prepare: addMember,
    form: (dept, ids) => fd({ dept, userId: personId(ids), role: 'admin' }),
  },
  {
    kind: 'action',
    file: 'app/actions/dashboard/members/remove-member.ts',
    export: 'removeMemberAction',
    minRole: 'admin',
    foreignIds: 'notFound',
    prepare: addMember,
    form: (dept, ids) => fd({ dept, userId: personId(ids) }),
  },
  // accounts
  {
    kind: 'action',
    file: 'app/actions/account/change-password.ts',
    export: 'changePasswordAction',
    minRole: 'signedIn',
    prepare: () => [{ sql: `update users set password_hash = $1`, params: [MATRIX_PASSWORD_HASH] }],
    form: () => fd({ currentPassword: MATRIX_PASSWORD, newPassword: 'a new matrix password', confirm: 'a new matrix password' }),
  },
  {
    kind: 'action',
    file: 'app/actions/account/alert-preferences.ts',
    export: 'saveAlertPreferencesAction',
    minRole: 'signedIn',
    form: () => fd({ alertEmails: 'on', locale: 'en' }),
  },
  {
    kind: 'action',
    file: 'app/actions/account/accept-invitation.ts',
    export: 'acceptInvitationAction',
    // The token is the credential: whoever holds the link may use it (once, for its email).
    minRole: 'public',
    prepare: (ids) => [
      {
        sql: `insert into invitations (department_id, email, role, token_hash, expires_at) values ($1, $2, 'staff', $3, now() + interval '1 day')
              on conflict (token_hash) do update set department_id = excluded.department_id, email = excluded.email, accepted_at = null, revoked_at = null, expires_at = excluded.expires_at`,
        params: [ids.id, `joiner-${ids.id}@example.com`, MATRIX_TOKEN_HASH],
      },
    ],
    form: () => fd({ token: MATRIX_TOKEN, mode: 'newAccount', name: 'Matrix Joiner', password: 'a matrix joiner password', confirm: 'a matrix joiner password' }),
  },
  // platform admin: users
  {
    kind: 'action',
    file: 'app/actions/admin/users/set-platform-admin.ts',
    export: 'setPlatformAdminAction',
    minRole: 'platformAdmin',
    prepare: addMember,
    form: (_dept, ids) => fd({ userId: personId(ids), grant: 'true' }),
  },
  {
    kind: 'action',
    file: 'app/actions/admin/users/set-user-disabled.ts',
    export: 'setUserDisabledAction',
    minRole: 'platformAdmin',
    prepare: addMember,
    form: (_dept, ids) => fd({ userId: personId(ids), disabled: 'true' }),
  },
  {
    kind: 'action',
    file: 'app/actions/admin/users/reset-password.ts',
    export: 'resetPasswordAction',
    minRole: 'platformAdmin',
    prepare: addMember,
    form: (_dept, ids) => fd({ userId: personId(ids) }),
  },
  // platform admin: departments (the world's departments are approved; `prepare` puts A where the move is legal)
  {
    kind: 'action',
    file: 'app/actions/admin/departments/approve-department.ts',
    export: 'approveDepartmentAction',
    minRole: 'platformAdmin',
    prepare: (ids) => [{ sql: `update departments set status = 'pending' where id = $1`, params: [ids.id] }],
    form: (_dept, ids) => fd({ departmentId: ids.id }),
  },
  {
    kind: 'action',
    file: 'app/actions/admin/departments/reject-department.ts',
    export: 'rejectDepartmentAction',
    minRole: 'platformAdmin',
    prepare: (ids) => [{ sql: `update departments set status = 'pending' where id = $1`, params: [ids.id] }],
    form: (_dept, ids) => fd({ departmentId: ids.id, reason: 'Matrix rejection.' }),
  },
  {
    kind: 'action',
    file: 'app/actions/admin/departments/suspend-department.ts',
    export: 'suspendDepartmentAction',
    minRole: 'platformAdmin',
    form: (_dept, ids) => fd({ departmentId: ids.id, reason: 'Matrix suspension.' }),
  },
  {
    kind: 'action',
    file: 'app/actions/admin/departments/reinstate-department.ts',
    export: 'reinstateDepartmentAction',
    minRole: 'platformAdmin',
    prepare: (ids) => [{ sql: `update departments set status = 'suspended' where id = $1`, params: [ids.id] }],
    form: (_dept, ids) => fd({ departmentId: ids.id }),
  },
  // platform: the network allowlist
  {
    kind: 'action',
    file: 'app/actions/admin/allowlist/add-allowlist-entry.ts',
    export: 'addAllowlistEntryAction',
    minRole: 'platformAdmin',
    // A new range each call: the same range twice is refused as a duplicate.
    form: () => fd({ cidr: `10.${(allowlistSeq++ % 250) + 1}.${Math.floor(allowlistSeq / 250) % 250}.0/24`, reason: 'Matrix on-premises CRM' }),
  },
  {
    kind: 'action',
    file: 'app/actions/admin/allowlist/remove-allowlist-entry.ts',
    export: 'removeAllowlistEntryAction',
    minRole: 'platformAdmin',
    // The department's id doubles as the entry's: unique per world.
    prepare: (ids) => [{ sql: `insert into ssrf_allowlist (id, cidr, reason) values ($1, '10.250.0.0/24', 'Matrix entry') on conflict do nothing`, params: [ids.id] }],
    form: (_dept, ids) => fd({ id: ids.id }),
  },
  // public
  {
    kind: 'action',
    file: 'app/actions/set-locale.ts',
    export: 'setLocale',
    arity: 1,
    minRole: 'public',
    writes: false,
    form: () => fd({ locale: 'en', returnTo: '/' }),
  },
  {
    kind: 'action',
    file: 'app/actions/apply-for-department.ts',
    export: 'applyForDepartmentAction',
    // Anyone may apply: it creates a pending department and an account that sees only the waiting page.
    minRole: 'public',
    form: () =>
      fd({
        departmentName: 'Matrix Department',
        contactName: 'Matrix Contact',
        contactEmail: 'contact@matrix.example.com',
        requesterName: 'Matrix Requester',
        // A new address per call: one email, one account.
        requesterEmail: `requester-${Date.now()}-${Math.random().toString(36).slice(2)}@matrix.example.com`,
        password: 'a matrix applicant password',
        passwordConfirm: 'a matrix applicant password',
        reason: 'We want to receive leads for our programs.',
      }),
  },
  {
    kind: 'action',
    file: 'app/actions/submit-lead.ts',
    export: 'submitLead',
    minRole: 'public',
    form: (_dept, ids) =>
      fd({
        name: 'Matrix Applicant',
        email: 'matrix@example.com',
        phone: '787-555-0100',
        businessName: 'Matrix Café',
        municipality: 'Ponce',
        businessStage: 'new',
        sector: 'food',
        programIds: [ids.programId],
        consent: 'on',
        locale: 'es',
      }),
  },
];

export const ROUTES: RouteRow[] = [
  {
    kind: 'route',
    file: 'app/api/dashboard/[dept]/deliveries/route.ts',
    method: 'GET',
    minRole: 'staff',
    foreignIds: 'ignored',
    url: (dept, ids) => `/api/dashboard/${dept}/deliveries?webhook=${ids.webhookId}&program=${ids.programId}`,
    shows: (ids) => ids.deliveryId,
  },
  {
    kind: 'route',
    file: 'app/api/dashboard/[dept]/deliveries/[id]/route.ts',
    method: 'GET',
    minRole: 'staff',
    foreignIds: 'notFound',
    url: (dept, ids) => `/api/dashboard/${dept}/deliveries/${ids.deliveryId}`,
    shows: (ids) => ids.webhookUrl,
  },
  {
    kind: 'route',
    file: 'app/api/dashboard/[dept]/events/route.ts',
    method: 'GET',
    minRole: 'staff',
    stream: true,
    url: (dept) => `/api/dashboard/${dept}/events`,
    shows: () => 'retry:',
  },
  {
    kind: 'route',
    file: 'app/(dashboard)/dashboard/[dept]/leads/export/route.ts',
    method: 'GET',
    minRole: 'staff',
    // The CSV download answers 404 to everyone refused, signed in or not.
    denied: { anonymous: 404, signedIn: 404 },
    writes: true,
    url: (dept) => `/dashboard/${dept}/leads/export`,
    shows: (ids) => ids.leadName,
  },
  {
    kind: 'route',
    file: 'app/api/dashboard/[dept]/audit/export/route.ts',
    method: 'GET',
    minRole: 'admin',
    writes: true,
    url: (dept) => `/api/dashboard/${dept}/audit/export`,
  },
  {
    kind: 'route',
    file: 'app/api/admin/audit/export/route.ts',
    method: 'GET',
    minRole: 'platformAdmin',
    writes: true,
    url: () => '/api/admin/audit/export',
  },
];

export const PAGES: PageRow[] = [
  { kind: 'page', file: 'app/(dashboard)/login/page.tsx', minRole: 'public', url: () => '/login' },
  { kind: 'page', file: 'app/(dashboard)/dashboard/page.tsx', minRole: 'signedIn', url: () => '/dashboard' },
  {
    kind: 'page',
    file: 'app/(dashboard)/dashboard/[dept]/page.tsx',
    minRole: 'staff',
    url: (dept) => `/dashboard/${dept}`,
    redirectsTo: (dept) => `/dashboard/${dept}/webhooks`,
    testId: 'webhooks-page',
  },
  { kind: 'page', file: 'app/(dashboard)/dashboard/[dept]/webhooks/page.tsx', minRole: 'staff', url: (dept) => `/dashboard/${dept}/webhooks`, testId: 'webhooks-page' },
  // The old in-app guide's address: the department's people are redirected to the public guide
  // in their language (/docs/webhooks, /en/docs/webhooks), everyone else gets the 404. Not a
  // `redirectsTo` row: it decides by itself, and its target is no dashboard page.
  {
    kind: 'page',
    file: 'app/(dashboard)/dashboard/[dept]/webhooks/receiver-guide/page.tsx',
    minRole: 'staff',
    url: (dept) => `/dashboard/${dept}/webhooks/receiver-guide`,
  },
  { kind: 'page', file: 'app/(dashboard)/dashboard/[dept]/webhooks/new/page.tsx', minRole: 'admin', url: (dept) => `/dashboard/${dept}/webhooks/new`, testId: 'new-webhook-page' },
  {
    kind: 'page',
    file: 'app/(dashboard)/dashboard/[dept]/webhooks/[id]/page.tsx',
    minRole: 'staff',
    foreignIds: 'notFound',
    url: (dept, ids) => `/dashboard/${dept}/webhooks/${ids.webhookId}`,
    testId: 'webhook-page',
  },
  {
    kind: 'page',
    file: 'app/(dashboard)/dashboard/[dept]/deliveries/page.tsx',
    minRole: 'staff',
    foreignIds: 'ignored',
    url: (dept, ids) => `/dashboard/${dept}/deliveries?webhook=${ids.webhookId}&program=${ids.programId}`,
    testId: 'deliveries-page',
  },
  {
    kind: 'page',
    file: 'app/(dashboard)/dashboard/[dept]/deliveries/[id]/page.tsx',
    minRole: 'staff',
    foreignIds: 'notFound',
    url: (dept, ids) => `/dashboard/${dept}/deliveries/${ids.deliveryId}`,
    testId: 'delivery-page',
  },
  { kind: 'page', file: 'app/(dashboard)/dashboard/[dept]/programs/page.tsx', minRole: 'staff', url: (dept) => `/dashboard/${dept}/programs`, testId: 'programs-page' },
  { kind: 'page', file: 'app/(dashboard)/dashboard/[dept]/programs/new/page.tsx', minRole: 'admin', url: (dept) => `/dashboard/${dept}/programs/new`, testId: 'new-program-page' },
  {
    kind: 'page',
    file: 'app/(dashboard)/dashboard/[dept]/programs/[id]/page.tsx',
    minRole: 'staff',
    foreignIds: 'notFound',
    url: (dept, ids) => `/dashboard/${dept}/programs/${ids.programId}`,
    testId: 'program-page',
  },
  { kind: 'page', file: 'app/(dashboard)/dashboard/[dept]/leads/page.tsx', minRole: 'staff', url: (dept) => `/dashboard/${dept}/leads`, testId: 'leads-page' },
  {
    kind: 'page',
    file: 'app/(dashboard)/dashboard/[dept]/leads/[id]/page.tsx',
    minRole: 'staff',
    foreignIds: 'notFound',
    url: (dept, ids) => `/dashboard/${dept}/leads/${ids.leadId}`,
    testId: 'lead-page',
  },
  { kind: 'page', file: 'app/(dashboard)/dashboard/[dept]/members/page.tsx', minRole: 'admin', url: (dept) => `/dashboard/${dept}/members`, testId: 'members-page' },
  { kind: 'page', file: 'app/(dashboard)/dashboard/[dept]/api-tokens/page.tsx', minRole: 'admin', url: (dept) => `/dashboard/${dept}/api-tokens`, testId: 'api-tokens-page' },
  { kind: 'page', file: 'app/(dashboard)/dashboard/account/page.tsx', minRole: 'signedIn', url: () => '/dashboard/account', testId: 'account-page' },
  // Only someone who must change their password stays; everyone else is sent to /dashboard/account.
  { kind: 'page', file: 'app/(dashboard)/account/password/page.tsx', minRole: 'signedIn', url: () => '/account/password' },
  // Public: the token is the credential; an unknown one says so, the same to everyone.
  { kind: 'page', file: 'app/(dashboard)/invite/[token]/page.tsx', minRole: 'public', url: () => `/invite/${MATRIX_TOKEN}`, testId: 'invitation-page' },
  { kind: 'page', file: 'app/(dashboard)/admin/users/page.tsx', minRole: 'platformAdmin', url: () => '/admin/users', testId: 'admin-users-page' },
  { kind: 'page', file: 'app/(dashboard)/admin/departments/page.tsx', minRole: 'platformAdmin', url: () => '/admin/departments', testId: 'admin-departments-page' },
  {
    kind: 'page',
    file: 'app/(dashboard)/admin/departments/[id]/page.tsx',
    minRole: 'platformAdmin',
    url: (_dept, ids) => `/admin/departments/${ids.id}`,
    testId: 'admin-department-page',
  },
  { kind: 'page', file: 'app/(dashboard)/dashboard/[dept]/audit/page.tsx', minRole: 'admin', url: (dept) => `/dashboard/${dept}/audit`, testId: 'department-audit-page' },
  { kind: 'page', file: 'app/(dashboard)/admin/page.tsx', minRole: 'platformAdmin', url: () => '/admin', testId: 'admin-overview-page' },
  { kind: 'page', file: 'app/(dashboard)/admin/allowlist/page.tsx', minRole: 'platformAdmin', url: () => '/admin/allowlist', testId: 'allowlist-page' },
  { kind: 'page', file: 'app/(dashboard)/admin/audit/page.tsx', minRole: 'platformAdmin', url: () => '/admin/audit', testId: 'admin-audit-page' },
];

export const MATRIX: MatrixRow[] = [...ACTIONS, ...ROUTES, ...PAGES];

// ---------------------------------------------------------------- who may

/** Each persona's role in department A and B (test/personas.ts builds exactly these). */
const MEMBERSHIP: Record<PersonaName, Partial<Record<'a' | 'b', 'staff' | 'admin'>>> = {
  anonymous: {},
  staffA: { a: 'staff' },
  adminA: { a: 'admin' },
  staffB: { b: 'staff' },
  platformAdmin: {},
};

/** Whether `persona` may use an entry point needing `minRole`, aimed at department `dept`. */
export function allows(minRole: MinRole, persona: PersonaName, dept: 'a' | 'b' = 'a'): boolean {
  if (minRole === 'public') return true;
  if (persona === 'anonymous') return false;
  if (minRole === 'signedIn' || persona === 'platformAdmin') return true;
  if (minRole === 'platformAdmin') return false;
  const role = MEMBERSHIP[persona][dept];
  return role === 'admin' || (role === 'staff' && minRole === 'staff');
}

/** Whether the entry point is aimed at a department (its path has a [dept] segment, or it is a dashboard action). */
export function isDepartmentScoped(row: MatrixRow): boolean {
  return row.minRole === 'staff' || row.minRole === 'admin';
}

// ---------------------------------------------------------------- files ↔ URLs

/** app/(group)/a/[x]/route.ts → /a/[x]: the URL pattern Next.js serves the file at. */
export function routePattern(file: string): string {
  const segments = file
    .replace(/^app\//, '')
    .split('/')
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join('/')}`;
}

/** The dynamic params Next.js would pass the file for `url`, or null when the URL is not the file's. */
export function paramsFor(file: string, url: string): Record<string, string> | null {
  const pathname = new URL(url, 'http://localhost').pathname;
  const names: string[] = [];
  const source = routePattern(file)
    .split('/')
    .map((s) => {
      const m = /^\[(\w+)\]$/.exec(s);
      if (!m) return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]!);
      return '([^/]+)';
    })
    .join('/');
  const match = new RegExp(`^${source === '/' ? '' : source}/?$`).exec(pathname);
  if (!match) return null;
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
}
