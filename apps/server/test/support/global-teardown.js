const fs = require('node:fs');
const { Client } = require('pg');

module.exports = async function globalTeardown() {
  const adminUrl = process.env.KARTOTEKA_TEST_ADMIN_URL;
  const template = process.env.KARTOTEKA_TEST_TEMPLATE;
  const state = globalThis.__KARTOTEKA_PG__;
  if (state) {
    await state.db.stop();
    fs.rmSync(state.dataDir, { recursive: true, force: true });
    return;
  }
  if (adminUrl && template) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    const dbs = await admin.query(`select datname from pg_database where datname like $1`, [`kt_test_%`]);
    for (const row of dbs.rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
    await admin.query(`drop database if exists ${template}`);
    await admin.end();
  }
};
