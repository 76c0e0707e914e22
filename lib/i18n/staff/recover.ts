/** "Recover failed deliveries since…" (Svix's recover), on the webhook and deliveries pages. */
const es = {
  title: 'Recuperar entregas fallidas',
  intro:
    'Cada entrega a este webhook que falló (agotó sus reintentos) desde la fecha de abajo recibe un intento más ahora, con su webhook-id original para que el receptor pueda descartar duplicados. Úselo cuando el receptor ya funcione.',
  sinceLabel: 'Fallidas desde',
  sinceNote: '(hora de Puerto Rico, 24 horas)',
  sinceHint: (maxDays: number) => `Formato AAAA-MM-DD HH:MM, por ejemplo 2026-05-01 09:00. Hasta ${maxDays} días atrás.`,
  placeholder: 'AAAA-MM-DD HH:MM',
  submit: 'Recuperar entregas fallidas',
  pending: 'Recuperando…',
  errors: {
    checkDate: 'Revise la fecha.',
    invalidSince: 'Escriba una fecha y hora, por ejemplo 2026-05-01 09:00.',
    future: 'Elija un momento en el pasado.',
    tooOld: (maxDays: number) => `Elija un momento dentro de los últimos ${maxDays} días.`,
    notFound: 'Ese webhook no existe en este departamento.',
  },
  none: 'No hay entregas fallidas desde entonces: nada que recuperar.',
  queued: (n: number) => (n === 1 ? 'Se programó 1 entrega fallida para un intento más.' : `Se programaron ${n} entregas fallidas para un intento más.`),
};

export type RecoverMessages = typeof es;

const en: RecoverMessages = {
  title: 'Recover failed deliveries',
  intro:
    'Every delivery to this webhook that failed (ran out of retries) since the time below gets one more attempt now, under its original webhook-id so the receiver can de-duplicate. Use it once the receiver is fixed.',
  sinceLabel: 'Failed since',
  sinceNote: '(Puerto Rico time, 24-hour)',
  sinceHint: (maxDays: number) => `Format YYYY-MM-DD HH:MM, e.g. 2026-05-01 09:00. Up to ${maxDays} days back.`,
  placeholder: 'YYYY-MM-DD HH:MM',
  submit: 'Recover failed deliveries',
  pending: 'Recovering…',
  errors: {
    checkDate: 'Check the date.',
    invalidSince: 'Enter a date and time, e.g. 2026-05-01 09:00.',
    future: 'Choose a time in the past.',
    tooOld: (maxDays: number) => `Choose a time within the last ${maxDays} days.`,
    notFound: 'No such webhook in this department.',
  },
  none: 'No failed deliveries since then: nothing to recover.',
  queued: (n: number) => `Queued ${n} failed ${n === 1 ? 'delivery' : 'deliveries'} for one more attempt.`,
};

export const recover = { es, en };
