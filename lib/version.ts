/** Puente's version, sent in the webhook User-Agent. */
import pkg from '../package.json';

export const PUENTE_VERSION: string = pkg.version;
