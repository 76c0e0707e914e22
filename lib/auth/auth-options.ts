/**
 * next-auth configuration: email + password (Credentials), and an OpenID Connect provider
 * (e.g. Microsoft Entra ID) when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set.
 * OIDC signs in only people who already have an account (matched by email): access is
 * granted by invitation and approval, never by an identity provider alone.
 */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '../../db/client';
import { users } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { clientIpFrom } from '../client-ip';
import { env } from '../env';
import { signInWithPassword } from './sign-in';

export const SESSION_MAX_AGE_S = 8 * 3600;

export function authOptions(): NextAuthOptions {
  const e = env();
  const providers: NextAuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) return null;
        const headers = { get: (n: string) => (req?.headers?.[n] as string | undefined) ?? null };
        const r = await signInWithPassword(db, credentials.email, credentials.password, clientIpFrom(headers));
        // next-auth hands the message to the sign-in page as `error`: the wait travels with it.
        if (!r.ok) throw new Error(r.reason === 'rateLimited' ? `RateLimited:${Math.ceil(r.retryAfterMs / 1000)}` : 'CredentialsSignin');
        return { id: r.user.id, email: r.user.email, name: r.user.name, role: r.user.role };
      },
    }),
  ];
  if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) {
    providers.push({
      id: 'oidc',
      name: e.OIDC_NAME,
      type: 'oauth',
      wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      profile(p: { sub: string; email?: string; preferred_username?: string; name?: string }) {
        return { id: p.sub, email: (p.email ?? p.preferred_username ?? '').toLowerCase(), name: p.name ?? p.email ?? '' };
      },
    });
  }
  return {
    secret: e.NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: '/login', error: '/login' },
    providers,
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === 'credentials') return true;
        // OIDC: only an existing, enabled account with this email.
        const email = (user.email ?? '').toLowerCase();
        const [u] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
        await recordAudit(db, { userId: u?.id ?? null, email }, { action: u && !u.disabledAt ? 'auth.sign_in' : 'auth.sign_in_failed', details: { provider: account?.provider } });
        return Boolean(u && !u.disabledAt);
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          // When this session signed in: a password change or reset ends every older session.
          token.authAt = Date.now();
          if (account.provider === 'credentials') token.uid = user.id;
          else {
            const [u] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${(user.email ?? '').toLowerCase()}`);
            token.uid = u?.id;
          }
        }
        return token;
      },
      async session({ session, token }) {
        return {
          ...session,
          uid: typeof token.uid === 'string' ? token.uid : undefined,
          authAt: typeof token.authAt === 'number' ? token.authAt : 0,
        };
      },
    },
  };
}
