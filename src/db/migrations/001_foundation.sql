-- The foundation: organisations, accounts and sign-in, the audit log, the people directory, mail.
-- Every table that holds an organisation's data carries org_id; repositories always filter on it.

create extension if not exists pg_trgm;

create table organisations (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
  name text not null check (length(name) between 1 and 200),
  default_language text not null default 'nl' check (default_language in ('nl', 'fr', 'en', 'de')),
  time_zone text not null default 'Europe/Brussels',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table sites (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  name text not null,
  region text check (region in ('flanders', 'brussels', 'wallonia', 'abroad')),
  country text not null default 'BE' check (country ~ '^[A-Z]{2}$'),
  created_at timestamptz not null default now()
);
create unique index sites_org_name on sites (org_id, lower(name));

create table people (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  employee_number text not null,
  first_name text not null,
  last_name text not null,
  work_email text,
  personal_email text,
  language text check (language in ('nl', 'fr', 'en', 'de')),
  department text,
  site_id uuid references sites (id) on delete set null,
  job_title text,
  manager_id uuid references people (id) on delete set null,
  start_date date,
  end_date date,
  birth_day smallint check (birth_day between 1 and 31),
  birth_month smallint check (birth_month between 1 and 12),
  birth_year smallint check (birth_year between 1900 and 2100),
  sensitive boolean not null default false,
  -- Lower-cased, accent-free "first last number email": what the directory search matches.
  -- The app folds a query the same way (people.search.ts).
  search_text text generated always as (
    translate(lower(first_name || ' ' || last_name || ' ' || employee_number || ' ' || coalesce(work_email, '')), 'àáâãäåāăąçćčďđèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşșťţțùúûüūůűųýÿžźżæœß', 'aaaaaaaaacccddeeeeeeeeiiiiiilnnnoooooooorrsssstttuuuuuuuuyyzzzaos')
  ) stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (org_id, employee_number),
  check ((birth_day is null) = (birth_month is null)),
  check (end_date is null or start_date is null or end_date >= start_date)
);
create unique index people_org_work_email on people (org_id, work_email) where work_email is not null;
create index people_org_name on people (org_id, last_name, first_name, id);
create index people_org_department on people (org_id, department, last_name, first_name, id);
create index people_org_site on people (org_id, site_id, last_name, first_name, id);
create index people_org_start on people (org_id, start_date);
create index people_manager on people (manager_id);
create index people_search_trgm on people using gin (search_text gin_trgm_ops);

create table users (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  email text not null check (email = lower(email)),
  display_name text not null default '',
  role text not null check (role in ('admin', 'coordinator', 'manager', 'employee')),
  password_hash text,
  person_id uuid references people (id) on delete set null,
  disabled_at timestamptz,
  language text check (language in ('nl', 'fr', 'en', 'de')),
  created_at timestamptz not null default now(),
  last_sign_in_at timestamptz,
  unique (org_id, email)
);
create index users_email on users (email);

create table sessions (
  -- sha256 of the cookie value: a leaked table does not leak sessions.
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  org_id uuid not null references organisations (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  user_agent text
);
create index sessions_user on sessions (user_id);

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  -- The first characters, shown in lists so a person can tell tokens apart.
  prefix text not null,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_org on api_tokens (org_id, created_at desc);

create table invitations (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  email text not null check (email = lower(email)),
  role text not null check (role in ('admin', 'coordinator', 'manager', 'employee')),
  token_hash text not null unique,
  invited_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  revoked_at timestamptz
);
create index invitations_org on invitations (org_id, created_at desc);

create table password_resets (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create table audit_log (
  id bigserial primary key,
  -- Null for events that belong to no organisation (a sign-in attempt for an unknown address).
  org_id uuid references organisations (id) on delete cascade,
  actor_user_id uuid references users (id) on delete set null,
  actor_label text not null default '',
  action text not null,
  target_type text,
  target_id text,
  details jsonb not null default '{}',
  ip text,
  at timestamptz not null default now()
);
create index audit_log_org_at on audit_log (org_id, id desc);

create table rate_limits (
  key text not null,
  window_start timestamptz not null,
  hits integer not null default 0,
  primary key (key, window_start)
);

-- Outgoing mail. Written in the same transaction as what caused it, sent by workers that claim rows
-- with FOR UPDATE SKIP LOCKED. Without SMTP_URL a sent row is the dev mailbox.
create table mail_outbox (
  id uuid primary key default gen_random_uuid(),
  org_id uuid references organisations (id) on delete cascade,
  kind text not null,
  to_address text not null,
  subject text not null,
  text_body text not null,
  html_body text,
  message_id text not null unique,
  status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
  transport text,
  attempts integer not null default 0,
  last_error text,
  next_attempt_at timestamptz not null default now(),
  locked_until timestamptz,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status in ('pending', 'sending');
create index mail_outbox_org on mail_outbox (org_id, created_at desc);
