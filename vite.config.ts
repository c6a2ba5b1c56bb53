// Build of the kiosk: Preact app, pdf.js data and kiosk configs copied in, Workbox service worker with a generated precache list.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { copyAssets } from './scripts/vite/copy-assets.ts';
import { noFloor } from './scripts/vite/no-floor.ts';
import { keepConfigForTerminal, keepPublicForTerminal } from './scripts/vite/terminal-build.ts';
import pkg from './package.json' with { type: 'json' };

const pdfjs = 'node_modules/pdfjs-dist';
const port = Number(process.env.PORT) || 4173;
// `CHAYUE_BUILD=no-floor` (the bench only, scripts/bench/floor-bench.ts): the build before the floor, for comparison.
const withoutFloor = process.env.CHAYUE_BUILD === 'no-floor';
const floor = withoutFloor ? 'es2022' : 'chrome90';
// `CHAYUE_BUILD=terminal` (npm run build:terminal, scripts/build-terminal.ts): no demo package, no config with the
// README's PINs or allowUnsigned; public/ then goes through the same kind of filter instead of being copied by Vite.
const forTerminal = process.env.CHAYUE_BUILD === 'terminal';

export default defineConfig({
  // Hash routing needs no SPA fallback, and a fallback would answer 200 with index.html for an absent manifest.sig.
  appType: 'mpa',
  // The staff console and the heartbeat say which app version runs on a terminal.
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [
    ...(withoutFloor ? [noFloor()] : []),
    preact(),
    copyAssets([
      // pdf.js fetches these lazily; without them Chinese text in non-embedded fonts vanishes offline.
      { from: `${pdfjs}/cmaps`, to: 'pdfjs/cmaps' },
      { from: `${pdfjs}/standard_fonts`, to: 'pdfjs/standard_fonts' },
      { from: `${pdfjs}/wasm`, to: 'pdfjs/wasm' },
      { from: `${pdfjs}/iccs`, to: 'pdfjs/iccs' },
      {
        from: 'kiosk-config',
        to: 'kiosk-config',
        filter: forTerminal ? (name) => keepConfigForTerminal(name) : (name) => name.endsWith('.json'),
      },
      ...(forTerminal ? [{ from: 'public', to: '', filter: keepPublicForTerminal }] : []),
    ]),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: {
        name: '查阅 · 政府信息公开查阅点',
        short_name: '查阅',
        lang: 'zh-CN',
        display: 'fullscreen',
        background_color: '#f6f3ee',
        theme_color: '#9b1c1c',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      injectManifest: {
        // The default pattern skips .mjs (the pdf.js worker), .bcmap, .pfb, .wasm and .icc: measured, not guessed.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,webmanifest,bcmap,pfb,ttf,wasm,icc}'],
        // Content lives in IndexedDB and the config is fetched network-first by the app: neither is precached.
        globIgnores: ['demo-package/**', 'kiosk-config/**'],
        // The pdf.js worker is about 1.2 MB.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // A classic service worker: module service workers arrived in Chromium 91, one above the floor.
        rollupFormat: 'iife',
        target: floor,
      },
    }),
  ],
  build: {
    // The floor (DESIGN: Where it runs): syntax newer than Chromium 90 is lowered, in the app and in its workers.
    target: floor,
    cssTarget: floor,
    sourcemap: false,
    assetsInlineLimit: 0,
  },
  publicDir: forTerminal ? false : 'public',
  worker: { format: 'es', plugins: () => (withoutFloor ? [noFloor()] : []) },
  preview: { port, strictPort: true, host: 'localhost' },
  server: { port, host: 'localhost' },
});
