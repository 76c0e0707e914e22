/**
 * Integrations in the dashboard: the API tokens page (create, show once, list, revoke), the
 * webhook page's "Send test lead" and its "Test" tag in the delivery log, the envelope version a
 * webhook gets, and the links to the public developer documents in the viewer's language. Terms
 * follow docs/glossary.md: API token → token de API, scope → alcance, read/write →
 * lectura/escritura, revoke → revocar, test lead → solicitud de prueba, envelope version →
 * versión del sobre. `en` is typed as the Spanish reference, so a missing key is a type error.
 */
import type { ApiTokenScope } from '../../api/tokens';

type Lifetime = '7' | '30' | '90' | '365' | 'never';
type TokenStatus = 'active' | 'expired' | 'revoked';

const es = {
  /** The public developer documents, in this language. */
  docs: {
    guide: '/docs/webhooks',
    reference: '/docs/api',
    changelog: '/docs/changelog',
    openapi: '/api/v1/openapi.json',
  },

  /** Beside every webhook secret: the receiver guide, in this language. */
  verifyLink: '¿Cómo verifico esto?',

  tokens: {
    title: 'Tokens de API',
    intro:
      'Con un token de API, un programa del departamento (un script de despliegue, su CRM) usa la API REST de Puente en nombre del departamento: consultar y administrar webhooks, revisar y reenviar entregas, enviar solicitudes de prueba.',
    /** Around <code>Authorization: Bearer pnt_…</code>, then the links. */
    docsBefore: 'Envíe el token en el encabezado ',
    docsReference: '. Lo que se puede hacer con él está en la ',
    referenceLink: 'referencia de la API',
    docsOpenapiBefore: ' (también como ',
    openapiLink: 'documento OpenAPI',
    docsOpenapiAfter: ')',
    docsGuide: '; cómo recibir y verificar las entregas, en la ',
    guideLink: 'guía del receptor',
    docsEnd: '.',

    createTitle: 'Crear un token',
    name: 'Nombre',
    nameHint: 'Para reconocerlo después: qué lo usa (p. ej., «Despliegue del CRM»).',
    scope: 'Alcance',
    scopes: { read: 'Lectura', write: 'Escritura' } satisfies Record<ApiTokenScope, string>,
    scopeHints: {
      read: 'Solo consulta: webhooks, entregas, solicitudes y tipos de evento.',
      write: 'Además crea, cambia y elimina webhooks, los prueba, y reenvía o recupera entregas.',
    } satisfies Record<ApiTokenScope, string>,
    lifetime: 'Vence',
    lifetimes: {
      '7': 'En 7 días',
      '30': 'En 30 días',
      '90': 'En 90 días',
      '365': 'En un año',
      never: 'Nunca',
    } satisfies Record<Lifetime, string>,
    lifetimeHint: 'Al vencer deja de funcionar sin que nadie haga nada; uno que no vence funciona hasta que se revoque.',
    submit: 'Crear token',
    submitting: 'Creando…',
    fieldLabels: { name: 'Nombre', scope: 'Alcance', expiresIn: 'Vence' },
    errors: {
      required: 'Escriba un nombre para el token.',
      tooLong: 'Como máximo 80 caracteres.',
      chooseScope: 'Elija lectura o escritura.',
      chooseLifetime: 'Elija cuándo vence.',
      checkField: 'Revise este campo.',
    } as Record<string, string>,

    created: {
      title: (name: string) => `Token creado: ${name}`,
      copyNow: 'Copie este token ahora. No se volverá a mostrar: Puente guarda solo una huella que no permite recuperarlo.',
      keepSafe: 'Guárdelo como una contraseña, en el gestor de secretos de su despliegue y no en el código. Si se pierde o se expone, revóquelo y cree otro.',
      label: 'Token de API',
      copy: 'Copiar el token',
      done: 'Ya lo copié',
    },

    listTitle: 'Tokens del departamento',
    empty: 'Aún no hay tokens.',
    caption: 'Tokens de API del departamento, con su alcance, su último uso y cuándo vencen',
    region: 'Tabla de tokens de API',
    columns: {
      name: 'Nombre',
      scope: 'Alcance',
      prefix: 'Prefijo',
      created: 'Creado',
      lastUsed: 'Último uso',
      expires: 'Vence',
      status: 'Estado',
      actions: 'Acciones',
    },
    by: (email: string) => `por ${email}`,
    neverUsed: 'Nunca',
    noExpiry: 'No vence',
    status: { active: 'Activo', expired: 'Vencido', revoked: 'Revocado' } satisfies Record<TokenStatus, string>,
    revokedOn: (when: string) => `Revocado: ${when}`,

    revoke: 'Revocar',
    revokeLabel: (name: string) => `Revocar el token ${name}`,
    revokeTitle: (name: string) => `¿Revocar el token «${name}»?`,
    revokeDescription: 'Todo programa que lo use recibirá 401 desde ya. No se puede deshacer: para volver a conectarlo, cree un token nuevo.',
    revokeConfirm: 'Revocar token',
    revoking: 'Revocando…',

    results: {
      created: 'Token creado. Cópielo ahora: no se volverá a mostrar.',
      revoked: 'Token revocado.',
      notFound: 'Este token ya no está activo en este departamento. Recargue la página.',
    },
  },

  testLead: {
    send: 'Enviar solicitud de prueba',
    sending: 'Enviando…',
    /** Around <code>lead.created</code>, <code>"test": true</code> and <code>X-Puente-Test</code>. */
    hintBefore: 'Envía a este webhook una solicitud ',
    hintMiddle: ' inventada, marcada como prueba (',
    hintAnd: ' en el cuerpo y el encabezado ',
    hintAfter: '). No se guarda ninguna solicitud ni se avisa a nadie más.',
    queued: 'Solicitud de prueba en cola:',
    seeIt: (id: string) => `ver la entrega ${id}`,
    notSubscribed: 'Este webhook no está suscrito a lead.created, así que una solicitud de prueba no le llegaría. Añada lead.created a sus eventos para probarla.',
    /** The tag beside the event name in the delivery log and on a delivery's page. */
    tag: 'Prueba',
    tagTitle: 'Solicitud de prueba: datos inventados, no una solicitud real',
  },

  envelope: {
    label: 'Versión del sobre',
    newest: (v: string) => `${v} (la más reciente)`,
    pinnedNewest: (v: string) => `fijada en ${v} (la más reciente)`,
    pinnedOlder: (v: string, newest: string) => `fijada en ${v} (la más reciente es ${newest})`,
    changelog: 'Qué cambió en cada versión',
    always: 'Siempre la más reciente',
    option: (v: string, newest: boolean) => (newest ? `${v} (la más reciente)` : v),
    hint: 'La forma del JSON que recibe este webhook. Fíjela si su receptor espera una versión concreta; con «Siempre la más reciente» recibe cada versión nueva en cuanto sale.',
  },
};

