/**
 * The versioned JSON envelope a consumer receives. The outbox event stores the lead with
 * every chosen program once; each department's delivery carries only its own programs.
 * Built deterministically from the stored event, so every retry sends the same body.
 */

export const ENVELOPE_VERSION = '2026-11-28';

export interface LeadSnapshot {
  id: string;
  reference: string;
  name: string;
  email: string;
  phone: string;
  businessName: string;
  municipality: string;
  businessStage: string;
  sector: string;
  message: string;
  locale: string;
  consentAt: string;
  createdAt: string;
}

export interface DepartmentSnapshot {
  id: string;
  slug: string;
  name: string;
}

export interface ProgramSnapshot {
  id: string;
  slug: string;
  kind: string;
  title: { es: string; en: string };
  department: DepartmentSnapshot;
}

/** events.payload for lead.created. */
export interface LeadCreatedEventPayload {
  type: 'lead.created';
  timestamp: string;
  data: { lead: LeadSnapshot; programs: ProgramSnapshot[] };
}

/** What is POSTed to a department for lead.created. */
export interface LeadCreatedEnvelope {
  type: 'lead.created';
  version: string;
  timestamp: string;
  data: { lead: LeadSnapshot; programs: Omit<ProgramSnapshot, 'department'>[]; department: DepartmentSnapshot };
  /** Only in the shared-token verification style, for receivers that cannot check HMACs. */
  token?: string;
}

export interface PingEnvelope {
  type: 'ping';
  version: string;
  timestamp: string;
  data: { zen: string; webhook: { id: string; url: string }; department: DepartmentSnapshot };
  token?: string;
}

export function leadCreatedEnvelope(event: LeadCreatedEventPayload, departmentId: string): LeadCreatedEnvelope {
  const mine = event.data.programs.filter((p) => p.department.id === departmentId);
  const department = mine[0]?.department;
  if (!department) throw new Error(`event has no program of department ${departmentId}`);
  return {
    type: 'lead.created',
    version: ENVELOPE_VERSION,
    timestamp: event.timestamp,
    data: {
      lead: event.data.lead,
      programs: mine.map((p) => ({ id: p.id, slug: p.slug, kind: p.kind, title: p.title })),
      department,
    },
  };
}
