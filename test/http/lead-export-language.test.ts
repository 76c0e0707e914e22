/**
 * The leads CSV speaks the language of the person who downloads it: its header row, and the
 * answers that are choices from a list (business stage, sector, form language), are Spanish
 * unless they chose English. What the applicant typed is never translated.
 */
import { parse } from 'csv-parse/sync';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '../../app/(dashboard)/dashboard/[dept]/leads/export/route';
import type { Viewer } from '../../lib/auth/viewer';
import { markServedByPuenteServer } from '../../lib/client-ip';
import { buildWorld, type World } from '../personas';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('../../lib/auth/session', () => ({ getViewer: async () => session.viewer }));

let world: World;

beforeAll(async () => {
  markServedByPuenteServer();
  world = await buildWorld();
});

async function exportAs(locale: 'es' | 'en'): Promise<Record<string, string>[]> {
  session.viewer = { ...world.viewers.staffA!, locale };
  const res = await GET(new NextRequest(new URL(`/dashboard/${world.a.slug}/leads/export`, 'http://localhost')), { params: Promise.resolve({ dept: world.a.slug }) });
  expect(res.status).toBe(200);
  return parse((await res.text()).replace(/^\uFEFF/, ''), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

describe('the leads CSV export', () => {
  it('is in Spanish by default', async () => {
    const [row, ...rest] = await exportAs('es');
    expect(rest).toEqual([]);
    expect(Object.keys(row!)).toEqual([
      'Referencia',
      'Recibida (UTC)',
      'Nombre',
      'Correo electrónico',
      'Teléfono',
      'Nombre del negocio',
      'Municipio',
      'Etapa del negocio',
      'Sector',
      'Mensaje',
      'Idioma del formulario',
      'Autorización (UTC)',
      'Programas (este departamento)',
      'Datos personales eliminados (UTC)',
    ]);
    expect(row).toMatchObject({
      Nombre: world.a.leadName,
      'Etapa del negocio': 'Nuevo (menos de 2 años)',
      Sector: 'Alimentos y restaurantes',
      'Idioma del formulario': 'Español',
      Mensaje: 'Quiero información.',
    });
  });

  it('is in English for someone who chose English', async () => {
    const [row] = await exportAs('en');
    expect(Object.keys(row!).slice(0, 4)).toEqual(['Reference', 'Received (UTC)', 'Name', 'Email']);
    expect(row).toMatchObject({
      Name: world.a.leadName,
      'Business stage': 'New (under 2 years)',
      Sector: 'Food and restaurants',
      'Form language': 'Spanish',
      Message: 'Quiero información.',
    });
  });
});
