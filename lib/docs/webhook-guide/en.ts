/** The receiver guide in English (/en/docs/webhooks). Same sections as ./es.ts: a test checks it. */
import { formatNumber } from '../../i18n/numbers';
import { HEADER_ORDER, cut, retryRows } from './common';
import { formatBytes, formatDuration, scheduleSpanHours, type ErrorClass, type GuideFacts } from './facts';
import type { GuideSamples } from './samples';
import { SNIPPETS, SNIPPET_COMMANDS } from './snippets';
import { SNIPPET_IDS, type Inline, type SnippetInfo, type Subsection, type WebhookGuide } from './types';

const ERROR_CLASS_LABEL: Record<ErrorClass, string> = {
  timeout: 'Timeout',
  connection: 'Connection error',
  dns: 'DNS error',
  tls: 'TLS error',
  http: 'HTTP error',
  blocked: 'Blocked',
};

function troubleshooting(f: GuideFacts): Record<ErrorClass, Inline[]> {
  return {
    timeout: [
      `Your endpoint did not answer within ${formatDuration(f.timeoutMs)}, or the connection took more than ${formatDuration(f.connectTimeoutMs)} to open.`,
      '**Check:** answer first and work afterwards (a queue, a background job); the time your platform spends before your code runs (cold starts of serverless functions, app pools waking up); the server’s load at the times of the failures.',
    ],
    connection: [
      'The connection was refused, reset or closed before an answer (`ECONNREFUSED`, `ECONNRESET`, “socket hang up”).',
      '**Check:** the service is running and listening on the URL’s port; a firewall or security group lets Puente’s requests in; a load balancer has a healthy backend; your server does not close the connection while it reads a large body.',
    ],
    dns: [
      'The host name in the payload URL did not resolve.',
      '**Check:** typos in the URL; the name has a public DNS record (a name that only your internal DNS knows cannot be resolved from Puente); a record that changed recently.',
    ],
    tls: [
      'The HTTPS handshake failed.',
      '**Check:** the certificate has not expired and matches the host name; the server sends its intermediate certificates (`openssl s_client -connect host:443 -servername host` shows the chain); a self-signed certificate needs **Verify SSL certificates** switched off, which is only acceptable on a private network.',
    ],
    http: [
      'Your endpoint answered, but not with a 2xx. The log shows the status and the first 64 KiB of your response body.',
      '**401 or 403:** your verification refused it (see [When your verification fails](#verification-failures)), or a gateway or firewall in front of it wants credentials (send them as custom headers). **404 or 405:** wrong path, or the route does not accept `POST`. **3xx:** redirects are not followed, e.g. http → https: register the final URL. **413:** your server’s body size limit. **5xx:** your application’s error log, at the attempt’s time.',
    ],
    blocked: [
      'Puente did not send the request. The log says why.',
      `**Check:** the URL points at a private, loopback or link-local address that is not on the platform’s network allowlist (a platform admin can add your network); the URL is not http or https, or carries a user name or password; the body was over ${formatBytes(f.requestBodyLimitBytes)}.`,
    ],
  };
}

function snippetTesting(info: SnippetInfo): Inline {
  if (info.testing === 'vector') {
    return 'Checked against the [Standard Webhooks test vector](#test-vector): its algorithm steps are checked with Node. PowerShell itself does not run in our CI, so this file is not executed there.';
  }
  if (info.id === 'csharp') {
    return `Executed by our test suite on every change: compiled and run with ${info.runtime} (the .NET SDK is not available in our CI); it uses only APIs that .NET 6+ and .NET Framework 4.6.2+ share.`;
  }
  return `Executed by our test suite on every change, with ${info.runtime}: a real signed delivery is accepted; a changed body, an old timestamp and a wrong secret are refused; both secrets work during a rotation.`;
}

