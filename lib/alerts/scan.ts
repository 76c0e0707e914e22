/**
 * The failure alert scan (docs/decisions/016-failure-alerts.md), run every minute by both
 * engines. It never touches the delivery hot path: it reads the health the engine already
 * stores on `webhooks` (failing_since, consecutive_failures, disabled_at) and the deliveries
 * that ran out of retries, and keeps what people were told in `webhook_alert_state`.
 *
 * 1. Detect: for every webhook that is unhealthy or was alerted about, derive its state and
 *    move the stored one with a conditional upsert (`where state = <the state we read>`): of
 *    two workers scanning at once, one wins each change; the other's statement does nothing.
 * 2. Notify: each change owes one e-mail (`pending_notice`). A worker leases it, e-mails the
 *    recipients, then clears it — only if the state has not moved again meanwhile. A later
 *    change before the e-mail went replaces it: one e-mail for the newest state, no storm.
 * 3. Digests: once a day (PUENTE_ALERT_DIGEST_HOUR_UTC), each department with webhooks still
 *    broken, and the platform admins about every such department; claimed by a conditional
 *    update of `digest_sent_at` / `alert_digests` before sending, so at most one per day.
 *
 * Without SMTP_URL, steps 2 and 3 send nothing (owed e-mails are dropped so that turning SMTP
 * on later does not send stale ones); the state still moves, and the dashboard banner shows it.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record-audit';
import { absoluteLink } from '../mail/email-invitation';
import {
  renderDepartmentDigestEmail,
  renderPlatformDigestEmail,
  renderWebhookAlertEmail,
  type DigestDepartment,
  type DigestWebhook,
} from '../mail/alert-email';
import { mailEnabled, sendMail, type MailMessage } from '../mail/mailer';
import { decideTransition, liveState, type AlertNotice, type AlertState } from './derive';
import { departmentAlertRecipients, platformAlertRecipients, type AlertRecipient } from './recipients';
import { alertSettings, digestSlot, type AlertSettings } from './settings';

/** How long one worker holds an owed e-mail before another may take it over (a crash). */
const NOTICE_LEASE_MS = 5 * 60_000;
/** A state must be this old before a digest repeats it (the change's own e-mail came first). */
const DIGEST_MIN_AGE_MS = 12 * 3_600_000;
/** How far before failing_since a delivery may have been created and still be tried in the streak. */
const LOOKBACK = '8 days';
export const ACCOUNT_PATH = '/dashboard/account';

export interface AlertScanOptions {
  now?: Date;
  settings?: AlertSettings;
}

export interface AlertScanResult {
  changes: number;
  notices: number;
  emailsSent: number;
  emailsFailed: number;
  departmentDigests: number;
  platformDigest: boolean;
}

const ts = (v: string | null): Date | null => (v === null ? null : new Date(v));

interface HealthRow extends Record<string, unknown> {
  id: string;
  department_id: string;
  active: boolean;
  approved: boolean;
  disabled_at: string | null;
  failing_since: string | null;
  consecutive_failures: number;
  stored: AlertState | null;
  changed_at: string | null;
  failed_attempts: number;
  gave_up: boolean;
  succeeded_since: boolean;
}

