import type { ProgramKind, ProgramStatus } from '@/lib/programs/program-schema';

export const KIND_LABELS: Record<ProgramKind, string> = {
  financing: 'Financing',
  education: 'Education',
  technical_assistance: 'Technical assistance',
  incentive: 'Incentive',
  certification: 'Certification',
};

export const STATUS_LABELS: Record<ProgramStatus, string> = {
  open: 'Open',
  closed: 'Closed',
};
