/**
 * The public receiver guide in a real Chromium: /docs/webhooks in Spanish and /en/docs/webhooks
 * in English whatever the language cookie says, each with its headings, table of contents, the
 * six verification programs exactly as they are in examples/verify/, a working copy button
 * under the nonce policy, and a link to the other language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { watchCsp } from './csp-watch';

const FILES = { node: 'verify.mjs', python: 'verify.py', csharp: 'Verify.cs', php: 'verify.php', java: 'Verify.java', powershell: 'Verify.ps1' } as const;
const read = (file: string) => readFileSync(path.join(import.meta.dirname, '..', 'examples', 'verify', file), 'utf8');

const PAGES = [
  { path: '/docs/webhooks', lang: 'es', cookie: 'en', h1: 'Cómo recibir los webhooks de Puente', other: '/en/docs/webhooks', sections: ['Cómo funciona la entrega', 'Encabezados', 'Verificar la firma', 'Solución de problemas'] },
  { path: '/en/docs/webhooks', lang: 'en', cookie: 'es', h1: 'Receiving Puente webhooks', other: '/docs/webhooks', sections: ['How delivery works', 'Headers', 'Verify the signature', 'Troubleshooting'] },
] as const;

for (const p of PAGES) {
  test(`${p.path} is in ${p.lang} even with the ${p.cookie} cookie, with the six programs verbatim`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'puente_locale', value: p.cookie, url: baseURL! }]);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const csp = await watchCsp(page);
    await page.goto(p.path);

    const guide = page.getByTestId('webhook-guide');
    await expect(guide).toHaveAttribute('lang', p.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.h1);
    await expect(page).toHaveTitle(new RegExp(p.lang === 'es' ? 'Cómo recibir' : 'Receiving'));
    for (const name of p.sections) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
      await expect(page.getByRole('navigation', { name: p.lang === 'es' ? 'Contenido' : 'Contents' }).getByRole('link', { name, exact: true })).toBeVisible();
    }

    for (const [id, file] of Object.entries(FILES)) {
      const code = page.locator(`#snippet-${id}`);
      await expect(code).toBeAttached();
      expect(await code.textContent(), file).toBe(read(file));
    }
    await expect(page.locator('[data-snippet="powershell"] [data-testid="snippet-testing"]')).toContainText(p.lang === 'es' ? 'no corre en nuestro CI' : 'does not run in our CI');

    // The copy button (a client component, so under the page's nonce) copies the file as shown.
    const python = page.locator('[data-snippet="python"]');
    await python.getByTestId('copy-code').click();
    await expect(python.getByRole('status')).toHaveText(p.lang === 'es' ? 'Copiado' : 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(read(FILES.python));

    await guide.getByTestId('guide-other-language').click();
    await expect(page).toHaveURL(new RegExp(`${p.other}$`));
    await expect(page.getByTestId('webhook-guide')).toHaveAttribute('lang', p.lang === 'es' ? 'en' : 'es');

    await csp.settled();
    expect(csp.problems).toEqual([]);
  });
}
