/**
 * The audited acts, grouped for the audit log's action filter. Their readable names, and the
 * groups', are in the staff catalogue (lib/i18n/staff/audit.ts), in Spanish and English. An
 * action missing here is still recorded, listed and filterable by its category (`webhook.*`);
 * it is shown under its raw name.
 */
import type { Locale } from '../i18n/locale';
import { staffMessages } from '../i18n/staff';
import type { AuditActionName, AuditGroupKey } from '../i18n/staff/audit';

export interface AuditActionGroup {
  /** The group's name in the catalogue (`audit.groups`). */
  key: AuditGroupKey;
  /** The category filter value when the group shares a prefix, e.g. `webhook.*`. */
  category?: string;
  /** Never recorded against a department: not offered in a department's audit log. */
  platformOnly?: boolean;
  actions: readonly AuditActionName[];
}

export const AUDIT_ACTION_GROUPS: readonly AuditActionGroup[] = [
  { key: 'signIn', category: 'auth.*', platformOnly: true, actions: ['auth.sign_in', 'auth.sign_in_failed', 'auth.sign_in_rate_limited'] },
  {
    key: 'departments',
    category: 'department.*',
    actions: ['department.applied', 'department.approved', 'department.rejected', 'department.suspended', 'department.reinstated'],
  },
  {
    key: 'members',
    actions: ['invitation.created', 'invitation.emailed', 'invitation.revoked', 'invitation.accepted', 'member.role_changed', 'member.removed'],
  },
  {
    key: 'users',
    category: 'user.*',
    platformOnly: true,
    actions: [
      'user.platform_admin_created',
      'user.platform_admin_granted',
      'user.platform_admin_revoked',
      'user.password_changed',
      'user.password_reset',
      'user.disabled',
      'user.enabled',
      'user.alert_preferences_changed',
    ],
  },
  {
    key: 'webhooks',
    category: 'webhook.*',
    actions: [
      'webhook.created',
      'webhook.updated',
      'webhook.enabled',
      'webhook.deactivated',
      'webhook.disabled',
      'webhook.deleted',
      'webhook.secret_revealed',
      'webhook.header_revealed',
      'webhook.secret_rotated',
      'webhook.ping',
      'webhook.recovered',
      'webhook.replayed_missing',
      'webhook.test_lead',
    ],
  },
  { key: 'alerts', category: 'alert.*', actions: ['alert.sent', 'alert.digest_sent', 'alert.platform_digest_sent'] },
  { key: 'deliveries', category: 'delivery.*', actions: ['delivery.redelivered'] },
  { key: 'programs', category: 'program.*', actions: ['program.created', 'program.updated', 'program.closed', 'program.reopened', 'program.deleted'] },
  { key: 'allowlist', category: 'allowlist.*', platformOnly: true, actions: ['allowlist.added', 'allowlist.removed'] },
  { key: 'exports', actions: ['leads.exported', 'audit.exported'] },
  { key: 'retention', category: 'retention.*', platformOnly: true, actions: ['retention.purged'] },
  { key: 'apiTokens', category: 'api_token.*', actions: ['api_token.created', 'api_token.revoked'] },
];

/** The act's readable name in `locale`, or its raw name when it has none. */
export function auditActionLabel(action: string, locale: Locale): string {
  const names: Partial<Record<string, string>> = staffMessages(locale).audit.actions;
  return names[action] ?? action;
}
