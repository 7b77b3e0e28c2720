// npm run db:schema: writes src/db/schema.sql from the migrations (see src/db/schema-dump.ts).
import { SCHEMA_FILE, writeSchemaFile } from '../src/db/schema-dump.ts';

await writeSchemaFile();
console.log(`wrote ${SCHEMA_FILE}`);
