import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An e-mail search that matches a few thousand addresses ("gabinet@": 3,664 on the bench's million) looked each
 * matched client up for its name and status, to sort them and keep 20: 3,664 index descents and 18-28 ms. As the
 * phones do since migration PhoneSortKeys, each e-mail now carries its client's sort key (`name_lf`) and whether
 * the client is listed (active and not deleted), in the index that finds it: the list's default page of an e-mail
 * search is read off that index range (a prefix) or the trigram match's rows (a fragment), and only its 20
 * clients are fetched.
 *
 * The copies are kept by triggers in the same transaction as the change: an e-mail takes them from its client
 * when it is written; a client's rename, (de)activation, deletion or restore updates its e-mails.
 */
export class EmailSortKeys1765400000000 implements MigrationInterface {
  name = 'EmailSortKeys1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table client_emails add column client_name_lf text collate "C", add column client_listed boolean not null default true`);
    await q.query(`create function client_emails_copy_client() returns trigger language plpgsql as $$
      begin
        select c.name_lf, c.is_active and c.deleted_at is null into new.client_name_lf, new.client_listed
          from clients c where c.tenant_id = new.tenant_id and c.id = new.client_id;
        return new;
      end $$`);
    await q.query(`create trigger trg_client_emails_copy_client before insert or update of client_id, tenant_id on client_emails
      for each row execute function client_emails_copy_client()`);
    await q.query(`create function clients_sync_email_keys() returns trigger language plpgsql as $$
      begin
        update client_emails set client_name_lf = new.name_lf, client_listed = new.is_active and new.deleted_at is null
         where tenant_id = new.tenant_id and client_id = new.id;
        return null;
      end $$`);
    await q.query(`create trigger trg_clients_email_keys after update of name_lf, is_active, deleted_at on clients
      for each row when (old.name_lf is distinct from new.name_lf or old.is_active is distinct from new.is_active
                         or (old.deleted_at is null) <> (new.deleted_at is null))
      execute function clients_sync_email_keys()`);

    // the e-mails already stored (FORCE row-level security binds the owner too, so it is lifted for the copy)
    await q.query(`alter table client_emails no force row level security`);
    await q.query(`alter table clients no force row level security`);
    await q.query(`update client_emails e set client_name_lf = c.name_lf, client_listed = c.is_active and c.deleted_at is null
      from clients c where c.tenant_id = e.tenant_id and c.id = e.client_id`);
    for (const table of ['clients', 'client_emails']) await q.query(`alter table ${table} force row level security`);

    await q.query(`drop index ix_client_emails_address`);
    await q.query(`create index ix_client_emails_address on client_emails (tenant_id, address) include (client_id, client_name_lf, client_listed)`);
    await q.query(`analyze client_emails`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop trigger if exists trg_clients_email_keys on clients`);
    await q.query(`drop function if exists clients_sync_email_keys()`);
    await q.query(`drop trigger if exists trg_client_emails_copy_client on client_emails`);
    await q.query(`drop function if exists client_emails_copy_client()`);
    // dropping the columns drops the index that carries them
    await q.query(`alter table client_emails drop column client_name_lf, drop column client_listed`);
    await q.query(`create index ix_client_emails_address on client_emails (tenant_id, address)`);
  }
}
