/**
 * La guía del receptor en español (/docs/webhooks), con los términos de docs/glossary.md. Las
 * mismas secciones que ./en.ts: una prueba lo comprueba.
 */
import { formatNumber } from '../../i18n/numbers';
import { HEADER_ORDER, cut, retryRows } from './common';
import { formatBytes, formatDuration, scheduleSpanHours, type ErrorClass, type GuideFacts } from './facts';
import type { GuideSamples } from './samples';
import { SNIPPETS, SNIPPET_COMMANDS } from './snippets';
import { SNIPPET_IDS, type Inline, type SnippetInfo, type Subsection, type WebhookGuide } from './types';

/** Las mismas palabras que el registro de entregas del panel. */
const ERROR_CLASS_LABEL: Record<ErrorClass, string> = {
  timeout: 'Tiempo de espera agotado',
  connection: 'Error de conexión',
  dns: 'Error de DNS',
  tls: 'Error de TLS',
  http: 'Error HTTP',
  blocked: 'Petición bloqueada',
};

function troubleshooting(f: GuideFacts): Record<ErrorClass, Inline[]> {
  return {
    timeout: [
      `Su servidor no respondió en ${formatDuration(f.timeoutMs)}, o abrir la conexión tomó más de ${formatDuration(f.connectTimeoutMs)}.`,
      '**Revise:** responda primero y trabaje después (una cola, un proceso en segundo plano); el tiempo que su plataforma tarda antes de que su código corra (funciones serverless en frío, grupos de aplicaciones que despiertan); la carga del servidor a la hora de las fallas.',
    ],
    connection: [
      'La conexión fue rechazada, reiniciada o cerrada antes de una respuesta (`ECONNREFUSED`, `ECONNRESET`, “socket hang up”).',
      '**Revise:** que el servicio esté corriendo y escuchando en el puerto de la URL; que un cortafuegos o grupo de seguridad deje pasar las peticiones de Puente; que el balanceador de carga tenga un servidor sano detrás; que su servidor no cierre la conexión mientras lee un cuerpo grande.',
    ],
    dns: [
      'El nombre de la URL de destino no se pudo resolver.',
      '**Revise:** errores al escribir la URL; que el nombre tenga un registro DNS público (un nombre que solo conoce su DNS interno no se puede resolver desde Puente); un registro que cambió hace poco.',
    ],
    tls: [
      'Falló el saludo HTTPS (TLS).',
      '**Revise:** que el certificado no haya vencido y corresponda al nombre; que el servidor envíe sus certificados intermedios (`openssl s_client -connect host:443 -servername host` muestra la cadena); un certificado autofirmado requiere desactivar **Verificar los certificados SSL**, lo que solo es aceptable en una red privada.',
    ],
    http: [
      'Su servidor respondió, pero no con un 2xx. El registro muestra el código y los primeros 64 KiB del cuerpo de su respuesta.',
      '**401 o 403:** su verificación la rechazó (vea [Cuando su verificación falla](#verification-failures)), o una pasarela o cortafuegos delante pide credenciales (envíelas como encabezados personalizados). **404 o 405:** ruta equivocada, o la ruta no acepta `POST`. **3xx:** las redirecciones no se siguen, p. ej., de http a https: registre la URL final. **413:** el límite de tamaño del cuerpo de su servidor. **5xx:** el registro de errores de su aplicación, a la hora del intento.',
    ],
    blocked: [
      'Puente no envió la petición. El registro dice por qué.',
      `**Revise:** si la URL apunta a una dirección privada, local (loopback) o de enlace local que no está en la lista de redes permitidas de la plataforma (un administrador de la plataforma puede añadir su red); si la URL no es http ni https, o lleva usuario o contraseña; si el cuerpo pasaba de ${formatBytes(f.requestBodyLimitBytes)}.`,
    ],
  };
}

function snippetTesting(info: SnippetInfo): Inline {
  if (info.testing === 'vector') {
    return 'Probado con el [vector de prueba de Standard Webhooks](#test-vector): los pasos de su algoritmo se comprueban con Node. PowerShell no corre en nuestro CI, así que este archivo no se ejecuta allí.';
  }
  if (info.id === 'csharp') {
    return `Ejecutado por nuestras pruebas en cada cambio: compilado y ejecutado con ${info.runtime} (el SDK de .NET no está disponible en nuestro CI); usa solo API que comparten .NET 6+ y .NET Framework 4.6.2+.`;
  }
  return `Ejecutado por nuestras pruebas en cada cambio, con ${info.runtime}: acepta una entrega firmada de verdad; rechaza un cuerpo cambiado, una marca de tiempo vieja y un secreto equivocado; acepta ambos secretos durante una rotación.`;
}

