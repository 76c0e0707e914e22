/** How a webhook is named in alerts (e-mails and the dashboard banner). */
import { oneLine } from '../mail/mail-text';

export interface LabelledWebhook {
  description: string;
  url: string;
}

/** scheme://host[:port], plus "/…" when the URL has more: never the path or query themselves (they may carry a token). */
export function urlOrigin(url: string): string {
  try {
    const u = new URL(url);
    const more = (u.pathname !== '/' && u.pathname !== '') || u.search !== '';
    return `${u.origin}${more ? '/…' : ''}`;
  } catch {
    return '(invalid URL)';
  }
}


/** Its description on one line (at most 80 characters), else its URL's origin. */
export function webhookLabel(w: LabelledWebhook): string {
  return oneLine(w.description, 80) || urlOrigin(w.url);
}
