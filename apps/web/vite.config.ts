// Vite config for the web app. Run from the repo root: `vite build --config apps/web/vite.config.ts`.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      // Pure domain code shared with the server (catalog types, password rule).
      '@app/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: false,
    // No chunk over 600 kB: shared vendor code is split by size, page-only code loads with its page.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Stable vendor chunks that change less often than the app's own code.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
              priority: 30,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|graphql-tag|rxjs|@wry|optimism|ts-invariant|tslib)[\\/]/,
              priority: 20,
            },
            // Ant Design's own code apart from the libraries under it (which never import antd back, so the two
            // chunks load in a fixed order), each under 600 kB; code that only a lazy page uses stays with it.
            { name: 'antd', test: /node_modules[\\/]antd[\\/]/, priority: 15, minShareCount: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10, minShareCount: 2 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:3000', changeOrigin: true },
      '/files': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: 'http://localhost:3000', changeOrigin: true },
      '/files': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
});
