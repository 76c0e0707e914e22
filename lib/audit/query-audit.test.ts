import { and, eq, gt } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { auditLog } from '../../db/schema';
import { makeDepartment } from '../../test/factories';
import { exportAuditLog } from './export-audit';
import { decodeAuditCursor, encodeAuditCursor, listAuditEntries, parseAuditFilters, type AuditFilters, type AuditScope } from './query-audit';

// Two departments and the platform, with entries at known times (AST = UTC−4).
let A: { id: string; name: string };
let B: { id: string; name: string };
const PLATFORM: AuditScope = { kind: 'platform' };
const scopeA = (): AuditScope => ({ kind: 'department', departmentId: A.id });
const tag = `q${Date.now().toString(36)}`;

beforeAll(async () => {
  A = await makeDepartment({ name: 'Departamento A' });
  B = await makeDepartment({ name: 'Departamento B' });
  const at = (iso: string) => new Date(iso);
  await db.insert(auditLog).values([
    // Same instant twice: the id breaks the tie, and pagination must not lose either.
    { at: at('2026-03-01T12:00:00Z'), action: 'webhook.created', actorEmail: `ana.${tag}@bde.test`, departmentId: A.id, targetType: 'webhook', targetId: 'w1' },
    { at: at('2026-03-01T12:00:00Z'), action: 'webhook.updated', actorEmail: `ana.${tag}@bde.test`, departmentId: A.id, targetType: 'webhook', targetId: 'w1' },
    { at: at('2026-03-02T03:59:59Z'), action: 'webhook.ping', actorEmail: `luis.${tag}@bde.test`, departmentId: A.id },
    { at: at('2026-03-02T04:00:00Z'), action: 'program.created', actorEmail: `luis.${tag}@bde.test`, departmentId: A.id },
    { at: at('2026-03-03T10:00:00Z'), action: 'leads.exported', actorEmail: `=cmd|' /C calc'!A0.${tag}@evil.test`, departmentId: A.id, details: { note: '@SUM(1+1)', count: 2 } },
    { at: at('2026-03-01T13:00:00Z'), action: 'webhook.created', actorEmail: `bruno.${tag}@cce.test`, departmentId: B.id, targetId: 'secret-of-b' },
    { at: at('2026-03-01T14:00:00Z'), action: 'auth.sign_in', actorEmail: `ana.${tag}@bde.test`, actorIp: '198.51.100.4' },
    { at: at('2026-03-01T15:00:00Z'), action: 'allowlist.added', actorEmail: `50%_off.${tag}@admin.test`, details: { cidr: '10.0.0.0/16' } },
  ]);
});

async function all(scope: AuditScope, f: AuditFilters, pageSize = 100) {
  const out: string[] = [];
  let cursor: AuditFilters['cursor'];
  for (let i = 0; i < 50; i++) {
    const page = await listAuditEntries(db, scope, { ...f, cursor }, pageSize);
    out.push(...page.entries.filter((e) => (e.actorEmail ?? '').includes(tag)).map((e) => `${e.action}@${e.at.slice(0, 19)}`));
    if (!page.nextCursor) break;
    cursor = decodeAuditCursor(page.nextCursor)!;
  }
  return out;
}

