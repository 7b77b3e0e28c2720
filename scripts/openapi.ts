/**
 * Prints the API's OpenAPI document (the one /api/openapi.json serves) from an app built in memory,
 * without a database: `tsx scripts/openapi.ts [file]` writes it to `file` (default: stdout).
 * `npm run lint:openapi` lints it with Redocly's recommended-strict rules (redocly.yaml).
 */
import { writeFileSync } from 'node:fs';
import { createApp } from '../src/app.ts';
import { FakeClock } from '../src/platform/clock.ts';
import { silentLogger } from '../src/platform/log.ts';
import { loadConfig } from '../src/config.ts';
import type { Db } from '../src/db/db.ts';

const noDatabase = new Proxy({ engine: 'pglite', listen: async () => async () => {} } as unknown as Db, {
  get(target, key) {
    if (key in target) return target[key as keyof Db];
    return () => {
      throw new Error(`scripts/openapi.ts has no database (db.${String(key)})`);
    };
  },
});

const app = createApp({
  db: noDatabase,
  clock: new FakeClock('2026-01-01T00:00:00Z'),
  config: loadConfig({ EMBASSY_DEMO: '0', LOG_LEVEL: 'silent' }),
  log: silentLogger,
});
const doc = await (await app.request('/api/openapi.json')).json();
await app.close();
const text = JSON.stringify(doc, null, 2) + '\n';
const file = process.argv[2];
if (file) writeFileSync(file, text);
else process.stdout.write(text);
