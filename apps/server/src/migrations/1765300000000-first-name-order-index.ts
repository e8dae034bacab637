import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A company's name reads the same in both orders (name_fl = name_lf), and so does a person with only one name
 * part; so do 12 % of the bench's million clients. A name search's "first name starts with" branch can never add
 * such a row (the "surname starts with" branch already has it), yet the first-name index held them all: the
 * planner's probe counted 16,532 salons as first names starting with "salon", judged the branch dense and walked
 * the whole list in surname order to the letter s looking for them (0.34 s; "kli" for the 1,492 "Klinika …"
 * companies, 80 ms). The index now holds only the rows whose two orders differ, and every first-name condition
 * says so (client-list.repository.ts), so what it counts and reads are the first names only.
 */
export class FirstNameOrderIndex1765300000000 implements MigrationInterface {
  name = 'FirstNameOrderIndex1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_clients_name_fl`);
    await q.query(`create index ix_clients_name_fl on clients (tenant_id, name_fl, id) include (name_lf, is_active)
      where deleted_at is null and name_fl <> name_lf`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_clients_name_fl`);
    await q.query(`create index ix_clients_name_fl on clients (tenant_id, name_fl, id) include (name_lf, is_active) where deleted_at is null`);
  }
}
