/** `npm run db:seed`: seed demo data into an empty DATABASE_URL (or the embedded database). */
import { bootstrap } from '../lib/runtime/bootstrap';

const boot = await bootstrap({ log: console.log, seed: true });
await boot.stop();
