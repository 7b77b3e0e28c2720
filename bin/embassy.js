#!/usr/bin/env node
// The `embassy` command. Rebuilds dist/ first when a source file is newer than the last build,
// so `npx embassy ...` always runs the code in src/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const marker = path.join(root, 'dist', 'BUILT');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (!entry.name.includes('.test.')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const built = fs.statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (built < newestSource(path.join(root, 'src'))) {
  const { buildAll } = await import(pathToFileURL(path.join(root, 'scripts', 'build.mjs')).href);
  await buildAll({ quiet: true });
}
const { main } = await import(pathToFileURL(path.join(root, 'dist', 'server', 'cli.js')).href);
process.exitCode = await main(process.argv.slice(2));
