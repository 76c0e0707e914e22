/**
 * The API reference page's content, read from the published OpenAPI document
 * (lib/api/v1/openapi.ts) — so the page can only say what the document says — plus the page's
 * own words in both languages. Operation summaries and schema descriptions come from the
 * document, in English; the page marks them so.
 */
import { openApiDocument } from '../api/v1/openapi';
import type { Locale } from '../i18n/locale';

type Json = Record<string, unknown>;

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export interface OperationView {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  scope: 'read' | 'write';
  params: (FieldRow & { in: string })[];
  body: FieldRow[];
  responses: { status: string; description: string }[];
}

export interface WebhookView {
  event: string;
  summary: string;
  headers: FieldRow[];
  body: FieldRow[];
}

const doc = () => openApiDocument() as unknown as { paths: Record<string, Record<string, Json>>; webhooks: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };

function resolve(schema: Json | undefined): Json {
  let s = schema ?? {};
  for (let i = 0; i < 10 && typeof s.$ref === 'string'; i++) {
    s = doc().components.schemas[(s.$ref as string).replace('#/components/schemas/', '')] ?? {};
  }
  return s;
}

function typeOf(raw: Json): string {
  const s = resolve(raw);
  if (Array.isArray(s.enum)) return (s.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).map(typeOf).join(' | ');
  const t = Array.isArray(s.type) ? (s.type as string[]).join(' | ') : (s.type as string | undefined);
  if (t === 'array') return `${typeOf((s.items as Json) ?? {})}[]`;
  if (t === 'string' && typeof s.format === 'string') return `string (${s.format})`;
  if (t === 'object' && s.additionalProperties && !s.properties) return 'object (name → value)';
  return t ?? 'object';
}

/** The object's fields, nested objects flattened as `config.url`. */
export function fieldRows(raw: Json | undefined, prefix = '', depth = 0): FieldRow[] {
  const s = resolve(raw);
  const variants = Array.isArray(s.anyOf) ? (s.anyOf as Json[]).map(resolve).filter((v) => v.type === 'object') : [];
  const obj = variants[0] ?? s;
  const props = (obj.properties ?? {}) as Record<string, Json>;
  const required = new Set((obj.required as string[] | undefined) ?? []);
  return Object.entries(props).flatMap(([name, p]) => {
    const r = resolve(p);
    const row: FieldRow = { name: `${prefix}${name}`, type: typeOf(p), required: required.has(name), description: String(r.description ?? p.description ?? '') };
    const nested = depth < 3 && (r.properties || (Array.isArray(r.anyOf) && (r.anyOf as Json[]).some((v) => resolve(v).properties)));
    return nested ? [row, ...fieldRows(r, `${prefix}${name}.`, depth + 1)] : [row];
  });
}

export function operations(): OperationView[] {
  return Object.entries(doc().paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, raw]) => {
      const op = raw as Json & { parameters?: Json[]; requestBody?: { content: Record<string, { schema: Json }> }; responses: Record<string, Json> };
      return {
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary ?? ''),
        description: String(op.description ?? ''),
        scope: method === 'get' ? 'read' : 'write',
        params: (op.parameters ?? []).map((p) => ({
          name: String(p.name),
          in: String(p.in),
          type: typeOf((p.schema as Json) ?? {}),
          required: p.required === true,
          description: String(p.description ?? resolve(p.schema as Json).description ?? ''),
        })),
        body: op.requestBody ? fieldRows(op.requestBody.content['application/json']?.schema) : [],
        responses: Object.entries(op.responses).map(([status, r]) => ({ status, description: String(r.description ?? '') })),
      } satisfies OperationView;
    }),
  );
}

