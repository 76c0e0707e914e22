/**
 * The guide's examples, made by the engine's own code: bodies by buildBody (what attemptDelivery
 * sends), headers by buildSignatureHeaders (what it signs with). The data is invented; the
 * secret is the Standard Webhooks test vector's, so anyone can check the signatures shown.
 */
import { buildBody } from '../../delivery/attempt-delivery';
import { ENVELOPE_VERSION, type LeadCreatedEventPayload, type PingEnvelope } from '../../delivery/envelope';
import { buildSignatureHeaders, signStandard } from '../../delivery/sign';
import { PUENTE_VERSION } from '../../version';

/**
 * The published test vector: libraries/testdata/signatures.json in
 * github.com/standard-webhooks/standard-webhooks (commit e636d18). Its secret is given without
 * the `whsec_` prefix there.
 */
export const STANDARD_WEBHOOKS_VECTOR = {
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1696200454,
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  payload: '{"type": "example.created", "timestamp":"2023-09-28T19:20:22+00:00", "data":{"str":"string","bool":true,"int":42}}',
  signature: 'v1,GgjvufBlIj71MBIVQotYGb+xEC3LNXCsIZp0HsDC8qs=',
  source: 'https://github.com/standard-webhooks/standard-webhooks/blob/main/libraries/testdata/signatures.json',
} as const;

/** The example secret shown everywhere in the guide (the test vector's: public, never use it). */
export const EXAMPLE_SECRET = STANDARD_WEBHOOKS_VECTOR.secret;

const DEPARTMENT = { id: '6f1d2c9e-3b7a-4d52-9a8e-0c4b1f2e7d10', slug: 'bde', name: 'Banco de Desarrollo Económico para Puerto Rico' };
const WEBHOOK_ID = 'b3e4a1c2-9d8f-4e7a-8b6c-5d4e3f2a1b0c';
const DELIVERY_ID = '0c7f9e52-6a1b-4c3d-8e2f-9a0b1c2d3e4f';
const MESSAGE_ID = 'msg_2f0c8a4e9b7d4c1aa5e3f6b8d0c2e4a6';
const CREATED_AT = '2026-11-28T18:00:00.000Z';
const TIMESTAMP = Math.floor(Date.parse(CREATED_AT) / 1000);

/** A lead.created event as the outbox stores it (invented person and business). */
export const EXAMPLE_LEAD_EVENT: LeadCreatedEventPayload = {
  type: 'lead.created',
  timestamp: CREATED_AT,
  data: {
    lead: {
      id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
      reference: 'PR-7K3MQ-9XDTA',
      name: 'Ana Pérez',
      email: 'ana@example.com',
      phone: '(787) 555-0101',
      businessName: 'Café La Plaza',
      municipality: 'Mayagüez',
      businessStage: 'new',
      sector: 'food',
      message: 'Quisiera saber si mi cafetería cualifica para un préstamo.',
      locale: 'es',
      consentAt: CREATED_AT,
      createdAt: CREATED_AT,
    },
    programs: [
      {
        id: '4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a',
        slug: 'bde-impulso-pyme',
        kind: 'financing',
        title: { es: 'Impulso PyME', en: 'SME Boost' },
        department: DEPARTMENT,
      },
    ],
  },
};

export const EXAMPLE_PING: PingEnvelope = {
  type: 'ping',
  version: ENVELOPE_VERSION,
  timestamp: CREATED_AT,
  data: {
    zen: 'Verifique la firma antes de confiar. / Verify the signature before you trust.',
    webhook: { id: WEBHOOK_ID, url: 'https://crm.example.gov.pr/hooks/puente' },
    department: DEPARTMENT,
  },
};

