/**
 * For tests only: a real SMTP server on 127.0.0.1 (smtp-server, as the invitation e-mail tests
 * use) that requires AUTH and records every message parsed (mailparser).
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const TEST_SMTP_USER = 'puente';
export const TEST_SMTP_PASS = 'smtp-pass-Alerts-42';

export interface ReceivedMail {
  rcptTo: string[];
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Connections opened so far (a test of "nothing is sent" checks it did not move). */
  connections(): number;
  close(): Promise<void>;
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let connections = 0;
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
    onData(stream, s, cb) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({ rcptTo: s.envelope.rcptTo.map((r) => r.address), parsed });
          cb();
        })
        .catch((e: Error) => cb(e));
    },
  });
  const port = await new Promise<number>((resolve) => {
    const srv = server.listen(0, '127.0.0.1', () => resolve((srv.address() as AddressInfo).port));
  });
  return {
    port,
    url: `smtp://${TEST_SMTP_USER}:${TEST_SMTP_PASS}@127.0.0.1:${port}`,
    received,
    connections: () => connections,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
