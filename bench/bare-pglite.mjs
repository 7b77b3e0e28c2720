// The PGlite baseline of the memory and cold-start benchmarks: a bare node process that opens a data
// folder with @electric-sql/pglite (and pg_trgm, which the product's folders need), optionally runs
// the migrations as plain SQL (each file in one transaction, as src/db/migrate.ts does), then answers
// 200 on every path of a bare node:http server and idles.
//   node bench/bare-pglite.mjs <dataDir> <port> [--migrate]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

const [dataDir, port, flag] = process.argv.slice(2);
const migrations = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'db', 'migrations');

fs.mkdirSync(dataDir, { recursive: true });
const pg = await PGlite.create(dataDir, { extensions: { pg_trgm } });
if (flag === '--migrate') {
  for (const file of fs
    .readdirSync(migrations)
    .filter((f) => /^\d{3,}_[a-z0-9_]+\.sql$/.test(f))
    .sort()) {
    const sql = fs.readFileSync(path.join(migrations, file), 'utf8');
    await pg.transaction((tx) => tx.exec(sql));
  }
}
await pg.query('select 1');
const server = http.createServer((_req, res) => res.end('ok')).listen(Number(port), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => pg.close().then(() => process.exit(0))));