export type ApiMessages = typeof es;

const en: ApiMessages = {
  docs: {
    guide: '/en/docs/webhooks',
    reference: '/en/docs/api',
    changelog: '/en/docs/changelog',
    openapi: '/api/v1/openapi.json',
  },

  verifyLink: 'How do I verify this?',

  tokens: {
    title: 'API tokens',
    intro:
      'With an API token, one of the department’s programs (a deployment script, your CRM) uses Puente’s REST API on the department’s behalf: read and manage webhooks, look into and redeliver deliveries, send test leads.',
    docsBefore: 'Send the token in the ',
    docsReference: ' header. What it can do is in the ',
    referenceLink: 'API reference',
    docsOpenapiBefore: ' (also as an ',
    openapiLink: 'OpenAPI document',
    docsOpenapiAfter: ')',
    docsGuide: '; how to receive and verify deliveries, in the ',
    guideLink: 'receiver guide',
    docsEnd: '.',

    createTitle: 'Create a token',
    name: 'Name',
    nameHint: 'To recognise it later: what uses it (e.g. “CRM deployment”).',
    scope: 'Scope',
    scopes: { read: 'Read', write: 'Write' },
    scopeHints: {
      read: 'Look only: webhooks, deliveries, leads and event types.',
      write: 'Also creates, changes and deletes webhooks, tests them, and redelivers or recovers deliveries.',
    },
    lifetime: 'Expires',
    lifetimes: {
      '7': 'In 7 days',
      '30': 'In 30 days',
      '90': 'In 90 days',
      '365': 'In a year',
      never: 'Never',
    },
    lifetimeHint: 'Once expired it stops working without anyone doing anything; one that never expires works until it is revoked.',
    submit: 'Create token',
    submitting: 'Creating…',
    fieldLabels: { name: 'Name', scope: 'Scope', expiresIn: 'Expires' },
    errors: {
      required: 'Enter a name for the token.',
      tooLong: 'At most 80 characters.',
      chooseScope: 'Choose read or write.',
      chooseLifetime: 'Choose when it expires.',
      checkField: 'Check this field.',
    },

    created: {
      title: (name) => `Token created: ${name}`,
      copyNow: 'Copy this token now. It won’t be shown again: Puente keeps only a fingerprint it cannot be recovered from.',
      keepSafe: 'Keep it like a password, in your deployment’s secret store and not in code. If it is lost or exposed, revoke it and create another.',
      label: 'API token',
      copy: 'Copy the token',
      done: 'I have copied it',
    },

    listTitle: 'Department tokens',
    empty: 'No tokens yet.',
    caption: 'The department’s API tokens, with their scope, last use and expiry',
    region: 'API tokens table',
    columns: {
      name: 'Name',
      scope: 'Scope',
      prefix: 'Prefix',
      created: 'Created',
      lastUsed: 'Last used',
      expires: 'Expires',
      status: 'Status',
      actions: 'Actions',
    },
    by: (email) => `by ${email}`,
    neverUsed: 'Never',
    noExpiry: 'Never expires',
    status: { active: 'Active', expired: 'Expired', revoked: 'Revoked' },
    revokedOn: (when) => `Revoked ${when}`,

    revoke: 'Revoke',
    revokeLabel: (name) => `Revoke the token ${name}`,
    revokeTitle: (name) => `Revoke the token “${name}”?`,
    revokeDescription: 'Every program using it gets 401 from now on. This cannot be undone: to connect it again, create a new token.',
    revokeConfirm: 'Revoke token',
    revoking: 'Revoking…',

    results: {
      created: 'Token created. Copy it now: it won’t be shown again.',
      revoked: 'Token revoked.',
      notFound: 'This token is no longer active in this department. Reload the page.',
    },
  },

  testLead: {
    send: 'Send test lead',
    sending: 'Sending…',
    hintBefore: 'Sends this webhook a made-up ',
    hintMiddle: ' lead, marked as a test (',
    hintAnd: ' in the body and the ',
    hintAfter: ' header). No lead is stored and nobody else is notified.',
    queued: 'Test lead queued:',
    seeIt: (id) => `see delivery ${id}`,
    notSubscribed: 'This webhook is not subscribed to lead.created, so a test lead would not reach it. Add lead.created to its events to try one.',
    tag: 'Test',
    tagTitle: 'Test lead: made-up data, not a real lead',
  },

  envelope: {
    label: 'Envelope version',
    newest: (v) => `${v} (the newest)`,
    pinnedNewest: (v) => `pinned to ${v} (the newest)`,
    pinnedOlder: (v, newest) => `pinned to ${v} (the newest is ${newest})`,
    changelog: 'What changed in each version',
    always: 'Always the newest',
    option: (v, newest) => (newest ? `${v} (the newest)` : v),
    hint: 'The shape of the JSON this webhook receives. Pin it if your receiver expects one version; with “Always the newest” it gets each new version as soon as it is out.',
  },
};

export const api = { es, en };
