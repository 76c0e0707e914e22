/**
 * The one rule for header values that may be credentials (issue 10, item 5). Everything that
 * shows or stores a header value asks here: the webhook page and edit form, the stored request
 * and response headers of each attempt, the delivery log and its JSON API, and the encryption
 * of custom header values at rest (lib/webhooks/custom-headers.ts).
 *
 * The rule is deliberately broad: a name that merely *looks* like it carries a credential is
 * masked. Masking a harmless value costs a department admin one audited reveal; showing an
 * Azure Functions key to every staff member costs far more. Pure and dependency-free, so the
 * browser-side form code can use it too.
 */

/** Parts of a header name that suggest a credential (`X-Functions-Key`, `Ocp-Apim-Subscription-Key`, `X-Auth-Token`, `Cookie`…). */
const CREDENTIAL_LIKE = /(auth|token|secret|key|pass|cookie|session|signature|credential|bearer|jwt|private)/i;

/**
 * Names that match the pattern but carry no credential and help whoever reads the log: our
 * own signature headers (an HMAC of the body, not the secret; receivers need to see it to
 * debug verification), and a receiver's authentication challenge (`WWW-Authenticate` says why
 * a 401 happened). Custom headers can never take these names (lib/webhooks/webhook-schema.ts).
 */
const NOT_CREDENTIALS = new Set(['webhook-id', 'webhook-timestamp', 'webhook-signature', 'www-authenticate', 'proxy-authenticate', 'keep-alive', 'access-control-allow-credentials']);

/** What a masked value is replaced with wherever a value must be present (stored attempts, JSON). */
export const REDACTED = '[redacted]';

/** What the pages show in place of a masked value. */
export const MASKED_VALUE = '••••';

export function isSensitiveHeaderName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return !NOT_CREDENTIALS.has(lower) && CREDENTIAL_LIKE.test(lower);
}

/** The headers with every credential-like value replaced by REDACTED: for storage and any response. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = isSensitiveHeaderName(name) ? REDACTED : value;
  return out;
}
