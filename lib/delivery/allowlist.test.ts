import { and, eq, gt } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { auditLog, ssrfAllowlist, webhooks } from '../../db/schema';
import { makeDepartment } from '../../test/factories';
import { resetEnvCache } from '../env';
import { allowlistErrorText, allowlistFieldErrors } from '../i18n/admin-errors';
import { staffMessages } from '../i18n/staff';
import { createWebhook } from '../webhooks/create-webhook';
import { addAllowlistEntry, checkAllowlistCidr, listAllowlist, removeAllowlistEntry } from './allowlist';
import { classifyAddress } from './ssrf';
import { currentSsrfOptions, invalidateSsrfOptions } from './ssrf-policy';

const actor = { userId: null, email: 'admin@example.com', ip: '203.0.113.9' };
const en = staffMessages('en');
const es = staffMessages('es');
let auditStart = 0;

beforeAll(() => {
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '0';
  process.env.PUENTE_ENGINE = 'off';
  process.env.PUENTE_SSRF_ALLOW_CIDRS = '';
  resetEnvCache();
  invalidateSsrfOptions();
});
beforeEach(async () => {
  await rawSql()`delete from ssrf_allowlist`;
  const [last] = await rawSql()<{ id: string | null }[]>`select max(id)::text as id from audit_log`;
  auditStart = Number(last?.id ?? 0);
  invalidateSsrfOptions();
});

async function newAudit() {
  return db.select().from(auditLog).where(gt(auditLog.id, auditStart)).orderBy(auditLog.id);
}

