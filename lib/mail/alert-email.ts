/**
 * Failure alert e-mails (docs/decisions/016-failure-alerts.md): one webhook's state change
 * (failing, disabled, recovered), a department's daily digest and the platform admins' daily
 * digest. Each message is in its recipient's language (users.locale), plain text and HTML.
 * Names and descriptions are typed by people: escaped in HTML, flattened in the subject. A
 * payload URL is shown only as its origin (its path and query may carry a token).
 * Glossary: webhook → webhook, delivery → entrega, payload URL → URL de destino.
 */
import { urlOrigin, webhookLabel, type LabelledWebhook } from '../alerts/labels';
import type { Locale } from '../i18n/locale';
import { staffMessages } from '../i18n/staff';
import { disabledReason } from '../delivery/stored-notes';
import { formatLongDateTime } from '../time';
import { escapeHtml, oneLine } from './mail-text';
import type { MailMessage } from './mailer';

export type AlertNotice = 'failing' | 'disabled' | 'recovered';
export type BrokenState = 'failing' | 'disabled';

export type AlertWebhook = LabelledWebhook;
export { urlOrigin, webhookLabel };

export interface WebhookAlertEmail {
  to: string;
  locale: Locale;
  notice: AlertNotice;
  departmentName: string;
  webhook: AlertWebhook;
  /** failing/disabled: since when; recovered: when the alert began. */
  since: Date;
  /** recovered: what it had been. */
  previous?: BrokenState;
  /** disabled: the stored reason (English, from the delivery engine). */
  reason?: string | null;
  /** failing: the last failed attempt's error, e.g. "HTTP 500" or "connect ECONNREFUSED". */
  lastError?: string | null;
  /** Absolute link to the webhook's page. */
  link: string;
  /** Absolute link to the account page, where the alerts are turned on or off. */
  accountLink: string;
}

export interface DigestWebhook extends AlertWebhook {
  state: BrokenState;
  since: Date;
  link: string;
}

export interface DepartmentDigestEmail {
  to: string;
  locale: Locale;
  departmentName: string;
  webhooks: DigestWebhook[];
  accountLink: string;
}

export interface DigestDepartment {
  name: string;
  failing: number;
  disabled: number;
  since: Date;
  link: string;
}

export interface PlatformDigestEmail {
  to: string;
  locale: Locale;
  departments: DigestDepartment[];
  link: string;
  accountLink: string;
}

/** "8 de marzo de 2026, 12:00 AST (hora de Puerto Rico)" / "March 8, 2026, 12:00 AST (Puerto Rico time)", as invitations say it. */
function when(d: Date, locale: Locale): string {
  const s = formatLongDateTime(d, locale);
  return locale === 'es' ? `${s} (hora de Puerto Rico)` : `${s} (Puerto Rico time)`;
}

/** The engine stores disable reasons in English; the screens' one rule (lib/delivery/stored-notes.ts) words them. */
export function disableReasonText(reason: string | null | undefined, locale: Locale): string {
  const m = staffMessages(locale);
  const r = oneLine(reason ?? '', 300);
  return r ? disabledReason(r, m) : m.webhooks.disabled.defaultReason;
}

interface Paragraph {
  text: string;
  /** Pre-escaped HTML for the same paragraph; defaults to the escaped text. */
  html?: string;
}

