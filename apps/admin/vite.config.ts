import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const api = process.env.KARTOTEKA_API_URL ?? 'http://localhost:4000';

// Two HTML entries: the admin (index.html) and the offline GraphiQL playground (playground.html), so GraphiQL and
// Monaco never reach the admin's first load. The domain package is bundled from its TypeScript source, which lets
// the bundler keep only the rules the admin uses.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@kartoteka/domain': path.resolve(here, '../../packages/domain/src/index.ts') },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { main: path.resolve(here, 'index.html'), playground: path.resolve(here, 'playground.html') },
    },
  },
  optimizeDeps: {
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  server: {
    port: Number(process.env.ADMIN_DEV_PORT ?? 5173),
    // Same origin for the session cookie: the browser talks to Vite, Vite forwards /graphql to the API.
    proxy: { '/graphql': { target: api, changeOrigin: false, ws: true } },
  },
});
