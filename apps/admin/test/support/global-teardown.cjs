const fs = require('node:fs');

module.exports = async function globalTeardown() {
  const state = globalThis.__KARTOTEKA_E2E__;
  if (!state) return;
  await state.app.stop();
  fs.rmSync(state.dataDir, { recursive: true, force: true });
};
