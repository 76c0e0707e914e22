/**
 * Demo data for a newcomer: four approved departments with bilingual programs, one pending
 * application, an admin and one staff login per department. Runs only on an empty database.
 * The passwords are for the demo only and are printed by `npm run dev` and listed in README;
 * lib/runtime/seed-policy.ts decides when it runs and when its accounts must change them.
 */
import bcrypt from 'bcryptjs';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { encryptSecret } from '../secrets/crypto';
import { generateWebhookSecret } from '../secrets/webhook-secret';
import { departments, memberships, programs, users, webhooks } from '../../db/schema';

type Kind = 'financing' | 'education' | 'technical_assistance' | 'incentive' | 'certification';

interface SeedProgram {
  slug: string;
  kind: Kind;
  titleEs: string;
  titleEn: string;
  summaryEs: string;
  summaryEn: string;
}

interface SeedDepartment {
  slug: string;
  /** The demo webhook's path on the sample consumer and how it is configured. */
  demoWebhook?: { path: string; contentType?: 'json' | 'form'; verification?: 'signature' | 'token'; description: string };
  name: string;
  acronym: string;
  status: 'approved' | 'pending';
  login?: string;
  programs: SeedProgram[];
}

export const DEMO_PASSWORD = 'puente-demo-2026';
export const DEMO_ADMIN_EMAIL = 'admin@puente.test';

