/**
 * A department's current failure alerts, for the dashboard banner. Works without SMTP: a
 * disabled webhook shows at once (webhooks.disabled_at), a failing one once the alert scan has
 * confirmed it (webhook_alert_state, within a minute) and until a success clears failing_since.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';

export interface DepartmentAlert {
  webhookId: string;
  state: 'failing' | 'disabled';
  description: string;
  url: string;
  since: Date;
}

interface Row extends Record<string, unknown> {
  id: string;
  state: 'failing' | 'disabled';
  description: string;
  url: string;
  since: string;
}

export async function listDepartmentAlerts(q: Queryable, departmentId: string): Promise<DepartmentAlert[]> {
  const rows = await q.execute<Row>(sql`
    select w.id, w.description, w.url,
           case when w.disabled_at is not null then 'disabled' else 'failing' end as state,
           coalesce(w.disabled_at, s.changed_at)::text as since
      from webhooks w
      left join webhook_alert_state s on s.webhook_id = w.id
     where w.department_id = ${departmentId}
       and (w.disabled_at is not null
            or (s.state = 'failing' and w.failing_since is not null and w.active))
     order by (w.disabled_at is null), coalesce(w.disabled_at, s.changed_at), w.id
     limit 20`);
  return [...rows].map((r) => ({ webhookId: r.id, state: r.state, description: r.description, url: r.url, since: new Date(r.since) }));
}
