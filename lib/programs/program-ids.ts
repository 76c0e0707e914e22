/** Ids arrive from URLs and forms: anything that is not a UUID matches no program (and never reaches a uuid cast). */
import { isUuid } from '../params';

export function isProgramId(value: unknown): value is string {
  return isUuid(value);
}
