/**
 * The delivery engine stores a few sentences in English with the data (a delivery's last_error,
 * a webhook's disabled_reason; written by lib/delivery and lib/retention). The screens show them
 * in the viewer's language; anything else stored there (a transport error, "HTTP 503") is
 * technical text and is shown as stored.
 */
import type { StaffMessages } from '../i18n/staff';

const EXPIRED = /^Not delivered within the (\d+)-day retention period; its data was removed\.$/;
const STREAK = /^Every delivery failed for (\d+) days\.$/;

/** A delivery's stored note (the log's Response column when there was no HTTP answer). */
export function deliveryNote(text: string, m: StaffMessages): string {
  const t = m.deliveries.notes;
  if (text === 'Not sent: the webhook was disabled when this event happened.') return t.skippedDisabled;
  if (text === 'Not sent: the webhook was inactive when this event happened.') return t.skippedInactive;
  if (text === 'Its data was removed under the retention policy.') return t.purged;
  const expired = EXPIRED.exec(text);
  if (expired) return t.expired(Number(expired[1]));
  return text;
}

/** Why a webhook was disabled after failures, as stored on it. */
export function disabledReason(text: string, m: StaffMessages): string {
  const t = m.webhooks.disabled;
  if (text === 'The receiver answered 410 Gone.') return t.gone;
  const streak = STREAK.exec(text);
  if (streak) return t.streak(Number(streak[1]));
  return text;
}
