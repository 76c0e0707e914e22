/**
 * `npm test`: every check a change must pass, in order: type check, lint, unit + integration
 * tests (vitest, on an embedded Postgres), end-to-end tests (Playwright, real Chromium).
 * Runs them all even after a failure, then prints one closing line of counts.
 * `npm test -- --skip-e2e` leaves out the browser journeys (for a quick loop).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const skipE2e = process.argv.includes('--skip-e2e');
const bin = (name: string) => `node_modules/.bin/${name}`;
// Fresh reports each run, so a runner that dies cannot be counted with an old file.
rmSync('test-reports', { recursive: true, force: true });
mkdirSync('test-reports', { recursive: true });

interface Step {
  name: string;
  cmd: string;
  args: string[];
}

const steps: Step[] = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['--noEmit'] },
  { name: 'lint', cmd: bin('eslint'), args: ['.', '--max-warnings=0'] },
  { name: 'unit+integration', cmd: bin('vitest'), args: ['run', '--reporter=default', '--reporter=json', '--outputFile=test-reports/unit.json'] },
];
if (!skipE2e) steps.push({ name: 'e2e', cmd: bin('playwright'), args: ['test'] });

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name}: ${[step.cmd, ...step.args].join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  results.push({ name: step.name, ok: r.status === 0, seconds: (Date.now() - t0) / 1000 });
}

function readJson<T>(file: string): T | null {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
  } catch {
    return null;
  }
}

function markFailed(name: string): void {
  for (const r of results) if (r.name === name) r.ok = false;
}

let passed = 0;
let failed = 0;
let skipped = 0;
interface UnitReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: { name: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
}
/** What failed, by name, with the first lines of its message: the summary is what a CI log's tail shows. */
const failures: string[] = [];
const firstLines = (text: string) => text.split('\n').slice(0, 6).map((l) => `      ${l}`).join('\n');
const unit = readJson<UnitReport>('test-reports/unit.json');
for (const file of unit?.testResults ?? []) {
  const rel = path.relative(process.cwd(), file.name);
  const failedTests = file.assertionResults.filter((a) => a.status === 'failed');
  for (const a of failedTests) failures.push(`  ✗ ${rel} › ${a.fullName}\n${firstLines(a.failureMessages?.join('\n') ?? '')}`);
  // A file that failed to load or whose hook threw has no failed test, only a message.
  if (failedTests.length === 0 && file.message) failures.push(`  ✗ ${rel}\n${firstLines(file.message)}`);
}
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  // A runner's exit status is not the whole truth (a test can leave process.exitCode at 0): its report decides too.
  if (unit.numFailedTests > 0) markFailed('unit+integration');
}
if (!skipE2e) {
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>('test-reports/e2e.json');
  // Playwright's list reporter already names its failures at the end of its own output.
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    skipped += e2e.stats.skipped;
    if (e2e.stats.unexpected > 0) markFailed('e2e');
  }
}
// A check (tsc, eslint) or a runner that died counts as a failure too.
for (const r of results) if (!r.ok && (r.name === 'typecheck' || r.name === 'lint')) failed += 1;
const runnerDied = results.some((r) => !r.ok) && failed === 0;
if (runnerDied) failed += 1;

if (failures.length > 0) console.log(`\n━━ failed\n${failures.join('\n')}`);
console.log('\n━━ summary');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name.padEnd(18)} ${r.seconds.toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
