/**
 * Runs in the browser before the app becomes interactive.
 *
 * Zod 4 probes `Function('')` on its first object parse to decide whether it may compile faster
 * parsers. Our Content-Security-Policy has no 'unsafe-eval' in production (docs/decisions/015),
 * so the probe fails; zod catches that, but the browser still reports a CSP violation on every
 * page with a form. `jitless` tells zod not to try. The server keeps the compiled parsers.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
