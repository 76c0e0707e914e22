/**
 * `npm run db:seed`: seed demo data into an empty DATABASE_URL (or the embedded database).
 * A developer's tool: the demo passwords work as published unless NODE_ENV=production, where it
 * refuses unless PUENTE_SEED=1 and then every demo account must change its password
 * (lib/runtime/seed-policy.ts). The e2e server uses it to get the journeys' known logins.
 */
import { connect } from '../db/client';
import { bootstrap, seedIfEmpty } from '../lib/runtime/bootstrap';
import { demoConsumerUrl, seedPolicy } from '../lib/runtime/seed-policy';

const policy = seedPolicy({ by: 'db:seed', env: process.env });
if (!policy.seed) {
  console.error('Refusing to seed demo data with NODE_ENV=production: its accounts have published passwords.');
  console.error('Create the first platform admin with `npm run admin:create -- --email you@example.gov` instead,');
  console.error('or set PUENTE_SEED=1 to seed anyway (every demo account must then change its password).');
  process.exit(1);
}
// Read before bootstrap, which sets DATABASE_URL to the embedded database it starts: the demo
// webhooks point where `npm run dev`/`npm start` will run the sample receiver.
const consumerUrl = demoConsumerUrl(process.env);

const boot = await bootstrap({ log: console.log, seed: false, mode: 'production' });
const h = connect(boot.databaseUrl, 1);
try {
  const seeded = await seedIfEmpty(h.db, policy, { log: console.log, demoConsumerUrl: consumerUrl, demoWebhookSecret: boot.demoWebhookSecret });
  if (!seeded) console.log('▸ the database already has departments: nothing seeded');
} finally {
  await h.sql.end();
  await boot.stop();
}
