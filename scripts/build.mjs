// Builds the server (dist/server/cli.js) and the web app (dist/web) with esbuild, in well under a
// second, and the migrated PGlite template that a first start copies (dist/pglite-template, a few
// seconds, only when the migrations or PGlite changed). `npm install` runs it (prepare);
// bin/embassy.js runs it again for the server and the web app when sources changed.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/**
 * The migrated, empty PGlite data folder that an empty data folder gets a copy of (src/db/pglite-template.ts),
 * made by that module itself, bundled on its own so that the build needs no TypeScript loader.
 */
async function buildTemplate() {
  // Only a speed-up: without it a first start initialises the folder in place, so any failure (bundling, loading, making) warns.
  try {
    const outfile = path.join(dist, 'server/pglite-template.js');
    await build({
      entryPoints: [path.join(root, 'src/db/pglite-template.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    });
    const { buildTemplate: make } = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
    return await make();
  } catch (err) {
    console.error(`warning: the PGlite template was not made (${err?.message ?? err}); first starts initialise PGlite in place`);
    return undefined;
  }
}

/** Builds the server bundle, the web app and the PGlite template, or those of them named. */
export async function buildAll({ quiet = false, targets = ['server', 'web', 'template'] } = {}) {
  const started = Date.now();
  fs.mkdirSync(dist, { recursive: true });
  const [, , template] = await Promise.all([
    targets.includes('server') && buildServer(),
    targets.includes('web') && buildWeb(),
    targets.includes('template') && buildTemplate(),
  ]);
  if (!quiet) {
    const made = template ? (template.built ? ' (PGlite template made)' : ' (PGlite template up to date)') : '';
    console.error(`built ${targets.join(', ')} in ${Date.now() - started} ms${made}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAll().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
