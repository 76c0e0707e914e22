/**
 * For tests only: a real SMTP server on 127.0.0.1 (smtp-server), shared by the invitation and
 * alert e-mail tests, that requires AUTH and records every message parsed (mailparser).
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const TEST_SMTP_USER = 'puente';
export const TEST_SMTP_PASS = 'smtp-pass-Alerts-42';

export interface ReceivedMail {
  rcptTo: string[];
  mailFrom: string;
  /** The AUTH user the client signed in as. */
  user: string | undefined;
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Connections opened so far (a test of "nothing is sent" checks it did not move). */
  connections(): number;
  /** While true, every recipient is refused with 550 (a test of a failed send). */
  refuseRecipients: boolean;
  close(): Promise<void>;
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let connections = 0;
  const smtp: TestSmtpServer = { port: 0, url: '', received, connections: () => connections, refuseRecipients: false, close: async () => {} };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onConnect(_s, cb) {
      connections++;
      cb();
    },
    onAuth(auth, _s, cb) {
      if (auth.username === TEST_SMTP_USER && auth.password === TEST_SMTP_PASS) cb(null, { user: auth.username });
      else cb(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(_a, _s, cb) {
      if (smtp.refuseRecipients) cb(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      else cb();
    },
    onData(stream, s, cb) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({ rcptTo: s.envelope.rcptTo.map((r) => r.address), mailFrom: s.envelope.mailFrom ? s.envelope.mailFrom.address : '', user: s.user, parsed });
          cb();
        })
        .catch((e: Error) => cb(e));
    },
  });
  const port = await new Promise<number>((resolve) => {
    const srv = server.listen(0, '127.0.0.1', () => resolve((srv.address() as AddressInfo).port));
  });
  Object.assign(smtp, {
    port,
    url: `smtp://${TEST_SMTP_USER}:${TEST_SMTP_PASS}@127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  });
  return smtp;
}
