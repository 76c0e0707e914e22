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

/** The reasons lib/mail/mailer.ts gives for a failed send, in Spanish (a trailing "(535)" is kept). */
const SEND_FAILURES_ES: Record<string, string> = {
  'no mail server is configured': 'no hay un servidor de correo configurado',
  'the mail server could not be reached': 'no se pudo contactar el servidor de correo',
  'the connection to the mail server broke': 'se cortó la conexión con el servidor de correo',
  'the mail server did not answer in time': 'el servidor de correo no respondió a tiempo',
  'a secure connection to the mail server failed': 'falló la conexión segura con el servidor de correo',
  "the mail server refused Puente's sign-in": 'el servidor de correo rechazó el inicio de sesión de Puente',
  'the mail server refused the address': 'el servidor de correo rechazó la dirección',
  'the mail server refused the message': 'el servidor de correo rechazó el mensaje',
  'the mail server failed': 'falló el servidor de correo',
  'the e-mail could not be prepared': 'no se pudo preparar el correo',
};

/**
 * A failed send's reason for a person, in their language. The reason itself stays in English
 * where it is kept (the audit log's details); an unknown one is shown as it is.
 */
export function sendFailureText(reason: string, locale: 'es' | 'en'): string {
  if (locale === 'en') return reason;
  const [, text = reason, status = ''] = /^(.*?)( \(\d+\))?$/.exec(reason) ?? [];
  const es = SEND_FAILURES_ES[text];
  return es ? `${es}${status}` : reason;
}