describe('listAuditEntries', () => {
  it('shows a department admin only their department, newest first, and pages through ties without losing or repeating', async () => {
    const expected = [
      'leads.exported@2026-03-03T10:00:00',
      'program.created@2026-03-02T04:00:00',
      'webhook.ping@2026-03-02T03:59:59',
      'webhook.updated@2026-03-01T12:00:00',
      'webhook.created@2026-03-01T12:00:00',
    ];
    expect(await all(scopeA(), {})).toEqual(expected);
    expect(await all(scopeA(), {}, 1)).toEqual(expected);
    expect(await all(scopeA(), {}, 2)).toEqual(expected);
  });

  it('cannot be widened by a department filter in the department scope', async () => {
    const { filters } = parseAuditFilters({ department: B.id }, scopeA());
    expect(filters.department).toBeUndefined();
    const page = await listAuditEntries(db, scopeA(), { ...filters, department: B.id });
    expect(page.entries.every((e) => e.departmentId === A.id)).toBe(true);
    expect(JSON.stringify(page)).not.toContain('secret-of-b');
  });

  it('shows a platform admin everything, with the department name', async () => {
    const rows = await listAuditEntries(db, PLATFORM, { actor: tag });
    expect(rows.entries).toHaveLength(8);
    expect(rows.entries.find((e) => e.targetId === 'secret-of-b')).toMatchObject({ departmentName: 'Departamento B', departmentId: B.id });
    expect(rows.entries.find((e) => e.action === 'auth.sign_in')).toMatchObject({ departmentId: null, actorIp: '198.51.100.4' });
  });

  it.each<[string, AuditFilters, string[]]>([
    ['an exact action', { action: 'webhook.created' }, ['webhook.created@2026-03-01T13:00:00', 'webhook.created@2026-03-01T12:00:00']],
    ['a category', { action: 'webhook.*', department: '' }, ['webhook.created@2026-03-01T13:00:00', 'webhook.ping@2026-03-02T03:59:59', 'webhook.updated@2026-03-01T12:00:00', 'webhook.created@2026-03-01T12:00:00']],
    ['part of an email, any case', { actor: `LUIS.${tag}` }, ['program.created@2026-03-02T04:00:00', 'webhook.ping@2026-03-02T03:59:59']],
    ['% and _ as themselves', { actor: `50%_off.${tag}` }, ['allowlist.added@2026-03-01T15:00:00']],
    ['no department (platform acts)', { department: 'none' }, ['allowlist.added@2026-03-01T15:00:00', 'auth.sign_in@2026-03-01T14:00:00']],
    // 2026-03-01 in AST is 04:00Z on the 1st to 04:00Z on the 2nd.
    ['one AST day', { from: '2026-03-01', to: '2026-03-01' }, ['allowlist.added@2026-03-01T15:00:00', 'auth.sign_in@2026-03-01T14:00:00', 'webhook.created@2026-03-01T13:00:00', 'webhook.updated@2026-03-01T12:00:00', 'webhook.created@2026-03-01T12:00:00', 'webhook.ping@2026-03-02T03:59:59']],
    ['from a day on', { from: '2026-03-02' }, ['leads.exported@2026-03-03T10:00:00', 'program.created@2026-03-02T04:00:00']],
  ])('filters by %s', async (_what, f, expected) => {
    const filters = { ...f, department: f.department || undefined };
    const got = await all(PLATFORM, filters);
    // Order is newest first; compare as sets where two entries share a timestamp.
    expect([...got].sort()).toEqual([...expected].sort());
    expect(got).toEqual([...got].sort((x, y) => y.split('@')[1]!.localeCompare(x.split('@')[1]!)));
  });

  it('filters by department id', async () => {
    expect(await all(PLATFORM, { department: B.id })).toEqual(['webhook.created@2026-03-01T13:00:00']);
  });
});