export interface GuideSamples {
  secret: string;
  /** The exact body of the example lead.created (one line, as sent). */
  leadCreatedBody: string;
  /** The same, indented for reading. */
  leadCreatedPretty: string;
  /** The example lead.created as a whole HTTP request (headers signed by the engine's code). */
  leadCreatedRequest: string;
  /** Every header of that request, by name. */
  leadCreatedHeaders: Record<string, string>;
  /** The start of the form-encoded body of the same delivery. */
  leadCreatedFormStart: string;
  pingPretty: string;
  /** The shared-token style's request: its extra header and the envelope's `token`. */
  tokenRequest: string;
  /** A rotation's webhook-signature: the new secret's signature, then the previous one's. */
  rotationSignature: string;
  vector: typeof STANDARD_WEBHOOKS_VECTOR & { signedContent: string; computed: string };
}

const pretty = (json: string) => JSON.stringify(JSON.parse(json), null, 2);

function request(headers: Record<string, string>, body: string): string {
  const lines = [
    'POST /hooks/puente HTTP/1.1',
    'Host: crm.example.gov.pr',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${Buffer.byteLength(body)}`,
  ];
  return `${lines.join('\n')}\n\n${body}`;
}

export function guideSamples(): GuideSamples {
  const json = buildBody('lead.created', EXAMPLE_LEAD_EVENT, DEPARTMENT.id, 'json', null);
  const signed = (body: string, secrets: string[], token: string | null = null) =>
    buildSignatureHeaders({
      messageId: MESSAGE_ID,
      timestamp: TIMESTAMP,
      body,
      secrets,
      eventType: 'lead.created',
      webhookId: WEBHOOK_ID,
      deliveryId: DELIVERY_ID,
      userAgentVersion: PUENTE_VERSION,
      token,
    });
  const headers: Record<string, string> = { 'Content-Type': json.contentTypeHeader, ...signed(json.body, [EXAMPLE_SECRET]) };
  const form = buildBody('lead.created', EXAMPLE_LEAD_EVENT, DEPARTMENT.id, 'form', null);
  const withToken = buildBody('lead.created', EXAMPLE_LEAD_EVENT, DEPARTMENT.id, 'json', EXAMPLE_SECRET);
  const tokenHeaders: Record<string, string> = { 'Content-Type': withToken.contentTypeHeader, ...signed(withToken.body, [EXAMPLE_SECRET], EXAMPLE_SECRET) };
  const tokenJson = JSON.parse(withToken.body) as Record<string, unknown>;
  // Only the parts the token style adds; the rest is the usual envelope.
  const tokenShown = `{\n  "type": "lead.created",\n  …\n  "token": ${JSON.stringify(tokenJson.token)}\n}`;
  const previous = 'whsec_' + Buffer.alloc(32, 7).toString('base64');
  const v = STANDARD_WEBHOOKS_VECTOR;
  return {
    secret: EXAMPLE_SECRET,
    leadCreatedBody: json.body,
    leadCreatedPretty: pretty(json.body),
    leadCreatedRequest: request(headers, json.body),
    leadCreatedHeaders: headers,
    leadCreatedFormStart: `${form.body.slice(0, 90)}…`,
    pingPretty: pretty(buildBody('ping', EXAMPLE_PING, DEPARTMENT.id, 'json', null).body),
    tokenRequest: [
      'POST /hooks/puente HTTP/1.1',
      `Content-Type: ${tokenHeaders['Content-Type']}`,
      `X-Puente-Event: ${tokenHeaders['X-Puente-Event']}`,
      `X-Puente-Token: ${tokenHeaders['X-Puente-Token']}`,
      '…',
      '',
      tokenShown,
    ].join('\n'),
    rotationSignature: signStandard({ id: MESSAGE_ID, timestamp: TIMESTAMP, body: json.body, secrets: [EXAMPLE_SECRET, previous] }),
    vector: {
      ...v,
      signedContent: `${v.id}.${v.timestamp}.${v.payload}`,
      computed: signStandard({ id: v.id, timestamp: v.timestamp, body: v.payload, secrets: [v.secret] }),
    },
  };
}
