import type { Metadata } from 'next';
import Link from 'next/link';
import { db } from '@/db/client';
import { AcceptInvitationForm } from '@/components/account/accept-invitation-form';
import { SignOutAndReturn } from '@/components/account/sign-out-and-return';
import { buttonPrimary, textLink } from '@/components/ui/styles';
import { getViewer } from '@/lib/auth/session';
import { getStaffI18n } from '@/lib/i18n/server';
import { formatLongDateTime } from '@/lib/time';
import { unavailableMessage } from '@/lib/users/invitation-messages';
import { accountExistsFor, getInvitationByToken } from '@/lib/users/invitations';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.auth.invite.title, robots: { index: false, follow: false } };
}

/**
 * An invitation link. Anyone holding it may open it (the token is the credential): it says
 * for whom and where, then lets the invited person create an account or accept as themselves.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, viewer] = await Promise.all([getInvitationByToken(db, token), getViewer()]);
  const { locale, m } = await getStaffI18n(viewer);
  const t = m.auth.invite;
  const path = `/invite/${encodeURIComponent(token)}`;

  let body: React.ReactNode;
  if (!invitation || invitation.state !== 'pending') {
    body = (
      <div role="alert" className="space-y-3 rounded-lg border-4 border-red-700 bg-red-50 p-4 text-red-950" data-testid="invitation-unavailable" data-state={invitation?.state ?? 'unknown'}>
        <h2 className="text-lg font-bold">{t.unavailableHeading}</h2>
        <p>{unavailableMessage(m, invitation?.state ?? 'unknown')}</p>
        <p>
          <Link href={viewer ? '/dashboard' : '/login'} className={textLink}>
            {viewer ? t.goToDashboard : t.signIn}
          </Link>
        </p>
      </div>
    );
  } else {
    const forViewer = viewer && viewer.email.toLowerCase() === invitation.email.toLowerCase();
    const summary = (
      <p className="text-lg text-slate-800" data-testid="invitation-summary">
        {t.summary.join}
        <strong>{invitation.department.name}</strong>
        {t.summary.as}
        <strong>{m.department.rolesInSentence[invitation.role]}</strong>
        {t.summary.forEmail}
        <strong className="break-all">{invitation.email}</strong>
        {t.summary.expires(formatLongDateTime(invitation.expiresAt, locale))}
      </p>
    );
    if (forViewer) {
      body = (
        <>
          {summary}
          <AcceptInvitationForm token={token} email={invitation.email} mode="signedIn" />
        </>
      );
    } else if (viewer) {
      body = (
        <>
          {summary}
          <div role="alert" className="space-y-3 rounded-lg border-4 border-amber-600 bg-amber-50 p-4 text-amber-950" data-testid="invitation-wrong-account">
            <p>
              {t.wrongAccount.signedInAs}
              <strong className="break-all">{viewer.email}</strong>
              {t.wrongAccount.butFor}
              <strong className="break-all">{invitation.email}</strong>
              {t.wrongAccount.then}
            </p>
            <SignOutAndReturn callbackUrl={path} />
          </div>
        </>
      );
    } else if (await accountExistsFor(db, invitation.email)) {
      body = (
        <>
          {summary}
          <p>{t.accountExists}</p>
          <Link href={`/login?callbackUrl=${encodeURIComponent(path)}`} className={buttonPrimary} data-testid="invitation-sign-in">
            {t.signInToAccept}
          </Link>
        </>
      );
    } else {
      body = (
        <>
          {summary}
          <p className="text-slate-700">{t.createToAccept}</p>
          <AcceptInvitationForm token={token} email={invitation.email} mode="newAccount" />
        </>
      );
    }
  }

  return (
    <main id="contenido" className="mx-auto w-full max-w-lg flex-1 space-y-6 px-4 py-16" data-testid="invitation-page">
      <h1 className="text-3xl font-bold text-brand-900">{t.heading}</h1>
      {body}
    </main>
  );
}
