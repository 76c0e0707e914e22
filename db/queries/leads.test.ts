import { beforeEach, describe, expect, it } from 'vitest';
import { createLead } from '../../lib/leads/create-lead';
import { leadInput, makeDepartment, makeProgram, makeWebhookRow } from '../../test/factories';
import { db, rawSql } from '../client';
import { decodeLeadCursor, encodeLeadCursor, normalizeLeadSearch, parseLeadListParams } from '../../lib/leads/lead-filters';
import {
  escapeLike,
  getDepartmentLead,
  LEAD_SEARCH_MAX,
  listDepartmentLeads,
  listDepartmentLeadsForExport,
  listDepartmentLeadsQuery,
  listLeadDeliveries,
  type LeadCursor,
} from './leads';

beforeEach(async () => {
  await rawSql()`truncate leads, events, deliveries, webhooks, programs, departments, rate_limits cascade`;
});

async function lead(programIds: string[], over: Parameters<typeof leadInput>[1] = {}, now?: Date) {
  const r = await createLead(db, leadInput(programIds, over), now ? { now } : {});
  if (!r.ok) throw new Error(`createLead failed: ${JSON.stringify(r)}`);
  return r;
}

async function setup() {
  const bde = await makeDepartment({ slug: 'bde' });
  const cce = await makeDepartment({ slug: 'cce' });
  const bdeA = await makeProgram(bde.id, { titleEs: 'B Préstamo', titleEn: 'B Loan' });
  const bdeB = await makeProgram(bde.id, { titleEs: 'A Garantía', titleEn: 'A Guarantee' });
  const cceP = await makeProgram(cce.id, { titleEs: 'Taller', titleEn: 'Workshop' });
  return { bde, cce, bdeA, bdeB, cceP };
}

describe('listDepartmentLeads', () => {
  it("lists only leads that chose one of the department's programs, with only its programs, newest first", async () => {
    const { bde, cce, bdeA, bdeB, cceP } = await setup();
    const both = await lead([bdeA.id, bdeB.id, cceP.id], { name: 'Both' }, new Date('2026-05-01T10:00:00Z'));
    await lead([cceP.id], { name: 'Only CCE' }, new Date('2026-05-01T11:00:00Z'));
    const bdeOnly = await lead([bdeA.id], { name: 'Only BDE' }, new Date('2026-05-01T12:00:00Z'));

    const page = await listDepartmentLeads(db, bde.id, {});
    expect(page.items.map((l) => l.name)).toEqual(['Only BDE', 'Both']);
    expect(page.items.map((l) => l.id)).toEqual([bdeOnly.leadId, both.leadId]);
    expect(page.items[1]!.programs.map((p) => p.titleEn)).toEqual(['A Guarantee', 'B Loan']);
    expect(page.items[1]!.createdAt).toBe('2026-05-01T10:00:00.000000Z');
    expect(page.nextCursor).toBeNull();

    const ccePage = await listDepartmentLeads(db, cce.id, {});
    expect(ccePage.items.map((l) => l.name)).toEqual(['Only CCE', 'Both']);
    expect(ccePage.items[1]!.programs.map((p) => p.titleEn)).toEqual(['Workshop']);
  });

  it('pages with a keyset cursor, ties on created_at broken by id, no row twice or missed', async () => {
    const { bde, bdeA } = await setup();
    const same = new Date('2026-05-01T10:00:00Z');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await lead([bdeA.id], { name: `Lead ${i}` }, i < 4 ? same : new Date(same.getTime() + i * 1000))).leadId);
    const seen: string[] = [];
    let cursor: LeadCursor | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listDepartmentLeads>> = await listDepartmentLeads(db, bde.id, cursor ? { cursor } : {}, 3);
      seen.push(...page.items.map((l) => l.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(ids));
  });

  it('never uses OFFSET', () => {
    const q = listDepartmentLeadsQuery('00000000-0000-4000-8000-000000000000', { cursor: { createdAt: '2026-05-01T10:00:00.000000Z', id: '00000000-0000-4000-8000-000000000001' } });
    const text = JSON.stringify(q.queryChunks);
    expect(text.toLowerCase()).not.toContain('offset');
  });

  it('searches name, email, business name and reference, case-insensitively', async () => {
    const { bde, bdeA } = await setup();
    const a = await lead([bdeA.id], { name: 'María López', email: 'maria@example.com', businessName: 'Panadería Sol' });
    const b = await lead([bdeA.id], { name: 'Juan Pérez', email: 'juan@correo.pr', businessName: 'Taller Juan' });
    const find = async (search: string) => (await listDepartmentLeads(db, bde.id, { search })).items.map((l) => l.id).sort();
    expect(await find('maría')).toEqual([a.leadId]);
    expect(await find('CORREO.PR')).toEqual([b.leadId]);
    expect(await find('panadería')).toEqual([a.leadId]);
    expect(await find(b.reference.toLowerCase())).toEqual([b.leadId]);
    expect(await find('nobody')).toEqual([]);
  });

  it('treats % and _ and \\ as literal characters, not wildcards', async () => {
    const { bde, bdeA } = await setup();
    const pct = await lead([bdeA.id], { businessName: '100% Natural' });
    const under = await lead([bdeA.id], { businessName: 'Snake_Case Inc' });
    const slash = await lead([bdeA.id], { businessName: 'Back\\slash' });
    await lead([bdeA.id], { businessName: 'Ordinary' });
    const find = async (search: string) => (await listDepartmentLeads(db, bde.id, { search })).items.map((l) => l.id);
    expect(await find('%')).toEqual([pct.leadId]);
    expect(await find('_')).toEqual([under.leadId]);
    expect(await find('\\')).toEqual([slash.leadId]);
    expect(await find('e_C')).toEqual([under.leadId]);
  });

  it('takes a NUL or other control character in the search as a space, not as a database error', async () => {
    const { bde, bdeA } = await setup();
    const ana = await lead([bdeA.id], { businessName: 'Café Ana' });
    const find = async (search: string) => (await listDepartmentLeads(db, bde.id, { search: normalizeLeadSearch(search) })).items.map((l) => l.id);
    expect(await find('Café\u0000Ana')).toEqual([ana.leadId]);
    expect(await find('\u0000')).toContain(ana.leadId); // nothing left to search: every lead
    expect(normalizeLeadSearch('a\u0000\u0007b')).toBe('a b');
  });
});

