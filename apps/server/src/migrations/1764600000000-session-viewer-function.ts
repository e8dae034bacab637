import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who is behind a session cookie, in one round trip. Every staff request starts with this lookup; it used to be
 * two transactions (the session, then its membership under row-level security), six round trips before any
 * work. The function runs with the caller's rights (kartoteka_app): it sets app.account_id so the membership
 * policy lets the lookup through, and app.tenant_id, both transaction-local as everywhere else.
 */
export class SessionViewerFunction1764600000000 implements MigrationInterface {
  name = 'SessionViewerFunction1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create function app_session_viewer(p_token_hash text)
      returns table (
        "sessionId" uuid, "accountId" uuid, "tenantId" uuid, "membershipId" uuid, role text, email text,
        "displayName" text, "expiresAt" timestamptz, "lastSeenAt" timestamptz
      )
      language plpgsql volatile
      as $$
      declare
        s sessions%rowtype;
      begin
        select * into s from sessions where token_hash = p_token_hash and expires_at > now();
        if not found then
          return;
        end if;
        perform set_config('app.tenant_id', s.tenant_id::text, true), set_config('app.account_id', s.account_id::text, true);
        -- no row when the membership was deactivated or removed: that ends the session
        return query
          select s.id, s.account_id, s.tenant_id, m.id, m.role, a.email::text, a.display_name, s.expires_at, s.last_seen_at
            from memberships m join staff_accounts a on a.id = m.account_id
           where m.tenant_id = s.tenant_id and m.account_id = s.account_id and m.is_active;
      end $$`);
    await q.query(`revoke execute on function app_session_viewer(text) from public`);
    await q.query(`grant execute on function app_session_viewer(text) to kartoteka_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop function if exists app_session_viewer(text)`);
  }
}
