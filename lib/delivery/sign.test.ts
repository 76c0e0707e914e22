import { verify as verifyGithub } from '@octokit/webhooks-methods';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { generateWebhookSecret } from '../secrets/webhook-secret';
import { buildSignatureHeaders, signGithub, signStandard } from './sign';

const nowSeconds = () => Math.floor(Date.now() / 1000);
const body = JSON.stringify({ type: 'lead.created', timestamp: '2025-01-01T00:00:00Z', data: { name: 'Ana Peña' } });

function baseInput(secrets: string[]) {
  return {
    messageId: 'msg_2mVb8wN1qX3',
    timestamp: nowSeconds(),
    body,
    secrets,
    eventType: 'lead.created',
    webhookId: '4b7f0c9e-2d1a-4c55-9a3e-1f2d3c4b5a69',
    deliveryId: '0f1e2d3c-4b5a-4697-8877-665544332211',
    userAgentVersion: '0.1.0',
  };
}

describe('signStandard', () => {
  it('matches the official Standard Webhooks test vector', () => {
    expect(
      signStandard({
        id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
        timestamp: 1614265330,
        body: '{"test": 2432232314}',
        secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
      }),
    ).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('emits one space-separated v1 signature per secret', () => {
    const sig = signStandard({ id: 'm', timestamp: 1, body: 'x', secrets: [generateWebhookSecret(), generateWebhookSecret()] });
    expect(sig.split(' ')).toHaveLength(2);
    for (const part of sig.split(' ')) expect(part).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
  });

  it('rejects non-integer timestamps, no secrets and malformed secrets', () => {
    expect(() => signStandard({ id: 'm', timestamp: 1.5, body: 'x', secrets: [generateWebhookSecret()] })).toThrow(/unix seconds/);
    expect(() => signStandard({ id: 'm', timestamp: 1, body: 'x', secrets: [] })).toThrow(/at least one/);
    expect(() => signStandard({ id: 'm', timestamp: 1, body: 'x', secrets: ['whsec_nope'] })).toThrow(/invalid webhook secret/);
  });
});

describe('buildSignatureHeaders', () => {
  it('verifies with the standardwebhooks package', () => {
    const secret = generateWebhookSecret();
    const headers = buildSignatureHeaders(baseInput([secret]));
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('during rotation each of the two secrets verifies on its own', () => {
    const current = generateWebhookSecret();
    const previous = generateWebhookSecret();
    const headers = buildSignatureHeaders(baseInput([current, previous]));
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('fails Standard Webhooks verification when the body is tampered with', () => {
    const secret = generateWebhookSecret();
    const headers = buildSignatureHeaders(baseInput([secret]));
    expect(() => new Webhook(secret).verify(body.replace('Ana', 'Eva'), headers)).toThrow();
  });

  it('X-Hub-Signature-256 verifies with @octokit/webhooks-methods using the whole whsec_ string', async () => {
    const current = generateWebhookSecret();
    const previous = generateWebhookSecret();
    const headers = buildSignatureHeaders(baseInput([current, previous]));
    const sig = headers['X-Hub-Signature-256'];
    expect(sig).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(sig).toBe(signGithub(body, current));
    await expect(verifyGithub(current, body, sig!)).resolves.toBe(true);
    await expect(verifyGithub(previous, body, sig!)).resolves.toBe(false);
    await expect(verifyGithub(current, body.replace('Ana', 'Eva'), sig!)).resolves.toBe(false);
  });

  it('sets the full header set, and the token only when given; never content-type', () => {
    const input = baseInput([generateWebhookSecret()]);
    const headers = buildSignatureHeaders(input);
    expect(headers).toMatchObject({
      'webhook-id': input.messageId,
      'webhook-timestamp': String(input.timestamp),
      'X-GitHub-Event': 'lead.created',
      'X-GitHub-Delivery': input.deliveryId,
      'X-GitHub-Hook-ID': input.webhookId,
      'X-Puente-Event': 'lead.created',
      'User-Agent': 'Puente-Webhook/0.1.0',
    });
    expect(Object.keys(headers).map((k) => k.toLowerCase())).not.toContain('content-type');
    expect(headers).not.toHaveProperty('X-Puente-Token');
    expect(buildSignatureHeaders({ ...input, token: 'tok_123' })['X-Puente-Token']).toBe('tok_123');
  });
});
