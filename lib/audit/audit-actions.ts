/**
 * The audited acts, grouped for the audit log's action filter, with a readable label each.
 * An action missing here is still recorded, listed and filterable by its category (`webhook.*`);
 * it is shown under its raw name.
 */

export interface AuditActionGroup {
  label: string;
  /** The category filter value when the group shares a prefix, e.g. `webhook.*`. */
  category?: string;
  /** Never recorded against a department: not offered in a department's audit log. */
  platformOnly?: boolean;
  actions: ReadonlyArray<readonly [action: string, label: string]>;
}

export const AUDIT_ACTION_GROUPS: readonly AuditActionGroup[] = [
  {
    label: 'Sign-in',
    category: 'auth.*',
    platformOnly: true,
    actions: [
      ['auth.sign_in', 'Signed in'],
      ['auth.sign_in_failed', 'Sign-in failed'],
      ['auth.sign_in_rate_limited', 'Sign-in refused (too many attempts)'],
    ],
  },
  {
    label: 'Departments',
    category: 'department.*',
    actions: [
      ['department.applied', 'Department applied'],
      ['department.approved', 'Department approved'],
      ['department.rejected', 'Department rejected'],
      ['department.suspended', 'Department suspended'],
      ['department.reinstated', 'Department reinstated'],
    ],
  },
  {
    label: 'Members and invitations',
    actions: [
      ['invitation.created', 'Invitation created'],
      ['invitation.emailed', 'Invitation e-mailed'],
      ['invitation.revoked', 'Invitation revoked'],
      ['invitation.accepted', 'Invitation accepted'],
      ['member.role_changed', 'Member role changed'],
      ['member.removed', 'Member removed'],
    ],
  },
  {
    label: 'Users',
    category: 'user.*',
    platformOnly: true,
    actions: [
      ['user.platform_admin_created', 'Platform admin created (npm run admin:create)'],
      ['user.platform_admin_granted', 'Platform admin granted'],
      ['user.platform_admin_revoked', 'Platform admin revoked'],
      ['user.password_changed', 'Password changed'],
      ['user.password_reset', 'Password reset'],
      ['user.disabled', 'User disabled'],
      ['user.enabled', 'User enabled'],
      ['user.alert_preferences_changed', 'Alert e-mail preferences changed'],
    ],
  },
  {
    label: 'Webhooks',
    category: 'webhook.*',
    actions: [
      ['webhook.created', 'Webhook created'],
      ['webhook.updated', 'Webhook edited'],
      ['webhook.enabled', 'Webhook enabled'],
      ['webhook.deactivated', 'Webhook deactivated'],
      ['webhook.disabled', 'Webhook disabled after failures'],
      ['webhook.deleted', 'Webhook deleted'],
      ['webhook.secret_revealed', 'Secret revealed'],
      ['webhook.header_revealed', 'Custom header value revealed'],
      ['webhook.secret_rotated', 'Secret rotated'],
      ['webhook.ping', 'Ping sent'],
      ['webhook.recovered', 'Failed deliveries recovered'],
      ['webhook.replayed_missing', 'Missed deliveries replayed'],
    ],
  },
  {
    label: 'Failure alerts',
    category: 'alert.*',
    actions: [
      ['alert.sent', 'Failure alert e-mailed'],
      ['alert.digest_sent', 'Daily failure digest e-mailed'],
      ['alert.platform_digest_sent', 'Platform failure digest e-mailed'],
    ],
  },
  {
    label: 'Deliveries',
    category: 'delivery.*',
    actions: [['delivery.redelivered', 'Delivery redelivered']],
  },
  {
    label: 'Programs',
    category: 'program.*',
    actions: [
      ['program.created', 'Program created'],
      ['program.updated', 'Program edited'],
      ['program.closed', 'Program closed'],
      ['program.reopened', 'Program reopened'],
      ['program.deleted', 'Program removed'],
    ],
  },
  {
    label: 'Network allowlist',
    category: 'allowlist.*',
    platformOnly: true,
    actions: [
      ['allowlist.added', 'Allowlist entry added'],
      ['allowlist.removed', 'Allowlist entry removed'],
    ],
  },
  {
    label: 'Exports',
    actions: [
      ['leads.exported', 'Leads exported'],
      ['audit.exported', 'Audit log exported'],
    ],
  },
  {
    label: 'Retention',
    category: 'retention.*',
    platformOnly: true,
    actions: [['retention.purged', 'Expired data purged']],
  },
];

const LABELS = new Map(AUDIT_ACTION_GROUPS.flatMap((g) => g.actions.map(([a, l]) => [a, l] as const)));

export function auditActionLabel(action: string): string {
  return LABELS.get(action) ?? action;
}
