/** Ids arrive from URLs and forms: anything that is not a UUID matches no program (and never reaches a uuid cast). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isProgramId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
