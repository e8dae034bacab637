import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "…4567", the last digits of a phone, is how receptionists often ask. A suffix used to go through the trigram
 * index (LIKE '%4567'): digit trigrams are so common that intersecting them cost 10-20 ms on a million phones.
 * Reversed, a suffix is a prefix: a btree range on the reversed number answers it in well under a millisecond.
 * A stored column, not an index on reverse(national_digits): under row-level security only leakproof
 * functions may reach an index condition, and reverse() is not one (the expression index went unused and
 * the query scanned every phone).
 */
export class PhoneSuffixIndex1764800000000 implements MigrationInterface {
  name = 'PhoneSuffixIndex1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table client_phones
      add column national_reversed text collate "C" not null generated always as (reverse(national_digits)) stored`);
    await q.query(`create index ix_client_phones_national_reversed on client_phones (tenant_id, national_reversed)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table client_phones drop column national_reversed`);
  }
}
