/**
 * The API reference and the changelog in a real Chromium, in both languages whatever the
 * language cookie says: every operation of the served OpenAPI document is on the page, the
 * document link answers the document, and the changelog names the newest envelope version.
 */
import { expect, test } from '@playwright/test';
import { ENVELOPE_VERSION } from '../lib/delivery/envelope';

const PAGES = [
  { path: '/docs/api', changelog: '/docs/changelog', lang: 'es', cookie: 'en', h1: 'Referencia de la API', changelogH1: 'Cambios por versión' },
  { path: '/en/docs/api', changelog: '/en/docs/changelog', lang: 'en', cookie: 'es', h1: 'API reference', changelogH1: 'Changes by version' },
] as const;

for (const p of PAGES) {
  test(`${p.path} lists every operation of the served document, in ${p.lang}`, async ({ page, context, baseURL, request }) => {
    await context.addCookies([{ name: 'puente_locale', value: p.cookie, url: baseURL! }]);
    const doc = (await (await request.get('/api/v1/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.entries(doc.paths).flatMap(([path, m]) => Object.keys(m).map((method) => `${method.toUpperCase()} ${path}`));

    await page.goto(p.path);
    await expect(page.getByTestId('api-reference')).toHaveAttribute('lang', p.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.h1);
    const shown = await page.getByTestId('api-operation').locator('h3').allInnerTexts();
    expect(shown.map((t) => t.replace(/\s+/, ' ').trim()).sort()).toEqual([...ops].sort());
    await expect(page.getByRole('heading', { level: 3, name: 'lead.created' })).toBeVisible();

    const [download] = await Promise.all([page.waitForResponse('**/api/v1/openapi.json'), page.getByTestId('openapi-link').click()]);
    expect(download.headers()['content-type']).toMatch(/application\/json/);

    await page.goto(p.changelog);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.changelogH1);
    await expect(page.getByTestId('changelog-version').first()).toContainText(ENVELOPE_VERSION);
  });
}
