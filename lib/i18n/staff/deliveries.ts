/**
 * The delivery log and a delivery's page (GitHub-style: attempts, request/response tabs), the
 * per-webhook charts, the live-update words and what Redeliver answers. Terms follow
 * docs/glossary.md: delivery → entrega (feminine: entregada, fallida), request/response →
 * petición/respuesta (never solicitud, which is a lead), attempt → intento.
 * `en` is typed as the Spanish reference, so a missing key is a type error.
 */

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const es = {
  titles: {
    log: 'Entregas',
    delivery: 'Entrega',
  },
  backToLog: '← Entregas recientes',

  /** A delivery's status, as a word next to its icon. */
  status: {
    delivered: 'Entregada',
    retrying: 'Reintentando',
    pending: 'Pendiente',
    failed: 'Fallida',
    held: 'Retenida',
    skipped: 'Omitida (webhook desactivado)',
  },

  /** Why an attempt got no HTTP answer. */
  errorClass: {
    timeout: 'Tiempo de espera agotado',
    connection: 'Error de conexión',
    dns: 'Error de DNS',
    tls: 'Error de TLS',
    http: 'Error HTTP',
    blocked: 'Petición bloqueada',
  } as Record<string, string>,
  errorFallback: 'Error',

  /** What started an attempt. */
  trigger: {
    auto: 'Automático',
    manual: 'Reenvío',
    recover: 'Recuperación',
  } as Record<string, string>,

  /** The notes the engine stores on a delivery that was not sent (lib/delivery, lib/retention), in words. */
  notes: {
    skippedDisabled: 'No enviada: el webhook estaba desactivado cuando ocurrió este evento.',
    skippedInactive: 'No enviada: el webhook estaba inactivo cuando ocurrió este evento.',
    purged: 'Sus datos se eliminaron según la política de retención.',
    expired: (days: number) => `No se entregó dentro del período de retención de ${days} días; sus datos se eliminaron.`,
  },

  live: {
    live: 'En vivo',
    connecting: 'Conectando…',
    polling: 'Actualizando cada 10 s',
    refreshing: '· actualizando',
  },
  couldNotRefresh: 'No se pudo actualizar',
  couldNotRefreshList: 'No se pudo actualizar la lista',
  /** Appended to the two above: the HTTP status of the refused request, if any. */
  refreshStatus: (status: number) => ` (HTTP ${status})`,

  log: {
    heading: 'Entregas recientes',
    newOnes: (n: number) => `${n} ${plural(n, 'entrega nueva', 'entregas nuevas')}`,
    webhook: 'Webhook',
    columns: {
      delivery: 'Entrega',
      event: 'Evento',
      status: 'Estado',
      response: 'Respuesta',
      attempts: 'Intentos',
      duration: 'Duración',
      time: 'Hora',
      webhook: 'Webhook',
    },
    caption: (what: string, shown: number) => `${what}. Las más recientes primero; ${plural(shown, 'se muestra', 'se muestran')} ${shown}.`,
    region: 'Tabla de entregas',
    noOlder: 'No hay entregas más antiguas.',
    empty: 'Ninguna entrega coincide. Las nuevas aparecen aquí a medida que ocurren.',
    pages: 'Páginas de entregas',
    newest: '← Más recientes',
    older: 'Más antiguas →',
  },

  /** The log's caption, from its filters: "Entregas a todos los webhooks, estado fallida, desde el 1 may 2026". */
  caption: {
    toWebhook: (url: string) => `Entregas a ${url}`,
    unknownWebhook: 'un webhook desconocido',
    allWebhooks: 'Entregas a todos los webhooks',
    status: (label: string) => `estado ${label}`,
    event: (event: string) => `evento ${event}`,
    program: (title: string) => `programa ${title}`,
    unknownProgram: 'desconocido',
    from: (day: string, year: string) => `desde el ${day} ${year}`,
    to: (day: string, year: string) => `hasta el ${day} ${year}`,
    olderPage: 'página de entregas más antiguas',
  },

  filters: {
    heading: 'Filtrar entregas',
    active: (label: string, n: number) => `${label} (${n} ${plural(n, 'activo', 'activos')})`,
    webhook: 'Webhook',
    allWebhooks: 'Todos los webhooks',
    disabled: ' (desactivado)',
    inactive: ' (inactivo)',
    status: 'Estado',
    anyStatus: 'Cualquier estado',
    event: 'Evento',
    anyEvent: 'Cualquier evento',
    program: 'Programa',
    anyProgram: 'Cualquier programa',
    from: 'Desde',
    to: 'Hasta',
  },

  detail: {
    heading: 'Entrega',
    newAttempt: (n: number, outcome: string) => `Nuevo intento ${n}: ${outcome}.`,
    purged: (when: string) =>
      `Los datos de la solicitud y los cuerpos de la petición y de la respuesta de esta entrega se eliminaron el ${when} según la política de retención. Se conservan su estado, sus horas y sus códigos de respuesta; ya no se puede reenviar.`,
    status: 'Estado',
    event: 'Evento',
    created: 'Creada',
    messageId: 'webhook-id (id del mensaje)',
    attempts: 'Intentos',
    webhook: 'Webhook',
    nextAttempt: 'Próximo intento',
    attemptsHeading: 'Intentos',
    notAttempted: 'Aún no se ha intentado.',
    timeline: 'Intentos, el más reciente primero',
    attempt: (n: number) => `Intento ${n}`,
    to: (address: string) => `hacia ${address}`,
    /** Followed by the relative time: "Próximo reintento en 4 min". */
    nextRetry: 'Próximo reintento',
    retryPlanned: 'Reintento previsto para ',
    shown: ' (seleccionado)',
    noAttempt: 'Aún no hay intentos',
  },

  attempt: {
    tabs: { request: 'Petición', response: 'Respuesta' },
    requestHeaders: 'Encabezados de la petición',
    requestBody: 'Cuerpo de la petición',
    noResponse: (why: string) => `Sin respuesta: ${why}.`,
    httpStatus: 'Estado HTTP',
    responseHeaders: 'Encabezados de la respuesta',
    responseBody: 'Cuerpo de la respuesta',
    headerName: 'Nombre',
    headerValue: 'Valor',
    none: 'Ninguno',
    empty: 'Vacío',
    formPayload: 'Cuerpo de formulario: el campo payload, decodificado.',
    form: 'Cuerpo de formulario, decodificado.',
    truncated: 'Solo se guardaron los primeros 64 KiB del cuerpo.',
  },

  redeliver: {
    submit: 'Reenviar',
    pending: 'Reenviando…',
  },

  charts: {
    heading: 'Salud de ',
    hourly: 'Últimas 24 horas, por hora',
    daily: 'Últimos 7 días, por día',
    note: (zone: string) =>
      `Intentos contados según cuándo se hicieron (${zone}). Éxito = una respuesta 2xx. El tiempo de respuesta no incluye los intentos bloqueados antes del envío.`,
    successRate: 'Tasa de éxito',
    responseTime: 'Tiempo de respuesta',
    noAttemptsHourly: 'Ningún intento en las últimas 24 horas.',
    noAttemptsDaily: 'Ningún intento en los últimos 7 días.',
    rateSummary: (rate: string, attempts: number, unit: 'hour' | 'day', worst: string, when: string) =>
      `Tasa de éxito de ${rate} en ${attempts} ${plural(attempts, 'intento', 'intentos')}; ${unit === 'hour' ? 'la peor hora' : 'el peor día'}: ${worst} (${when}).`,
    noTimes: 'Sin tiempos de respuesta.',
    timeSummary: (min: number, max: number, unit: 'hour' | 'day', p95: number) =>
      `Tiempo de respuesta mediano (p50) entre ${min} y ${max} ms por ${unit === 'hour' ? 'hora' : 'día'}; p95 de hasta ${p95} ms.`,
    rateTitle: (span: string) => `Tasa de éxito, ${span}`,
    timeTitle: (span: string) => `Tiempo de respuesta p50 y p95, ${span}`,
    bar: (when: string, rate: string, attempts: number) => `${when}: ${rate} de ${attempts}`,
    showNumbers: 'Ver los números',
    tableCaption: (span: string) => `Intentos, tasa de éxito y tiempo de respuesta, ${span}`,
    hour: 'Hora',
    day: 'Día',
    attempts: 'Intentos',
    success: 'Éxito',
  },

  /** What Redeliver (app/actions/dashboard/deliveries/redeliver-delivery.ts) answers. */
  results: {
    notADelivery: 'Ese no es un id de entrega válido.',
    purged: 'Esta entrega ya no se puede reenviar: sus datos se eliminaron según la política de retención.',
    rateLimited: (seconds: number) => `Demasiados envíos manuales a este webhook en poco tiempo. Vuelva a intentarlo en ${seconds} s.`,
    inFlight: 'Esta entrega se está intentando en este momento. Su resultado aparecerá en breve en la cronología; reenvíela después si aún lo necesita.',
    notFound: 'Esta entrega no existe.',
    queued: 'Reenvío en cola. El nuevo intento aparecerá en la cronología en un momento.',
  },
};

