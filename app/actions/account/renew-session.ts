/**
 * Used by server actions only (not itself an action). After the signed-in person changed their
 * own password, which ends every session signed in before, keep THIS session: re-issue its
 * next-auth token as signed in now.
 */
import { decode, encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { SESSION_MAX_AGE_S } from '@/lib/auth/auth-options';
import { env } from '@/lib/env';

/** next-auth's session cookie: `__Secure-` prefixed when the site is served over https. */
function sessionCookieName(): { name: string; secure: boolean } {
  const secure = (env().NEXTAUTH_URL ?? '').startsWith('https://');
  return { name: `${secure ? '__Secure-' : ''}next-auth.session-token`, secure };
}

export async function renewCurrentSession(now = Date.now()): Promise<void> {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) return;
  const jar = await cookies();
  const { name, secure } = sessionCookieName();
  const current = jar.get(name)?.value;
  if (!current) return;
  const token = await decode({ token: current, secret });
  if (!token) return;
  const renewed = await encode({ token: { ...token, authAt: now }, secret, maxAge: SESSION_MAX_AGE_S });
  jar.set(name, renewed, { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: SESSION_MAX_AGE_S });
}
