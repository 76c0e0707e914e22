// The client's address as the real server (scripts/run.ts, `npm start`) decides it: invented
// forwarding headers change nothing that is recorded (the e2e server trusts no proxy), and a
// server-action body over the limit gets a 413 with a message instead of Next's 500.
import { expect, test } from '@playwright/test';
import { e2eSql } from './db';
import { signIn } from './journey-steps';

const INVENTED = {
  'X-Forwarded-For': '198.51.100.66',
  'X-Real-IP': '198.51.100.67',
  Forwarded: 'for=198.51.100.68',
  'X-Puente-Client-Ip': '198.51.100.69',
};

test('a sign-in sent with invented forwarding headers is audited from the address it came from', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: INVENTED });
  const page = await context.newPage();
  const since = new Date();
  await signIn(page, 'staff@cce.test', '/dashboard/cce/deliveries');
  await context.close();

  const sql = e2eSql();
  try {
    const rows = await sql<{ actor_ip: string | null }[]>`
      select actor_ip from audit_log where action = 'auth.sign_in' and actor_email = 'staff@cce.test' and at >= ${since}`;
    expect(rows).toHaveLength(1);
    // localhost: Chromium connects over IPv4 or IPv6 loopback.
    expect(['127.0.0.1', '::1']).toContain(rows[0]?.actor_ip);
  } finally {
    await sql.end();
  }
});

test('a server-action body over the limit gets 413 and says why, not a 500', async ({ request }) => {
  const action = { 'next-action': 'f'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' };
  const tooBig = await request.post('/solicitar', { headers: action, data: 'x'.repeat(64 * 1024 + 1) });
  expect(tooBig.status()).toBe(413);
  expect(tooBig.headers()['content-type']).toBe('text/plain');
  expect(await tooBig.text()).toBe('The request body is larger than the 64 KiB this server accepts.');
  // Just under the limit, the body reaches Next (which knows no such action): not our 413.
  const fits = await request.post('/solicitar', { headers: action, data: 'x'.repeat(60 * 1024) });
  expect(fits.status()).not.toBe(413);
  expect(fits.status()).toBeLessThan(500);
});