export function guideEs(f: GuideFacts, s: GuideSamples): WebhookGuide {
  const h = s.leadCreatedHeaders;
  const span = formatNumber(scheduleSpanHours(f), 'es', 1);
  const jitter = `±${Math.round(f.jitterRatio * 100)} %`;
  const tolerance = `${f.toleranceSeconds / 60} minutos`;
  const headerRows: Record<(typeof HEADER_ORDER)[number], Inline[]> = {
    'Content-Type': ['`Content-Type`', '`application/json`', 'O `application/x-www-form-urlencoded` con el tipo de contenido de formulario ([JSON o formulario](#content-types)).'],
    'webhook-id': ['`webhook-id`', `\`${h['webhook-id']}\``, 'El identificador del mensaje. **Es el mismo en cada reintento y cada reenvío:** elimine duplicados con él.'],
    'webhook-timestamp': ['`webhook-timestamp`', `\`${h['webhook-timestamp']}\``, 'Segundos Unix de cuando se firmó este intento (cambia en cada intento). Rechácelo si se aleja más de 5 minutos de su reloj.'],
    'webhook-signature': ['`webhook-signature`', `\`${cut(h['webhook-signature'] ?? '')}\``, 'Firma de [Standard Webhooks](https://www.standardwebhooks.com/): `v1,` y el HMAC-SHA256 en base64 de `id.timestamp.cuerpo`. Dos, separadas por un espacio, durante una rotación del secreto.'],
    'X-Hub-Signature-256': ['`X-Hub-Signature-256`', `\`${cut(h['X-Hub-Signature-256'] ?? '')}\``, 'Al estilo de GitHub: HMAC-SHA256 en hexadecimal del cuerpo tal cual, con la cadena `whsec_…` entera como clave de texto. Solo el secreto actual y sin marca de tiempo: no protege contra repeticiones. Para herramientas que ya verifican webhooks de GitHub.'],
    'X-Puente-Event': ['`X-Puente-Event`', '`lead.created`', 'El tipo de evento: `lead.created` o `ping`.'],
    'X-GitHub-Event': ['`X-GitHub-Event`', '`lead.created`', 'Lo mismo, con el nombre de GitHub.'],
    'X-GitHub-Delivery': ['`X-GitHub-Delivery`', `\`${cut(h['X-GitHub-Delivery'] ?? '')}\``, 'El identificador de la entrega en Puente, el que muestra el registro de entregas. Menciónelo cuando pida ayuda.'],
    'X-GitHub-Hook-ID': ['`X-GitHub-Hook-ID`', `\`${cut(h['X-GitHub-Hook-ID'] ?? '')}\``, 'El identificador de su webhook.'],
    'X-Puente-Token': ['`X-Puente-Token`', '`whsec_…`', 'Solo con el [estilo de token compartido](#token): el secreto mismo.'],
    'X-Puente-Test': ['`X-Puente-Test`', '`true`', 'Solo en una [solicitud de prueba](#lead-created): datos inventados.'],
    'User-Agent': ['`User-Agent`', `\`${f.userAgent}\``, 'Puente y su versión.'],
    'Content-Length': ['`Content-Length`', `\`${Buffer.byteLength(s.leadCreatedBody)}\``, `El tamaño del cuerpo en bytes; ${formatBytes(f.requestBodyLimitBytes)} como máximo.`],
  };

  const snippetSections: Subsection[] = SNIPPET_IDS.map((id) => ({
    id: `verify-${id}`,
    title: SNIPPETS[id].name,
    blocks: [{ kind: 'snippet', snippet: id }],
  }));

  return {
    locale: 'es',
    metaTitle: 'Cómo recibir los webhooks de Puente: guía para desarrolladores',
    metaDescription:
      'Cómo Puente entrega las solicitudes al sistema de un departamento como webhooks firmados: reintentos, encabezados, eventos y código probado para verificar la firma en Node, Python, C#, PHP, Java y PowerShell.',
    title: 'Cómo recibir los webhooks de Puente',
    intro: [
      'Cada solicitud para uno de los programas de su departamento llega a su sistema como un `POST` HTTP a la URL de destino que usted registró, firmada con el secreto de su webhook. Esta guía es para quienes desarrollan ese receptor: qué llega, cómo comprobar que viene de Puente y qué hace Puente cuando su sistema no responde.',
      'Los seis programas de verificación de esta página son los mismos archivos que ejecutan nuestras pruebas. Copie el de su lenguaje.',
    ],
    otherLanguage: { locale: 'en', href: '/en/docs/webhooks', label: 'Read this guide in English' },
    tocLabel: 'Contenido',
    code: { copy: 'Copiar', copied: 'Copiado', copyFailed: 'No se pudo copiar: seleccione el código y oprima Ctrl+C.', file: 'Archivo', run: 'Para ejecutarlo' },
    snippetTesting,
    sections: [
      {
        id: 'summary',
        title: 'En resumen',
        blocks: [
          {
            kind: 'ol',
            items: [
              `Responda con cualquier **2xx** en menos de **${formatDuration(f.timeoutMs)}**, antes de cualquier trabajo lento.`,
              `[Verifique](#verify) \`webhook-signature\` sobre el **cuerpo tal cual llegó**, y rechace un \`webhook-timestamp\` que se aleje más de ${tolerance} de su reloj.`,
              'Elimine duplicados con `webhook-id`: el mismo mensaje puede llegar más de una vez.',
              'Atienda `lead.created` y `ping`; responda 2xx a los tipos de evento que no conozca, para que no se reintenten.',
            ],
          },
        ],
        subsections: [],
      },
      {
        id: 'delivery',
        title: 'Cómo funciona la entrega',
        blocks: [],
        subsections: [
          {
            id: 'at-least-once',
            title: 'Al menos una vez, y los duplicados',
            blocks: [
              { kind: 'p', text: 'Puente guarda cada solicitud antes de intentar enviarla, y sigue intentando hasta que su sistema responda 2xx o se acabe el calendario de reintentos. Por eso un mensaje puede llegar más de una vez: cuando su respuesta se pierde de regreso, cuando llega después del tiempo de espera, o cuando alguien de su departamento oprime **Reenviar** o recupera las entregas fallidas.' },
              { kind: 'p', text: 'Todas las copias de un mensaje llevan el mismo `webhook-id` (`msg_…`). Anote los que ya procesó y responda 2xx sin repetir el trabajo cuando uno vuelva. Un reenvío puede llegar días después, así que guárdelos al menos unas semanas (o elimine duplicados con `data.lead.id`, que también es estable). Si su departamento tiene dos webhooks, cada uno recibe su propia copia, con su propio `webhook-id`.' },
            ],
          },
          {
            id: 'ordering',
            title: 'Orden',
            blocks: [
              { kind: 'p', text: `De forma predeterminada las entregas son independientes: Puente envía hasta ${f.maxInFlightDefault} peticiones a la vez a un mismo webhook (su departamento puede fijar de ${f.maxInFlightMin} a ${f.maxInFlightMax}), así que una solicitud posterior puede llegar primero, y un reintento llega después de solicitudes más nuevas. Ordene por \`data.lead.createdAt\` si el orden le importa.` },
              { kind: 'p', text: 'Con **Entrega en orden** activada en la configuración del webhook, Puente envía una petición a la vez, la solicitud más antigua primero: una entrega que se está reintentando retiene las que vienen detrás hasta que se entregue o falle definitivamente.' },
            ],
          },
          {
            id: 'success',
            title: 'Qué cuenta como éxito',
            blocks: [
              {
                kind: 'ul',
                items: [
                  `Cualquier código **2xx** en menos de **${formatDuration(f.timeoutMs)}** (abrir la conexión puede tomar ${formatDuration(f.connectTimeoutMs)} como máximo). El cuerpo de su respuesta se guarda en el registro de entregas (sus primeros ${formatBytes(f.responseBodyLimitBytes)}), así que un mensaje breve allí ayuda a quien investigue.`,
                  '**3xx** es una falla: las redirecciones no se siguen. Registre la URL final.',
                  'Cualquier otro código, un tiempo de espera agotado, una conexión rechazada, un error de DNS o de TLS: una falla, que se reintenta según el calendario de abajo.',
                ],
              },
            ],
          },
          {
            id: 'retries',
            title: 'Reintentos',
            blocks: [
              { kind: 'p', text: `El primer intento es inmediato. Después de cada falla Puente espera lo que indica la tabla; cada espera varía un ${jitter} para que las entregas que fallaron juntas no vuelvan juntas.` },
              {
                kind: 'table',
                caption: 'Calendario de reintentos',
                head: ['Intento', 'Espera antes', 'Desde el primer intento'],
                rows: [['1', '—', '—'], ...retryRows(f).map(([n, wait, total]) => [String(n), wait, `unas ${total}`])],
              },
              { kind: 'p', text: `Tras el intento ${f.maxAttempts}, unas ${span} horas después del primero, la entrega queda fallida. Su departamento aún puede reenviarla desde el panel; un reenvío manual o una recuperación es un intento más, no un calendario nuevo.` },
            ],
          },
          {
            id: 'status-codes',
            title: '410 Gone, 429 y Retry-After',
            blocks: [
              {
                kind: 'ul',
                items: [
                  '**410 Gone** significa “deténgase”: la entrega falla de inmediato y Puente **desactiva el webhook**; el panel muestra por qué. Responda 410 solo cuando el destino haya desaparecido para siempre.',
                  `**429 Too Many Requests** y **503 Service Unavailable** pueden traer \`Retry-After\` (segundos o una fecha HTTP). Puente espera entonces al menos eso antes del próximo intento, hasta ${formatDuration(f.retryAfterCapMs)}; nunca reintenta antes de lo que marca su calendario.`,
                  'Las respuestas 429 y 5xx, como los tiempos de espera agotados y las conexiones rechazadas, cuentan para una [pausa](#pauses).',
                ],
              },
            ],
          },
          {
            id: 'pauses',
            title: 'Pausas cuando su servidor tiene problemas',
            blocks: [
              { kind: 'p', text: `Si su servidor agota el tiempo de espera, rechaza conexiones o responde 5xx o 429 ${f.breakerThreshold} veces seguidas, Puente lo pone en pausa: no envía nada más durante ${formatDuration(f.breakerCooldownMs)} y luego hace una prueba con una sola petición. Cada prueba fallida duplica la pausa, hasta ${formatDuration(f.breakerMaxCooldownMs)}. La primera respuesta exitosa reanuda la entrega de todo lo que esperaba, lo más antiguo primero. Nada se pierde durante la pausa; solo llega más tarde.` },
            ],
          },
          {
            id: 'auto-disable',
            title: 'Desactivación automática',
            blocks: [
              { kind: 'p', text: `Un webhook cuyas entregas fallaron todas durante ${f.disableAfterDays} días queda desactivado, igual que uno que responde 410. El departamento recibe una alerta y ve el motivo en la página del webhook. Las solicitudes que llegan mientras está desactivado no se envían; una vez activado de nuevo, un administrador del departamento puede enviarlas (**Enviarlas ahora**) y recuperar las entregas fallidas.` },
            ],
          },
          {
            id: 'rotation',
            title: 'Rotación del secreto',
            blocks: [
              { kind: 'p', text: `Cuando alguien de su departamento oprime **Rotar secreto**, Puente firma con el secreto nuevo y con el anterior durante ${formatDuration(f.rotationOverlapMs)}: \`webhook-signature\` lleva entonces dos firmas separadas por un espacio. Un receptor que todavía tiene solo el secreto anterior sigue aceptando las peticiones mientras usted lo actualiza; uno que tiene ambos acepta cualquiera. \`X-Hub-Signature-256\` usa solo el secreto nuevo.` },
              { kind: 'code', language: 'text', label: 'webhook-signature durante una rotación', code: s.rotationSignature },
              { kind: 'p', text: 'Los seis programas de abajo reciben el secreto actual en `PUENTE_SECRET` y, durante una rotación, el anterior en `PUENTE_PREVIOUS_SECRET`.' },
            ],
          },
        ],
      },
      {
        id: 'headers',
        title: 'Encabezados',
        blocks: [
          { kind: 'p', text: 'Cada petición lleva estos encabezados. Los nombres no distinguen mayúsculas de minúsculas: su plataforma puede mostrarlos en minúsculas.' },
          { kind: 'table', caption: 'Encabezados que envía Puente', head: ['Encabezado', 'Ejemplo', 'Significado'], rows: HEADER_ORDER.map((name) => headerRows[name]) },
          { kind: 'p', text: `Un webhook también puede enviar hasta ${f.maxCustomHeaders} encabezados personalizados (una clave de API que revisa su pasarela, por ejemplo); no pueden reemplazar ninguno de los de arriba.` },
          { kind: 'code', language: 'http', label: 'Una petición completa (el secreto de ejemplo es el del vector de prueba)', code: s.leadCreatedRequest },
        ],
        subsections: [],
      },
      {
        id: 'events',
        title: 'Eventos y cuerpos',
        blocks: [
          { kind: 'p', text: `Cada cuerpo es un sobre JSON: \`type\`, \`version\` (hoy \`${f.envelopeVersion}\`; cambia solo cuando se quita un campo o cambia su significado), \`timestamp\` (cuándo ocurrió el evento, ISO 8601 en UTC) y \`data\`. Ignore los campos que no conozca: se pueden añadir nuevos sin una versión nueva. El documento OpenAPI en \`/api/v1/openapi.json\` describe cada sobre como JSON Schema, en su sección \`webhooks\`.` },
        ],
        subsections: [
          {
            id: 'lead-created',
            title: '`lead.created`',
            blocks: [
              { kind: 'p', text: 'Un solicitante preguntó por uno o más programas de su departamento en el formulario público. `data.programs` incluye solo los programas de **su** departamento que el solicitante eligió; `data.department` es su departamento.' },
              {
                kind: 'table',
                caption: 'Campos de data.lead',
                head: ['Campo', 'Significado'],
                rows: [
                  ['`id`', 'El identificador de la solicitud (UUID), estable entre reintentos y webhooks.'],
                  ['`reference`', 'La referencia que recibió el solicitante, p. ej., `PR-7K3MQ-9XDTA`.'],
                  ['`name`, `email`, `phone`', 'Los datos de contacto del solicitante.'],
                  ['`businessName`, `municipality`', 'El negocio y su municipio en Puerto Rico.'],
                  ['`businessStage`', '`idea`, `new` (nuevo), `established` (establecido) o `expanding` (en expansión).'],
                  ['`sector`', '`retail`, `food`, `tourism`, `agriculture`, `manufacturing`, `technology`, `creative`, `services` u `other`.'],
                  ['`message`', 'Lo que escribió el solicitante (puede estar vacío).'],
                  ['`locale`', 'El idioma que usó el solicitante: `es` o `en`. Respóndale en ese idioma.'],
                  ['`consentAt`, `createdAt`', 'Cuándo el solicitante dio su autorización para ser contactado y cuándo envió la solicitud (ISO 8601, UTC).'],
                ],
              },
              { kind: 'code', language: 'json', label: 'lead.created (con sangría aquí; el cuerpo real va en una sola línea)', code: s.leadCreatedPretty },
              { kind: 'note', text: 'El cuerpo contiene datos personales. No lo escriba en los registros; anote el `webhook-id` y la `reference` en su lugar.' },
              { kind: 'p', text: 'Una **solicitud de prueba**, que se envía a pedido desde el panel o la API (`POST …/hooks/{id}/test`), es un `lead.created` con `"test": true` en el cuerpo y un encabezado `X-Puente-Test: true`. Sus datos son inventados y se firma como cualquier otra: verifíquela y responda 2xx, pero no la guarde como una solicitud real.' },
            ],
          },
          {
            id: 'ping',
            title: '`ping`',
            blocks: [
              { kind: 'p', text: 'Se envía al crear un webhook y cuando alguien oprime **Enviar ping**, sin importar a qué eventos esté suscrito el webhook. Verifíquelo como cualquier otra petición y responda 2xx; no hay nada más que hacer.' },
              { kind: 'code', language: 'json', label: 'ping', code: s.pingPretty },
            ],
          },
          {
            id: 'content-types',
            title: 'JSON o formulario',
            blocks: [
              { kind: 'p', text: 'Con el tipo de contenido de **formulario**, el mismo JSON llega codificado para URL en un solo campo, `payload`, como lo hace GitHub. La firma cubre el cuerpo del formulario tal cual llega: verifíquelo antes de decodificarlo.' },
              { kind: 'code', language: 'text', label: 'El comienzo de la misma entrega como formulario', code: s.leadCreatedFormStart },
            ],
          },
        ],
      },
      {
        id: 'verify',
        title: 'Verificar la firma',
        blocks: [
          { kind: 'p', text: `Verifique antes de confiar en nada del cuerpo. Cada programa de abajo hace lo mismo: comprueba que estén los tres encabezados; rechaza un \`webhook-timestamp\` que se aleje más de ${tolerance} de su reloj (contra repeticiones: mantenga el reloj sincronizado); calcula el HMAC con cada secreto que usted tenga; y lo compara **en tiempo constante** con cada firma \`v1,\` del encabezado.` },
          { kind: 'note', text: 'Páseles los **bytes del cuerpo tal cual llegaron**. Interpretar el JSON y volver a serializarlo cambia espacios y escapes, y la firma deja de coincidir.' },
          { kind: 'p', text: 'Los seis siguen un mismo contrato, que es como los ejecutan nuestras pruebas: el cuerpo en un archivo, los valores de los tres encabezados como argumentos y los secretos en variables de entorno. Imprimen `ok` y terminan con 0, o imprimen el motivo y terminan con 1. En su receptor, llame a la función y responda **401** cuando falle.' },
          {
            kind: 'code',
            language: 'shell',
            label: 'Para probar uno',
            code: [
              "export PUENTE_SECRET='whsec_…'            # de la página del webhook",
              "export PUENTE_PREVIOUS_SECRET='whsec_…'   # solo durante una rotación",
              SNIPPET_COMMANDS.node,
            ].join('\n'),
          },
        ],
        subsections: [
          ...snippetSections,
          {
            id: 'libraries',
            title: 'Con una biblioteca',
            blocks: [
              {
                kind: 'ul',
                items: [
                  'Node: `new Webhook(secret).verify(rawBody, headers)` del paquete `standardwebhooks`.',
                  'Otros lenguajes: las [bibliotecas de Standard Webhooks](https://github.com/standard-webhooks/standard-webhooks/tree/main/libraries) (C#, Go, Java, PHP, Python, Ruby, Rust…) verifican los mismos encabezados con el mismo secreto.',
                  'Los verificadores al estilo de GitHub, como `verify(secret, rawBody, signature)` de `@octokit/webhooks-methods`, comprueban `X-Hub-Signature-256` con la cadena `whsec_…` entera; no comprueban una marca de tiempo.',
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'signing',
        title: 'El algoritmo, paso a paso',
        blocks: [
          { kind: 'p', text: 'Para un lenguaje que no tiene programa arriba, o para comprobar su propio código:' },
          {
            kind: 'ol',
            items: [
              'Lea los encabezados `webhook-id`, `webhook-timestamp` y `webhook-signature`, y los bytes del cuerpo tal cual llegaron.',
              `Rechace la petición si \`webhook-timestamp\` (segundos Unix) está más de ${tolerance} antes o después de su reloj.`,
              'La clave: quite `whsec_` del comienzo del secreto y decodifique el resto en base64. La clave son esos bytes, no el texto.',
              'El contenido firmado: el id, un punto, la marca de tiempo, un punto y luego los bytes del cuerpo: `{webhook-id}.{webhook-timestamp}.{cuerpo}`.',
              'Calcule el HMAC-SHA256 del contenido firmado con la clave, y codifique sus 32 bytes en base64 (alfabeto estándar, con relleno `=`).',
              'Divida `webhook-signature` por los espacios. Cada parte es `versión,firma`. La petición es auténtica si una parte con versión `v1` es igual a su resultado, **comparado en tiempo constante**.',
              'Con dos secretos durante una rotación, repita los pasos 3 a 6 con cada uno.',
            ],
          },
        ],
        subsections: [
          {
            id: 'test-vector',
            title: 'Compruebe su código con el vector de prueba',
            blocks: [
              { kind: 'p', text: `El [vector de prueba de Standard Webhooks](${s.vector.source}): su código debe producir exactamente esta firma. El código de firma de Puente produce \`${s.vector.computed}\` para él, y nuestras pruebas comprueban que es el valor publicado.` },
              {
                kind: 'code',
                language: 'text',
                label: 'Vector de prueba de Standard Webhooks',
                code: [
                  `secreto           ${s.vector.secret}`,
                  `webhook-id        ${s.vector.id}`,
                  `webhook-timestamp ${s.vector.timestamp}`,
                  `cuerpo            ${s.vector.payload}`,
                  `contenido firmado ${s.vector.signedContent}`,
                  `firma             ${s.vector.signature}`,
                ].join('\n'),
              },
              { kind: 'p', text: 'La marca de tiempo es de 2023, así que un programa correcto rechaza el vector por viejo: pruebe el paso del HMAC dejando aparte la comprobación de la tolerancia.' },
            ],
          },
        ],
      },
      {
        id: 'token',
        title: 'Token compartido para herramientas low-code',
        blocks: [
          { kind: 'p', text: 'Power Automate, Logic Apps y herramientas parecidas a menudo no pueden calcular un HMAC. Para ellas un webhook puede usar la verificación de **Token compartido**: Puente envía entonces también el secreto mismo, en un encabezado `X-Puente-Token` y como `token` en el cuerpo JSON. Los encabezados de firma se siguen enviando.' },
          { kind: 'code', language: 'http', label: 'Lo que añade el estilo de token compartido', code: s.tokenRequest },
          {
            kind: 'ol',
            items: [
              'En Power Automate, comience el flujo con el desencadenador **Cuando se recibe una solicitud HTTP** ({en|When a HTTP request is received}).',
              'Añada una **Condición** ({en|Condition}): `triggerOutputs()?[\'headers\']?[\'X-Puente-Token\']` es igual a su secreto, leído de una variable de entorno o de Azure Key Vault, nunca escrito en el flujo.',
              'Si no: una **Respuesta** ({en|Response}) con el código **401** y luego **Terminar** ({en|Terminate}). Si sí: primero una **Respuesta** con el código **200**, y luego sus pasos.',
            ],
          },
          { kind: 'note', text: '**Más débil que una firma:** cualquiera que vea una sola petición (un registro de proxy, una herramienta mal configurada) puede reutilizar el token para falsificar entregas, y no hay marca de tiempo que impida las repeticiones. Use https, mantenga privada la URL del flujo, rote el secreto cuando alguien se vaya y cambie a la firma en cuanto su herramienta pueda comprobarla.' },
        ],
        subsections: [],
      },
      {
        id: 'troubleshooting',
        title: 'Solución de problemas',
        blocks: [
          { kind: 'p', text: 'El registro de entregas (la página de su webhook, luego **Entregas**) muestra cada intento con su código de respuesta o, cuando no hubo respuesta HTTP, su clase de error. Qué significa cada clase y qué revisar:' },
          {
            kind: 'dl',
            items: f.errorClasses.map((c) => ({ id: `error-${c}`, term: `${ERROR_CLASS_LABEL[c]} (\`${c}\`)`, details: troubleshooting(f)[c] })),
          },
        ],
        subsections: [
          {
            id: 'verification-failures',
            title: 'Cuando su verificación falla',
            blocks: [
              {
                kind: 'ul',
                items: [
                  'Verificó el JSON ya interpretado en lugar del cuerpo tal cual llegó. Express: `express.raw({ type: \'*/*\' })`; Flask: `request.get_data()`; ASP.NET: lea `Request.Body` antes del enlace de modelos; PHP: `file_get_contents(\'php://input\')`.',
                  'Secreto equivocado: se rotó o se editó. Cópielo otra vez de la página del webhook, la cadena `whsec_…` entera.',
                  'Clave equivocada: para `webhook-signature` la clave es la parte después de `whsec_` decodificada en base64; para `X-Hub-Signature-256` es la cadena entera como texto.',
                  `Reloj: un servidor con el reloj desviado más de ${tolerance} rechaza todas las peticiones. Sincronícelo con NTP.`,
                  'Algo en el camino cambió la petición: un proxy que recodifica o descomprime el cuerpo, añade un salto de línea o elimina los encabezados `webhook-*`.',
                  'Tipo de contenido de formulario: verifique el cuerpo del formulario entero (`payload=…`) antes de decodificarlo.',
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
