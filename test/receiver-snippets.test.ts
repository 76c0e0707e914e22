/**
 * Every verification program in examples/verify/ (shown verbatim on /docs/webhooks and
 * /en/docs/webhooks) is run here against real deliveries, signed by the engine's own code
 * (buildBody + buildSignatureHeaders, what attemptDelivery sends). A runtime missing on this
 * machine is skipped, not failed; .ci/run installs the ones CI runs (python3, php-cli,
 * default-jdk-headless, mono-mcs). PowerShell cannot be installed from Debian's archive: its
 * file is checked against the Standard Webhooks test vector instead, and the guide says so.
 *
 * The contract all six share: `<program> <body-file> <webhook-id> <webhook-timestamp>
 * <webhook-signature>`, secrets in PUENTE_SECRET and PUENTE_PREVIOUS_SECRET; "ok" and exit 0
 * when genuine, a reason on stderr and exit 1 when not.
 */
import { execFile, spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../examples/verify/verify.mjs';
import { buildBody } from '../lib/delivery/attempt-delivery';
import { buildSignatureHeaders, signStandard } from '../lib/delivery/sign';
import { EXAMPLE_LEAD_EVENT, EXAMPLE_PING, STANDARD_WEBHOOKS_VECTOR } from '../lib/docs/webhook-guide/samples';
import { SNIPPETS, snippetPath } from '../lib/docs/webhook-guide/snippets';
import { SNIPPET_IDS, type SnippetId } from '../lib/docs/webhook-guide/types';
import { generateWebhookSecret } from '../lib/secrets/webhook-secret';
import { PUENTE_VERSION } from '../lib/version';

const DEPARTMENT_ID = EXAMPLE_LEAD_EVENT.data.programs[0]!.department.id;
const work = mkdtempSync(path.join(tmpdir(), 'puente-snippets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

interface Runner {
  available: boolean;
  /** Compiles once, where the language needs it. */
  prepare?: () => void;
  command: (args: string[]) => [string, string[]];
}

const RUNNERS: Record<SnippetId, Runner> = {
  node: { available: true, command: (args) => [process.execPath, [snippetPath('node'), ...args]] },
  python: { available: has('python3'), command: (args) => ['python3', [snippetPath('python'), ...args]] },
  php: { available: has('php'), command: (args) => ['php', [snippetPath('php'), ...args]] },
  java: {
    available: has('java') && has('javac'),
    // Compiled once: a single-file launch (java Verify.java) compiles on every run, which is
    // slow on a busy machine. One test below launches the source file as the guide says.
    prepare: () => run('javac', ['-d', path.join(work, 'java'), snippetPath('java')]),
    command: (args) => ['java', ['-cp', path.join(work, 'java'), 'Verify', ...args]],
  },
  csharp: {
    // Mono's compiler and runtime: the .NET SDK is not in Debian's archive. The file uses only
    // APIs that .NET Framework 4.6.2+, .NET 6+ and Mono share.
    available: has('mcs') && has('mono'),
    prepare: () => run('mcs', ['-warnaserror+', `-out:${path.join(work, 'Verify.exe')}`, snippetPath('csharp')]),
    command: (args) => ['mono', [path.join(work, 'Verify.exe'), ...args]],
  },
  powershell: { available: has('pwsh'), command: (args) => ['pwsh', ['-NoProfile', '-NonInteractive', '-File', snippetPath('powershell'), ...args]] },
};

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

interface Delivery {
  body: string;
  headers: Record<string, string>;
}

/** A delivery as the engine would send it now (or at `timestamp`), signed with `secrets`. */
function delivery(secrets: string[], opts: { timestamp?: number; eventType?: 'lead.created' | 'ping'; contentType?: 'json' | 'form' } = {}): Delivery {
  const eventType = opts.eventType ?? 'lead.created';
  const payload = eventType === 'ping' ? EXAMPLE_PING : EXAMPLE_LEAD_EVENT;
  const { body } = buildBody(eventType, payload, DEPARTMENT_ID, opts.contentType ?? 'json', null);
  const headers = buildSignatureHeaders({
    messageId: `msg_${Math.random().toString(16).slice(2)}`,
    timestamp: opts.timestamp ?? Math.floor(Date.now() / 1000),
    body,
    secrets,
    eventType,
    webhookId: EXAMPLE_PING.data.webhook.id,
    deliveryId: '0c7f9e52-6a1b-4c3d-8e2f-9a0b1c2d3e4f',
    userAgentVersion: PUENTE_VERSION,
  });
  return { body, headers };
}

let files = 0;
interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one program on a delivery, under the shared contract. */
function verify(id: SnippetId, d: Delivery, secrets: { current: string; previous?: string }, body: string | Buffer = d.body): Promise<Outcome> {
  const file = path.join(work, `body-${files++}.txt`);
  writeFileSync(file, body);
  const [cmd, args] = RUNNERS[id].command([file, d.headers['webhook-id']!, d.headers['webhook-timestamp']!, d.headers['webhook-signature']!]);
  const env: NodeJS.ProcessEnv = { ...process.env, PUENTE_SECRET: secrets.current };
  if (secrets.previous) env.PUENTE_PREVIOUS_SECRET = secrets.previous;
  else delete env.PUENTE_PREVIOUS_SECRET;
  return new Promise((resolve) => {
    execFile(cmd, args, { env, encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const accepted = (o: Outcome) => expect({ code: o.code, out: o.stdout.trim() }, o.stderr).toEqual({ code: 0, out: 'ok' });
const refused = (o: Outcome, reason: RegExp) => {
  expect(o.code, o.stdout).toBe(1);
  expect(o.stderr).toMatch(reason);
};

for (const id of SNIPPET_IDS) {
  const runner = RUNNERS[id];
  describe.skipIf(!runner.available)(`${SNIPPETS[id].name} (examples/verify/${SNIPPETS[id].file})`, { timeout: 120_000 }, () => {
    const current = generateWebhookSecret();
    const previous = generateWebhookSecret();

    beforeAll(() => runner.prepare?.(), 120_000);

    it('accepts a real lead.created delivery signed by the engine', async () => {
      accepted(await verify(id, delivery([current]), { current }));
    });

    it('accepts a ping, and a form-encoded body', async () => {
      accepted(await verify(id, delivery([current], { eventType: 'ping' }), { current }));
      accepted(await verify(id, delivery([current], { contentType: 'form' }), { current }));
    });

    it('refuses a changed body', async () => {
      const d = delivery([current]);
      refused(await verify(id, d, { current }, d.body.replace('Ana Pérez', 'Ana Perez')), /no signature matches/);
    });

    it('refuses a timestamp more than 5 minutes old or ahead', async () => {
      const now = Math.floor(Date.now() / 1000);
      refused(await verify(id, delivery([current], { timestamp: now - 6 * 60 }), { current }), /5 minutes/);
      refused(await verify(id, delivery([current], { timestamp: now + 6 * 60 }), { current }), /5 minutes/);
    });

    it('refuses a signature made with another secret, or none', async () => {
      refused(await verify(id, delivery([generateWebhookSecret()]), { current }), /no signature matches/);
      const d = delivery([current]);
      refused(await verify(id, { ...d, headers: { ...d.headers, 'webhook-signature': '' } }, { current }), /missing/);
    });

    it('during a rotation: accepts the previous secret, from either side', async () => {
      // Puente signs with the new and the previous secret; the receiver still holds only the previous one.
      accepted(await verify(id, delivery([current, previous]), { current: previous }));
      // The receiver already holds both; a request signed with the previous secret alone still passes.
      accepted(await verify(id, delivery([previous]), { current, previous }));
      // A secret the receiver does not hold is still refused with two configured.
      refused(await verify(id, delivery([generateWebhookSecret()]), { current, previous }), /no signature matches/);
    });

    if (id === 'java') {
      it('runs as the guide says: java Verify.java (single-file source launch)', async () => {
        const d = delivery([current]);
        const file = path.join(work, 'body-java-source.txt');
        writeFileSync(file, d.body);
        const out = spawnSync('java', [snippetPath('java'), file, d.headers['webhook-id']!, d.headers['webhook-timestamp']!, d.headers['webhook-signature']!], {
          env: { ...process.env, PUENTE_SECRET: current },
          encoding: 'utf8',
        });
        expect({ status: out.status, stdout: out.stdout.trim() }, out.stderr).toEqual({ status: 0, stdout: 'ok' });
      });
    }
  });
}

describe('the Standard Webhooks test vector', () => {
  const v = STANDARD_WEBHOOKS_VECTOR;

  it("is what the engine's signing code produces", () => {
    expect(signStandard({ id: v.id, timestamp: v.timestamp, body: v.payload, secrets: [v.secret] })).toBe(v.signature);
  });

  it("is what the guide's steps produce, done one by one in Node", () => {
    // Step 3: the key is the base64 after whsec_, decoded.
    const key = Buffer.from(v.secret.replace(/^whsec_/, ''), 'base64');
    // Step 4: id, dot, timestamp, dot, body bytes.
    const signed = Buffer.concat([Buffer.from(`${v.id}.${v.timestamp}.`, 'utf8'), Buffer.from(v.payload, 'utf8')]);
    // Step 5: HMAC-SHA256, base64 with padding.
    const mine = createHmac('sha256', key).update(signed).digest('base64');
    // Step 6: a v1 part of the header equals it.
    const parts = `v1,bm90IHRoaXMgb25l ${v.signature}`.split(' ').map((p) => p.split(','));
    expect(parts.some(([version, sig]) => version === 'v1' && sig === mine)).toBe(true);
  });

  it('is accepted by the Node program at the vector’s own time, and refused now as too old', () => {
    expect(() => verifyWebhook(v.payload, v.id, String(v.timestamp), v.signature, [v.secret], v.timestamp + 299)).not.toThrow();
    expect(() => verifyWebhook(v.payload, v.id, String(v.timestamp), v.signature, [v.secret])).toThrow(/5 minutes/);
  });

  it('the PowerShell program does those same steps, in that order', () => {
    const ps = readFileSync(snippetPath('powershell'), 'utf8');
    const fn = ps.slice(ps.indexOf('function Test-PuenteWebhook'), ps.indexOf('function Test-FixedTimeEquals'));
    const steps: [string, RegExp][] = [
      ['2: 5-minute tolerance', /\[Math\]::Abs\(\$NowSeconds - \[long\]\$Timestamp\) -gt \$PuenteToleranceSeconds/],
      ['7: every secret held', /foreach \(\$secret in \$Secrets\)/],
      ['3: key = base64 after whsec_', /\[Convert\]::FromBase64String\(\(\$secret -replace '\^whsec_', ''\)\)/],
      ['5: HMAC-SHA256 with that key', /\[System\.Security\.Cryptography\.HMACSHA256\]::new\(\$key\)/],
      ['5: base64 of the HMAC of the signed bytes', /\[Convert\]::ToBase64String\(\$hmac\.ComputeHash\(\$signed\)\)/],
      ['6: every space-separated signature', /foreach \(\$candidate in \$SignatureHeader\.Split\(' '\)\)/],
      ['6: version,signature', /\$candidate\.Split\(\[char\[\]\]@\(','\), 2\)/],
      ['6: v1 compared in constant time', /\$parts\[0\] -ceq 'v1' -and \(Test-FixedTimeEquals \$parts\[1\] \$expected\)/],
    ];
    let at = 0;
    for (const [step, re] of steps) {
      const m = re.exec(fn.slice(at));
      expect(m, `step ${step}`).not.toBeNull();
      at += m!.index;
    }
    // Step 4's signed content: "<id>.<timestamp>." then the body bytes, in one array.
    expect(fn).toContain('$prefix = [Text.Encoding]::UTF8.GetBytes("$Id.$Timestamp.")');
    expect(fn).toContain('[Array]::Copy($Body, 0, $signed, $prefix.Length, $Body.Length)');
    expect(ps).toMatch(/\$PuenteToleranceSeconds = 5 \* 60/);
    // The constant-time compare looks at every character, whatever differs first.
    expect(ps).toMatch(/for \(\$i = 0; \$i -lt \$A\.Length; \$i\+\+\) \{ \$diff = \$diff -bor/);
  });
});
