/**
 * Watches a page for Content-Security-Policy trouble (docs/decisions/015): every HTML document
 * the app serves must carry a nonce-based policy without 'unsafe-inline' for scripts, every
 * script and style tag in it must carry that nonce, and nothing may be blocked, whether the
 * browser reports it as a `securitypolicyviolation` event or only as a console message.
 */
import type { Page, Response } from '@playwright/test';

export interface CspWatch {
  /** What the browser blocked, and what was wrong with a document's policy or markup. */
  problems: string[];
  /** HTML documents checked, so a walk can show it really looked at some. */
  documents: number;
  /** Waits for the checks of the documents seen so far (reading a body is asynchronous). */
  settled(): Promise<void>;
}

const REPORT_BINDING = '__puenteCspViolation';

export async function watchCsp(page: Page): Promise<CspWatch> {
  const pending: Promise<void>[] = [];
  const watch: CspWatch = { problems: [], documents: 0, settled: async () => void (await Promise.all(pending)) };
  const nonces = new Set<string>();
  await page.exposeFunction(REPORT_BINDING, (v: string) => watch.problems.push(`violation: ${v}`));
  await page.addInitScript((binding) => {
    // Capture on window: the event targets the element, the document or the window, and all pass here first.
    window.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as Record<string, ((v: string) => void) | undefined>)[binding];
        report?.(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
      },
      true,
    );
  }, REPORT_BINDING);
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) watch.problems.push(`console: ${page.url()}: ${m.text()}`);
  });
  page.on('response', (res) => {
    pending.push(checkDocument(res, watch, nonces).catch((e: unknown) => void watch.problems.push(`${res.url()}: could not check (${String(e)})`)));
  });
  return watch;
}

async function checkDocument(res: Response, watch: CspWatch, nonces: Set<string>): Promise<void> {
  if (res.request().resourceType() !== 'document' || ![200, 404].includes(res.status())) return;
  if (!(res.headers()['content-type'] ?? '').startsWith('text/html')) return;
  const where = new URL(res.url()).pathname;
  watch.documents++;
  const policy = await res.headerValue('content-security-policy');
  if (!policy) {
    watch.problems.push(`${where}: no Content-Security-Policy header`);
    return;
  }
  const scriptSrc = policy.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === 'script-src') ?? [];
  const nonce = scriptSrc.map((s) => /^'nonce-([A-Za-z0-9+/_=-]+)'$/.exec(s)?.[1]).find(Boolean);
  if (!nonce) watch.problems.push(`${where}: script-src has no nonce (${policy})`);
  if (scriptSrc.includes("'unsafe-inline'")) watch.problems.push(`${where}: script-src allows 'unsafe-inline'`);
  if (!scriptSrc.includes("'strict-dynamic'")) watch.problems.push(`${where}: script-src lacks 'strict-dynamic'`);
  if (!nonce) return;
  if (nonces.has(nonce)) watch.problems.push(`${where}: nonce ${nonce} was already used by another response`);
  nonces.add(nonce);
  // The served HTML, before any script ran: each script and style tag must carry this nonce.
  const html = await res.text();
  for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? []) {
    if (!tag.includes(`nonce="${nonce}"`)) watch.problems.push(`${where}: ${tag.slice(0, 120)} lacks the response's nonce`);
  }
}
