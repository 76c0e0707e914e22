/**
 * Why a payload URL is refused, for the webhook form, in the viewer's language.
 * lib/delivery/ssrf.ts words its refusals in English for logs and the delivery engine (where
 * they are stored with a blocked attempt); this reads them back into the staff catalogue's
 * words. A refusal it does not recognise is still shown, wrapped in a sentence.
 */
import { RANGE_DESCRIPTIONS } from '../delivery/ssrf';
import type { StaffMessages } from '../i18n/staff';

type UrlWords = StaffMessages['webhooks']['errors']['url'];

const RANGE_BY_DESCRIPTION = new Map(Object.entries(RANGE_DESCRIPTIONS).map(([range, description]) => [description, range]));

/** "127.0.0.1 is a loopback address" and the like; null when not recognised. */
function reasonText(reason: string, t: UrlWords): string | null {
  const embeds = /^(\S+) embeds (\S+): (.+)$/.exec(reason);
  if (embeds) {
    const inner = reasonText(embeds[3] ?? '', t);
    return inner === null ? null : t.embeds(embeds[1] ?? '', embeds[2] ?? '', inner);
  }
  const local = /^(\S+) is the local host$/.exec(reason);
  if (local) return t.localHost(local[1] ?? '');
  const is = /^(\S+) is (.+)$/.exec(reason);
  if (!is) return null;
  const text = is[1] ?? '';
  const what = is[2] ?? '';
  if (what === 'a cloud metadata address') return t.isRange(text, t.metadata);
  const range = RANGE_BY_DESCRIPTION.get(what);
  if (range) return t.isRange(text, t.ranges[range] ?? what);
  const special = /^a special-purpose address \((.+)\)$/.exec(what);
  return special ? t.isRange(text, t.special(special[1] ?? '')) : null;
}

/** The form's message for parseWebhookUrl's `error`. */
export function urlErrorText(error: string, m: StaffMessages): string {
  const t = m.webhooks.errors.url;
  switch (error) {
    case 'not a valid URL':
      return t.invalid;
    case 'only http and https URLs are allowed':
      return t.scheme;
    case 'the URL must use https':
      return t.https;
    case 'the URL must not contain a user name or password':
      return t.credentials;
    case 'the URL has no host':
      return t.noHost;
  }
  const refused = /^address not allowed: (.+)$/.exec(error);
  const reason = refused ? reasonText(refused[1] ?? '', t) : null;
  return reason === null ? t.other(error) : t.notAllowed(reason);
}
