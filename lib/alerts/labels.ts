/** How a webhook is named in alerts (e-mails and the dashboard banner). */

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

/** One line, no control characters, at most `max` characters: safe in an e-mail header. */
export function oneLine(s: string, max: number): string {
  const flat = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Its description on one line (at most 80 characters), else its URL's origin. */
export function webhookLabel(w: LabelledWebhook): string {
  return oneLine(w.description, 80) || urlOrigin(w.url);
}
