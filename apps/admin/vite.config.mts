import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const api = process.env.KARTOTEKA_API_URL ?? 'http://localhost:4000';

/**
 * What the client preset's babel plugin does, for Vite: each `graphql(`…`)` call in a module's `graphql/` file
 * (one operation per file) is replaced by that operation's generated document, copied from src/gql/graphql.ts.
 * Without it the generated `graphql()` lookup table, and then the one big generated module, would put every
 * operation of the app into the first load instead of into the chunk of the screen that uses it.
 */
function inlineGeneratedDocuments(): Plugin {
  const generated = path.resolve(here, 'src/gql/graphql.ts');
  const documents = (): Map<string, string> => {
    const map = new Map<string, string>();
    for (const m of readFileSync(generated, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm)) {
      map.set(m[1], m[2]);
    }
    return map;
  };
  return {
    name: 'kartoteka:inline-generated-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]modules[\\/].+[\\/]graphql[\\/][^\\/]+\.ts$/.test(id)) return null;
      const op = /graphql\(`\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(code);
      if (!op) return null;
      const name = op[1] === 'fragment' ? `${op[2]}FragmentDoc` : `${op[2]}Document`;
      const document = documents().get(name);
      if (!document) this.error(`${name} is not in src/gql/graphql.ts: run pnpm --filter @kartoteka/admin run codegen`);
      const out = code
        .replace(/import\s*\{\s*graphql\s*\}\s*from\s*['"][^'"]+['"];?/, `const __document = ${document};`)
        .replace(/graphql\(`[\s\S]*?`\)/, '__document');
      return { code: out, map: null };
    },
  };
}

/** In development, /playground is the playground page, as the server serves it in production. */
function playgroundRoute(): Plugin {
  return {
    name: 'kartoteka:playground-route',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url === '/playground' || req.url?.startsWith('/playground?')) req.url = req.url.replace('/playground', '/playground.html');
        next();
      });
    },
  };
}

// Two HTML entries: the admin (index.html) and the offline GraphiQL playground (playground.html), so GraphiQL and
// Monaco never reach the admin's first load. The domain package is bundled from its TypeScript source, which lets
// the bundler keep only the rules the admin uses.
export default defineConfig({
  plugins: [inlineGeneratedDocuments(), playgroundRoute(), react()],
  resolve: {
    alias: { '@kartoteka/domain': path.resolve(here, '../../packages/domain/src/index.ts') },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { main: path.resolve(here, 'index.html'), playground: path.resolve(here, 'playground.html') },
      // The domain is pure (no module does anything when imported), so unused rules, the phone metadata and the
      // tax-id tables are left out of chunks that do not use them.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/domain/src/') },
      // GraphiQL's React-compiler directives are harmless once bundled; keep the build output readable.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  optimizeDeps: {
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  server: {
    port: Number(process.env.ADMIN_DEV_PORT ?? 5173),
    // Same origin for the session cookie: the browser talks to Vite, Vite forwards /graphql and /files to the API.
    proxy: { '/graphql': { target: api, changeOrigin: false, ws: true }, '/files': { target: api, changeOrigin: false } },
  },
});