describe('search and cursor parsing', () => {
  it('escapes LIKE metacharacters', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });

  it('trims, collapses spaces and caps the search text', () => {
    expect(normalizeLeadSearch('  ana   pérez ')).toBe('ana pérez');
    expect(normalizeLeadSearch('x'.repeat(500))).toHaveLength(LEAD_SEARCH_MAX);
    expect(normalizeLeadSearch(['a'])).toBe('');
    expect(parseLeadListParams({ q: ['first', 'second'] }).filters.search).toBe('first');
  });

  it('round-trips a cursor and rejects junk', () => {
    const c = { createdAt: '2026-05-01T10:00:00.123456Z', id: '0b7c4f7e-4a1e-4a9e-9b1e-5f2f0d1e2a3b' };
    expect(decodeLeadCursor(encodeLeadCursor(c))).toEqual(c);
    for (const junk of ['', '!!!', Buffer.from('x|y').toString('base64url'), Buffer.from(`${c.createdAt}|${c.id}|z`).toString('base64url')]) {
      expect(decodeLeadCursor(junk)).toBeNull();
    }
    expect(parseLeadListParams(new URLSearchParams('cursor=%27%3B--'))).toEqual({ filters: {}, invalidCursor: true });
  });
});

describe('getDepartmentLead and listLeadDeliveries', () => {
  it("shows a lead to a department it chose, and to no other; only that department's deliveries", async () => {
    const { bde, cce, bdeA, cceP } = await setup();
    const other = await makeDepartment();
    const bdeHook = await makeWebhookRow(bde.id, { url: 'https://bde.example/hook' });
    await makeWebhookRow(cce.id, { url: 'https://cce.example/hook' });
    const l = await lead([bdeA.id, cceP.id], { name: '<script>alert(1)</script>' });

    const seen = await getDepartmentLead(db, bde.id, l.leadId);
    expect(seen).toMatchObject({ id: l.leadId, name: '<script>alert(1)</script>', reference: l.reference, locale: 'es' });
    expect(seen!.programs.map((p) => p.id)).toEqual([bdeA.id]);
    expect(seen!.consentedDepartments.sort()).toEqual(['BDE', 'CCE']);

    expect(await getDepartmentLead(db, other.id, l.leadId)).toBeNull();
    expect(await getDepartmentLead(db, bde.id, 'not-a-uuid')).toBeNull();
    expect(await getDepartmentLead(db, bde.id, '00000000-0000-4000-8000-000000000000')).toBeNull();

    const ds = await listLeadDeliveries(db, bde.id, l.leadId);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ status: 'pending', attemptCount: 0, webhookUrl: bdeHook.url, eventType: 'lead.created' });
    expect(await listLeadDeliveries(db, other.id, l.leadId)).toEqual([]);
  });
});

describe('listDepartmentLeadsForExport', () => {
  it('reads every matching lead in batches, newest first, and says when it had to stop', async () => {
    const { bde, cce, bdeA, cceP } = await setup();
    for (let i = 0; i < 5; i++) await lead([bdeA.id], { name: `Lead ${i}` }, new Date(Date.UTC(2026, 4, 1, 10, i)));
    await lead([cceP.id], { name: 'Not ours' });
    const all = await listDepartmentLeadsForExport(db, bde.id, undefined, { batch: 2 });
    expect(all.truncated).toBe(false);
    expect(all.leads.map((l) => l.name)).toEqual(['Lead 4', 'Lead 3', 'Lead 2', 'Lead 1', 'Lead 0']);
    const cut = await listDepartmentLeadsForExport(db, bde.id, undefined, { batch: 2, max: 3 });
    expect(cut.truncated).toBe(true);
    expect(cut.leads.map((l) => l.name)).toEqual(['Lead 4', 'Lead 3', 'Lead 2']);
    const exact = await listDepartmentLeadsForExport(db, bde.id, undefined, { batch: 5, max: 5 });
    expect(exact).toMatchObject({ truncated: false });
    expect(exact.leads).toHaveLength(5);
    const searched = await listDepartmentLeadsForExport(db, bde.id, 'lead 2');
    expect(searched.leads.map((l) => l.name)).toEqual(['Lead 2']);
    expect((await listDepartmentLeadsForExport(db, cce.id, undefined)).leads.map((l) => l.name)).toEqual(['Not ours']);
  });
});
