-- Every process keeps the credentials it verified for a few seconds (platform/auth-cache.ts). Any
-- change to who may sign in, or as what, must reach all of them at once, whichever code makes it:
-- these triggers send a NOTIFY on 'embassy_auth' (platform/auth-changes.ts), delivered when the
-- transaction commits. Only what an actor is made of counts: the use stamps (api_tokens.last_used_at,
-- sessions.last_seen_at, users.last_sign_in_at) and settings (language, display name) do not.
create function notify_auth_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('embassy_auth', tg_table_name);
  return null;
end
$$;

create trigger users_auth_change after update on users for each row
  when (old.id is distinct from new.id or old.org_id is distinct from new.org_id or old.role is distinct from new.role
        or old.email is distinct from new.email or old.person_id is distinct from new.person_id
        or old.disabled_at is distinct from new.disabled_at)
  execute function notify_auth_change();
create trigger users_auth_delete after delete on users for each row execute function notify_auth_change();
create trigger users_auth_truncate after truncate on users for each statement execute function notify_auth_change();

create trigger api_tokens_auth_change after update on api_tokens for each row
  when (old.id is distinct from new.id or old.org_id is distinct from new.org_id or old.user_id is distinct from new.user_id
        or old.name is distinct from new.name or old.token_hash is distinct from new.token_hash
        or old.revoked_at is distinct from new.revoked_at)
  execute function notify_auth_change();
create trigger api_tokens_auth_delete after delete on api_tokens for each row execute function notify_auth_change();
create trigger api_tokens_auth_truncate after truncate on api_tokens for each statement execute function notify_auth_change();

create trigger sessions_auth_change after update on sessions for each row
  when (old.token_hash is distinct from new.token_hash or old.org_id is distinct from new.org_id
        or old.user_id is distinct from new.user_id or old.csrf_token is distinct from new.csrf_token
        or old.expires_at is distinct from new.expires_at)
  execute function notify_auth_change();
create trigger sessions_auth_delete after delete on sessions for each row execute function notify_auth_change();
create trigger sessions_auth_truncate after truncate on sessions for each statement execute function notify_auth_change();

-- The directory's search (people.repo.ts searchPeople) answers within milliseconds from indexes or
-- a short walk; a parallel plan for it (PostgreSQL chose one to collect common two-letter fragments,
-- "di") costs more in starting workers than it saves, and under concurrent requests far more. The
-- people table is scanned by one process.
alter table people set (parallel_workers = 0);
