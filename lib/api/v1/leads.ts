/** `leads` (the department's leads, newest first, cursor-paginated) and `event-types`, read-only. */
import 'server-only';
import type { z } from 'zod';
import { db } from '../../../db/client';
import type { LeadListItem } from '../../../db/queries/leads';
import { problem } from '../../http/problem';
import { leadParams, listLeadPage, parseLeadListParams } from '../../leads/lead-filters';
import { apiJson, type ApiContext } from '../route';
import { apiBase } from './hooks';
import type { EventTypeSchema, LeadSchema } from './schemas';

const PER_PAGE_MAX = 100;
const PER_PAGE_DEFAULT = 30;

function presentLead(l: LeadListItem): z.infer<typeof LeadSchema> {
  return {
    id: l.id,
    reference: l.reference,
    name: l.name,
    email: l.email,
    business_name: l.businessName,
    municipality: l.municipality,
    created_at: l.createdAt,
    purged_at: l.purgedAt,
    programs: l.programs.map((p) => ({ id: p.id, title: { es: p.titleEs, en: p.titleEn } })),
  };
}

export async function listLeads(ctx: ApiContext<{ slug: string }>): Promise<Response> {
  const q = ctx.url.searchParams;
  const errors: { pointer: string; detail: string }[] = [];
  const perPageRaw = q.get('per_page');
  const perPage = perPageRaw === null ? PER_PAGE_DEFAULT : Number(perPageRaw);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > PER_PAGE_MAX) errors.push({ pointer: '?per_page', detail: `A whole number from 1 to ${PER_PAGE_MAX}.` });
  const { filters, invalidCursor } = parseLeadListParams(q);
  if (invalidCursor) errors.push({ pointer: '?cursor', detail: 'Use the cursor of a Link header as given.' });
  if (errors.length > 0) return problem(400, 'Some query parameters are not valid; see errors.', { errors });
  const page = await listLeadPage(db, ctx.department.id, filters, perPage);
  const headers: Record<string, string> = {};
  if (page.nextCursor) {
    const next = leadParams(filters, { cursor: false });
    next.set('cursor', page.nextCursor);
    if (perPageRaw !== null) next.set('per_page', String(perPage));
    headers.link = `<${apiBase(ctx.url, ctx.department.slug)}/leads?${next.toString()}>; rel="next"`;
  }
  return apiJson(page.items.map(presentLead), { headers });
}

export const EVENT_TYPES: z.infer<typeof EventTypeSchema>[] = [
  {
    name: 'lead.created',
    description: {
      es: 'Una persona pidió información sobre uno o más programas del departamento en el formulario público.',
      en: 'Someone asked about one or more of the department’s programs on the public form.',
    },
    schema: '#/components/schemas/LeadCreatedEnvelope',
  },
  {
    name: 'ping',
    description: {
      es: 'Se envía al crear un webhook y cuando alguien pulsa «Enviar ping»: comprueba que el receptor contesta.',
      en: 'Sent when a webhook is created and when someone presses “Send ping”: checks that the receiver answers.',
    },
    schema: '#/components/schemas/PingEnvelope',
  },
];

export async function listEventTypes(): Promise<Response> {
  return apiJson(EVENT_TYPES);
}
