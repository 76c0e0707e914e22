import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { hashPassword } from '../lib/auth/passwords';
import { PAGES } from '../test/authz/matrix';
import type { WorldDepartment } from '../test/personas';
import { e2eSql } from './db';
import { e2eEncryptionKey, seedDepartment } from './seed-world';

// Every staff page (the authorization matrix's PAGES: dashboard, admin, account, sign-in,
// invitation) in a real Chromium, first in Spanish — the default — then in English after one
// click on the header's switch, which is remembered on the account. In each language: the
// right `lang`, no English-only word on a Spanish page (and no Spanish-only word on an English
// one), and no sign of a missing text ("undefined", "NaN", "[object Object]", "Invalid Date").
// Text inside an element that declares another language, code blocks (request and response
// bodies) and what people typed (reasons, audit details: marked translate="no", the HTML way
// of saying "data, not interface") are not the interface's words.

const suffix = randomBytes(3).toString('hex');
const PASSWORD = 'language-walk-password-2026';
const EMAIL = `language-walk-${suffix}@example.com`;

/** Interface words that only English has. Capitalized ones match case-sensitively, as labels and buttons are written. */
const ENGLISH_ONLY = [
  'Sign out', 'Sign in', 'Dashboard', 'Deliveries', 'Delivery', 'Redeliver', 'Recent', 'Members', 'Programs', 'Leads', 'Overview',
  'Settings', 'Save', 'Cancel', 'Delete', 'Remove', 'Filters', 'Apply', 'Clear', 'Failed', 'Delivered', 'Pending', 'Retrying',
  'Success', 'Created', 'Updated', 'Search', 'Next', 'Previous', 'Newer', 'Older', 'Loading', 'Request', 'Response', 'Headers',
  'Password', 'Email', 'Account', 'Department', 'Departments', 'Healthy', 'Disabled', 'Enabled', 'Active', 'Show', 'Hide', 'Copy',
  'Rotate', 'Secret', 'Invite', 'Invitation', 'Role', 'Staff', 'Users', 'Add', 'Edit', 'Back', 'Status', 'Events', 'Attempt',
  'Attempts', 'Duration', 'Never', 'None', 'Yes', 'Enable', 'Disable', 'Send', 'Export', 'Download', 'Phone', 'Business', 'Stage',
  'Recover', 'Skip', 'Admin', 'Audit', 'Allowlist', 'Network', 'Approve', 'Reject', 'Suspend', 'When', 'Who', 'What', 'Action',
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'ago', 'just now', 'the', 'and', 'your', 'with', 'from', 'this', 'that', 'was', 'were', 'has', 'have', 'been', 'will', 'not',
  'there', 'are', 'is', 'you', 'of', 'to', 'for', 'or', 'an', 'it', 'be', 'by', 'on', 'in', 'at',
];

/** Interface words that only Spanish has. */
const SPANISH_ONLY = [
  'Cerrar sesión', 'Iniciar sesión', 'Entregas', 'Entrega', 'Reenviar', 'Miembros', 'Guardar', 'Cancelar', 'Eliminar', 'Filtros',
  'Solicitudes', 'Secreto', 'Petición', 'Respuesta', 'Configuración', 'Contraseña', 'Correo electrónico', 'Departamentos',
  'Administración', 'auditoría', 'fallida', 'entregada', 'pendiente', 'hace', 'ahora mismo', 'Su cuenta', 'Usuarios',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'los', 'las', 'del', 'una', 'para', 'con', 'este', 'esta', 'que',
];