/** Step 1. Returns how many state changes this worker made. */
export async function detectAlertChanges(db: Db, now: Date, s: AlertSettings): Promise<number> {
  const rows = await db.execute<HealthRow>(sql`
    select w.id, w.department_id, w.active, (d.status = 'approved') as approved,
           w.disabled_at::text as disabled_at, w.failing_since::text as failing_since, w.consecutive_failures,
           s.state as stored, s.changed_at::text as changed_at,
           case when w.failing_since is null then 0 else (
             select count(*)::int from (
               select 1 from deliveries dl join delivery_attempts a on a.delivery_id = dl.id
                where dl.webhook_id = w.id and dl.created_at >= w.failing_since - ${LOOKBACK}::interval
                  and a.started_at >= w.failing_since
                limit ${s.afterFailures}) x) end as failed_attempts,
           (w.failing_since is not null and exists (
             select 1 from deliveries dl
              where dl.webhook_id = w.id and dl.created_at >= w.failing_since - ${LOOKBACK}::interval
                and dl.status = 'failed' and dl.last_attempt_at >= w.failing_since)) as gave_up,
           coalesce(s.state <> 'ok' and exists (
             select 1 from deliveries dl
              where dl.webhook_id = w.id and dl.created_at >= s.changed_at - ${LOOKBACK}::interval
                and dl.delivered_at > s.changed_at), false) as succeeded_since
      from webhooks w
      join departments d on d.id = w.department_id
      left join webhook_alert_state s on s.webhook_id = w.id
     where w.disabled_at is not null or w.failing_since is not null or s.state <> 'ok'`);

  let changes = 0;
  for (const r of rows) {
    const live = liveState(
      {
        active: r.active,
        departmentApproved: r.approved,
        disabledAt: ts(r.disabled_at),
        failingSince: ts(r.failing_since),
        consecutiveFailures: r.consecutive_failures,
        failedAttempts: r.failed_attempts,
        gaveUp: r.gave_up,
      },
      s.afterFailures,
    );
    const t = decideTransition(r.stored, live, r.succeeded_since);
    if (!t) continue;
    // The state's own start: when the engine saw it, not when the scan noticed.
    const since = t.to === 'disabled' ? (ts(r.disabled_at) ?? now) : t.to === 'failing' ? (ts(r.failing_since) ?? now) : now;
    const changed = await db.execute<{ webhook_id: string }>(sql`
      insert into webhook_alert_state as s (webhook_id, department_id, state, changed_at, previous_state, previous_since, pending_notice)
      values (${r.id}, ${r.department_id}, ${t.to}, ${since.toISOString()}, ${t.from}, ${r.changed_at}, ${t.notice})
      on conflict (webhook_id) do update
         set state = excluded.state, changed_at = excluded.changed_at,
             previous_state = excluded.previous_state, previous_since = s.changed_at,
             pending_notice = excluded.pending_notice, lease_until = null, notified_at = null, digest_sent_at = null
       where s.state = ${t.from}
      returning webhook_id`);
    if (changed.length > 0) changes++;
  }
  return changes;
}

interface NoticeRow extends Record<string, unknown> {
  webhook_id: string;
  department_id: string;
  notice: AlertNotice;
  changed_at: string;
  previous_state: AlertState | null;
  previous_since: string | null;
  description: string;
  url: string;
  disabled_reason: string | null;
  department_name: string;
  slug: string;
}

async function sendAll(messages: MailMessage[]): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const m of messages) {
    const r = await sendMail(m);
    if (r.ok) sent++;
    else failed++;
  }
  return { sent, failed };
}

async function lastError(db: Db, webhookId: string, since: string): Promise<string | null> {
  const [row] = await db.execute<{ last_error: string | null } & Record<string, unknown>>(sql`
    select last_error from deliveries
     where webhook_id = ${webhookId} and created_at >= ${since}::timestamptz - ${LOOKBACK}::interval
       and last_attempt_at >= ${since}::timestamptz and last_error is not null
     order by last_attempt_at desc limit 1`);
  return row?.last_error ?? null;
}

