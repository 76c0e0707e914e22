// Types for verify.mjs, for TypeScript callers (Puente's own tests import it). Not needed to run it.

/** How far webhook-timestamp may be from this machine's clock: 5 minutes. */
export declare const TOLERANCE_SECONDS: number;

/** Throws unless the request is genuine: see verify.mjs. */
export declare function verifyWebhook(
  body: Buffer | string,
  id: string | undefined,
  timestamp: string | undefined,
  signatureHeader: string | undefined,
  secrets: ReadonlyArray<string | undefined>,
  nowSeconds?: number,
): void;
