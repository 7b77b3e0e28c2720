import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEST_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.test-data');

/** The maintenance database on the same server, for CREATE and DROP DATABASE. */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

/** A test file's database, named after its run's template (`embassy_tpl_<pid>` → `embassy_t_<pid>_<id>`). */
export function testDatabaseName(template: string, id: string): string {
  return `${template.replace(/^embassy_tpl_/, 'embassy_t_')}_${id}`;
}
