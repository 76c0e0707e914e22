/** Human-friendly lead references (PR-7K3MQ-9XDTA): Crockford base32, no I/L/O/U to misread. */
import { randomInt } from 'node:crypto';
import { LEAD_REFERENCE_PATTERN } from '../../db/ids';

export { LEAD_REFERENCE_PATTERN };

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newLeadReference(): string {
  const chunk = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `PR-${chunk()}-${chunk()}`;
}
