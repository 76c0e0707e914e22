/**
 * Custom header values that look like credentials are never sent to the browser: the pages show
 * '••••' instead and an edit keeps the stored value unless a new one is typed.
 */
const SENSITIVE = /(auth|token|secret|key|pass|cookie|session|signature|credential|bearer|jwt|private)/i;

export const MASKED_VALUE = '••••';

export function isSensitiveHeaderName(name: string): boolean {
  return SENSITIVE.test(name);
}
