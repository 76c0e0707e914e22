/**
 * Outgoing e-mail through the SMTP server of `SMTP_URL` (unset: Puente sends no e-mail).
 * The nodemailer transport is made on first use and again when the URL changes. Every wait is
 * bounded (connection, greeting, each socket read, and the whole send), so a dead or slow
 * server makes a send fail in seconds instead of hanging the caller. Failures come back as a
 * short reason a person can read; neither the URL (it holds the password) nor the message is
 * ever logged.
 */
import 'server-only';
import nodemailer from 'nodemailer';
import { env } from '../env';

/** Per step: connecting, waiting for the greeting, and any silence on the socket. */
export const SMTP_STEP_TIMEOUT_MS = 10_000;
/** The whole send, whatever the server does. */
export const SMTP_SEND_TIMEOUT_MS = 20_000;

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export type SendResult = { ok: true } | { ok: false; reason: string };

type Transporter = ReturnType<typeof nodemailer.createTransport>;

let current: { url: string; transporter: Transporter } | undefined;

/** Whether an SMTP server is configured, i.e. whether Puente sends e-mail at all. */
export function mailEnabled(): boolean {
  return Boolean(env().SMTP_URL);
}

function transporterFor(url: string): Transporter {
  if (current?.url === url) return current.transporter;
  current?.transporter.close();
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: SMTP_STEP_TIMEOUT_MS,
    greetingTimeout: SMTP_STEP_TIMEOUT_MS,
    socketTimeout: SMTP_STEP_TIMEOUT_MS,
    dnsTimeout: SMTP_STEP_TIMEOUT_MS,
    logger: false,
    debug: false,
  });
  current = { url, transporter };
  return transporter;
}

/** Drops the cached transport (tests that change SMTP_URL; shutting down). */
export function resetMailer(): void {
  current?.transporter.close();
  current = undefined;
}

/** Sends one message. Never throws: a failure is `{ ok: false, reason }`. Does nothing useful without SMTP_URL. */
export async function sendMail(message: MailMessage): Promise<SendResult> {
  const { SMTP_URL: url, SMTP_FROM: from } = env();
  if (!url) return { ok: false, reason: 'no mail server is configured' };
  try {
    const info = await transporterFor(url).sendMail({
      from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      signal: AbortSignal.timeout(SMTP_SEND_TIMEOUT_MS),
    });
    // The server may accept the transaction yet refuse the one recipient.
    if (info.rejected.length > 0 || info.accepted.length === 0) return { ok: false, reason: 'the mail server refused the address' };
    return { ok: true };
  } catch (e) {
    const err = (e ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown };
    // Only the code: the error's message can quote the server's reply or the connection details.
    console.error('sendMail failed', { code: err.code, responseCode: err.responseCode, command: err.command });
    return { ok: false, reason: describeSendError(e) };
  }
}

/** A short, safe, readable reason for a failed send (no server text, no credentials). */
export function describeSendError(e: unknown): string {
  const err = (e && typeof e === 'object' ? e : {}) as { code?: unknown; responseCode?: unknown; name?: unknown; command?: unknown };
  const code = typeof err.code === 'string' ? err.code : '';
  const status = typeof err.responseCode === 'number' ? ` (${err.responseCode})` : '';
  switch (code) {
    case 'ECONNECTION':
    case 'ECONNREFUSED':
    case 'EDNS':
    case 'ENOTFOUND':
      return 'the mail server could not be reached';
    case 'ESOCKET':
      return err.command === 'CONN' ? 'the mail server could not be reached' : 'the connection to the mail server broke';
    case 'ETIMEDOUT':
    case 'EABORT':
      return 'the mail server did not answer in time';
    case 'ETLS':
    case 'EREQUIRETLS':
      return 'a secure connection to the mail server failed';
    case 'EAUTH':
    case 'ENOAUTH':
      return `the mail server refused Puente's sign-in${status}`;
    case 'EENVELOPE':
      return `the mail server refused the address${status}`;
    case 'EMESSAGE':
      return `the mail server refused the message${status}`;
    default:
      if (err.name === 'AbortError' || err.name === 'TimeoutError') return 'the mail server did not answer in time';
      return `the mail server failed${status}`;
  }
}
