/**
 * The webhook pages: the list, "Add webhook", a webhook's page (settings, secret, ping, enable,
 * recover, replay missing, delete), the circuit breaker's words (also shown in the delivery
 * log), the form's validation messages and what the webhook actions answer. Terms follow
 * docs/glossary.md: payload URL → URL de destino, secret → secreto, endpoint → destino.
 * `en` is typed as the Spanish reference, so a missing key is a type error.
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const es = {
  titles: {
    list: 'Webhooks',
    add: 'Añadir webhook',
    manage: 'Administrar webhook',
  },
  backToList: '← Webhooks',

  list: {
    heading: 'Webhooks',
    add: 'Añadir webhook',
    deleted: 'Webhook eliminado.',
    /** Around <code>POST</code> and the receiver guide link. */
    introBeforePost: 'Cada solicitud para uno de los programas del departamento se envía como un ',
    introAfterPost: ' firmado a cada webhook activo que la cubre. Sus desarrolladores encontrarán cómo recibirlas y verificarlas en la ',
    guideLink: 'guía del receptor',
    introEnd: ' de Puente.',
    empty: 'Aún no hay webhooks.',
    emptyAdmin: 'Añada uno para empezar a recibir las solicitudes en su propio sistema.',
    emptyStaff: 'Un administrador del departamento puede añadir uno.',
  },

  table: {
    url: 'URL de destino',
    events: 'Eventos',
    state: 'Estado',
    last: 'Última entrega',
    hourly: 'Últimas 24 horas',
    caption: 'Webhooks de este departamento, con su última entrega y los intentos de las últimas 24 horas',
    region: 'Tabla de webhooks',
    noDeliveries: 'Aún no hay entregas',
  },

  sparkline: {
    none: 'Últimas 24 horas: ningún intento de entrega.',
    summary: (total: number, delivered: number, failed: number, rate: string) =>
      `Últimas 24 horas: ${total} ${plural(total, 'intento', 'intentos')}, ${delivered} con éxito, ${failed} ${plural(failed, 'fallido', 'fallidos')} (${rate} de éxito).`,
    noAttempts: 'Sin intentos',
  },

  events: {
    all: 'Todos los eventos',
    none: 'Ninguno',
  },

  state: {
    active: 'Activo',
    inactive: 'Inactivo',
    paused: 'En pausa',
    probing: 'En prueba',
    failing: 'Desactivado por fallas',
  },

  breaker: {
    /** "En pausa: el destino no responde desde 14:02 AST; próxima prueba: 14:07 AST" */
    paused: (since: string | null, next: string) => `En pausa: el destino no responde${since ? ` desde ${since}` : ''}; próxima prueba: ${next}`,
    probing: (since: string | null) => `En prueba: se comprueba si el destino vuelve a responder${since ? ` (no responde desde ${since})` : ''}`,
    explainPaused:
      'Puente no envía nada a este destino hasta la prueba: entonces sale una entrega sola y, si el destino responde, le siguen las demás. Mientras tanto las entregas esperan; no se pierde ninguna.',
    explainProbing:
      'La próxima entrega sale sola, como prueba: si el destino responde, le siguen las demás; si no, Puente espera más antes de la próxima prueba. Mientras tanto las entregas esperan; no se pierde ninguna.',
    waitsPaused: (next: string) => `El próximo intento espera la prueba prevista para ${next}`,
    waitsProbing: 'El próximo intento espera la prueba en curso',
    failures: (n: number) =>
      `${n} ${plural(n, 'intento falló', 'intentos seguidos fallaron')} (tiempo de espera agotado, sin conexión o una respuesta 5xx/429). `,
    fixedQuestion: '¿Ya arregló el destino? ',
    /** The ping button's label, in bold, then `probesNow`. */
    sendPing: 'Enviar ping',
    probesNow: ' lo prueba de inmediato.',
    resumed: 'El destino respondió a la prueba: las entregas vuelven a salir.',
  },

  page: {
    srWebhook: 'Webhook ',
    added: (when: string) => `Añadido: ${when}`,
    recentDeliveries: 'Entregas recientes',
    actions: 'Acciones del webhook',
    testTitle: 'Probar la conexión',
    testHint: 'Envía ahora un evento ping, sin importar a qué eventos esté suscrito este webhook.',
    secretTitle: 'Secreto',
    enableTitle: 'Activar',
    disableTitle: 'Desactivar',
    disableHint: 'Un webhook desactivado no recibe las solicitudes que lleguen mientras tanto; las entregas ya en curso esperan hasta que se active.',
    enableHint: 'Al activarlo se reanudan las entregas que estaban esperando y vuelve a recibir las solicitudes nuevas.',
    enableMissing: 'Una vez activado, puede enviarlas con “Enviarlas ahora”.',
    deleteTitle: 'Eliminar',
  },

  /** "3 solicitudes llegaron mientras este webhook estaba desactivado (desde 2026-05-01 14:02 AST)." */
  leadsWhileDisabled: (count: number, since: string | null) =>
    `${count} ${plural(count, 'solicitud llegó', 'solicitudes llegaron')} mientras este webhook estaba desactivado${since ? ` (desde ${since})` : ''}.`,

  replay: {
    title: 'Solicitudes no enviadas mientras estaba desactivado',
    canSend: 'Se pueden enviar ahora, una vez cada una, de la más antigua a la más reciente.',
    adminCanSend: 'Un administrador del departamento puede enviarlas ahora.',
    submit: 'Enviarlas ahora',
    sending: 'Enviando…',
  },

  disabled: {
    title: 'Desactivado tras entregas fallidas',
    why: 'Motivo:',
    defaultReason: 'Las entregas seguían fallando.',
    since: 'Desde:',
    notSent: 'Las solicitudes nuevas no se le envían hasta que se vuelva a activar.',
    missingAdmin: 'Una vez activado de nuevo, puede enviarlas con “Enviarlas ahora”.',
    missingStaff: 'Una vez activado de nuevo, un administrador del departamento puede enviarlas.',
    reenabling: 'Reactivando…',
    reenable: (since: string) => `Reactivar y recuperar las entregas fallidas desde ${since}`,
    staffHint: 'Un administrador del departamento puede reactivarlo cuando el receptor esté arreglado.',
    /** The reasons the delivery engine stores (lib/delivery/attempt-delivery.ts), in words. */
    gone: 'El receptor respondió 410 Gone.',
    streak: (days: number) => `Todas las entregas fallaron durante ${days} ${plural(days, 'día', 'días')}.`,
  },

  form: {
    addTitle: 'Añadir webhook',
    /** Around <code>POST</code> and <code>ping</code>. */
    addIntroBeforePost: 'Puente enviará un ',
    addIntroAfterPost: ' firmado a esta URL por cada solicitud. Se envía un ',
    addIntroAfterPing: ' en cuanto lo añada, para comprobar la conexión.',
    adding: 'Añadiendo…',
    add: 'Añadir webhook',
    settingsTitle: 'Configuración',
    saving: 'Guardando…',
    update: 'Actualizar webhook',
    somethingWrong: 'Algo salió mal.',

    url: 'URL de destino',
    urlHint: 'Adónde se envía cada solicitud como un POST, p. ej., https://crm.example.gov.pr/hooks/puente.',
    description: 'Descripción',
    descriptionHint: 'Para las personas: qué recibe estas entregas (p. ej., “Salesforce – equipo de préstamos”).',
    contentType: 'Tipo de contenido',
    /** Around <code>payload</code>. */
    contentTypeHintBefore: 'La codificación de formulario envía el mismo JSON en un campo llamado ',
    contentTypeHintAfter: ', para receptores que solo leen envíos de formulario.',
    secret: 'Secreto',
    secretHintCreate: 'Déjelo vacío para generar uno seguro (recomendado). O pegue un secreto de Standard Webhooks: whsec_ seguido de base64.',
    secretHintEdit:
      'Déjelo vacío para conservar el secreto actual. Un secreto escrito aquí reemplaza el actual de inmediato, sin período de transición: para cambiarlo sin perder entregas, use “Rotar secreto”.',

    verification: 'Verificación',
    signature: 'Firma (recomendada)',
    signatureHint: 'Cada entrega se firma con el secreto (encabezados Standard Webhooks y X-Hub-Signature-256). El secreto mismo nunca viaja.',
    token: 'Token compartido',
    tokenHint: 'También envía el secreto mismo en un encabezado X-Puente-Token, para herramientas low-code que no pueden comprobar una firma.',
    weaker: 'Más débil:',
    tokenWarning:
      ' cualquiera que vea una sola petición (un registro de proxy, una herramienta mal configurada) puede reutilizar el token para falsificar entregas. Prefiera la firma siempre que el receptor pueda comprobarla.',

    eventsLegend: '¿Qué eventos deben activar este webhook?',
    eventsLead: 'Solo lead.created',
    eventsAll: 'Todos',
    eventsAllHint: 'Todos los tipos de evento, incluidos los que se añadan más adelante.',
    eventsCustom: 'Quiero elegir',
    eventsToSend: 'Eventos que se envían',
    eventHints: {
      'lead.created': 'Un negocio preguntó por uno de los programas que cubre este webhook.',
      ping: 'Un mensaje de prueba, enviado al crear el webhook y cuando alguien oprime “Enviar ping”.',
    } as Record<string, string>,

    programsLegend: 'Programas cubiertos',
    programsAll: 'Todos los programas',
    programsAllHint: 'Solicitudes para cualquiera de los programas del departamento, incluidos los que se añadan más adelante.',
    programsChosen: 'Solo los programas que elija',
    programs: 'Programas',
    noPrograms: 'Este departamento aún no tiene programas.',
    closed: ' (cerrado)',

    sslVerify: 'Verificar los certificados SSL',
    sslHintBefore: 'Solo aplica a URL https://',
    sslHintNotHttps: ' (esta URL no es https, así que no hay nada que verificar)',
    sslHintAfter:
      '. Desactivarlo acepta cualquier certificado, así que alguien entre Puente y su servidor podría leer y cambiar las solicitudes. Manténgalo activado salvo que el receptor use un certificado autofirmado en una red privada.',

    headers: 'Encabezados personalizados',
    headersHint: (max: number) =>
      `Se envían con cada entrega, hasta ${max}. Los encabezados propios de Puente no se pueden reemplazar: Content-Type, Content-Length, Host, User-Agent, Connection, Transfer-Encoding, webhook-*, X-Hub-*, X-GitHub-* y X-Puente-*.`,
    noHeaders: 'Sin encabezados personalizados.',
    addHeader: 'Añadir encabezado',
    maxHeaders: (max: number) => `Ese es el máximo de ${max} encabezados.`,
    headerName: (n: number) => `Nombre del encabezado ${n}`,
    headerValue: (n: number) => `Valor del encabezado ${n}`,
    maskedHint: 'Oculto porque parece una credencial. Déjelo vacío para conservarlo o escriba un valor nuevo.',
    revealHeader: (name: string) => `Mostrar el valor de ${name}`,
    removeHeader: (n: number, name: string) => `Quitar el encabezado ${n}${name ? ` (${name})` : ''}`,
    remove: 'Quitar',

    ordered: 'Entrega en orden',
    orderedHint:
      'Entregar de una en una, en el orden en que llegaron las solicitudes: una entrega que se está reintentando retiene las que vienen detrás. Déjelo desactivado para la entrega más rápida.',
    maxInFlight: 'Máximo de peticiones en curso',
    maxInFlightHint: (platformDefault: number) =>
      `Cuántas entregas envía Puente a este destino a la vez, de 1 a 100. Déjelo vacío para usar el valor predeterminado de la plataforma (${platformDefault}). Redúzcalo si el receptor no puede atender muchas peticiones a la vez; con la entrega en orden siempre es una.`,
    active: 'Activo',
    activeHint: 'Un webhook inactivo no recibe las solicitudes que llegan mientras está inactivo. Las entregas ya en curso esperan hasta que vuelva a estar activo.',

    /** The error summary's names for each field. */
    fieldLabels: {
      url: 'URL de destino',
      description: 'Descripción',
      contentType: 'Tipo de contenido',
      secret: 'Secreto',
      verification: 'Verificación',
      events: 'Eventos',
      programIds: 'Programas',
      sslVerify: 'Verificación SSL',
      customHeaders: 'Encabezados personalizados',
      ordered: 'Entrega en orden',
      active: 'Activo',
      maxInFlight: 'Máximo de peticiones en curso',
    },
  },

  /** A webhook's settings, read-only, for staff. */
  summary: {
    adminOnly: 'Solo un administrador del departamento puede cambiarla.',
    signature: 'Firma',
    token: 'Token compartido (más débil)',
    on: 'Activada',
    off: 'Desactivada',
    yes: 'Sí',
    no: 'No',
    none: 'Ninguno',
    hidden: '(oculto)',
    platformDefault: (n: number) => `${n} (predeterminado de la plataforma)`,
  },

  created: {
    title: 'Webhook creado',
    pingSent: 'Se envió un ping para comprobar la conexión.',
    seeIt: 'Véalo en el registro de entregas',
    manage: 'Administrar este webhook',
    back: 'Volver a los webhooks',
  },

  secret: {
    copyNow: 'Copie este secreto ahora. No se volverá a mostrar.',
    giveIt: 'Déselo a quien administre el sistema receptor: con él se verifica la firma de cada entrega.',
    label: 'Secreto del webhook',
    revealedLabel: 'Secreto del webhook (visible)',
    hide: 'Ocultar',
    reveal: 'Mostrar',
    revealing: 'Mostrando…',
    previousAccepted: (until: string) => `El secreto anterior también se acepta hasta ${until}.`,
    rotate: 'Rotar secreto',
    rotateTitle: '¿Rotar el secreto?',
    rotateDescription:
      'Se genera un secreto nuevo con el que se firmará cada entrega a partir de ahora. Durante las próximas 24 horas las entregas también llevan una firma hecha con el secreto actual, así que el receptor sigue funcionando hasta que se cambie al nuevo.',
    rotating: 'Rotando…',
    rotated: 'Secreto rotado.',
    previousWorks: (until: string) => `El secreto anterior sigue funcionando hasta ${until}.`,
  },

  copy: {
    copy: 'Copiar',
    copied: 'Copiado',
    failed: 'No se pudo copiar automáticamente: el texto está seleccionado; oprima Ctrl+C (⌘C en Mac).',
  },

  ping: {
    send: 'Enviar ping',
    sending: 'Enviando…',
    seeIt: 'Véalo en el registro de entregas',
  },

  enable: {
    enable: 'Activar',
    disable: 'Desactivar',
    enabling: 'Activando…',
    disabling: 'Desactivando…',
  },

  remove: {
    open: 'Eliminar webhook…',
    /** Around the webhook's URL. */
    warningBefore: 'Esto elimina el webhook ',
    warningAfter: ' y todo su registro de entregas. Las solicitudes ya entregadas se quedan en el receptor. No se puede deshacer.',
    /** The word to type; the action accepts it in either language. */
    word: 'ELIMINAR',
    confirmLabel: 'Escriba ELIMINAR para confirmar',
    deleting: 'Eliminando…',
    submit: 'Eliminar este webhook',
  },

  /** Validation messages of the webhook form (app/actions/dashboard/webhooks/webhook-form-data.ts). */
  errors: {
    controlCharacters: 'Quite los caracteres de control invisibles de este campo (suelen venir con texto pegado de otro programa).',
    headerNameMissing: 'Escriba el nombre del encabezado o borre su valor.',
    headerDuplicate: (name: string) => `“${name}” ya se usa más arriba: cada nombre de encabezado, una sola vez.`,
    checkHeaders: 'Revise los encabezados personalizados más abajo.',
    header: {
      tooManyHeaders: 'Como máximo 10 encabezados personalizados.',
      invalidHeaderName: 'Use letras, dígitos y - _ . (sin espacios ni dos puntos), hasta 100 caracteres.',
      reservedHeader: 'Puente define este encabezado por su cuenta: elija otro nombre.',
      connectionHeader: 'Este encabezado controla la conexión o cómo se delimita el cuerpo, no la petición: no se puede definir por webhook.',
      invalidHeaderValue: 'El valor de un encabezado no puede contener saltos de línea ni otros caracteres de control.',
      tooLong: 'Demasiado largo: como máximo 1,000 caracteres.',
    } as Record<string, string>,
    checkHeader: 'Revise este encabezado.',
    urlRequired: 'Escriba la URL de destino.',
    urlTooLong: 'La URL es demasiado larga: como máximo 2,048 caracteres.',
    descriptionTooLong: 'Demasiado larga: como máximo 200 caracteres.',
    invalidSecret: 'El secreto debe ser whsec_ seguido del base64 de 24 a 64 bytes aleatorios. Déjelo vacío para que se genere uno.',
    chooseEvent: 'Elija al menos un evento.',
    chooseProgram: 'Elija al menos un programa, o elija “Todos los programas”.',
    programUnavailable: 'Uno de los programas elegidos ya no está en este departamento. Recargue la página y vuelva a elegir.',
    maxInFlight: (min: number, max: number, platformDefault: number) =>
      `Escriba un número entero del ${min} al ${max}, o déjelo vacío para usar el valor predeterminado de la plataforma (${platformDefault}).`,
    fallback: {
      url: 'Escriba una URL válida.',
      description: 'Revise la descripción.',
      contentType: 'Elija un tipo de contenido.',
      verification: 'Elija un estilo de verificación.',
      secret: 'Revise el secreto.',
      events: 'Elija eventos de la lista.',
      programIds: 'Elija programas de la lista.',
      sslVerify: 'Revise esta opción.',
      ordered: 'Revise esta opción.',
      active: 'Revise esta opción.',
    } as Record<string, string>,
    checkField: 'Revise este campo.',
    /** Why a payload URL is refused (lib/delivery/ssrf.ts), in words. */
    url: {
      invalid: 'No es una URL válida.',
      scheme: 'Solo se permiten URL http y https.',
      https: 'La URL debe usar https.',
      credentials: 'La URL no debe contener un nombre de usuario ni una contraseña.',
      noHost: 'La URL no indica un servidor.',
      notAllowed: (reason: string) => `Dirección no permitida: ${reason}.`,
      localHost: (host: string) => `${host} es este mismo equipo`,
      embeds: (text: string, embedded: string, inner: string) => `${text} contiene ${embedded}: ${inner}`,
      /** "<address> es una dirección de loopback" */
      isRange: (text: string, range: string) => `${text} ${range}`,
      ranges: {
        unspecified: 'es una dirección no especificada',
        broadcast: 'es la dirección de difusión (broadcast)',
        multicast: 'es una dirección multicast',
        linkLocal: 'es una dirección de enlace local (link-local)',
        loopback: 'es una dirección de loopback',
        carrierGradeNat: 'es una dirección de NAT de operador (100.64.0.0/10)',
        private: 'es una dirección de red privada',
        reserved: 'es una dirección reservada, de documentación o de pruebas de rendimiento',
        benchmarking: 'es una dirección de pruebas de rendimiento',
        uniqueLocal: 'es una dirección local única (fc00::/7)',
        deprecatedSiteLocal: 'es una dirección site-local',
        teredo: 'es una dirección de túnel Teredo',
        rfc6052: 'es una dirección NAT64 de uso local',
        discard: 'es una dirección de descarte',
        ipv4Compatible: 'es una dirección IPv6 compatible con IPv4 (obsoleta)',
        notGlobal: 'está fuera del espacio unicast global (2000::/3)',
      } as Record<string, string>,
      metadata: 'es una dirección de metadatos de la nube',
      special: (range: string) => `es una dirección de uso especial (${range})`,
      other: (detail: string) => `Puente no puede enviar a esta URL (${detail}).`,
    },
  },

  /** What the webhook actions answer. */
  results: {
    notFound: 'Este webhook ya no existe en este departamento.',
    serverError: 'Algo salió mal de nuestro lado. Recargue la página para ver qué se guardó y vuelva a intentarlo.',
    created: 'Webhook creado. Se envió un ping.',
    saved: 'Cambios guardados.',
    deleteConfirm: 'Escriba ELIMINAR para confirmar.',
    deleteConfirmField: 'Escriba la palabra ELIMINAR en mayúsculas para confirmar.',
    noFailedToRecover: 'No hay entregas fallidas que recuperar.',
    notDisabledAnyMore: 'Este webhook ya no está desactivado. Use “Recuperar entregas fallidas” más abajo si alguna entrega aún necesita otro intento.',
    reenabled: 'Webhook reactivado.',
    enableFirst: 'Primero active este webhook: a un webhook desactivado o inactivo no se le envía nada.',
    nothingLeft: 'No queda nada por enviar: esas solicitudes ya estaban en cola.',
    queued: (n: number) => `${n} ${plural(n, 'entrega', 'entregas')} en cola.`,
    headerGone: 'Ese encabezado ya no está guardado en este webhook: recargue la página.',
    valueRevealed: 'Valor mostrado. Esto quedó anotado en el registro de auditoría.',
    secretRevealed: 'Secreto mostrado. Esto quedó anotado en el registro de auditoría.',
    rotated: 'Secreto rotado.',
    rateLimited: (seconds: number) => `Demasiados envíos manuales a este webhook en poco tiempo. Vuelva a intentarlo en ${seconds} s.`,
    pingSent: 'Se envió un ping.',
    chooseEnable: 'Elija si activar o desactivar el webhook.',
    disabled: 'Webhook desactivado. Las solicitudes que lleguen mientras esté desactivado no se le envían; las entregas ya en curso esperan hasta que lo active.',
    enabled: 'Webhook activado.',
    resumed: (n: number) => (n === 1 ? 'Se reanudó 1 entrega retenida.' : `Se reanudaron ${n} entregas retenidas.`),
    /** After enabling: the leads that arrived while it was disabled, offered for sending. */
    missingAfterEnable: (n: number) =>
      n === 1
        ? '1 solicitud que llegó mientras estaba desactivado no se envió: use “Enviarlas ahora” para enviarla.'
        : `${n} solicitudes que llegaron mientras estaba desactivado no se enviaron: use “Enviarlas ahora” para enviarlas.`,
  },
};

