'use client';

import { createContext, useCallback, useContext, useState } from 'react';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';

type Notice = { text: string; n: number } | null;
const NoticeContext = createContext<(text: string) => void>(() => {});

/**
 * The outcome of the last decision, shown above the page. It lives here, not in the button
 * that made the decision, because that button usually disappears with the change it made
 * (an approved application leaves the pending list).
 */
export function DecisionNotices({ children }: { children: React.ReactNode }) {
  const { m } = useStaffI18n();
  const [notice, setNotice] = useState<Notice>(null);
  const notify = useCallback((text: string) => setNotice((prev) => ({ text, n: (prev?.n ?? 0) + 1 })), []);
  return (
    <NoticeContext value={notify}>
      <div role="status" className={notice ? 'sticky top-0 z-10' : undefined} data-testid="decision-notice">
        {notice ? (
          <div key={notice.n} className="flex items-start justify-between gap-4 rounded-lg border-2 border-green-700 bg-green-50 p-3 text-green-950 shadow-sm">
            <p className="font-semibold">{notice.text}</p>
            <button
              type="button"
              onClick={() => setNotice(null)}
              className="shrink-0 rounded px-2 font-semibold text-green-900 underline focus-visible:outline-3 focus-visible:outline-green-800"
            >
              {m.admin.decisions.dismiss}
            </button>
          </div>
        ) : null}
      </div>
      {children}
    </NoticeContext>
  );
}

export function useDecisionNotice() {
  return useContext(NoticeContext);
}
