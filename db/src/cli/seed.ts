import { openDb } from '../open-db';
import { isEmpty, seedDemo } from '../seed/demo-seed';

// Usage: tsx db/src/cli/seed.ts [path]  — seeds the demo into an empty database.
const path = process.argv[2] ?? process.env.DATABASE_PATH ?? 'data/rapor.db';
const { db, close } = openDb(path);
if (!isEmpty(db)) {
  console.error(`${path} already holds data; the demo seeds only an empty database.`);
  close();
  process.exit(1);
}
const report = await seedDemo(db);
console.log(`seeded ${path}:`, report);
close();
