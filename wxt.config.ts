import { defineConfig } from 'wxt';
import { OPTIONAL_PATTERNS, siteMatches } from './lib/ext/sites';
import { pdfjsNoEval } from './entrypoints/viewer/build/pdfjs-no-eval';

/** `LENS_TEST_HOSTS=1` adds 127.0.0.1 and localhost, for the tests, the demo and the bench only. */
const matches = siteMatches(process.env.LENS_TEST_HOSTS === '1');

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // LENS_OUT lets two builds (a helper's and the main one) run side by side.
  outDir: process.env.LENS_OUT ?? '.output',
  // Vite 8 minifies Dexie's String.fromCharCode(65535) into a raw U+FFFF and Chrome then
  // refuses the script as "not UTF-8": keep the output ASCII.
  // pdfjsNoEval: PDF.js's unused eval paths removed from the viewer and its worker (web-ext lint
  // warns on them; the build fails if a pinned PDF.js changes so a pattern no longer matches).
  vite: () => ({ plugins: [pdfjsNoEval()], worker: { plugins: () => [pdfjsNoEval()] }, build: { rolldownOptions: { output: { charset: 'ascii' } } } }) as never,
  manifest: ({ browser }) => ({
    name: 'Injunction Lens',
    description: 'Reads court opinions with you: injunction standard, factor findings, citations, your notes. Nothing leaves your machine.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: matches,
    // Westlaw: asked on first use, never required (lib/ext/sites.ts OPTIONAL_SITES); MV2 keeps host patterns among the optional permissions
    ...(browser === 'firefox' ? { optional_permissions: [...OPTIONAL_PATTERNS] } : { optional_host_permissions: [...OPTIONAL_PATTERNS] }),
    // Our content scripts are WXT unlisted scripts registered here, not WXT content scripts:
    // WXT's content-script context announces itself to the page (entrypoints/content/guest-context.ts).
    content_scripts: [
      { matches, js: ['guest-styles.js'], run_at: 'document_start' },
      { matches, js: ['guest.js'], run_at: 'document_end' },
    ],
    action: { default_title: 'Injunction Lens' },
    commands: {
      'next-factor': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Next factor paragraph' },
      'previous-factor': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Previous factor paragraph' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Toggle highlights' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'injunction-lens@lens.local',
              // 140: the CSS Custom Highlight API (our painting) and data_collection_permissions both
              // arrive in Firefox 140, which is also an ESR; nothing else we use is newer.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  webExt: { disabled: true },
});
