import { defineConfig } from 'vite';

/**
 * The renderer bundle: plain files for the app:// protocol (and the e2e harness), relative
 * paths, no inline script or style (the CSP in index.html forbids both), no source maps.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome130',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4096,
  },
});
