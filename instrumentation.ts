/**
 * Runs once when the Next.js server starts. Embedded engine: the delivery worker lives in this
 * process unless PUENTE_WORKER_IN_PROCESS=0. Inngest engine: after-commit sends go to Inngest.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { engineKind } = await import('./lib/env');
  if (engineKind() === 'inngest') {
    const { registerInngestSender } = await import('./inngest/register');
    registerInngestSender();
    return;
  }
  const { startInProcessEngine } = await import('./lib/delivery/in-process-engine');
  await startInProcessEngine();
}