export function webhooks(): WebhookView[] {
  return Object.entries(doc().webhooks).map(([event, ops]) => {
    const op = ops.post as Json & { parameters?: Json[]; requestBody: { content: Record<string, { schema: Json }> } };
    return {
      event,
      summary: String(op.summary ?? ''),
      headers: (op.parameters ?? []).map((p) => ({ name: String(p.name), type: typeOf((p.schema as Json) ?? {}), required: p.required === true, description: String(p.description ?? resolve(p.schema as Json).description ?? '') })),
      body: fieldRows(op.requestBody.content['application/json']?.schema),
    };
  });
}

export const API_DOC_PATHS: Record<Locale, { reference: string; changelog: string; guide: string }> = {
  es: { reference: '/docs/api', changelog: '/docs/changelog', guide: '/docs/webhooks' },
  en: { reference: '/en/docs/api', changelog: '/en/docs/changelog', guide: '/en/docs/webhooks' },
};

const es = {
  metaTitle: 'Referencia de la API de Puente',
  metaDescription: 'La API REST v1 para integradores de departamentos y los webhooks que Puente envía, generada del documento OpenAPI 3.1.',
  otherLanguage: { label: 'Read this in English', locale: 'en' as Locale },
  title: 'Referencia de la API',
  intro: [
    'La API REST v1 hace con un token lo mismo que el panel: crear y cambiar webhooks, ver y reenviar entregas, recuperar las fallidas, enviar pings y solicitudes de prueba, y leer las solicitudes del departamento. Cada cambio queda en el registro de auditoría y aparece en vivo en el registro de entregas.',
    'Esta página se genera del documento OpenAPI 3.1, que es el contrato: descárguelo para generar un cliente o importarlo en su herramienta.',
  ],
  documentLink: 'Documento OpenAPI 3.1 (JSON)',
  guideLink: 'Guía para recibir webhooks',
  changelogLink: 'Cambios por versión',
  tocLabel: 'En esta página',
  basics: {
    title: 'Lo básico',
    items: [
      ['Dirección base', '`/api/v1` en el mismo servidor del panel.'],
      ['Autenticación', '`Authorization: Bearer pnt_…` con un token de API del departamento. Un administrador del departamento los crea en el panel (Tokens de API); el token se muestra una sola vez. El alcance «lectura» solo permite GET; «escritura» permite todo.'],
      ['Errores', 'Toda respuesta de error es `application/problem+json` (RFC 9457); los campos rechazados vienen en `errors` con un puntero JSON (`/config/url`) y una explicación.'],
      ['Otro departamento', 'Un token solo ve su departamento: la dirección o los ids de otro responden 404, igual que algo que no existe.'],
      ['Límite', 'Cada token tiene un límite por minuto. Cada respuesta trae `X-RateLimit-Limit`, `X-RateLimit-Remaining` y `X-RateLimit-Reset`; al pasarse, 429 con `Retry-After`.'],
      ['Reintentos seguros', 'Envíe `Idempotency-Key` en un POST: durante 24 horas, repetir la misma petición con la misma clave devuelve la primera respuesta (`Idempotent-Replayed: true`) sin repetir el efecto.'],
      ['Páginas', 'Las listas usan `per_page` (1–100) y un `cursor` opaco; la siguiente página está en el encabezado `Link` con `rel="next"`.'],
    ] as [string, string][],
  },
  operationsTitle: 'Operaciones',
  webhooksTitle: 'Webhooks que Puente envía',
  webhooksIntro: 'Cada evento se envía por POST a la URL de destino del webhook, firmado. Cómo verificarlo, con código para seis lenguajes, está en la guía para recibir webhooks.',
  englishNote: 'Los resúmenes y descripciones de cada operación vienen del documento OpenAPI, en inglés.',
  scope: { read: 'Token de lectura o escritura', write: 'Token de escritura' },
  headings: { parameters: 'Parámetros', body: 'Cuerpo (JSON)', responses: 'Respuestas', headers: 'Encabezados', field: 'Campo', type: 'Tipo', required: 'Obligatorio', in: 'Dónde', description: 'Descripción', status: 'Estado' },
  yes: 'sí',
  no: 'no',
  envelopeVersion: (v: string) => `Versión del sobre más reciente: ${v}.`,
  changelog: {
    metaTitle: 'Cambios de la API y de los webhooks de Puente',
    title: 'Cambios por versión',
    intro: 'El sobre de cada webhook lleva una versión con fecha. Un webhook puede quedarse fijo en una versión (en el panel o con `config.envelope_version` en la API) y seguir recibiendo esa forma; los webhooks sin versión fija reciben siempre la más reciente. Un cambio que pueda romper un receptor crea una versión nueva; un campo opcional nuevo no.',
    latest: 'la más reciente',
    api: (v: string) => `API REST v1, documento ${v}.`,
  },
};