export const DEMO_DEPARTMENTS: SeedDepartment[] = [
  {
    slug: 'bde',
    name: 'Banco de Desarrollo Económico para Puerto Rico',
    acronym: 'BDE',
    status: 'approved',
    login: 'staff@bde.test',
    demoWebhook: { path: '/departments/bde', description: 'CRM Dynamics (demo)' },
    programs: [
      {
        slug: 'bde-impulso-pyme',
        kind: 'financing',
        titleEs: 'Préstamo Impulso PyME',
        titleEn: 'SME Boost Loan',
        summaryEs: 'Préstamos de $5,000 a $100,000 para capital de trabajo, equipo o expansión de pequeños y medianos comercios.',
        summaryEn: 'Loans from $5,000 to $100,000 for working capital, equipment or expansion of small and mid-sized businesses.',
      },
      {
        slug: 'bde-microprestamos',
        kind: 'financing',
        titleEs: 'Micropréstamos para emprendedores',
        titleEn: 'Microloans for entrepreneurs',
        summaryEs: 'Financiamiento de hasta $25,000 para negocios nuevos con menos de dos años de operación.',
        summaryEn: 'Financing of up to $25,000 for new businesses with under two years of operation.',
      },
      {
        slug: 'bde-garantias',
        kind: 'financing',
        titleEs: 'Programa de garantías de préstamos',
        titleEn: 'Loan guarantee program',
        summaryEs: 'El BDE garantiza parte de su préstamo con la banca privada para que obtenga mejores términos.',
        summaryEn: 'BDE guarantees part of your private-bank loan so you can obtain better terms.',
      },
    ],
  },
  {
    slug: 'cce',
    name: 'Compañía de Comercio y Exportación',
    acronym: 'CCE',
    status: 'approved',
    login: 'staff@cce.test',
    demoWebhook: { path: '/departments/cce', contentType: 'form', description: 'SharePoint (demo, form content type)' },
    programs: [
      {
        slug: 'cce-exporta',
        kind: 'education',
        titleEs: 'Taller: Exporta tus productos',
        titleEn: 'Workshop: Export your products',
        summaryEs: 'Ocho sesiones sobre logística, aduanas y mercados para comenzar a exportar desde Puerto Rico.',
        summaryEn: 'Eight sessions on logistics, customs and markets to start exporting from Puerto Rico.',
      },
      {
        slug: 'cce-comercio-local',
        kind: 'incentive',
        titleEs: 'Incentivo al comercio local',
        titleEn: 'Local commerce incentive',
        summaryEs: 'Reembolso parcial de gastos de mercadeo para comercios en cascos urbanos.',
        summaryEn: 'Partial reimbursement of marketing costs for businesses in town centers.',
      },
      {
        slug: 'cce-asesoria',
        kind: 'technical_assistance',
        titleEs: 'Asesoría empresarial gratuita',
        titleEn: 'Free business advisory',
        summaryEs: 'Un asesor le acompaña con su plan de negocios, permisos y formalización.',
        summaryEn: 'An advisor guides you through your business plan, permits and registration.',
      },
    ],
  },
  {
    slug: 'turismo',
    name: 'Compañía de Turismo de Puerto Rico',
    acronym: 'Turismo',
    status: 'approved',
    login: 'staff@turismo.test',
    demoWebhook: { path: '/departments/turismo', verification: 'token', description: 'Power Automate (demo, shared token)' },
    programs: [
      {
        slug: 'turismo-posadas',
        kind: 'certification',
        titleEs: 'Certificación de Posadas y hospederías',
        titleEn: 'Inns and guesthouses certification',
        summaryEs: 'Certifique su hospedería para aparecer en la promoción oficial de destinos.',
        summaryEn: 'Certify your guesthouse to appear in the official destination promotion.',
      },
      {
        slug: 'turismo-agroturismo',
        kind: 'incentive',
        titleEs: 'Incentivos de agroturismo',
        titleEn: 'Agritourism incentives',
        summaryEs: 'Apoyo económico para fincas que reciben visitantes y ofrecen experiencias.',
        summaryEn: 'Financial support for farms that welcome visitors and offer experiences.',
      },
    ],
  },
  {
    slug: 'cine',
    name: 'Corporación de Cine de Puerto Rico (Film Commission)',
    acronym: 'Film Commission',
    status: 'approved',
    login: 'staff@cine.test',
    demoWebhook: { path: '/failing', description: 'Home-grown system that is down (demo: shows retries)' },
    programs: [
      {
        slug: 'cine-incentivo-produccion',
        kind: 'incentive',
        titleEs: 'Incentivo a producciones cinematográficas',
        titleEn: 'Film production incentive',
        summaryEs: 'Crédito contributivo para producciones que filmen y contraten talento en Puerto Rico.',
        summaryEn: 'Tax credit for productions that shoot and hire talent in Puerto Rico.',
      },
      {
        slug: 'cine-talleres',
        kind: 'education',
        titleEs: 'Talleres para técnicos de cine',
        titleEn: 'Film crew training workshops',
        summaryEs: 'Formación práctica en cámara, sonido y postproducción para nuevos técnicos.',
        summaryEn: 'Hands-on training in camera, sound and post-production for new crew members.',
      },
      {
        slug: 'cine-servicios',
        kind: 'technical_assistance',
        titleEs: 'Directorio de servicios de producción',
        titleEn: 'Production services directory',
        summaryEs: 'Inscriba su negocio como suplidor de producciones locales e internacionales.',
        summaryEn: 'List your business as a supplier for local and international productions.',
      },
    ],
  },
  {
    slug: 'agricultura',
    name: 'Departamento de Agricultura',
    acronym: 'Agricultura',
    status: 'pending',
    programs: [
      {
        slug: 'agricultura-semillas',
        kind: 'incentive',
        titleEs: 'Bono de semillas y abonos',
        titleEn: 'Seeds and fertilizer bonus',
        summaryEs: 'Subsidio para agricultores bona fide.',
        summaryEn: 'Subsidy for bona fide farmers.',
      },
    ],
  },
];

export interface SeedResult {
  seeded: boolean;
  logins: { email: string; password: string; role: string }[];
  /** The demo accounts were created with must_change_password. */
  mustChangePassword: boolean;
}

