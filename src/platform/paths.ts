/** Where the package lives on disk, found the same way from src/ (tests) and from dist/ (bundled). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'src', 'db', 'migrations'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Embassy: cannot find the package folder above ${start}`);
    dir = parent;
  }
}

export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const MIGRATIONS_DIR = path.join(ROOT, 'src', 'db', 'migrations');
export const WEB_DIST_DIR = path.join(ROOT, 'dist', 'web');
