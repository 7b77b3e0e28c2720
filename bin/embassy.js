#!/usr/bin/env node
// The `embassy` command. Rebuilds dist/ first when a source file is newer than the last build,
// so `npx embassy ...` always runs the code in src/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (!entry.name.includes('.test.')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

// Every command needs the server bundle; only `start` serves the web app.
const wanted = process.argv[2] === 'start' ? ['server', 'web'] : ['server'];
const newest = newestSource(path.join(root, 'src'));
const stale = wanted.filter((t) => (fs.statSync(path.join(root, 'dist', `BUILT-${t}`), { throwIfNoEntry: false })?.mtimeMs ?? 0) < newest);
if (stale.length) {
  const { buildAll } = await import(pathToFileURL(path.join(root, 'scripts', 'build.mjs')).href);
  await buildAll({ quiet: true, targets: stale });
}
const { main } = await import(pathToFileURL(path.join(root, 'dist', 'server', 'cli.js')).href);
process.exitCode = await main(process.argv.slice(2));