/** Step 2. E-mails owed by state changes; returns what was done. */
export async function sendPendingNotices(db: Db, now: Date): Promise<{ notices: number; sent: number; failed: number }> {
  if (!mailEnabled()) {
    await db.execute(sql`update webhook_alert_state set pending_notice = null, lease_until = null where pending_notice is not null`);
    return { notices: 0, sent: 0, failed: 0 };
  }
  const claimed = await db.execute<NoticeRow>(sql`
    with c as (
      update webhook_alert_state s set lease_until = ${new Date(now.getTime() + NOTICE_LEASE_MS).toISOString()}
       where s.pending_notice is not null and (s.lease_until is null or s.lease_until < ${now.toISOString()})
      returning s.webhook_id, s.department_id, s.pending_notice, s.changed_at, s.previous_state, s.previous_since)
    select c.webhook_id, c.department_id, c.pending_notice as notice, c.changed_at::text as changed_at,
           c.previous_state, c.previous_since::text as previous_since,
           w.description, w.url, w.disabled_reason, d.name as department_name, d.slug
      from c join webhooks w on w.id = c.webhook_id join departments d on d.id = c.department_id`);

  let sent = 0;
  let failed = 0;
  for (const n of claimed) {
    const recipients = await departmentAlertRecipients(db, n.department_id);
    const since = n.notice === 'recovered' ? (ts(n.previous_since) ?? new Date(n.changed_at)) : new Date(n.changed_at);
    const error = n.notice === 'failing' ? await lastError(db, n.webhook_id, n.changed_at) : null;
    const link = absoluteLink(`/dashboard/${n.slug}/webhooks/${n.webhook_id}`);
    const accountLink = absoluteLink(ACCOUNT_PATH);
    const r = await sendAll(
      recipients.map((to) =>
        renderWebhookAlertEmail({
          to: to.email,
          locale: to.locale,
          notice: n.notice,
          departmentName: n.department_name,
          webhook: { description: n.description, url: n.url },
          since,
          previous: n.previous_state === 'disabled' ? 'disabled' : 'failing',
          reason: n.disabled_reason,
          lastError: error,
          link,
          accountLink,
        }),
      ),
    );
    sent += r.sent;
    failed += r.failed;
    // Only if the state did not move while we sent: a newer change keeps its own owed e-mail.
    await db.execute(sql`
      update webhook_alert_state set pending_notice = null, lease_until = null, notified_at = ${now.toISOString()}
       where webhook_id = ${n.webhook_id} and changed_at = ${n.changed_at}::timestamptz and pending_notice = ${n.notice}`);
    await recordAudit(db, SYSTEM_ACTOR, {
      action: 'alert.sent',
      departmentId: n.department_id,
      targetType: 'webhook',
      targetId: n.webhook_id,
      details: { notice: n.notice, recipients: recipients.length, sent: r.sent, failed: r.failed },
    });
  }
  return { notices: claimed.length, sent, failed };
}

interface DigestRow extends Record<string, unknown> {
  webhook_id: string;
  department_id: string;
  state: 'failing' | 'disabled';
  changed_at: string;
  description: string;
  url: string;
  department_name: string;
  slug: string;
}

/** Webhooks whose stored state is broken and still matches the webhook (not re-enabled and untried). */
const STILL_BROKEN = sql`((s.state = 'disabled' and w.disabled_at is not null)
  or (s.state = 'failing' and w.disabled_at is null and w.failing_since is not null and w.active))`;

/** Step 3a. One digest per department a day, listing its webhooks still broken. */
export async function sendDepartmentDigests(db: Db, now: Date, st: AlertSettings): Promise<{ digests: number; sent: number; failed: number }> {
  if (!mailEnabled()) return { digests: 0, sent: 0, failed: 0 };
  const slot = digestSlot(now, st.digestHourUtc);
  const claimed = await db.execute<DigestRow>(sql`
    with c as (
      update webhook_alert_state s set digest_sent_at = ${now.toISOString()}
        from webhooks w
       where w.id = s.webhook_id and ${STILL_BROKEN}
         and coalesce(s.digest_sent_at, s.changed_at) < ${slot.toISOString()}
         and s.changed_at <= ${new Date(now.getTime() - DIGEST_MIN_AGE_MS).toISOString()}
      returning s.webhook_id, s.department_id, s.state, s.changed_at, w.description, w.url)
    select c.webhook_id, c.department_id, c.state, c.changed_at::text as changed_at, c.description, c.url,
           d.name as department_name, d.slug
      from c join departments d on d.id = c.department_id
     where d.status = 'approved'
     order by d.name, c.changed_at`);

  const byDept = new Map<string, DigestRow[]>();
  for (const r of claimed) byDept.set(r.department_id, [...(byDept.get(r.department_id) ?? []), r]);
  let sent = 0;
  let failed = 0;
  for (const [departmentId, list] of byDept) {
    const first = list[0]!;
    const recipients = await departmentAlertRecipients(db, departmentId);
    const webhooks: DigestWebhook[] = list.map((w) => ({
      description: w.description,
      url: w.url,
      state: w.state,
      since: new Date(w.changed_at),
      link: absoluteLink(`/dashboard/${w.slug}/webhooks/${w.webhook_id}`),
    }));
    const r = await sendAll(
      recipients.map((to) =>
        renderDepartmentDigestEmail({ to: to.email, locale: to.locale, departmentName: first.department_name, webhooks, accountLink: absoluteLink(ACCOUNT_PATH) }),
      ),
    );
    sent += r.sent;
    failed += r.failed;
    await recordAudit(db, SYSTEM_ACTOR, {
      action: 'alert.digest_sent',
      departmentId,
      targetType: 'department',
      targetId: departmentId,
      details: { webhooks: list.map((w) => w.webhook_id), recipients: recipients.length, sent: r.sent, failed: r.failed },
    });
  }
  return { digests: byDept.size, sent, failed };
}