export function guideEn(f: GuideFacts, s: GuideSamples): WebhookGuide {
  const h = s.leadCreatedHeaders;
  const span = formatNumber(scheduleSpanHours(f), 'en', 1);
  const jitter = `±${Math.round(f.jitterRatio * 100)} %`;
  const tolerance = `${f.toleranceSeconds / 60} minutes`;
  const headerRows: Record<(typeof HEADER_ORDER)[number], Inline[]> = {
    'Content-Type': ['`Content-Type`', '`application/json`', 'Or `application/x-www-form-urlencoded` with the form content type ([JSON or form](#content-types)).'],
    'webhook-id': ['`webhook-id`', `\`${h['webhook-id']}\``, 'The message id. **The same on every retry and redelivery:** de-duplicate on it.'],
    'webhook-timestamp': ['`webhook-timestamp`', `\`${h['webhook-timestamp']}\``, 'Unix seconds when this attempt was signed (new on every attempt). Refuse it when it is more than 5 minutes from your clock.'],
    'webhook-signature': ['`webhook-signature`', `\`${cut(h['webhook-signature'] ?? '')}\``, '[Standard Webhooks](https://www.standardwebhooks.com/) signature: `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body`. Two, separated by a space, during a secret rotation.'],
    'X-Hub-Signature-256': ['`X-Hub-Signature-256`', `\`${cut(h['X-Hub-Signature-256'] ?? '')}\``, 'GitHub style: hex HMAC-SHA256 of the raw body, keyed with the whole `whsec_…` string as text. Current secret only, and no timestamp: no replay protection. For tools that already verify GitHub webhooks.'],
    'X-Puente-Event': ['`X-Puente-Event`', '`lead.created`', 'The event type: `lead.created` or `ping`.'],
    'X-GitHub-Event': ['`X-GitHub-Event`', '`lead.created`', 'The same, under GitHub’s name.'],
    'X-GitHub-Delivery': ['`X-GitHub-Delivery`', `\`${cut(h['X-GitHub-Delivery'] ?? '')}\``, 'Puente’s delivery id, as shown in the delivery log. Quote it when you ask for help.'],
    'X-GitHub-Hook-ID': ['`X-GitHub-Hook-ID`', `\`${cut(h['X-GitHub-Hook-ID'] ?? '')}\``, 'Your webhook’s id.'],
    'X-Puente-Token': ['`X-Puente-Token`', '`whsec_…`', 'Only with the [shared-token style](#token): the secret itself.'],
    'X-Puente-Test': ['`X-Puente-Test`', '`true`', 'Only on a [test lead](#lead-created): invented data.'],
    'User-Agent': ['`User-Agent`', `\`${f.userAgent}\``, 'Puente and its version.'],
    'Content-Length': ['`Content-Length`', `\`${Buffer.byteLength(s.leadCreatedBody)}\``, `The body’s size in bytes; at most ${formatBytes(f.requestBodyLimitBytes)}.`],
  };

  const snippetSections: Subsection[] = SNIPPET_IDS.map((id) => ({
    id: `verify-${id}`,
    title: SNIPPETS[id].name,
    blocks: [{ kind: 'snippet', snippet: id }],
  }));

  return {
    locale: 'en',
    metaTitle: 'Receiving Puente webhooks: guide for developers',
    metaDescription:
      'How Puente delivers leads to a department’s system as signed webhooks: retries, headers, events, and tested code to verify the signature in Node, Python, C#, PHP, Java and PowerShell.',
    title: 'Receiving Puente webhooks',
    intro: [
      'Every lead for one of your department’s programs reaches your system as an HTTP `POST` to the payload URL you registered, signed with your webhook’s secret. This guide is for the developers who build that receiver: what arrives, how to check that it comes from Puente, and what Puente does when your system does not answer.',
      'The six verification programs on this page are the very files our test suite runs. Copy the one for your language.',
    ],
    otherLanguage: { locale: 'es', href: '/docs/webhooks', label: 'Lea esta guía en español' },
    tocLabel: 'Contents',
    code: { copy: 'Copy', copied: 'Copied', copyFailed: 'Could not copy: select the code and press Ctrl+C.', file: 'File', run: 'Run it with' },
    snippetTesting,
    sections: [
      {
        id: 'summary',
        title: 'At a glance',
        blocks: [
          {
            kind: 'ol',
            items: [
              `Answer any **2xx** within **${formatDuration(f.timeoutMs)}**, before any slow work.`,
              `[Verify](#verify) \`webhook-signature\` over the **raw body**, and refuse a \`webhook-timestamp\` more than ${tolerance} from your clock.`,
              'De-duplicate on `webhook-id`: the same message can arrive more than once.',
              'Handle `lead.created` and `ping`; answer 2xx to event types you do not know, so they are not retried.',
            ],
          },
        ],
        subsections: [],
      },
      {
        id: 'delivery',
        title: 'How delivery works',
        blocks: [],
        subsections: [
          {
            id: 'at-least-once',
            title: 'At least once, and de-duplication',
            blocks: [
              { kind: 'p', text: 'Puente stores every lead before it tries to send it, and keeps trying until your system answers 2xx or the retry schedule ends. So a message can arrive more than once: when your answer is lost on the way back, when it comes after the timeout, or when someone in your department presses **Redeliver** or recovers failed deliveries.' },
              { kind: 'p', text: 'Every copy of one message carries the same `webhook-id` (`msg_…`). Record the ids you have processed and answer 2xx without doing the work again when one comes back. A redelivery can come days later, so keep them at least a few weeks (or de-duplicate on `data.lead.id`, which is stable too). Two webhooks of your department each get their own copy, with their own `webhook-id`.' },
            ],
          },
          {
            id: 'ordering',
            title: 'Order',
            blocks: [
              { kind: 'p', text: `By default deliveries are independent: Puente sends up to ${f.maxInFlightDefault} requests to one webhook at the same time (your department can set ${f.maxInFlightMin}–${f.maxInFlightMax}), so a later lead can arrive first, and a retry arrives after newer leads. Sort on \`data.lead.createdAt\` if order matters to you.` },
              { kind: 'p', text: 'With **Ordered delivery** switched on in the webhook’s settings, Puente sends one request at a time, oldest lead first: a delivery that is being retried holds back the ones behind it until it is delivered or fails for good.' },
            ],
          },
          {
            id: 'success',
            title: 'What counts as success',
            blocks: [
              {
                kind: 'ul',
                items: [
                  `Any **2xx** status within **${formatDuration(f.timeoutMs)}** (opening the connection may take at most ${formatDuration(f.connectTimeoutMs)}). Your response body is kept in the delivery log (its first ${formatBytes(f.responseBodyLimitBytes)}), so a short message there helps whoever investigates.`,
                  '**3xx** is a failure: redirects are not followed. Register the final URL.',
                  'Any other status, a timeout, a refused connection, a DNS or TLS error: a failure, retried on the schedule below.',
                ],
              },
            ],
          },
          {
            id: 'retries',
            title: 'Retries',
            blocks: [
              { kind: 'p', text: `The first attempt is immediate. After each failure Puente waits as below; every wait varies by ${jitter} so that deliveries that failed together do not come back together.` },
              {
                kind: 'table',
                caption: 'Retry schedule',
                head: ['Attempt', 'Wait before it', 'Since the first attempt'],
                rows: [['1', '—', '—'], ...retryRows(f).map(([n, wait, total]) => [String(n), wait, `about ${total}`])],
              },
              { kind: 'p', text: `After attempt ${f.maxAttempts}, about ${span} hours after the first, the delivery is marked failed. Your department can still redeliver it from the dashboard; a manual redelivery or a recovery is one more attempt, not a new schedule.` },
            ],
          },
          {
            id: 'status-codes',
            title: '410 Gone, 429 and Retry-After',
            blocks: [
              {
                kind: 'ul',
                items: [
                  '**410 Gone** means “stop”: the delivery fails at once and Puente **disables the webhook**; the dashboard shows why. Answer 410 only when the endpoint is gone for good.',
                  `**429 Too Many Requests** and **503 Service Unavailable** may carry \`Retry-After\` (seconds or an HTTP date). Puente then waits at least that long before the next attempt, up to ${formatDuration(f.retryAfterCapMs)}; it never retries sooner than its schedule.`,
                  '429 and 5xx answers, like timeouts and refused connections, count towards a [pause](#pauses).',
                ],
              },
            ],
          },
          {
            id: 'pauses',
            title: 'Pauses when your endpoint struggles',
            blocks: [
              { kind: 'p', text: `If your endpoint times out, refuses connections or answers 5xx or 429 ${f.breakerThreshold} times in a row, Puente pauses it: nothing more is sent for ${formatDuration(f.breakerCooldownMs)}, then one request probes it. Each failed probe doubles the pause, up to ${formatDuration(f.breakerMaxCooldownMs)}. The first success resumes delivery of everything that waited, oldest first. Nothing is dropped while paused; it only arrives later.` },
            ],
          },
          {
            id: 'auto-disable',
            title: 'Automatic disabling',
            blocks: [
              { kind: 'p', text: `A webhook whose deliveries have all failed for ${f.disableAfterDays} days is disabled, and so is one that answers 410. The department is alerted and sees the reason on the webhook’s page. Leads that arrive while it is disabled are not sent; once it is enabled again, a department admin can send them (**Send them now**) and recover the deliveries that failed.` },
            ],
          },
          {
            id: 'rotation',
            title: 'Secret rotation',
            blocks: [
              { kind: 'p', text: `When someone in your department presses **Rotate secret**, Puente signs with the new and the previous secret for ${formatDuration(f.rotationOverlapMs)}: \`webhook-signature\` then carries two signatures separated by a space. A receiver that still holds only the previous secret keeps accepting requests while you update it; one that holds both accepts either. \`X-Hub-Signature-256\` uses the new secret only.` },
              { kind: 'code', language: 'text', label: 'webhook-signature during a rotation', code: s.rotationSignature },
              { kind: 'p', text: 'The six programs below take the current secret in `PUENTE_SECRET` and, during a rotation, the previous one in `PUENTE_PREVIOUS_SECRET`.' },
            ],
          },
        ],
      },
      {
        id: 'headers',
        title: 'Headers',
        blocks: [
          { kind: 'p', text: 'Every request carries these headers. Header names are case-insensitive: your framework may show them in lower case.' },
          { kind: 'table', caption: 'Headers Puente sends', head: ['Header', 'Example', 'Meaning'], rows: HEADER_ORDER.map((name) => headerRows[name]) },
          { kind: 'p', text: `A webhook can also send up to ${f.maxCustomHeaders} headers of your own (an API key your gateway checks, for example); they cannot replace any of the headers above.` },
          { kind: 'code', language: 'http', label: 'A whole request (the example secret is the test vector’s)', code: s.leadCreatedRequest },
        ],
        subsections: [],
      },
      {
        id: 'events',
        title: 'Events and bodies',
        blocks: [
          { kind: 'p', text: `Every body is a JSON envelope: \`type\`, \`version\` (today \`${f.envelopeVersion}\`; it changes only when a field is removed or changes meaning), \`timestamp\` (when the event happened, ISO 8601 in UTC) and \`data\`. Ignore fields you do not know: new ones may be added without a new version. The OpenAPI document at \`/api/v1/openapi.json\` describes every envelope as JSON Schema, in its \`webhooks\` section.` },
        ],
        subsections: [
          {
            id: 'lead-created',
            title: '`lead.created`',
            blocks: [
              { kind: 'p', text: 'An applicant asked about one or more of your department’s programs on the public form. `data.programs` lists only **your** department’s programs that the applicant chose; `data.department` is your department.' },
              {
                kind: 'table',
                caption: 'Fields of data.lead',
                head: ['Field', 'Meaning'],
                rows: [
                  ['`id`', 'The lead’s id (UUID), stable across retries and webhooks.'],
                  ['`reference`', 'The reference the applicant was given, e.g. `PR-7K3MQ-9XDTA`.'],
                  ['`name`, `email`, `phone`', 'The applicant’s contact details.'],
                  ['`businessName`, `municipality`', 'The business and its municipality in Puerto Rico.'],
                  ['`businessStage`', '`idea`, `new`, `established` or `expanding`.'],
                  ['`sector`', '`retail`, `food`, `tourism`, `agriculture`, `manufacturing`, `technology`, `creative`, `services` or `other`.'],
                  ['`message`', 'What the applicant wrote (may be empty).'],
                  ['`locale`', 'The language the applicant used: `es` or `en`. Answer in it.'],
                  ['`consentAt`, `createdAt`', 'When the applicant consented to be contacted, and when the lead was sent (ISO 8601, UTC).'],
                ],
              },
              { kind: 'code', language: 'json', label: 'lead.created (indented here; the real body is one line)', code: s.leadCreatedPretty },
              { kind: 'note', text: 'The body holds personal data. Do not write it to logs; log the `webhook-id` and the `reference` instead.' },
              { kind: 'p', text: 'A **test lead**, sent on demand from the dashboard or the API (`POST …/hooks/{id}/test`), is a `lead.created` with `"test": true` in the body and an `X-Puente-Test: true` header. Its data is invented and it is signed like any other: verify it and answer 2xx, but do not store it as a real lead.' },
            ],
          },
          {
            id: 'ping',
            title: '`ping`',
            blocks: [
              { kind: 'p', text: 'Sent when a webhook is created and when someone presses **Send ping**, whatever events the webhook subscribes to. Verify it like any other request and answer 2xx; there is nothing else to do.' },
              { kind: 'code', language: 'json', label: 'ping', code: s.pingPretty },
            ],
          },
          {
            id: 'content-types',
            title: 'JSON or form',
            blocks: [
              { kind: 'p', text: 'With the **form** content type the same JSON arrives URL-encoded in one form field, `payload`, as GitHub does. The signature covers the form body exactly as received: verify it before you decode it.' },
              { kind: 'code', language: 'text', label: 'The start of the same delivery as a form', code: s.leadCreatedFormStart },
            ],
          },
        ],
      },
      {
        id: 'verify',
        title: 'Verify the signature',
        blocks: [
          { kind: 'p', text: `Verify before you trust anything in the body. Each program below does the same: checks that the three headers are there; refuses a \`webhook-timestamp\` more than ${tolerance} from your clock (against replays: keep the clock synchronised); computes the HMAC with each secret you hold; and compares it **in constant time** with each \`v1,\` signature in the header.` },
          { kind: 'note', text: 'Give them the **raw body bytes** exactly as received. Parsing the JSON and serialising it again changes spaces and escapes, and the signature no longer matches.' },
          { kind: 'p', text: 'All six share one contract, which is how our tests run them: the body in a file, the three header values as arguments, the secrets in environment variables. They print `ok` and exit with 0, or print why not and exit with 1. In your receiver, call the function and answer **401** when it fails.' },
          {
            kind: 'code',
            language: 'shell',
            label: 'Trying one out',
            code: [
              "export PUENTE_SECRET='whsec_…'            # from the webhook's page",
              "export PUENTE_PREVIOUS_SECRET='whsec_…'   # only during a rotation",
              SNIPPET_COMMANDS.node,
            ].join('\n'),
          },
        ],
        subsections: [
          ...snippetSections,
          {
            id: 'libraries',
            title: 'With a library',
            blocks: [
              {
                kind: 'ul',
                items: [
                  'Node: `new Webhook(secret).verify(rawBody, headers)` from the `standardwebhooks` package.',
                  'Other languages: the [Standard Webhooks libraries](https://github.com/standard-webhooks/standard-webhooks/tree/main/libraries) (C#, Go, Java, PHP, Python, Ruby, Rust…) verify the same headers with the same secret.',
                  'GitHub-style verifiers, such as `verify(secret, rawBody, signature)` from `@octokit/webhooks-methods`, check `X-Hub-Signature-256` with the whole `whsec_…` string; they do not check a timestamp.',
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'signing',
        title: 'The algorithm, step by step',
        blocks: [
          { kind: 'p', text: 'For a language without a program above, or to check your own code:' },
          {
            kind: 'ol',
            items: [
              'Read the headers `webhook-id`, `webhook-timestamp` and `webhook-signature`, and the raw body bytes.',
              `Refuse the request if \`webhook-timestamp\` (Unix seconds) is more than ${tolerance} before or after your clock.`,
              'The key: remove `whsec_` from the start of the secret and base64-decode the rest. The key is those bytes, not the text.',
              'The signed content: the id, a dot, the timestamp, a dot, then the body bytes: `{webhook-id}.{webhook-timestamp}.{body}`.',
              'Compute the HMAC-SHA256 of the signed content with the key, and encode its 32 bytes in base64 (standard alphabet, with `=` padding).',
              'Split `webhook-signature` on spaces. Each part is `version,signature`. The request is genuine if a part with version `v1` equals your result, **compared in constant time**.',
              'With two secrets during a rotation, repeat steps 3 to 6 with each one.',
            ],
          },
        ],
        subsections: [
          {
            id: 'test-vector',
            title: 'Check your code with the test vector',
            blocks: [
              { kind: 'p', text: `The [Standard Webhooks test vector](${s.vector.source}): your code must produce exactly this signature. Puente’s own signing code produces \`${s.vector.computed}\` for it, and our tests check that this is the published value.` },
              {
                kind: 'code',
                language: 'text',
                label: 'Standard Webhooks test vector',
                code: [
                  `secret          ${s.vector.secret}`,
                  `webhook-id      ${s.vector.id}`,
                  `webhook-timestamp ${s.vector.timestamp}`,
                  `body            ${s.vector.payload}`,
                  `signed content  ${s.vector.signedContent}`,
                  `signature       ${s.vector.signature}`,
                ].join('\n'),
              },
              { kind: 'p', text: 'The timestamp is from 2023, so a correct program refuses the vector as too old: test your HMAC step with the tolerance check set aside.' },
            ],
          },
        ],
      },
      {
        id: 'token',
        title: 'Shared token for low-code tools',
        blocks: [
          { kind: 'p', text: 'Power Automate, Logic Apps and similar tools often cannot compute an HMAC. For them a webhook can use the **Shared token** verification style: Puente then also sends the secret itself, in an `X-Puente-Token` header and as `token` in the JSON body. The signature headers are still sent.' },
          { kind: 'code', language: 'http', label: 'What the shared-token style adds', code: s.tokenRequest },
          {
            kind: 'ol',
            items: [
              'In Power Automate, start the flow with the trigger **When a HTTP request is received**.',
              'Add a **Condition**: `triggerOutputs()?[\'headers\']?[\'X-Puente-Token\']` is equal to your secret, read from an environment variable or Azure Key Vault, never typed into the flow.',
              'If not: a **Response** with status **401**, then **Terminate**. If so: a **Response** with status **200** first, then your steps.',
            ],
          },
          { kind: 'note', text: '**Weaker than a signature:** anyone who sees one request (a proxy log, a misconfigured tool) can reuse the token to forge deliveries, and there is no timestamp to stop replays. Use https, keep the flow’s URL private, rotate the secret when someone leaves, and switch to the signature as soon as your tool can check it.' },
        ],
        subsections: [],
      },
      {
        id: 'troubleshooting',
        title: 'Troubleshooting',
        blocks: [
          { kind: 'p', text: 'The delivery log (your webhook’s page, then **Deliveries**) shows each attempt with its status code or, when no HTTP answer came, its error class. What each class means and what to check:' },
          {
            kind: 'dl',
            items: f.errorClasses.map((c) => ({ id: `error-${c}`, term: `${ERROR_CLASS_LABEL[c]} (\`${c}\`)`, details: troubleshooting(f)[c] })),
          },
        ],
        subsections: [
          {
            id: 'verification-failures',
            title: 'When your verification fails',
            blocks: [
              {
                kind: 'ul',
                items: [
                  'You verified the parsed JSON instead of the raw body. Express: `express.raw({ type: \'*/*\' })`; Flask: `request.get_data()`; ASP.NET: read `Request.Body` before model binding; PHP: `file_get_contents(\'php://input\')`.',
                  'Wrong secret: it was rotated or edited. Copy it again from the webhook’s page, the whole `whsec_…` string.',
                  'Wrong key: for `webhook-signature` the key is the base64-decoded part after `whsec_`; for `X-Hub-Signature-256` it is the whole string as text.',
                  `Clock: a server clock more than ${tolerance} off refuses every request. Synchronise it with NTP.`,
                  'Something in between changed the request: a proxy that re-encodes or decompresses the body, adds a line break, or drops the `webhook-*` headers.',
                  'Form content type: verify the whole form body (`payload=…`) before URL-decoding it.',
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
