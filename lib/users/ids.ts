/** Ids arrive from forms as text: anything that is not a uuid is "not found", never a database error. */
export { isUuid } from '../params';