interface DeptRow extends Record<string, unknown> {
  id: string;
  name: string;
  failing: number;
  disabled: number;
  since: string;
}

/** Step 3b. One digest a day to the platform admins, when any department has a broken webhook. */
export async function sendPlatformDigest(db: Db, now: Date, st: AlertSettings): Promise<{ sent: boolean; emailsSent: number; emailsFailed: number }> {
  const none = { sent: false, emailsSent: 0, emailsFailed: 0 };
  if (!mailEnabled()) return none;
  const slot = digestSlot(now, st.digestHourUtc);
  const depts = await db.execute<DeptRow>(sql`
    select d.id, d.name,
           (count(*) filter (where s.state = 'failing'))::int as failing,
           (count(*) filter (where s.state = 'disabled'))::int as disabled,
           min(s.changed_at)::text as since
      from webhook_alert_state s
      join webhooks w on w.id = s.webhook_id
      join departments d on d.id = s.department_id
     where ${STILL_BROKEN} and d.status = 'approved'
     group by d.id, d.name
     order by min(s.changed_at), d.name`);
  if (depts.length === 0) return none;
  const won = await db.execute<{ scope: string }>(sql`
    insert into alert_digests as a (scope, sent_at) values ('platform', ${now.toISOString()})
    on conflict (scope) do update set sent_at = excluded.sent_at where a.sent_at < ${slot.toISOString()}
    returning scope`);
  if (won.length === 0) return none;

  const recipients: AlertRecipient[] = await platformAlertRecipients(db);
  const departments: DigestDepartment[] = depts.map((d) => ({
    name: d.name,
    failing: d.failing,
    disabled: d.disabled,
    since: new Date(d.since),
    link: absoluteLink(`/admin/departments/${d.id}`),
  }));
  const r = await sendAll(
    recipients.map((to) =>
      renderPlatformDigestEmail({ to: to.email, locale: to.locale, departments, link: absoluteLink('/admin'), accountLink: absoluteLink(ACCOUNT_PATH) }),
    ),
  );
  await recordAudit(db, SYSTEM_ACTOR, {
    action: 'alert.platform_digest_sent',
    details: { departments: depts.map((d) => d.id), recipients: recipients.length, sent: r.sent, failed: r.failed },
  });
  return { sent: true, emailsSent: r.sent, emailsFailed: r.failed };
}

/** The whole scan, as the crons run it. */
export async function runAlertScan(db: Db, opts: AlertScanOptions = {}): Promise<AlertScanResult> {
  const now = opts.now ?? new Date();
  const s = opts.settings ?? alertSettings();
  const changes = await detectAlertChanges(db, now, s);
  const n = await sendPendingNotices(db, now);
  const d = await sendDepartmentDigests(db, now, s);
  const p = await sendPlatformDigest(db, now, s);
  return {
    changes,
    notices: n.notices,
    emailsSent: n.sent + d.sent + p.emailsSent,
    emailsFailed: n.failed + d.failed + p.emailsFailed,
    departmentDigests: d.digests,
    platformDigest: p.sent,
  };
}
