/** `npm run db:migrate`: apply migrations to DATABASE_URL (or the embedded database). */
import { bootstrap } from '../lib/runtime/bootstrap';

const boot = await bootstrap({ log: console.log, seed: false });
console.log('migrations applied');
await boot.stop();
