import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The browser UI, built into `dist/web/` where `attest serve` finds it. The output must satisfy the
 * server's Content-Security-Policy: no inline script or style, no `data:` URLs, so nothing is inlined.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev:web` serves the UI with hot reload beside a running `attest serve`.
    proxy: { '/api': 'http://127.0.0.1:7340', '/openapi.json': 'http://127.0.0.1:7340' },
  },
});