const BROKEN = ['undefined', 'NaN', '[object Object]', 'Invalid Date', 'null'];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "word" as a whole word or phrase (letters with accents count as letters). */
function wordRe(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRe(word)}(?![\\p{L}\\p{N}_-])`, 'u');
}

const englishRes = ENGLISH_ONLY.map((w) => [w, wordRe(w)] as const);
const spanishRes = SPANISH_ONLY.map((w) => [w, wordRe(w)] as const);
const brokenRes = BROKEN.map((w) => [w, wordRe(w)] as const);

interface Reading {
  htmlLang: string;
  contentLang: string | null;
  /** The interface's words: visible text and aria-label/title/placeholder/alt, outside code and foreign-language blocks. */
  texts: string[];
}

/** What the page says, in the language it claims. */
async function read(page: Page, locale: 'es' | 'en'): Promise<Reading> {
  return page.evaluate((locale) => {
    const foreign = (el: Element | null) => {
      const tagged = el?.closest('[lang]');
      return !!tagged && tagged.getAttribute('lang') !== locale;
    };
    const skipped = (el: Element | null) => !el || !!el.closest('script, style, pre, code, noscript, template, [hidden], [aria-hidden="true"], [translate="no"]') || foreign(el);
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.textContent?.trim();
      if (t && !skipped(n.parentElement)) texts.push(t);
    }
    for (const el of Array.from(document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))) {
      if (foreign(el) || el.closest('script, style, template, [aria-hidden="true"]')) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a)?.trim();
        if (v) texts.push(v);
      }
    }
    const main = document.querySelector('main')?.closest('[lang]');
    return { htmlLang: document.documentElement.lang, contentLang: main?.getAttribute('lang') ?? null, texts };
  }, locale);
}

/** Strips what is data rather than interface: URLs, e-mail addresses, ids, header and event names. */
function interfaceWords(text: string): string {
  return text
    .split(/\s+/)
    .filter((w) => !/[/@]|^[\w-]+\.[\w.-]+$|^[\w-]*_[\w-]*$|^[0-9a-f-]{8,}$/i.test(w))
    .join(' ');
}

function offending(reading: Reading, res: ReadonlyArray<readonly [string, RegExp]>, known: string[]): string[] {
  const found = new Set<string>();
  for (const raw of reading.texts) {
    const text = interfaceWords(raw);
    if (known.some((k) => raw.includes(k))) continue;
    for (const [word, re] of res) if (re.test(text)) found.add(`"${word}" in "${raw.slice(0, 120)}"`);
  }
  return [...found];
}

/** Data written in one language, shown as is whatever the screen's language: the seed's texts, and every department's and person's name. */
const DATA = ['Test summary.', 'Test description.', 'Program a', 'Resumen de prueba.', 'Descripción de prueba.', 'Programa a'];

let dept: WorldDepartment;

test.beforeAll(async () => {
  const sql = e2eSql();
  try {
    dept = await seedDepartment(sql, {
      name: 'idioma',
      key: 'a',
      suffix,
      marker: { leadName: 'Marisol', url: 'https://receptor-idioma.example.com/hook' },
      encryptionKey: e2eEncryptionKey(),
    });
    const names = await sql<{ name: string }[]>`select name from departments union select name from users where name <> ''`;
    DATA.push(...names.map((n) => n.name));
    const [user] = await sql<{ id: string }[]>`
      insert into users (email, name, password_hash, role) values (${EMAIL}, 'Walk Idioma', ${await hashPassword(PASSWORD)}, 'admin') returning id`;
    await sql`insert into memberships (user_id, department_id, role) values (${user!.id}, ${dept.id}, 'admin')`;
  } finally {
    await sql.end();
  }
});

test.afterAll(async () => {
  const sql = e2eSql();
  try {
    // Nothing of this walk may reach a real receiver or another spec's lists.
    await sql`update webhooks set active = false where department_id = ${dept.id}`;
  } finally {
    await sql.end();
  }
});

async function signIn(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Correo electrónico', { exact: true }).fill(EMAIL);
  await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page).toHaveURL((u) => u.pathname.startsWith('/dashboard'));
}


async function walk(page: Page, locale: 'es' | 'en'): Promise<string[]> {
  const problems: string[] = [];
  for (const row of PAGES) {
    const url = row.url(dept.slug, dept);
    await page.goto(url);
    await page.locator('h1').first().waitFor();
    const r = await read(page, locale);
    const where = `${locale} ${url}`;
    if (r.htmlLang !== locale) problems.push(`${where}: <html lang="${r.htmlLang}">`);
    if (r.contentLang && r.contentLang !== locale) problems.push(`${where}: content lang="${r.contentLang}"`);
    for (const p of offending(r, brokenRes, [])) problems.push(`${where}: a missing text ${p}`);
    for (const p of offending(r, locale === 'es' ? englishRes : spanishRes, DATA)) problems.push(`${where}: ${p}`);
  }
  return problems;
}

test('every staff page speaks Spanish first, and English after one click that the account remembers', async ({ page, browser }) => {
  test.setTimeout(240_000);
  // Signed out: sign-in and invitation pages in Spanish (no cookie yet).
  for (const url of ['/login', PAGES.find((p) => p.file.includes('invite'))!.url('', dept)]) {
    await page.goto(url);
    await page.locator('h1').first().waitFor();
    const r = await read(page, 'es');
    expect(r.htmlLang, url).toBe('es');
    expect(offending(r, englishRes, DATA), url).toEqual([]);
  }

  await signIn(page);
  expect(await walk(page, 'es')).toEqual([]);

  // One click in the header, on any page, and back to the same page in English.
  await page.goto(`/dashboard/${dept.slug}/webhooks`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL((u) => u.pathname === `/dashboard/${dept.slug}/webhooks`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await walk(page, 'en')).toEqual([]);

  // Remembered on the account, not just this browser: a fresh browser signs in (the sign-in
  // page is Spanish, it knows no one yet) and lands in English.
  const other = await browser.newContext();
  try {
    const p2 = await other.newPage();
    await signIn(p2);
    await expect(p2.locator('html')).toHaveAttribute('lang', 'en');
    await expect(p2.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await p2.getByRole('button', { name: 'Español' }).click();
    await expect(p2.locator('html')).toHaveAttribute('lang', 'es');
    await expect(p2.getByRole('button', { name: 'Cerrar sesión' })).toBeVisible();
  } finally {
    await other.close();
  }
  const sql = e2eSql();
  try {
    const [u] = await sql<{ locale: string }[]>`select locale from users where email = ${EMAIL}`;
    expect(u?.locale).toBe('es');
  } finally {
    await sql.end();
  }
});
