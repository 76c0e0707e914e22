/** What dashboard server actions return to their forms (useActionState). */
export type ActionResult<T = undefined> =
  | { status: 'idle' }
  | { status: 'ok'; message?: string; data?: T }
  | { status: 'error'; error: 'forbidden' | 'notFound' | 'invalid' | 'server' | 'rateLimited' | 'conflict'; message?: string; fieldErrors?: Record<string, string> };

export const IDLE: ActionResult<never> = { status: 'idle' };
export const FORBIDDEN = { status: 'error', error: 'forbidden', message: 'You are not allowed to do that.' } as const;