function page(locale: Locale, subject: string, heading: string, paragraphs: Paragraph[], button: { label: string; href: string }, footer: string): string {
  const ps = paragraphs.map((p) => `<p style="margin:0 0 12px">${p.html ?? escapeHtml(p.text)}</p>`).join('\n');
  const href = escapeHtml(button.href);
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:Arial,Helvetica,sans-serif;color:#0f172a;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #cbd5e1;border-radius:8px;padding:24px">
<h1 style="font-size:20px;margin:0 0 12px">${escapeHtml(heading)}</h1>
${ps}
<p style="margin:16px 0"><a href="${href}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;font-weight:bold;text-decoration:none">${escapeHtml(button.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#334155"><a href="${href}" style="color:#1d4ed8;word-break:break-all">${href}</a></p>
<p style="margin:16px 0 0;font-size:13px;color:#475569">${escapeHtml(footer)}</p>
</div>
</body>
</html>
`;
}

function text(paragraphs: Paragraph[], buttonLabel: string, link: string, footer: string): string {
  return [...paragraphs.flatMap((p) => [p.text, '']), `${buttonLabel}: ${link}`, '', '--', footer, ''].join('\n');
}

function footerText(locale: Locale, accountLink: string, platform = false): string {
  if (locale === 'es') {
    return platform
      ? `Recibe este resumen porque administra la plataforma Puente. Puede dejar de recibir estos avisos en su cuenta: ${accountLink}`
      : `Recibe este aviso porque administra este departamento en Puente o lo pidió en su cuenta. Puede cambiarlo en: ${accountLink}`;
  }
  return platform
    ? `You receive this digest because you administer the Puente platform. You can stop these alerts on your account page: ${accountLink}`
    : `You receive this alert because you administer this department on Puente or asked for it on your account page. Change it at: ${accountLink}`;
}

export function renderWebhookAlertEmail(m: WebhookAlertEmail): MailMessage {
  const es = m.locale === 'es';
  const dept = oneLine(m.departmentName, 200);
  const label = webhookLabel(m.webhook);
  const origin = urlOrigin(m.webhook.url);
  const since = when(m.since, m.locale);
  const shortDept = oneLine(m.departmentName, 60);
  let subject: string;
  let heading: string;
  const ps: Paragraph[] = [];
  const target: Paragraph = { text: es ? `URL de destino: ${origin}` : `Payload URL: ${origin}` };
  switch (m.notice) {
    case 'failing':
      subject = es ? `Webhook con fallos: ${label} (${shortDept})` : `Webhook failing: ${label} (${shortDept})`;
      heading = es ? 'Las entregas a un webhook están fallando' : 'Deliveries to a webhook are failing';
      ps.push({
        text: es
          ? `Las entregas de ${dept} al webhook «${label}» fallan desde el ${since}.`
          : `Deliveries from ${dept} to the webhook "${label}" have been failing since ${since}.`,
      });
      ps.push(target);
      if (m.lastError) ps.push({ text: es ? `Último error: ${oneLine(m.lastError, 200)}` : `Last error: ${oneLine(m.lastError, 200)}` });
      ps.push({
        text: es
          ? 'Puente sigue reintentando cada entrega según su calendario; todavía no se ha perdido nada. Revise el sistema que recibe el webhook.'
          : 'Puente keeps retrying each delivery on its schedule; nothing is lost yet. Check the system that receives the webhook.',
      });
      break;
    case 'disabled':
      subject = es ? `Webhook desactivado: ${label} (${shortDept})` : `Webhook disabled: ${label} (${shortDept})`;
      heading = es ? 'Puente desactivó un webhook' : 'Puente disabled a webhook';
      ps.push({
        text: es
          ? `Puente desactivó el webhook «${label}» de ${dept} el ${since}.`
          : `Puente disabled the webhook "${label}" of ${dept} on ${since}.`,
      });
      ps.push({ text: es ? `Motivo: ${disableReasonText(m.reason, 'es')}` : `Reason: ${disableReasonText(m.reason, 'en')}` });
      ps.push(target);
      ps.push({
        text: es
          ? 'Los leads nuevos no se envían a este webhook hasta que alguien lo reactive. Al reactivarlo, la página del webhook ofrece enviar las entregas que se perdieron.'
          : 'New leads are not sent to this webhook until someone enables it again. After that, its page offers to send the deliveries it missed.',
      });
      break;
    case 'recovered': {
      const was = m.previous ?? 'failing';
      subject = es ? `Webhook recuperado: ${label} (${shortDept})` : `Webhook recovered: ${label} (${shortDept})`;
      heading = es ? 'Un webhook vuelve a recibir entregas' : 'A webhook receives deliveries again';
      ps.push({
        text: es
          ? `El webhook «${label}» de ${dept} vuelve a recibir entregas. Estaba ${was === 'disabled' ? 'desactivado' : 'fallando'} desde el ${since}.`
          : `The webhook "${label}" of ${dept} receives deliveries again. It had been ${was === 'disabled' ? 'disabled' : 'failing'} since ${since}.`,
      });
      ps.push(target);
      break;
    }
  }
  const button = es ? 'Ver lo que pasó' : 'See what happened';
  const footer = footerText(m.locale, m.accountLink);
  return {
    to: m.to,
    subject: oneLine(`[Puente] ${subject}`, 200),
    text: text(ps, button, m.link, footer),
    html: page(m.locale, subject, heading, ps, { label: button, href: m.link }, footer),
  };
}

function stateText(s: BrokenState, locale: Locale): string {
  if (locale === 'es') return s === 'disabled' ? 'desactivado' : 'fallando';
  return s === 'disabled' ? 'disabled' : 'failing';
}

export function renderDepartmentDigestEmail(m: DepartmentDigestEmail): MailMessage {
  const es = m.locale === 'es';
  const dept = oneLine(m.departmentName, 200);
  const n = m.webhooks.length;
  const subject = es
    ? `Resumen diario: ${n} ${n === 1 ? 'webhook sigue' : 'webhooks siguen'} con problemas (${oneLine(m.departmentName, 60)})`
    : `Daily digest: ${n} ${n === 1 ? 'webhook is' : 'webhooks are'} still broken (${oneLine(m.departmentName, 60)})`;
  const heading = es ? `Webhooks con problemas en ${dept}` : `Broken webhooks at ${dept}`;
  const ps: Paragraph[] = [
    {
      text: es
        ? `Estos webhooks de ${dept} siguen sin recibir entregas. Recibirá este resumen una vez al día mientras sigan así.`
        : `These webhooks of ${dept} still do not receive deliveries. You get this digest once a day while that lasts.`,
    },
    ...m.webhooks.map((w) => {
      const name = w.description.trim() ? `${webhookLabel(w)} (${urlOrigin(w.url)})` : webhookLabel(w);
      const line = es
        ? `• ${name}: ${stateText(w.state, 'es')} desde el ${when(w.since, 'es')}`
        : `• ${name}: ${stateText(w.state, 'en')} since ${when(w.since, 'en')}`;
      return { text: `${line} — ${w.link}`, html: `<a href="${escapeHtml(w.link)}" style="color:#1d4ed8">${escapeHtml(line)}</a>` };
    }),
  ];
  const first = m.webhooks[0]?.link ?? m.accountLink;
  const button = es ? 'Ver el webhook' : 'See the webhook';
  const footer = footerText(m.locale, m.accountLink);
  return {
    to: m.to,
    subject: oneLine(`[Puente] ${subject}`, 200),
    text: text(ps, button, first, footer),
    html: page(m.locale, subject, heading, ps, { label: button, href: first }, footer),
  };
}

export function renderPlatformDigestEmail(m: PlatformDigestEmail): MailMessage {
  const es = m.locale === 'es';
  const n = m.departments.length;
  const subject = es
    ? `Resumen diario: ${n} ${n === 1 ? 'departamento' : 'departamentos'} con webhooks con problemas`
    : `Daily digest: ${n} ${n === 1 ? 'department' : 'departments'} with broken webhooks`;
  const heading = es ? 'Departamentos que no están recibiendo leads' : 'Departments that are not receiving leads';
  const ps: Paragraph[] = [
    {
      text: es
        ? 'Estos departamentos tienen webhooks que fallan o que Puente desactivó:'
        : 'These departments have webhooks that fail or that Puente disabled:',
    },
    ...m.departments.map((d) => {
      const parts = es
        ? [d.failing > 0 ? `${d.failing} fallando` : '', d.disabled > 0 ? `${d.disabled} desactivado(s)` : ''].filter(Boolean).join(', ')
        : [d.failing > 0 ? `${d.failing} failing` : '', d.disabled > 0 ? `${d.disabled} disabled` : ''].filter(Boolean).join(', ');
      const line = es
        ? `• ${oneLine(d.name, 120)}: ${parts}, desde el ${when(d.since, 'es')}`
        : `• ${oneLine(d.name, 120)}: ${parts}, since ${when(d.since, 'en')}`;
      return { text: `${line} — ${d.link}`, html: `<a href="${escapeHtml(d.link)}" style="color:#1d4ed8">${escapeHtml(line)}</a>` };
    }),
  ];
  const button = es ? 'Abrir el resumen de la plataforma' : 'Open the platform overview';
  const footer = footerText(m.locale, m.accountLink, true);
  return {
    to: m.to,
    subject: oneLine(`[Puente] ${subject}`, 200),
    text: text(ps, button, m.link, footer),
    html: page(m.locale, subject, heading, ps, { label: button, href: m.link }, footer),
  };
}
