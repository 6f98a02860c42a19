import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { META_CONTENT_SECURITY_POLICY } from './electron/transport/csp.ts';

/**
 * The built page carries the CSP itself (the desktop window loads it from a file, without
 * headers). Build only: the dev server's hot reload needs an inline script.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'tram-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  // Relative asset paths: the desktop app loads the build from a file.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
  },
  server: { port: 5173, strictPort: true },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/setup/global.ts'],
    reporters: ['default'],
  },
});