function description(p: SeedProgram, lang: 'es' | 'en'): string {
  const summary = lang === 'es' ? p.summaryEs : p.summaryEn;
  return lang === 'es'
    ? `${summary}\n\nAl enviar el formulario, el departamento recibe sus datos y se comunica con usted para explicarle los requisitos y próximos pasos.`
    : `${summary}\n\nWhen you submit the form, the department receives your details and contacts you to explain the requirements and next steps.`;
}

/**
 * Seeds the demo data if the database has no departments yet. With `demoConsumerUrl`, each
 * approved department also gets a webhook pointing at the sample receiver
 * (examples/receiver-node), signed with `demoWebhookSecret`. With
 * `mustChangePassword` (a seed outside development), every demo account must choose a new
 * password at its first sign-in, as after an admin reset: the published one opens nothing else.
 */
export async function seedDemoData(db: Db, opts: { demoConsumerUrl?: string; demoWebhookSecret?: string; mustChangePassword?: boolean } = {}): Promise<SeedResult> {
  const mustChangePassword = opts.mustChangePassword ?? false;
  const logins: SeedResult['logins'] = [
    { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD, role: 'platform admin' },
    ...DEMO_DEPARTMENTS.filter((d) => d.login).map((d) => ({ email: d.login!, password: DEMO_PASSWORD, role: `${d.acronym} department admin` })),
  ];
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(departments);
  if (count > 0) return { seeded: false, logins, mustChangePassword };

  // Cost 10 keeps first start quick; real accounts are hashed with the app's own cost.
  const hash = await bcrypt.hash(DEMO_PASSWORD, 10);
  await db.transaction(async (tx) => {
    await tx.insert(users).values({ email: DEMO_ADMIN_EMAIL, name: 'Administración Puente', passwordHash: hash, role: 'admin', mustChangePassword });
    for (const d of DEMO_DEPARTMENTS) {
      const [dep] = await tx
        .insert(departments)
        .values({
          slug: d.slug,
          name: d.name,
          acronym: d.acronym,
          status: d.status,
          contactEmail: d.login ?? `contacto@${d.slug}.test`,
          contactName: `Contacto ${d.acronym}`,
          applicationReason: d.status === 'pending' ? 'Queremos recibir solicitudes de agricultores interesados en nuestros programas.' : null,
          decidedAt: d.status === 'approved' ? new Date() : null,
        })
        .returning({ id: departments.id });
      if (!dep) throw new Error('department insert returned nothing');
      await tx.insert(programs).values(
        d.programs.map((p) => ({
          departmentId: dep.id,
          slug: p.slug,
          kind: p.kind,
          titleEs: p.titleEs,
          titleEn: p.titleEn,
          summaryEs: p.summaryEs,
          summaryEn: p.summaryEn,
          descriptionEs: description(p, 'es'),
          descriptionEn: description(p, 'en'),
        })),
      );
      if (d.login) {
        const [u] = await tx
          .insert(users)
          .values({ email: d.login, name: `Personal ${d.acronym}`, passwordHash: hash, mustChangePassword })
          .returning({ id: users.id });
        if (!u) throw new Error('user insert returned nothing');
        await tx.insert(memberships).values({ userId: u.id, departmentId: dep.id, role: 'admin' });
      }
      if (opts.demoConsumerUrl && d.demoWebhook) {
        await tx.insert(webhooks).values({
          departmentId: dep.id,
          // The "down" system points at a closed loopback port: every attempt fails to connect, so retries show.
          url: d.demoWebhook.path === '/failing' ? 'http://127.0.0.1:1/failing' : `${opts.demoConsumerUrl}${d.demoWebhook.path}`,
          description: d.demoWebhook.description,
          contentType: d.demoWebhook.contentType ?? 'json',
          verification: d.demoWebhook.verification ?? 'signature',
          // One secret for the demo's receiver to check (it lives in .data/secrets.json).
          secretCiphertext: encryptSecret(opts.demoWebhookSecret ?? generateWebhookSecret()),
        });
      }
    }
  });
  return { seeded: true, logins, mustChangePassword };
}
