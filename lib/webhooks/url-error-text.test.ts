import { describe, expect, it } from 'vitest';
import { parseWebhookUrl, RANGE_DESCRIPTIONS } from '../delivery/ssrf';
import { staffMessages } from '../i18n/staff';
import { urlErrorText } from './url-error-text';

const es = staffMessages('es');
const en = staffMessages('en');

function refusal(url: string, opts: Parameters<typeof parseWebhookUrl>[1] = {}): string {
  const r = parseWebhookUrl(url, opts);
  if (r.ok) throw new Error(`${url} was allowed`);
  return r.error;
}

describe('why a payload URL is refused, in words', () => {
  it('says what is wrong with the URL itself', () => {
    expect(urlErrorText(refusal('not a url'), es)).toBe('No es una URL válida.');
    expect(urlErrorText(refusal('ftp://example.com/'), es)).toBe('Solo se permiten URL http y https.');
    expect(urlErrorText(refusal('http://example.com/', { requireHttps: true }), es)).toBe('La URL debe usar https.');
    expect(urlErrorText(refusal('https://user:pass@example.com/'), es)).toBe('La URL no debe contener un nombre de usuario ni una contraseña.');
    expect(urlErrorText(refusal('https://user:pass@example.com/'), en)).toBe('The URL must not contain a user name or password.');
  });

  it('names the address range that is refused', () => {
    expect(urlErrorText(refusal('http://127.0.0.1/hook'), es)).toBe('Dirección no permitida: 127.0.0.1 es una dirección de loopback.');
    expect(urlErrorText(refusal('http://10.0.0.1/hook'), es)).toBe('Dirección no permitida: 10.0.0.1 es una dirección de red privada.');
    expect(urlErrorText(refusal('http://169.254.169.254/latest'), es)).toBe('Dirección no permitida: 169.254.169.254 es una dirección de metadatos de la nube.');
    expect(urlErrorText(refusal('http://localhost:3000/hook'), es)).toBe('Dirección no permitida: localhost es este mismo equipo.');
    expect(urlErrorText(refusal('http://[2002:a00:1::1]/hook'), es)).toBe(
      'Dirección no permitida: 2002:a00:1::1 contiene 10.0.0.1: 10.0.0.1 es una dirección de red privada.',
    );
    expect(urlErrorText(refusal('http://10.0.0.1/hook'), en)).toBe('Address not allowed: 10.0.0.1 is a private network address.');
  });

  it('has words for every range the SSRF check names', () => {
    for (const range of Object.keys(RANGE_DESCRIPTIONS)) expect(es.webhooks.errors.url.ranges[range], range).toBeDefined();
  });

  it('still shows a refusal it does not know, in a sentence', () => {
    expect(urlErrorText('address not allowed: something new', es)).toBe('Puente no puede enviar a esta URL (address not allowed: something new).');
  });
});
