// Builds the server (dist/server/cli.js) and the web app (dist/web) with esbuild, in well under a
// second. `npm install` runs it (prepare); bin/embassy.js runs it again when sources changed.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const mark = (target) => fs.writeFileSync(path.join(dist, `BUILT-${target}`), new Date().toISOString());

async function buildServer() {
  await build({
    entryPoints: [path.join(root, 'src/cli.ts')],
    outfile: path.join(dist, 'server/cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'error',
  });
  mark('server');
}

async function buildWeb() {
  await build({
    entryPoints: { app: path.join(root, 'src/web/main.tsx') },
    outdir: path.join(dist, 'web'),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    sourcemap: 'linked',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  fs.writeFileSync(
    path.join(dist, 'web/index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Embassy</title>
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body><div id="root"></div><noscript>Embassy needs JavaScript for the signed-in app.</noscript></body>
</html>
`,
  );
  mark('web');
}

/** Builds the server bundle, the web app, or both (the default). */
export async function buildAll({ quiet = false, targets = ['server', 'web'] } = {}) {
  const started = Date.now();
  fs.mkdirSync(dist, { recursive: true });
  await Promise.all([targets.includes('server') && buildServer(), targets.includes('web') && buildWeb()]);
  if (!quiet) console.error(`built ${targets.join(' and ')} in ${Date.now() - started} ms`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAll().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
