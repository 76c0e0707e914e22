'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { buttonSecondary, textLink } from '@/components/ui/styles';
import type { FormAction } from '@/lib/actions/action';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';

type Sent = ActionResult<{ deliveryId: string }>;

/**
 * One manual send on the webhook page (ping, test lead): a one-button form, then the answer
 * with a link to watch the delivery. `testId` names the form, its button and its answer.
 */
export function ManualSend(p: {
  dept: string;
  webhookId: string;
  action: FormAction<Sent>;
  testId: string;
  words: { send: string; sending: string };
  hint?: React.ReactNode;
  link: (deliveryId: string | undefined) => { href: string; label: string; testId?: string };
}) {
  const [state, action, pending] = useActionState(p.action, IDLE as Sent);
  const link = state.status === 'ok' ? p.link(state.data?.deliveryId) : null;
  return (
    <form action={action} className="space-y-2" data-testid={`${p.testId}-form`}>
      <input type="hidden" name="dept" value={p.dept} />
      <input type="hidden" name="webhookId" value={p.webhookId} />
      {p.hint ? <p className="text-sm text-slate-700">{p.hint}</p> : null}
      <button type="submit" className={buttonSecondary} disabled={pending} data-testid={`send-${p.testId}`}>
        {pending ? p.words.sending : p.words.send}
      </button>
      <p role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-900'}`} data-testid={`${p.testId}-result`}>
        {state.status === 'ok' && link ? (
          <>
            {state.message}{' '}
            <Link href={link.href} className={textLink} data-testid={link.testId}>
              {link.label}
            </Link>
          </>
        ) : state.status === 'error' ? (
          state.message
        ) : (
          ''
        )}
      </p>
    </form>
  );
}
