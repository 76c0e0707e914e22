import { describe, expect, it } from 'vitest';
import { isSensitiveHeaderName, REDACTED, redactHeaders } from './sensitive-headers';

describe('the one rule for credential-like header names', () => {
  // The names departments' gateways actually ask for (Azure Functions, API Management, AWS API
  // Gateway, Dynamics, generic bearer and basic schemes), in the spellings people type.
  it.each([
    'Authorization',
    'authorization',
    'Proxy-Authorization',
    'X-Functions-Key',
    'Ocp-Apim-Subscription-Key',
    'x-api-key',
    'X-API-KEY',
    'X_Api_Key',
    'apikey',
    'X-Auth-Token',
    'X-Access-Token',
    'X-Client-Secret',
    'X-Password',
    'Cookie',
    'Set-Cookie',
    'X-Session-Id',
    'X-Partner-Signature',
    'X-Credential',
    'X-Bearer',
    'X-JWT-Assertion',
    'X-Private-Header',
    ' x-puente-token ',
  ])('%s is masked', (name) => {
    expect(isSensitiveHeaderName(name)).toBe(true);
  });

  it.each(['X-Api-Version', 'X-Team', 'Accept-Language', 'Content-Type', 'User-Agent', 'X-Request-Id', 'webhook-id', 'webhook-timestamp', 'webhook-signature', 'WWW-Authenticate', 'Keep-Alive', 'Retry-After'])(
    '%s is shown',
    (name) => {
      expect(isSensitiveHeaderName(name)).toBe(false);
    },
  );

  it('redacts exactly the credential-like values and keeps every name', () => {
    const out = redactHeaders({ 'X-Functions-Key': 'fn-123', 'X-Team': 'ventas', 'webhook-signature': 'v1,abc', 'set-cookie': 'sid=1' });
    expect(out).toEqual({ 'X-Functions-Key': REDACTED, 'X-Team': 'ventas', 'webhook-signature': 'v1,abc', 'set-cookie': REDACTED });
  });
});
