import { createMigrationDataSource, runMigrations } from '../src/db/data-sources';
import { MIGRATIONS } from '../src/migrations';
import { signUpBusiness } from './support/graphql-client';
import { CREATE_CLIENT, LIST_CLIENTS } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

// The newest migrations derive data from what is stored (phone fragments, the phones' and e-mails' copies of
// their clients' keys, client counts, the first-name index, the duplicate check's name key): undone and applied again on a database that holds clients, they must give back the
// same answers. A down() that cannot run (a dropped column something still depends on) fails here.
const REDONE = 7;
let app: TestApp;

beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => { await app.stop(); });

test(`the last ${REDONE} migrations can be undone and applied again over existing clients`, async () => {
  const { client: owner } = await signUpBusiness(app.url, 'Migracje');
  await owner.ok(CREATE_CLIENT, { input: { firstName: 'Olga', lastName: 'Wsteczna', phones: [{ number: '733 918 264' }], emails: [{ address: 'olga.w@cofnij.pl' }] } });
  await owner.ok(CREATE_CLIENT, { input: { firstName: 'Piotr', lastName: 'Naprzód', phones: [{ number: '733 918 265' }], emails: [{ address: 'piotr.n@cofnij.pl' }] } });
  const answer = async () => {
    const names = async (search: string) =>
      ((await owner.ok(LIST_CLIENTS, { search, first: 10 })).clients.edges as { node: { lastName: string } }[]).map((e) => e.node.lastName);
    return {
      middle: await names('918 26'), prefix: await names('733 9'), email: await names('@cofnij'), firstName: await names('olga'),
      total: (await owner.ok(LIST_CLIENTS, { first: 1 })).clients.totalCount,
      duplicate: (await owner.ok(`query($input: DuplicateProbeInput!) { duplicateCandidates(input: $input) { reasons client { lastName } } }`,
        { input: { firstName: 'Wsteczna', lastName: 'Olga' } })).duplicateCandidates,
    };
  };
  const before = await answer();
  expect(before).toEqual({ middle: ['Naprzód', 'Wsteczna'], prefix: ['Naprzód', 'Wsteczna'], email: ['Naprzód', 'Wsteczna'], firstName: ['Wsteczna'], total: 2,
    duplicate: [{ reasons: ['SAME_NAME'], client: { lastName: 'Wsteczna' } }] });

  const ds = createMigrationDataSource(app.databaseUrl);
  await ds.initialize();
  try {
    for (let i = 0; i < REDONE; i++) await ds.undoLastMigration({ transaction: 'each' });
    const [last] = await ds.query(`select name from migrations order by id desc limit 1`);
    expect(last.name).toBe(MIGRATIONS[MIGRATIONS.length - 1 - REDONE]!.name);
  } finally {
    await ds.destroy();
  }
  expect(await runMigrations(app.databaseUrl)).toHaveLength(REDONE);
  expect(await answer()).toEqual(before);
});
