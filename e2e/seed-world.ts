/**
 * A department with one of everything a staff page can show, written straight into the e2e
 * server's database: a program, a webhook, a lead of that program and its failed delivery with
 * one attempt (failed and not due, so the engine leaves it alone). Used by the authorization
 * walk and the language walk.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { encryptSecret } from '../lib/secrets/crypto';
import { generateWebhookSecret } from '../lib/secrets/webhook-secret';
import type { WorldDepartment } from '../test/personas';
import type { e2eSql } from './db';

/** The e2e server's encryption key, to seal webhook secrets as the app does. */
export function e2eEncryptionKey(): Buffer {
  const dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e';
  const { encryptionKey } = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { encryptionKey: string };
  return Buffer.from(encryptionKey, 'base64');
}

export interface SeedMarker {
  leadName: string;
  url: string;
}

/** `name`: the department's slug stem (slug `${name}-${key}-${suffix}`); `key` its letter. */
export async function seedDepartment(
  sql: ReturnType<typeof e2eSql>,
  opts: { name: string; key: string; suffix: string; marker: SeedMarker; encryptionKey: Buffer },
): Promise<WorldDepartment> {
  const { name, key, suffix, marker } = opts;
  const up = key.toUpperCase();
  const slug = `${name}-${key}-${suffix}`;
  const [dep] = await sql<{ id: string }[]>`
    insert into departments (slug, name, acronym, status) values (${slug}, ${`${name[0]!.toUpperCase()}${name.slice(1)} ${up} ${suffix}`}, ${`AZ${up}`}, 'approved') returning id`;
  const [prog] = await sql<{ id: string }[]>`
    insert into programs (department_id, slug, kind, title_es, title_en, summary_es, summary_en, description_es, description_en)
    values (${dep!.id}, ${`${name}-prog-${key}-${suffix}`}, 'education', ${`Programa ${key} ${suffix}`}, ${`Program ${key} ${suffix}`},
            'Resumen de prueba.', 'Test summary.', 'Descripción de prueba.', 'Test description.') returning id`;
  const [hook] = await sql<{ id: string }[]>`
    insert into webhooks (department_id, url, secret_ciphertext) values (${dep!.id}, ${marker.url}, ${encryptSecret(generateWebhookSecret(), opts.encryptionKey)}) returning id`;
  const [lead] = await sql<{ id: string }[]>`
    insert into leads (reference, name, email, phone, business_name, municipality, business_stage, sector, locale, consent_at, consented_departments)
    values (${`PR-AZ${up}${suffix}`.toUpperCase()}, ${marker.leadName}, ${`${marker.leadName.toLowerCase()}@example.com`}, '787-555-0100',
            ${`${marker.leadName} Colmado`}, 'Ponce', 'new', 'food', 'es', now(), ${sql.json([`AZ${up}`])}) returning id`;
  await sql`insert into lead_programs (lead_id, program_id) values (${lead!.id}, ${prog!.id})`;
  const [event] = await sql<{ id: string }[]>`
    insert into events (type, lead_id, payload) values ('lead.created', ${lead!.id}, ${sql.json({ type: 'lead.created', data: { lead: { name: marker.leadName } } })}) returning id`;
  const [delivery] = await sql<{ id: string }[]>`
    insert into deliveries (webhook_id, department_id, event_id, event_type, message_id, status, attempt_count, next_attempt_at, last_status_code, last_attempt_at)
    values (${hook!.id}, ${dep!.id}, ${event!.id}, 'lead.created', ${`msg_${randomBytes(16).toString('hex')}`}, 'failed', 1, null, 500, now()) returning id`;
  await sql`
    insert into delivery_attempts (delivery_id, attempt_number, request_url, request_headers, request_body, response_status, response_body, duration_ms)
    values (${delivery!.id}, 1, ${marker.url}, ${sql.json({ 'content-type': 'application/json' })}, ${JSON.stringify({ lead: { name: marker.leadName } })}, 500, 'error', 12)`;
  return { slug, id: dep!.id, programId: prog!.id, webhookId: hook!.id, webhookUrl: marker.url, leadId: lead!.id, leadName: marker.leadName, deliveryId: delivery!.id };
}
