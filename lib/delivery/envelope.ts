/**
 * The versioned JSON envelope a consumer receives. The outbox event stores the lead with
 * every chosen program once; each department's delivery carries only its own programs.
 * Built deterministically from the stored event, so every retry sends the same body. The zod
 * schemas are the published contract: the OpenAPI document's `webhooks` section is generated
 * from them, and tests validate real sent bodies against it.
 */
import { z } from 'zod';

/**
 * Every envelope version, newest first, with what it changed. A webhook may pin one
 * (webhooks.envelope_version); unpinned webhooks get the newest. A change a receiver could
 * trip over (a renamed or removed field, a new meaning) adds a version here and a case in
 * `renderLeadCreated` that keeps the older shapes; an added optional field does not.
 */
export const ENVELOPE_VERSIONS = [
  {
    version: '2026-11-28',
    changes: {
      es: ['Primera versión: lead.created y ping, con firma Standard Webhooks y estilo GitHub; «test»: true en solicitudes de prueba.'],
      en: ['First version: lead.created and ping, signed Standard Webhooks and GitHub style; "test": true on test leads.'],
    },
  },
] as const;

export type EnvelopeVersion = (typeof ENVELOPE_VERSIONS)[number]['version'];
export const ENVELOPE_VERSION: EnvelopeVersion = ENVELOPE_VERSIONS[0].version;

export function isEnvelopeVersion(v: unknown): v is EnvelopeVersion {
  return ENVELOPE_VERSIONS.some((x) => x.version === v);
}

/** A webhook's pinned version, or the newest for an unpinned (or unknown) one. */
export function envelopeVersionOf(pinned: string | null | undefined): EnvelopeVersion {
  return isEnvelopeVersion(pinned) ? pinned : ENVELOPE_VERSION;
}

const iso = () => z.iso.datetime({ offset: true });

export const DepartmentSnapshotSchema = z
  .object({ id: z.uuid(), slug: z.string(), name: z.string() })
  .meta({ id: 'Department', description: 'The department the delivery is for.' });

export const LeadSnapshotSchema = z
  .object({
    id: z.uuid(),
    reference: z.string().meta({ description: 'What the applicant was shown on the confirmation page.', example: 'PR-7K2M9Q' }),
    name: z.string(),
    email: z.string(),
    phone: z.string(),
    businessName: z.string(),
    municipality: z.string().meta({ description: 'One of Puerto Rico’s 78 municipalities.', example: 'Ponce' }),
    businessStage: z.string().meta({ example: 'new' }),
    sector: z.string().meta({ example: 'food' }),
    message: z.string(),
    locale: z.string().meta({ description: 'The language the applicant used: es or en.', example: 'es' }),
    consentAt: iso().meta({ description: 'When the applicant agreed to be contacted by the departments chosen.' }),
    createdAt: iso(),
  })
  .meta({ id: 'LeadSnapshot' });

const ProgramFields = {
  id: z.uuid(),
  slug: z.string(),
  kind: z.string().meta({ example: 'financing' }),
  title: z.object({ es: z.string(), en: z.string() }),
};

export const ProgramSnapshotSchema = z.object({ ...ProgramFields, department: DepartmentSnapshotSchema });
const DeliveredProgramSchema = z.object(ProgramFields).meta({ id: 'ProgramSnapshot' });

const envelopeFields = {
  version: z.string().meta({ description: 'The dated envelope version.', example: ENVELOPE_VERSION }),
  timestamp: iso().meta({ description: 'When the event happened.' }),
  token: z.string().optional().meta({ description: 'Only in the shared-token verification style: the webhook secret, for receivers that cannot check an HMAC.' }),
  test: z.literal(true).optional().meta({ description: 'Present (true) on a test lead: synthetic data, store nothing.' }),
};

/** What is POSTed to a department for lead.created: only that department's programs. */
export const LeadCreatedEnvelopeSchema = z
  .object({
    type: z.literal('lead.created'),
    ...envelopeFields,
    data: z.object({ lead: LeadSnapshotSchema, programs: z.array(DeliveredProgramSchema), department: DepartmentSnapshotSchema }),
  })
  .meta({ id: 'LeadCreatedEnvelope' });

export const PingEnvelopeSchema = z
  .object({
    type: z.literal('ping'),
    ...envelopeFields,
    data: z.object({ zen: z.string(), webhook: z.object({ id: z.uuid(), url: z.string() }), department: DepartmentSnapshotSchema }),
  })
  .meta({ id: 'PingEnvelope' });

export type LeadSnapshot = z.infer<typeof LeadSnapshotSchema>;
export type DepartmentSnapshot = z.infer<typeof DepartmentSnapshotSchema>;
export type ProgramSnapshot = z.infer<typeof ProgramSnapshotSchema>;
export type LeadCreatedEnvelope = z.infer<typeof LeadCreatedEnvelopeSchema>;
export type PingEnvelope = z.infer<typeof PingEnvelopeSchema>;

/** events.payload for lead.created. */
export interface LeadCreatedEventPayload {
  type: 'lead.created';
  timestamp: string;
  /** A test lead (lib/webhooks/send-test-lead.ts): synthetic, stored nowhere else. */
  test?: true;
  data: { lead: LeadSnapshot; programs: ProgramSnapshot[] };
}

export function leadCreatedEnvelope(event: LeadCreatedEventPayload, departmentId: string, version: EnvelopeVersion = ENVELOPE_VERSION): LeadCreatedEnvelope {
  const mine = event.data.programs.filter((p) => p.department.id === departmentId);
  const department = mine[0]?.department;
  if (!department) throw new Error(`event has no program of department ${departmentId}`);
  // One version so far; an incompatible change adds a case here that keeps the older shape.
  return {
    type: 'lead.created',
    version,
    timestamp: event.timestamp,
    ...(event.test ? { test: true as const } : {}),
    data: {
      lead: event.data.lead,
      programs: mine.map((p) => ({ id: p.id, slug: p.slug, kind: p.kind, title: p.title })),
      department,
    },
  };
}
