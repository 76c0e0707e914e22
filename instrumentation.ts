/**
 * Runs once when the Next.js server starts: in the embedded engine, the delivery worker
 * lives in the same process as the web server unless PUENTE_WORKER_IN_PROCESS=0.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startInProcessEngine } = await import('./lib/delivery/in-process-engine');
  await startInProcessEngine();
}
