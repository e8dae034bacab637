import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The client's profile photo (F1.2). The bytes live in the file storage (local disk under DATA_DIR/files by
 * default, see modules/files/file-storage.ts); the row keeps where, what type and how big. The key has a random
 * part that changes on every upload, so it doubles as the ETag and the cache-busting version of the photo's URL.
 * No new table: `clients` already has tenant_id and its row-level security policy.
 */
export class ClientPhoto1764500000000 implements MigrationInterface {
  name = 'ClientPhoto1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table clients
      add column photo_key text,
      add column photo_content_type text,
      add column photo_size integer,
      add constraint ck_clients_photo check (
        (photo_key is null and photo_content_type is null and photo_size is null)
        or (photo_key is not null and photo_content_type in ('image/jpeg', 'image/png', 'image/webp') and photo_size > 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table clients drop constraint ck_clients_photo,
      drop column photo_key, drop column photo_content_type, drop column photo_size`);
  }
}