describe('parseAuditFilters', () => {
  it('keeps valid values and names the invalid ones, which are ignored', () => {
    const cursor = encodeAuditCursor({ at: '2026-03-01T12:00:00.123456Z', id: 42 });
    expect(parseAuditFilters({ action: 'webhook.*', actor: ' ana ', department: 'none', from: '2026-03-01', to: '2026-03-02', cursor }, PLATFORM)).toEqual({
      filters: { action: 'webhook.*', actor: 'ana', department: 'none', from: '2026-03-01', to: '2026-03-02', cursor: { at: '2026-03-01T12:00:00.123456Z', id: 42 } },
      invalid: [],
    });
    expect(
      parseAuditFilters(
        new URLSearchParams({ action: "webhook'; drop table", actor: 'a\u0000b', department: 'dep-a', from: '2026-02-30', to: 'yesterday', cursor: 'bm9wZQ' }),
        PLATFORM,
      ),
    ).toEqual({ filters: {}, invalid: ['action', 'actor', 'department', 'from', 'to', 'cursor'] });
    expect(parseAuditFilters({ from: '2026-03-05', to: '2026-03-01' }, PLATFORM).invalid).toEqual(['to']);
    expect(parseAuditFilters({ action: '', actor: '' }, PLATFORM)).toEqual({ filters: {}, invalid: [] });
  });

  it('round-trips the cursor and refuses forged ones', () => {
    const c = { at: '2026-03-01T12:00:00.000001Z', id: 9_007_199_254_740_991 };
    expect(decodeAuditCursor(encodeAuditCursor(c))).toEqual(c);
    for (const bad of ['', '!!', Buffer.from('2026-03-01T12:00:00Z|0').toString('base64url'), Buffer.from('x|1').toString('base64url'), Buffer.from('2026-03-01T12:00:00Z|1|2').toString('base64url')]) {
      expect(decodeAuditCursor(bad)).toBeNull();
    }
  });
});

describe('exportAuditLog', () => {
  it('writes a formula-safe CSV of the filtered entries and audits the export once, with its count', async () => {
    const before = Number((await rawSql()<{ id: string }[]>`select coalesce(max(id), 0)::text as id from audit_log`)[0]!.id);
    const actor = { userId: null, email: 'auditor@puente.test', ip: '203.0.113.5' };
    const ex = await exportAuditLog(db, scopeA(), { action: 'leads.exported', cursor: { at: '2000-01-01T00:00:00Z', id: 1 } }, actor, { now: new Date('2026-03-04T12:00:00Z') });
    expect(ex).toMatchObject({ count: 1, truncated: false, filename: 'audit-log-2026-03-04.csv' });
    const lines = ex.csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Hora (UTC),Acción,Qué,Correo electrónico de quien actuó,ID de usuario de quien actuó,IP de quien actuó,Departamento,Tipo de objeto,ID del objeto,Detalles (JSON)',
    );
    // The cursor is ignored (an export starts from the newest entry), and a cell that starts like a formula is made text.
    expect(lines[1]).toContain(`,'=cmd|' /C calc'!A0.${tag}@evil.test,`);
    expect(lines[1]).toContain('2026-03-03 10:00:00.000000,leads.exported,Solicitudes exportadas');
    expect(lines[1]).toContain('Departamento A');
    expect(lines[1]).toContain('"{""note"":""@SUM(1+1)"",""count"":2}"');
    expect(lines).toHaveLength(3);

    const entries = await db.select().from(auditLog).where(and(gt(auditLog.id, before), eq(auditLog.action, 'audit.exported')));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorEmail: 'auditor@puente.test', actorIp: '203.0.113.5', departmentId: A.id, targetType: 'audit_log' });
    expect(entries[0]!.details).toEqual({
      count: 1,
      truncated: false,
      scope: 'department',
      filters: { action: 'leads.exported', actor: null, department: null, from: null, to: null },
    });
  });

  it('is in English for someone who chose English', async () => {
    const ex = await exportAuditLog(db, scopeA(), { action: 'leads.exported' }, { email: 'x@puente.test' }, { locale: 'en' });
    const lines = ex.csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Time (UTC),Action,What,Actor email,Actor user id,Actor IP,Department,Target type,Target id,Details (JSON)');
    expect(lines[1]).toContain(',leads.exported,Leads exported,');
  });

  it("never includes another department's entries in a department export", async () => {
    const ex = await exportAuditLog(db, scopeA(), { department: B.id }, { email: 'x@puente.test' });
    expect(ex.csv).not.toContain('secret-of-b');
    expect(ex.csv).not.toContain('Departamento B');
  });
});