export type WebhooksMessages = typeof es;

const en: WebhooksMessages = {
  titles: {
    list: 'Webhooks',
    add: 'Add webhook',
    manage: 'Manage webhook',
  },
  backToList: '← Webhooks',

  list: {
    heading: 'Webhooks',
    add: 'Add webhook',
    deleted: 'Webhook deleted.',
    introBeforePost: 'Each lead for one of the department’s programs is sent as a signed ',
    introAfterPost: ' to every active webhook that covers it. Your developers can find how to receive and verify them in Puente’s ',
    guideLink: 'receiver guide',
    introEnd: '.',
    empty: 'No webhooks yet.',
    emptyAdmin: 'Add one to start receiving leads in your own system.',
    emptyStaff: 'A department admin can add one.',
  },

  table: {
    url: 'Payload URL',
    events: 'Events',
    state: 'State',
    last: 'Last delivery',
    hourly: 'Last 24 hours',
    caption: 'Webhooks of this department, with their latest delivery and the last 24 hours of attempts',
    region: 'Webhooks table',
    noDeliveries: 'No deliveries yet',
  },

  sparkline: {
    none: 'Last 24 hours: no delivery attempts.',
    summary: (total, delivered, failed, rate) => `Last 24 hours: ${total} ${plural(total, 'attempt', 'attempts')}, ${delivered} delivered, ${failed} failed (${rate} success).`,
    noAttempts: 'No attempts',
  },

  events: {
    all: 'All events',
    none: 'None',
  },

  state: {
    active: 'Active',
    inactive: 'Inactive',
    paused: 'Paused',
    probing: 'Probing',
    failing: 'Disabled after failures',
  },

  breaker: {
    paused: (since, next) => `Paused: endpoint not answering${since ? ` since ${since}` : ''}, next probe ${next}`,
    probing: (since) => `Probing: checking whether the endpoint answers again${since ? ` (not answering since ${since})` : ''}`,
    explainPaused:
      'Puente sends nothing to this endpoint until the probe: then one delivery goes alone, and if the endpoint answers, the rest follow. Deliveries wait meanwhile; none is dropped.',
    explainProbing:
      'The next delivery goes alone, as a probe: if the endpoint answers, the rest follow; if not, Puente waits longer before the next probe. Deliveries wait meanwhile; none is dropped.',
    waitsPaused: (next) => `Next attempt waits for the probe at ${next}`,
    waitsProbing: 'Next attempt waits for the probe now under way',
    failures: (n) => `${n} ${plural(n, 'attempt failed', 'attempts in a row failed')} (timeout, no connection, or a 5xx/429 answer). `,
    fixedQuestion: 'Fixed the endpoint? ',
    sendPing: 'Send ping',
    probesNow: ' probes it at once.',
    resumed: 'The endpoint answered the probe: deliveries go out again.',
  },

  page: {
    srWebhook: 'Webhook ',
    added: (when) => `Added ${when}`,
    recentDeliveries: 'Recent deliveries',
    actions: 'Webhook actions',
    testTitle: 'Test the connection',
    testHint: 'Sends a ping event now, whatever events this webhook subscribes to.',
    secretTitle: 'Secret',
    enableTitle: 'Enable',
    disableTitle: 'Disable',
    disableHint: 'A disabled webhook is not sent the leads that arrive meanwhile; deliveries already under way wait until it is enabled.',
    enableHint: 'Enabling resumes the deliveries that were waiting and sends it new leads again.',
    enableMissing: 'Once it is enabled, you can send them with “Send them now”.',
    deleteTitle: 'Delete',
  },

  leadsWhileDisabled: (count, since) => `${count} ${plural(count, 'lead', 'leads')} arrived while this webhook was disabled${since ? ` (since ${since})` : ''}.`,

  replay: {
    title: 'Leads not sent while disabled',
    canSend: 'They can be sent now, each once, oldest first.',
    adminCanSend: 'A department admin can send them now.',
    submit: 'Send them now',
    sending: 'Sending…',
  },

  disabled: {
    title: 'Disabled after failed deliveries',
    why: 'Why:',
    defaultReason: 'Deliveries kept failing.',
    since: 'Since:',
    notSent: 'New leads are not sent to it until it is enabled again.',
    missingAdmin: 'Once it is enabled again, you can send them with “Send them now”.',
    missingStaff: 'Once it is enabled again, a department admin can send them.',
    reenabling: 'Re-enabling…',
    reenable: (since) => `Re-enable and recover failed deliveries since ${since}`,
    staffHint: 'A department admin can re-enable it once the receiver is fixed.',
    gone: 'The receiver answered 410 Gone.',
    streak: (days) => `Every delivery failed for ${days} ${plural(days, 'day', 'days')}.`,
  },

  form: {
    addTitle: 'Add webhook',
    addIntroBeforePost: 'Puente will send a signed ',
    addIntroAfterPost: ' to this URL for each lead. A ',
    addIntroAfterPing: ' is sent as soon as you add it, to check the connection.',
    adding: 'Adding…',
    add: 'Add webhook',
    settingsTitle: 'Settings',
    saving: 'Saving…',
    update: 'Update webhook',
    somethingWrong: 'Something went wrong.',

    url: 'Payload URL',
    urlHint: 'Where each lead is sent as a POST, e.g. https://crm.example.gov.pr/hooks/puente.',
    description: 'Description',
    descriptionHint: 'For people: what receives these deliveries (e.g. “Salesforce – loans team”).',
    contentType: 'Content type',
    contentTypeHintBefore: 'The form encoding sends the same JSON in a field named ',
    contentTypeHintAfter: ', for receivers that only read form posts.',
    secret: 'Secret',
    secretHintCreate: 'Leave empty to generate a strong one (recommended). Or paste a Standard Webhooks secret: whsec_ followed by base64.',
    secretHintEdit:
      'Leave empty to keep the current secret. A secret typed here replaces the current one at once, with no overlap: to switch without losing deliveries, use “Rotate secret” instead.',

    verification: 'Verification',
    signature: 'Signature (recommended)',
    signatureHint: 'Each delivery is signed with the secret (Standard Webhooks and X-Hub-Signature-256 headers). The secret itself never travels.',
    token: 'Shared token',
    tokenHint: 'Also sends the secret itself in an X-Puente-Token header, for low-code tools that cannot check a signature.',
    weaker: 'Weaker:',
    tokenWarning:
      ' anyone who sees one request (a proxy log, a misconfigured tool) can reuse the token to forge deliveries. Prefer the signature whenever the receiver can check it.',

    eventsLegend: 'Which events should trigger this webhook?',
    eventsLead: 'Just lead.created',
    eventsAll: 'Everything',
    eventsAllHint: 'Every event type, including ones added later.',
    eventsCustom: 'Let me choose',
    eventsToSend: 'Events to send',
    eventHints: {
      'lead.created': 'A business owner asked about one of the programs this webhook covers.',
      ping: 'A test message, sent when the webhook is created and when someone clicks “Send ping”.',
    },

    programsLegend: 'Programs covered',
    programsAll: 'All programs',
    programsAllHint: 'Leads for any of the department’s programs, including programs added later.',
    programsChosen: 'Only the programs I choose',
    programs: 'Programs',
    noPrograms: 'This department has no programs yet.',
    closed: ' (closed)',

    sslVerify: 'Verify SSL certificates',
    sslHintBefore: 'Only applies to https:// URLs',
    sslHintNotHttps: ' (this URL is not https, so there is nothing to verify)',
    sslHintAfter:
      '. Turning it off accepts any certificate, so someone between Puente and your server could read and change the leads. Keep it on unless the receiver uses a self-signed certificate on a private network.',

    headers: 'Custom headers',
    headersHint: (max) =>
      `Sent with every delivery, up to ${max}. Puente’s own headers cannot be replaced: Content-Type, Content-Length, Host, User-Agent, Connection, Transfer-Encoding, webhook-*, X-Hub-*, X-GitHub-* and X-Puente-*.`,
    noHeaders: 'No custom headers.',
    addHeader: 'Add header',
    maxHeaders: (max) => `That is the maximum of ${max} headers.`,
    headerName: (n) => `Header ${n} name`,
    headerValue: (n) => `Header ${n} value`,
    maskedHint: 'Hidden because it looks like a credential. Leave empty to keep it, or type a new value.',
    revealHeader: (name) => `Reveal the value of ${name}`,
    removeHeader: (n, name) => `Remove header ${n}${name ? ` (${name})` : ''}`,
    remove: 'Remove',

    ordered: 'Ordered delivery',
    orderedHint:
      'Deliver one at a time, in the order the leads arrived: a delivery that is being retried holds back the ones after it. Leave off for the fastest delivery.',
    maxInFlight: 'Maximum requests in flight',
    maxInFlightHint: (platformDefault) =>
      `How many deliveries Puente sends to this endpoint at the same time, from 1 to 100. Leave empty for the platform default (${platformDefault}). Lower it if the receiver cannot take many requests at once; with ordered delivery it is always one.`,
    active: 'Active',
    activeHint: 'An inactive webhook is not sent the leads that arrive while it is inactive. Deliveries already under way wait until it is active again.',

    fieldLabels: {
      url: 'Payload URL',
      description: 'Description',
      contentType: 'Content type',
      secret: 'Secret',
      verification: 'Verification',
      events: 'Events',
      programIds: 'Programs',
      sslVerify: 'SSL verification',
      customHeaders: 'Custom headers',
      ordered: 'Ordered delivery',
      active: 'Active',
      maxInFlight: 'Maximum requests in flight',
    },
  },

  summary: {
    adminOnly: 'Only a department admin can change these.',
    signature: 'Signature',
    token: 'Shared token (weaker)',
    on: 'On',
    off: 'Off',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    hidden: '(hidden)',
    platformDefault: (n) => `${n} (platform default)`,
  },

  created: {
    title: 'Webhook created',
    pingSent: 'A ping was sent to check the connection.',
    seeIt: 'See it in the deliveries log',
    manage: 'Manage this webhook',
    back: 'Back to webhooks',
  },

  secret: {
    copyNow: 'Copy this secret now. It won’t be shown again.',
    giveIt: 'Give it to whoever runs the receiving system: it verifies the signature on every delivery.',
    label: 'Webhook secret',
    revealedLabel: 'Webhook secret (revealed)',
    hide: 'Hide',
    reveal: 'Reveal',
    revealing: 'Revealing…',
    previousAccepted: (until) => `The previous secret is also accepted until ${until}.`,
    rotate: 'Rotate secret',
    rotateTitle: 'Rotate the secret?',
    rotateDescription:
      'A new secret is generated and used to sign every delivery from now on. For the next 24 hours deliveries also carry a signature made with the current secret, so the receiver keeps working until it is switched to the new one.',
    rotating: 'Rotating…',
    rotated: 'Secret rotated.',
    previousWorks: (until) => `The previous secret keeps working until ${until}.`,
  },

  copy: {
    copy: 'Copy',
    copied: 'Copied',
    failed: 'Could not copy automatically: the text is selected, press Ctrl+C (⌘C on a Mac).',
  },

  ping: {
    send: 'Send ping',
    sending: 'Sending…',
    seeIt: 'See it in the deliveries log',
  },

  enable: {
    enable: 'Enable',
    disable: 'Disable',
    enabling: 'Enabling…',
    disabling: 'Disabling…',
  },

  remove: {
    open: 'Delete webhook…',
    warningBefore: 'This deletes the webhook ',
    warningAfter: ' and its whole delivery log. Leads already delivered stay with the receiver. This cannot be undone.',
    word: 'DELETE',
    confirmLabel: 'Type DELETE to confirm',
    deleting: 'Deleting…',
    submit: 'Delete this webhook',
  },

  errors: {
    controlCharacters: 'Remove the invisible control characters from this field (they often come with text pasted from another program).',
    headerNameMissing: 'Enter the header name, or clear its value.',
    headerDuplicate: (name) => `“${name}” is already used above: each header name once.`,
    checkHeaders: 'Check the custom headers below.',
    header: {
      tooManyHeaders: 'At most 10 custom headers.',
      invalidHeaderName: 'Use letters, digits and - _ . (no spaces or colons), up to 100 characters.',
      reservedHeader: 'Puente sets this header itself: choose another name.',
      connectionHeader: 'This header controls the connection or how the body is framed, not the request: it cannot be set per webhook.',
      invalidHeaderValue: 'A header value cannot contain line breaks or other control characters.',
      tooLong: 'Too long: at most 1,000 characters.',
    },
    checkHeader: 'Check this header.',
    urlRequired: 'Enter the payload URL.',
    urlTooLong: 'The URL is too long: at most 2,048 characters.',
    descriptionTooLong: 'Too long: at most 200 characters.',
    invalidSecret: 'The secret must be whsec_ followed by the base64 of 24 to 64 random bytes. Leave it empty to have one generated.',
    chooseEvent: 'Choose at least one event.',
    chooseProgram: 'Choose at least one program, or choose “All programs”.',
    programUnavailable: 'One of the chosen programs is no longer in this department. Reload the page and choose again.',
    maxInFlight: (min, max, platformDefault) => `Enter a whole number from ${min} to ${max}, or leave it empty for the platform default (${platformDefault}).`,
    fallback: {
      url: 'Enter a valid URL.',
      description: 'Check the description.',
      contentType: 'Choose a content type.',
      verification: 'Choose a verification style.',
      secret: 'Check the secret.',
      events: 'Choose events from the list.',
      programIds: 'Choose programs from the list.',
      sslVerify: 'Check this option.',
      ordered: 'Check this option.',
      active: 'Check this option.',
    },
    checkField: 'Check this field.',
    url: {
      invalid: 'Not a valid URL.',
      scheme: 'Only http and https URLs are allowed.',
      https: 'The URL must use https.',
      credentials: 'The URL must not contain a user name or password.',
      noHost: 'The URL has no host.',
      notAllowed: (reason) => `Address not allowed: ${reason}.`,
      localHost: (host) => `${host} is the local host`,
      embeds: (text, embedded, inner) => `${text} embeds ${embedded}: ${inner}`,
      isRange: (text, range) => `${text} ${range}`,
      ranges: {
        unspecified: 'is an unspecified address',
        broadcast: 'is the broadcast address',
        multicast: 'is a multicast address',
        linkLocal: 'is a link-local address',
        loopback: 'is a loopback address',
        carrierGradeNat: 'is a carrier-grade NAT (100.64.0.0/10) address',
        private: 'is a private network address',
        reserved: 'is a reserved, documentation or benchmarking address',
        benchmarking: 'is a benchmarking address',
        uniqueLocal: 'is a unique-local (fc00::/7) address',
        deprecatedSiteLocal: 'is a site-local address',
        teredo: 'is a Teredo tunnel address',
        rfc6052: 'is a local-use NAT64 address',
        discard: 'is a discard-only address',
        ipv4Compatible: 'is a deprecated IPv4-compatible IPv6 address',
        notGlobal: 'is outside the global unicast space (2000::/3)',
      },
      metadata: 'is a cloud metadata address',
      special: (range) => `is a special-purpose address (${range})`,
      other: (detail) => `Puente cannot send to this URL (${detail}).`,
    },
  },

  results: {
    notFound: 'This webhook no longer exists in this department.',
    serverError: 'Something went wrong on our side. Reload the page to see what was saved, then try again.',
    created: 'Webhook created. A ping was sent.',
    saved: 'Changes saved.',
    deleteConfirm: 'Type DELETE to confirm.',
    deleteConfirmField: 'Type the word DELETE in capital letters to confirm.',
    noFailedToRecover: 'No failed deliveries to recover.',
    notDisabledAnyMore: 'This webhook is not disabled any more. Use “Recover failed deliveries” below if deliveries still need another attempt.',
    reenabled: 'Webhook re-enabled.',
    enableFirst: 'Enable this webhook first: a disabled or inactive webhook is not sent anything.',
    nothingLeft: 'Nothing left to send: those leads were already queued.',
    queued: (n) => `${n} ${plural(n, 'delivery', 'deliveries')} queued.`,
    headerGone: 'That header is no longer saved on this webhook: reload the page.',
    valueRevealed: 'Value revealed. This was recorded in the audit log.',
    secretRevealed: 'Secret revealed. This was recorded in the audit log.',
    rotated: 'Secret rotated.',
    rateLimited: (seconds) => `Too many manual sends to this webhook in a short time. Try again in ${seconds} s.`,
    pingSent: 'A ping was sent.',
    chooseEnable: 'Choose to enable or disable the webhook.',
    disabled: 'Webhook disabled. Leads that arrive while it is disabled are not sent to it; deliveries already under way wait until you enable it.',
    enabled: 'Webhook enabled.',
    resumed: (n) => `${n} held ${plural(n, 'delivery was', 'deliveries were')} resumed.`,
    missingAfterEnable: (n) =>
      `${n} ${plural(n, 'lead that arrived', 'leads that arrived')} while it was disabled ${plural(n, 'was', 'were')} not sent: use “Send them now” to send ${plural(n, 'it', 'them')}.`,
  },
};

export const webhooks = { es, en };