export type DeliveriesMessages = typeof es;

const en: DeliveriesMessages = {
  titles: {
    log: 'Deliveries',
    delivery: 'Delivery',
  },
  backToLog: '← Recent deliveries',

  status: {
    delivered: 'Delivered',
    retrying: 'Retrying',
    pending: 'Pending',
    failed: 'Failed',
    held: 'Held',
    skipped: 'Skipped (webhook disabled)',
  },

  errorClass: {
    timeout: 'Timeout',
    connection: 'Connection error',
    dns: 'DNS error',
    tls: 'TLS error',
    http: 'HTTP error',
    blocked: 'Blocked',
  },
  errorFallback: 'Error',

  trigger: {
    auto: 'Automatic',
    manual: 'Redeliver',
    recover: 'Recover',
  },

  notes: {
    skippedDisabled: 'Not sent: the webhook was disabled when this event happened.',
    skippedInactive: 'Not sent: the webhook was inactive when this event happened.',
    purged: 'Its data was removed under the retention policy.',
    expired: (days) => `Not delivered within the ${days}-day retention period; its data was removed.`,
  },

  live: {
    live: 'Live',
    connecting: 'Connecting…',
    polling: 'Updating every 10 s',
    refreshing: '· refreshing',
  },
  couldNotRefresh: 'Could not refresh',
  couldNotRefreshList: 'Could not refresh the list',
  refreshStatus: (status) => ` (HTTP ${status})`,

  log: {
    heading: 'Recent deliveries',
    newOnes: (n) => `${n} new ${plural(n, 'delivery', 'deliveries')}`,
    webhook: 'Webhook',
    columns: {
      delivery: 'Delivery',
      event: 'Event',
      status: 'Status',
      response: 'Response',
      attempts: 'Attempts',
      duration: 'Duration',
      time: 'Time',
      webhook: 'Webhook',
    },
    caption: (what, shown) => `${what}. Newest first, ${shown} shown.`,
    region: 'Deliveries table',
    noOlder: 'No older deliveries.',
    empty: 'No deliveries match. New ones appear here as they happen.',
    pages: 'Delivery pages',
    newest: '← Newest',
    older: 'Older →',
  },

  caption: {
    toWebhook: (url) => `Deliveries to ${url}`,
    unknownWebhook: 'an unknown webhook',
    allWebhooks: 'Deliveries to all webhooks',
    status: (label) => `status ${label}`,
    event: (event) => `event ${event}`,
    program: (title) => `program ${title}`,
    unknownProgram: 'unknown',
    from: (day, year) => `from ${day}, ${year}`,
    to: (day, year) => `to ${day}, ${year}`,
    olderPage: 'older page',
  },

  filters: {
    heading: 'Filter deliveries',
    active: (label, n) => `${label} (${n} active)`,
    webhook: 'Webhook',
    allWebhooks: 'All webhooks',
    disabled: ' (disabled)',
    inactive: ' (inactive)',
    status: 'Status',
    anyStatus: 'Any status',
    event: 'Event',
    anyEvent: 'Any event',
    program: 'Program',
    anyProgram: 'Any program',
    from: 'From',
    to: 'To',
  },

  detail: {
    heading: 'Delivery',
    newAttempt: (n, outcome) => `New attempt ${n}: ${outcome}.`,
    purged: (when) =>
      `The lead data, request and response bodies of this delivery were removed on ${when} under the retention policy. Its status, times and response codes remain; it can no longer be redelivered.`,
    status: 'Status',
    event: 'Event',
    created: 'Created',
    messageId: 'webhook-id (message id)',
    attempts: 'Attempts',
    webhook: 'Webhook',
    nextAttempt: 'Next attempt',
    attemptsHeading: 'Attempts',
    notAttempted: 'Not attempted yet.',
    timeline: 'Attempts, newest first',
    attempt: (n) => `Attempt ${n}`,
    to: (address) => `to ${address}`,
    nextRetry: 'Next retry',
    retryPlanned: 'Retry planned for ',
    shown: ' (shown)',
    noAttempt: 'No attempt yet',
  },

  attempt: {
    tabs: { request: 'Request', response: 'Response' },
    requestHeaders: 'Request headers',
    requestBody: 'Request body',
    noResponse: (why) => `No response: ${why}.`,
    httpStatus: 'HTTP status',
    responseHeaders: 'Response headers',
    responseBody: 'Response body',
    headerName: 'Name',
    headerValue: 'Value',
    none: 'None',
    empty: 'Empty',
    formPayload: 'Form body: the payload field, decoded.',
    form: 'Form body, decoded.',
    truncated: 'Only the first 64 KiB of the body were kept.',
  },

  redeliver: {
    submit: 'Redeliver',
    pending: 'Redelivering…',
  },

  charts: {
    heading: 'Health of ',
    hourly: 'Last 24 hours, by hour',
    daily: 'Last 7 days, by day',
    note: (zone) => `Attempts counted by when they were made (${zone}). Success = a 2xx answer. Response time leaves out attempts that were blocked before sending.`,
    successRate: 'Success rate',
    responseTime: 'Response time',
    noAttemptsHourly: 'No attempts in the last 24 hours.',
    noAttemptsDaily: 'No attempts in the last 7 days.',
    rateSummary: (rate, attempts, unit, worst, when) => `Success rate ${rate} of ${attempts} ${plural(attempts, 'attempt', 'attempts')}; lowest ${unit}: ${worst} (${when}).`,
    noTimes: 'No response times.',
    timeSummary: (min, max, unit, p95) => `Median (p50) response time between ${min} and ${max} ms per ${unit}; p95 up to ${p95} ms.`,
    rateTitle: (span) => `Success rate, ${span}`,
    timeTitle: (span) => `Response time p50 and p95, ${span}`,
    bar: (when, rate, attempts) => `${when}: ${rate} of ${attempts}`,
    showNumbers: 'Show the numbers',
    tableCaption: (span) => `Attempts, success rate and response time, ${span}`,
    hour: 'Hour',
    day: 'Day',
    attempts: 'Attempts',
    success: 'Success',
  },

  results: {
    notADelivery: 'That is not a delivery id.',
    purged: 'This delivery can no longer be redelivered: its data was removed under the retention policy.',
    rateLimited: (seconds) => `Too many manual sends to this webhook in a short time. Try again in ${seconds} s.`,
    inFlight: 'This delivery is being attempted at this moment. Its result appears in the timeline shortly; redeliver after that if you still need to.',
    notFound: 'This delivery does not exist.',
    queued: 'Redelivery queued. The new attempt appears in the timeline in a moment.',
  },
};

export const deliveries = { es, en };
