import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Serves the built admin (apps/admin/dist) on the same port as the API: hashed assets with long caching, the
 * playground page at /playground, and index.html for every other page path so client-side routes survive a
 * reload. Paths the server owns (/graphql, /healthz, /readyz, /files, /public) are never answered with the app.
 */
export function mountAdmin(app: Express, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  app.use(express.static(dir, { index: false, maxAge: 0 }));
  const playground = path.join(dir, 'playground.html');
  app.get('/playground', (_req, res) => {
    res.sendFile(existsSync(playground) ? playground : index);
  });
  app.get(/^\/(?!graphql|healthz|readyz|files|public|assets).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
