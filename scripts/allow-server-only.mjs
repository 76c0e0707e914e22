/**
 * `node --import ./scripts/allow-server-only.mjs`: scripts (`npm run dev`, `start`, `worker`,
 * `db:*`, `admin:create`) run server modules outside Next's bundler, where the `server-only`
 * package throws on import (it resolves to an empty module only under the react-server
 * condition Next's bundler sets). These scripts are server code by definition, so here the
 * marker resolves to its empty module, for `import` and for `require` (tsx may load a module
 * either way). Next's own build still enforces it for the app.
 */
import Module, { register } from 'node:module';

const EMPTY = new URL('../node_modules/server-only/empty.js', import.meta.url);

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: ${JSON.stringify(EMPTY.href)}, shortCircuit: true };
  return next(specifier, context);
}`)}`,
);

// require() does not go through the hooks above on Node 20.
const CjsModule = /** @type {{ _resolveFilename: (request: string, ...rest: unknown[]) => string }} */ (/** @type {unknown} */ (Module));
const resolveFilename = CjsModule._resolveFilename;
CjsModule._resolveFilename = function (request, ...rest) {
  return request === 'server-only' ? decodeURIComponent(EMPTY.pathname) : resolveFilename.call(this, request, ...rest);
};