describe('checkAllowlistCidr', () => {
  it.each([
    ['10.20.0.0/16', '10.20.0.0/16'],
    [' 192.168.50.0/24 ', '192.168.50.0/24'],
    ['10.20.0.5', '10.20.0.5/32'],
    ['FD12:3456::/48', 'fd12:3456::/48'],
    ['fd12:3456:0:0:0:0:0:7', 'fd12:3456::7/128'],
    ['100.64.0.0/16', '100.64.0.0/16'],
    // Next to loopback but not it; public space is pointless on the list, but harmless.
    ['126.0.0.0/8', '126.0.0.0/8'],
  ])('accepts %j as %s', (input, canonical) => {
    expect(checkAllowlistCidr(input)).toMatchObject({ ok: true, cidr: canonical });
  });

  it.each([
    ['0.0.0.0/0', /every address/],
    ['::/0', /every address/],
    ['169.254.169.254', /metadata address 169\.254\.169\.254/],
    ['169.254.169.254/32', /metadata/],
    ['169.254.0.0/16', /metadata/],
    ['100.64.0.0/10', /metadata address 100\.100\.100\.200/],
    ['fd00:ec2::254/128', /metadata/],
    ['127.0.0.1', /loopback/],
    ['::1/128', /loopback/],
    ['0.0.0.0/8', /this host/],
    ['10.1.2.7/24', /Did you mean 10\.1\.2\.0\/24\?/],
    ['10.0.0.0/7', /too broad/],
    ['fd00::/8', /too broad/],
    ['nonsense', /CIDR form/],
    ['10', /CIDR form/],
    ['0x0a.0.0.0/8', /CIDR form/],
    ['10.0.0.0/33', /CIDR form/],
    ['10.0.0.0/8/8', /CIDR form/],
    ['fe80::1%eth0', /CIDR form/],
    ['::ffff:10.0.0.0/104', /IPv4 form/],
  ])('refuses %j', (input, message) => {
    const r = checkAllowlistCidr(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(allowlistErrorText(en, r.error)).toMatch(message);
  });

  it('says why in Spanish too', () => {
    const text = (input: string) => {
      const r = checkAllowlistCidr(input);
      return r.ok ? '' : allowlistErrorText(es, r.error);
    };
    expect(text('0.0.0.0/0')).toBe('Eso permitiría todas las direcciones. Escriba el rango de una sola red.');
    expect(text('10.1.2.7/24')).toBe('10.1.2.7/24 tiene bits de host. ¿Quiso decir 10.1.2.0/24?');
    expect(text('10.0.0.0/7')).toBe('Un /7 es demasiado amplio. Escriba un rango de /8 o más estrecho.');
    expect(text('169.254.169.254')).toBe('Este rango incluye la dirección de metadatos de la nube 169.254.169.254, que los webhooks nunca pueden alcanzar.');
    expect(text('nonsense')).toMatch(/notación CIDR/);
  });
});

describe('the allowlist', () => {
  it('adds an entry with its reason, audited once, and the SSRF guard honours it at once; removing it takes it away again', async () => {
    const dep = await makeDepartment();
    const url = 'http://10.20.1.5/crm/hook';
    // Refused before: a private address.
    expect(classifyAddress('10.20.1.5', await currentSsrfOptions()).allowed).toBe(false);
    const refused = await createWebhook(db, dep.id, { url }, actor);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { url: expect.stringMatching(/private network/) } });

    const added = await addAllowlistEntry(db, { cidr: '10.20.0.0/16', reason: 'Tourism CRM on premises' }, actor);
    expect(added).toMatchObject({ ok: true, entry: { cidr: '10.20.0.0/16', reason: 'Tourism CRM on premises' } });
    expect(await listAllowlist(db)).toMatchObject([{ cidr: '10.20.0.0/16', reason: 'Tourism CRM on premises' }]);
    const audit = await newAudit();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'allowlist.added', actorEmail: 'admin@example.com', actorIp: '203.0.113.9', departmentId: null, targetType: 'ssrf_allowlist' });
    expect(audit[0]!.details).toEqual({ cidr: '10.20.0.0/16', reason: 'Tourism CRM on premises' });

    expect(classifyAddress('10.20.1.5', await currentSsrfOptions()).allowed).toBe(true);
    expect(classifyAddress('10.21.0.1', await currentSsrfOptions()).allowed).toBe(false);
    const ok = await createWebhook(db, dep.id, { url }, actor);
    expect(ok.ok).toBe(true);

    if (!added.ok) return;
    expect(await removeAllowlistEntry(db, added.entry.id, actor)).toEqual({ ok: true, cidr: '10.20.0.0/16' });
    expect(await db.select().from(ssrfAllowlist)).toHaveLength(0);
    const after = await newAudit();
    expect(after.filter((e) => e.action === 'allowlist.removed')).toHaveLength(1);
    expect(after.at(-1)!.details).toEqual({ cidr: '10.20.0.0/16', reason: 'Tourism CRM on premises' });
    expect(classifyAddress('10.20.1.5', await currentSsrfOptions()).allowed).toBe(false);
    await db.delete(webhooks).where(eq(webhooks.departmentId, dep.id));
    expect((await createWebhook(db, dep.id, { url }, actor)).ok).toBe(false);
  });

  it('refuses a missing reason, a bad range and a duplicate with a message on the field, writing nothing', async () => {
    const refused = async (raw: unknown) => {
      const r = await addAllowlistEntry(db, raw, actor);
      return r.ok ? r : { ...r, fieldErrors: allowlistFieldErrors(en, r.fieldErrors) };
    };
    expect(await refused({ cidr: '10.30.0.0/16', reason: '  ' })).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { reason: expect.stringMatching(/why/) },
    });
    expect(await refused({ cidr: '', reason: '' })).toMatchObject({
      ok: false,
      fieldErrors: { cidr: expect.stringMatching(/Enter an address range/), reason: expect.any(String) },
    });
    expect(await refused({ cidr: '0.0.0.0/0', reason: 'everything please' })).toMatchObject({
      ok: false,
      fieldErrors: { cidr: expect.stringMatching(/every address/) },
    });
    expect(await refused(null)).toMatchObject({ ok: false, error: 'invalid' });
    expect(await refused({ cidr: 42, reason: ['x'] })).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { cidr: en.admin.allowlist.errors.cidrRequired } });
    expect(await newAudit()).toHaveLength(0);

    expect((await addAllowlistEntry(db, { cidr: '10.30.0.0/16', reason: 'First entry' }, actor)).ok).toBe(true);
    expect(await addAllowlistEntry(db, { cidr: '10.30.0.0/16 ', reason: 'Same range again' }, actor)).toMatchObject({
      ok: false,
      fieldErrors: { cidr: { code: 'duplicate', cidr: '10.30.0.0/16' } },
    });
    expect(await refused({ cidr: '10.30.0.0/16', reason: 'Again' })).toMatchObject({ fieldErrors: { cidr: '10.30.0.0/16 is already on the allowlist.' } });
    expect(await db.select().from(ssrfAllowlist)).toHaveLength(1);
    expect((await newAudit()).map((e) => e.action)).toEqual(['allowlist.added']);
  });

  it('answers not found for an unknown or malformed id, and audits nothing', async () => {
    expect(await removeAllowlistEntry(db, '00000000-0000-4000-8000-000000000000', actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await removeAllowlistEntry(db, "1' or '1'='1", actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await removeAllowlistEntry(db, undefined, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await db.select().from(auditLog).where(and(gt(auditLog.id, auditStart), eq(auditLog.action, 'allowlist.removed')))).toHaveLength(0);
  });
});
