import { TimeAgo } from '@/components/dashboard/deliveries/time-ago';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';
import type { StatusIconName } from '@/components/ui/icons';
import type { ApiTokenView } from '@/lib/api/tokens';
import type { Locale } from '@/lib/i18n/locale';
import type { StaffMessages } from '@/lib/i18n/staff';
import { formatDateTime } from '@/lib/time';
import { RevokeToken } from './revoke-token';

type TokenStatus = 'active' | 'expired' | 'revoked';

const STATUS_META: Record<TokenStatus, { tone: BadgeTone; icon: StatusIconName }> = {
  active: { tone: 'success', icon: 'check' },
  expired: { tone: 'neutral', icon: 'clock' },
  revoked: { tone: 'danger', icon: 'cross' },
};

export function tokenStatus(token: Pick<ApiTokenView, 'revokedAt' | 'expiresAt'>, now: number): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt.getTime() <= now) return 'expired';
  return 'active';
}

/** The department's API tokens, newest first: never the token itself, only its first characters. */
export function TokensTable({ dept, tokens, now, locale, m }: { dept: string; tokens: ApiTokenView[]; now: number; locale: Locale; m: StaffMessages }) {
  const t = m.api.tokens;
  if (tokens.length === 0) {
    return (
      <p className="rounded-lg border-2 border-dashed border-slate-300 p-4 text-slate-800" data-testid="api-tokens-empty">
        {t.empty}
      </p>
    );
  }
  const columns = [
    { key: 'name', header: t.columns.name },
    { key: 'scope', header: t.columns.scope },
    { key: 'prefix', header: t.columns.prefix },
    { key: 'created', header: t.columns.created },
    { key: 'lastUsed', header: t.columns.lastUsed },
    { key: 'expires', header: t.columns.expires },
    { key: 'status', header: t.columns.status },
    { key: 'actions', header: t.columns.actions, visuallyHidden: true },
  ];
  return (
    <DataTable columns={columns} caption={t.caption} regionLabel={t.region} minWidth="min-w-[60rem]" testId="api-tokens-table">
      {tokens.map((k) => {
        const status = tokenStatus(k, now);
        const meta = STATUS_META[status];
        return (
          <tr key={k.id} className={tableRow()} data-testid="api-token-row" data-token-id={k.id} data-status={status}>
            <th scope="row" className={tableRowHeader('framed', 'break-words font-semibold')}>
              {k.name}
            </th>
            <td className={tableCell()} data-testid="api-token-scope">
              {t.scopes[k.scope]}
            </td>
            <td className={tableCell('framed', 'whitespace-nowrap font-mono text-sm')} data-testid="api-token-prefix">
              {k.prefix}…
            </td>
            <td className={tableCell('framed', 'text-sm')}>
              <span className="whitespace-nowrap">{formatDateTime(k.createdAt)}</span>
              {k.createdByEmail ? <span className="block break-all text-slate-700">{t.by(k.createdByEmail)}</span> : null}
            </td>
            <td className={tableCell('framed', 'text-sm')} data-testid="api-token-last-used">
              {k.lastUsedAt ? <TimeAgo iso={k.lastUsedAt.toISOString()} now={now} locale={locale} past /> : <span className="text-slate-700">{t.neverUsed}</span>}
            </td>
            <td className={tableCell('framed', 'whitespace-nowrap text-sm')}>{k.expiresAt ? formatDateTime(k.expiresAt) : t.noExpiry}</td>
            <td className={tableCell('framed', 'text-sm')}>
              <StatusBadge label={t.status[status]} tone={meta.tone} icon={meta.icon} testId="api-token-status" data={{ 'data-status': status }} />
              {k.revokedAt ? <span className="mt-1 block whitespace-nowrap text-slate-700">{t.revokedOn(formatDateTime(k.revokedAt))}</span> : null}
            </td>
            <td className={tableCell()}>{status === 'active' ? <RevokeToken dept={dept} tokenId={k.id} name={k.name} /> : null}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
