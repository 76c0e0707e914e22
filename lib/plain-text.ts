/**
 * The one rule for text people type into any form: NUL and the other C0 control characters
 * (tab and line breaks excepted) and DEL are refused with a field error, before anything
 * reaches the database. Postgres refuses NUL outright (a 500 and, worse, an error log line
 * with the rest of the row), and none of them belongs in a name, a URL or a reason.
 *
 * Every form schema checks its free-text fields with `hasNoControlCharacters`, before trimming
 * (trim would not remove them anyway). Pure: the browser forms use the same schemas.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function hasNoControlCharacters(value: string): boolean {
  return !CONTROL_CHARACTERS.test(value);
}

/** The message key of the public forms (lib/i18n/messages.ts translates it). */
export const CONTROL_CHARACTERS_KEY = 'invalidCharacters';

/** The dashboard and admin forms' sentence. */
export const CONTROL_CHARACTERS_MESSAGE = 'Remove the invisible control characters from this field (they often come with text pasted from another program).';