export type ApiDocWords = typeof es;

const en: ApiDocWords = {
  metaTitle: 'Puente API reference',
  metaDescription: 'REST API v1 for department integrators and the webhooks Puente sends, generated from the OpenAPI 3.1 document.',
  otherLanguage: { label: 'Leer en español', locale: 'es' },
  title: 'API reference',
  intro: [
    'REST API v1 does with a token what the dashboard does: create and change webhooks, see and redeliver deliveries, recover failed ones, send pings and test leads, and read the department’s leads. Every change is audited and shows live in the delivery log.',
    'This page is generated from the OpenAPI 3.1 document, which is the contract: download it to generate a client or import it into your tools.',
  ],
  documentLink: 'OpenAPI 3.1 document (JSON)',
  guideLink: 'Guide to receiving webhooks',
  changelogLink: 'Changes by version',
  tocLabel: 'On this page',
  basics: {
    title: 'Basics',
    items: [
      ['Base address', '`/api/v1` on the dashboard’s server.'],
      ['Authentication', '`Authorization: Bearer pnt_…` with a department API token. A department admin creates them in the dashboard (API tokens); a token is shown once. The "read" scope may only GET; "write" may do everything.'],
      ['Errors', 'Every error answer is `application/problem+json` (RFC 9457); refused fields come in `errors` with a JSON pointer (`/config/url`) and an explanation.'],
      ['Another department', 'A token sees only its department: another one’s address or ids answer 404, like something that does not exist.'],
      ['Limit', 'Each token has a per-minute limit. Every answer carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`; past it, 429 with `Retry-After`.'],
      ['Safe retries', 'Send `Idempotency-Key` on a POST: for 24 hours, the same request with the same key answers the first answer again (`Idempotent-Replayed: true`) without doing it twice.'],
      ['Pages', 'Lists take `per_page` (1–100) and an opaque `cursor`; the next page is in the `Link` header with `rel="next"`.'],
    ],
  },
  operationsTitle: 'Operations',
  webhooksTitle: 'Webhooks Puente sends',
  webhooksIntro: 'Each event is POSTed, signed, to the webhook’s payload URL. How to verify it, with code in six languages, is in the guide to receiving webhooks.',
  englishNote: '',
  scope: { read: 'Read or write token', write: 'Write token' },
  headings: { parameters: 'Parameters', body: 'Body (JSON)', responses: 'Responses', headers: 'Headers', field: 'Field', type: 'Type', required: 'Required', in: 'In', description: 'Description', status: 'Status' },
  yes: 'yes',
  no: 'no',
  envelopeVersion: (v: string) => `Newest envelope version: ${v}.`,
  changelog: {
    metaTitle: 'Changes to Puente’s API and webhooks',
    title: 'Changes by version',
    intro: 'Every webhook envelope carries a dated version. A webhook can stay pinned to a version (in the dashboard, or with `config.envelope_version` in the API) and keep receiving that shape; unpinned webhooks always get the newest. A change that could break a receiver makes a new version; a new optional field does not.',
    latest: 'newest',
    api: (v: string) => `REST API v1, document ${v}.`,
  },
};

export function apiDocWords(locale: Locale): ApiDocWords {
  return locale === 'en' ? en : es;
}

