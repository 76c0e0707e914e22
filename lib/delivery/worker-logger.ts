/** graphile-worker's logger, limited to warnings and errors: one line per job would drown the dev console. */
import { Logger } from 'graphile-worker';

export const quietWorkerLogger = new Logger((scope) => (level, message) => {
  // We run fewer job-queue connections than jobs on purpose (docs/decisions/007); don't warn about it.
  if (message.includes('having maxPoolSize')) return;
  if (level === 'error' || level === 'warning') {
    console.warn(`[worker${scope.taskIdentifier ? `:${scope.taskIdentifier}` : ''}] ${message}`);
  }
});
