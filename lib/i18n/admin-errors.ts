/**
 * The admin forms' field errors in the admin's language: the network allowlist's
 * (lib/delivery/allowlist AllowlistError) and a department decision's
 * (lib/departments/decide-department DecisionErrorCode).
 */
import { DECISION_REASON_MAX } from '../departments/decide-department';
import { REASON_MAX, REASON_MIN, type AllowlistError, type AllowlistFieldErrors } from '../delivery/allowlist';
import type { StaffMessages } from './staff';

export function allowlistErrorText(m: StaffMessages, e: AllowlistError): string {
  const t = m.admin.allowlist.errors;
  switch (e.code) {
    case 'hostBits':
      return t.hostBits(e.input, e.canonical);
    case 'tooBroad':
      return t.tooBroad(e.bits, e.min);
    case 'forbidden':
      return t.forbidden(e.what.kind === 'metadata' ? t.forbiddenWhat.metadata(e.what.address) : t.forbiddenWhat[e.what.kind]);
    case 'duplicate':
      return t.duplicate(e.cidr);
    case 'reasonTooShort':
      return t.reasonTooShort(REASON_MIN);
    case 'reasonTooLong':
      return t.reasonTooLong(REASON_MAX);
    case 'invalidCharacters':
      return m.account.fieldErrors.invalidCharacters;
    case 'cidrRequired':
    case 'cidrTooLong':
    case 'cidrInvalid':
    case 'ipv4Mapped':
    case 'everything':
    case 'reasonRequired':
      return t[e.code];
  }
}

export function allowlistFieldErrors(m: StaffMessages, fieldErrors: AllowlistFieldErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, e] of Object.entries(fieldErrors)) if (e) out[field] = allowlistErrorText(m, e);
  return out;
}

/** A decision form's code as text; an unknown one reads as "give a reason" (the only free field). */
export function decisionErrorText(m: StaffMessages, code: string): string {
  const t = m.admin.decisions.errors;
  switch (code) {
    case 'chooseDecision':
    case 'rejectReasonRequired':
    case 'suspendReasonRequired':
      return t[code];
    case 'reasonTooLong':
      return t.reasonTooLong(DECISION_REASON_MAX);
    case 'invalidCharacters':
      return m.account.fieldErrors.invalidCharacters;
    default:
      return t.reasonRequired;
  }
}
