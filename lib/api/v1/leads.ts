/** `leads` (the department's leads, newest first, cursor-paginated) and `event-types`, read-only. */
import 'server-only';
import type { z } from 'zod';
import { db } from '../../../db/client';
import type { LeadListItem } from '../../../db/queries/leads';
import { problem, type FieldProblem } from '../../http/problem';
import { leadParams, listLeadPage, parseLeadListParams } from '../../leads/lead-filters';
import { apiJson, type ApiContext } from '../route';
import { apiBase } from './hooks';
import { nextPageHeaders, parsePerPage } from './paging';
import type { EventTypeSchema, LeadSchema } from './schemas';


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
  const errors: FieldProblem[] = [];
  const perPage = parsePerPage(q, errors);
  const { filters, invalidCursor } = parseLeadListParams(q);
  if (invalidCursor) errors.push({ pointer: '?cursor', detail: 'Use the cursor of a Link header as given.' });
  if (errors.length > 0) return problem(400, 'Some query parameters are not valid; see errors.', { errors });
  const page = await listLeadPage(db, ctx.department.id, filters, perPage.value);
  const headers = nextPageHeaders(`${apiBase(ctx.url, ctx.department.slug)}/leads`, leadParams(filters, { cursor: false }), page.nextCursor, perPage);
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
