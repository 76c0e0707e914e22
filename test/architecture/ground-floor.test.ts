/**
 * The layering rules of issue 11, read from the source: db/ is the ground floor and imports
 * nothing from lib/, and app code reads the environment only through lib/env.ts. A new import
 * or a new raw `process.env` fails here with the file and line to fix.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SKIP_DIRS = new Set(['node_modules', '.git', '.data', 'public', 'patches', 'docs']);
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;
const TEST = /\.test\.tsx?$/;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = dir === '.' ? name : `${dir}/${name}`;
    if (SKIP_DIRS.has(name) || /^(\.next|test-results|test-reports)/.test(name)) continue;
    const st = statSync(path.join(ROOT, rel));
    if (st.isDirectory()) out.push(...walk(rel));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/** Code lines only: comment lines are dropped so prose may name what code must not do. */
function codeLines(file: string): { line: number; text: string }[] {
  return readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => !/^\s*(\/\/|\/?\*)/.test(text));
}

const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** Where an import specifier points, relative to the repository root ('' for a package). */
function target(file: string, spec: string): string {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  return '';
}

/**
 * Transitional exceptions, each with the file that still needs it: delete the entry when that
 * file has moved on.
 */
const DB_IMPORT_EXCEPTIONS: string[] = [];

describe('db/ is the ground floor', () => {
  it('imports nothing from lib/ (tests beside the queries may, to build fixtures)', () => {
    const offences: string[] = [];
    for (const file of walk('db').filter((f) => !TEST.test(f))) {
      for (const { line, text } of codeLines(file)) {
        for (const m of text.matchAll(IMPORT_RE)) {
          const to = target(file, m[1]!);
          if (to === 'lib' || to.startsWith('lib/')) {
            const key = `${file} -> ${to}`;
            if (!DB_IMPORT_EXCEPTIONS.includes(key)) offences.push(`${file}:${line} imports ${m[1]}`);
          }
        }
      }
    }
    expect(offences).toEqual([]);
  });
});

/** Who may read process.env directly, and why. */
const ENV_READERS: { match: (f: string) => boolean; why: string }[] = [
  { match: (f) => f === 'lib/env.ts', why: 'the checked environment itself' },
  { match: (f) => f.startsWith('scripts/'), why: 'start-up scripts set the environment before anything checks it' },
  { match: (f) => f.startsWith('lib/runtime/'), why: 'bootstrap sets DATABASE_URL and the local secrets before validation' },
  { match: (f) => f === 'db/client.ts', why: 'db/ imports nothing from lib/; it reads DATABASE_URL live (bootstrap sets it late)' },
  { match: (f) => f === 'instrumentation.ts', why: 'NEXT_RUNTIME is replaced by Next at build time' },
  { match: (f) => /^(next|playwright|drizzle|vitest)\.config\.(ts|js|mjs)$/.test(f), why: 'tool configuration, read before the app exists' },
  { match: (f) => f.startsWith('test/') || f.startsWith('e2e/') || TEST.test(f), why: 'tests set up their own environment' },
  { match: (f) => f.startsWith('examples/'), why: "departments' own programs (verification snippets, the sample receiver): standalone, not Puente's app" },
];

describe('the environment goes through lib/env.ts', () => {
  it('has no raw process.env outside the start-up code, tool configs and tests', () => {
    const offences: string[] = [];
    for (const file of walk('.')) {
      if (ENV_READERS.some((r) => r.match(file))) continue;
      for (const { line, text } of codeLines(file)) {
        if (/\bprocess\.env\b/.test(text)) offences.push(`${file}:${line}: ${text.trim()}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
