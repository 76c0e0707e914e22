/**
 * Text rules every e-mail shares (invitations, failure alerts): HTML escaping for the body, and
 * one-line values for headers such as the subject. Pure, so the dashboard's alert banner can
 * name webhooks the same way.
 */

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** One line, no control characters, at most `max` characters: safe in an e-mail header. */
export function oneLine(s: string, max: number): string {
  const flat = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
