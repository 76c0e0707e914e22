'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { createInvitationAction, type CreatedInvitation } from '@/app/actions/dashboard/members/create-invitation';
import { fieldError, FormErrors } from '@/components/account/form-errors';
import { InputField } from '@/components/account/input-field';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { CopyButton } from '@/components/dashboard/webhooks/copy-button';
import { buttonPrimary, buttonSecondary, inputBase, labelBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { MEMBER_ROLES } from '@/lib/users/user-schemas';
import { formatLongDateTime } from '@/lib/time';

/** Invite someone by email; the single-use link is then shown once, to copy and send. */
export function InviteForm({ dept, departmentName }: { dept: string; departmentName: string }) {
  const [state, action, pending] = useActionState(createInvitationAction, IDLE as ActionResult<CreatedInvitation>);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string>('staff');
  const [dismissed, setDismissed] = useState<CreatedInvitation | null>(null);
  const created = state.status === 'ok' && state.data && state.data !== dismissed ? state.data : null;
  const { m } = useStaffI18n();
  const t = m.members.inviteForm;
  const labels = { email: t.email, role: t.role };

  if (created)
    return (
      <InvitationLink
        invitation={created}
        departmentName={departmentName}
        onDone={() => {
          setDismissed(created);
          setEmail('');
        }}
      />
    );

  return (
    <form
      action={action}
      onSubmit={() => setDismissed(null)}
      className="max-w-xl space-y-5"
      noValidate
      data-testid="invite-form"
    >
      <FormErrors state={state} labels={labels} idPrefix="invite" />
      <input type="hidden" name="dept" value={dept} />
      <InputField
        id="invite-email"
        name="email"
        type="email"
        autoComplete="off"
        label={t.email}
        hint={t.emailHint}
        maxLength={254}
        value={email}
        onChange={setEmail}
        error={fieldError(state, 'email')}
      />
      <fieldset aria-describedby={fieldError(state, 'role') ? 'invite-role-error' : undefined}>
        <legend className={labelBase}>{t.role}</legend>
        <div className="mt-2 space-y-2">
          {MEMBER_ROLES.map((r) => (
            <label key={r} className="flex items-start gap-3">
              <input
                type="radio"
                name="role"
                value={r}
                checked={role === r}
                onChange={() => setRole(r)}
                id={r === 'staff' ? 'invite-role' : `invite-role-${r}`}
                className="mt-1 h-5 w-5 accent-brand-700 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
              />
              <span>
                <span className="font-semibold">{m.department.roles[r]}</span>
                <span className="block text-sm text-slate-700">
                  {r === 'staff' ? t.staffHint : t.adminHint}
                </span>
              </span>
            </label>
          ))}
        </div>
        {fieldError(state, 'role') ? (
          <p id="invite-role-error" className="mt-1 font-semibold text-red-800">
            {fieldError(state, 'role')}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className={buttonPrimary} disabled={pending} data-testid="invite-submit">
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}

function InvitationLink({ invitation, departmentName, onDone }: { invitation: CreatedInvitation; departmentName: string; onDone: () => void }) {
  // Shown only after the action answered, so always in the browser: its origin is the app's.
  const base = invitation.baseUrl ?? (typeof window === 'undefined' ? 'http://localhost' : window.location.origin);
  const url = new URL(invitation.path, base).toString();
  const heading = useRef<HTMLHeadingElement>(null);
  const { locale, m } = useStaffI18n();
  const t = m.members.created;
  useEffect(() => {
    heading.current?.focus();
  }, [invitation]);
  const expires = formatLongDateTime(invitation.expiresAt, locale);
  return (
    <div className="max-w-2xl space-y-3 rounded-lg border-4 border-amber-600 bg-amber-50 p-4" data-testid="invitation-created">
      <h3 ref={heading} tabIndex={-1} className="text-lg font-bold text-amber-950">
        {t.title} <span className="break-all">{invitation.email}</span>
      </h3>
      {invitation.emailed?.sent ? (
        <p role="status" className="font-semibold text-green-900" data-testid="invitation-email-status">
          {t.sentTo} <span className="break-all">{invitation.email}</span>.
        </p>
      ) : invitation.emailed ? (
        <p role="alert" className="font-semibold text-red-800" data-testid="invitation-email-status">
          {t.notSent(invitation.emailed.reason)}
        </p>
      ) : null}
      <p className="font-bold text-amber-950" id="invitation-link-warning">
        <span aria-hidden="true">⚠ </span>
        {invitation.emailed?.sent ? t.keepCopy : t.copyNow}
      </p>
      <p className="text-sm text-amber-950">{t.details(invitation.email, departmentName, m.department.rolesInSentence[invitation.role], expires)}</p>
      <label htmlFor="invitation-link" className={labelBase}>
        {t.linkLabel}
      </label>
      <input
        id="invitation-link"
        readOnly
        value={url}
        aria-describedby="invitation-link-warning"
        className={`${inputBase} font-mono text-sm`}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="invitation-link"
      />
      <div className="flex flex-wrap items-center gap-3">
        <CopyButton value={url} targetId="invitation-link" label={t.copy} testId="copy-invitation-link" />
        <button type="button" className={buttonSecondary} onClick={onDone} data-testid="invite-another">
          {t.another}
        </button>
      </div>
    </div>
  );
}
