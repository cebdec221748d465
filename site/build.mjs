// Builds the page into site/dist (`npm run site`) or builds and serves it on localhost (`npm run site:serve`).
// The page bundles the library's own source (the browser-safe root entry and /fixtures): no server, no copy of the logic.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
export const outdir = join(here, 'dist');

/**
 * zod re-exports every locale as `z.locales`, which no bundler can drop (264 kB of the page's 880). The library
 * never selects a locale (zod's English messages are its own, set by zod itself from locales/en.js), so the page
 * keeps only English there. A test (tests/site.browser.test.ts) shows zod's English messages in the page.
 * @type {import('esbuild').Plugin}
 */
const englishOnlyZodLocales = {
  name: 'english-only-zod-locales',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: [join(here, 'src/main.tsx')],
  outfile: join(outdir, 'app.js'),
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [englishOnlyZodLocales],
};

function copyStatic() {
  for (const file of ['index.html', 'style.css']) copyFileSync(join(here, file), join(outdir, file));
}

export async function buildSite() {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await esbuild.build(options);
  copyStatic();
  return result;
}

/** Serves the built page on 127.0.0.1; resolves to { url, stop }. */
export async function serveSite({ port = 0 } = {}) {
  await buildSite();
  const ctx = await esbuild.context({ ...options, logLevel: 'silent' });
  const { hosts, port: bound } = await ctx.serve({ servedir: outdir, host: '127.0.0.1', ...(port ? { port } : {}) });
  return { url: `http://${hosts[0] ?? '127.0.0.1'}:${bound}/`, stop: () => ctx.dispose() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--serve')) {
    const { url } = await serveSite({ port: Number(process.env.PORT ?? 8080) });
    console.log(`Serving the page at ${url} (Ctrl-C stops)`);
  } else {
    const result = await buildSite();
    const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
    console.log(`Built the page into site/dist (${Math.round(bytes / 1024)} kB of scripts and maps); open it with npm run site:serve`);
  }
}
