-- People and accounts from the employer's own systems: single sign-on (OpenID Connect), SCIM 2.0
-- provisioning, webhooks (Standard Webhooks), calendar invitations and feeds, chat channels (Teams,
-- Slack) and bulk invitations. Secrets that must be used again (an SSO client secret, a webhook
-- signing secret, a chat webhook URL) are stored sealed with EMBASSY_SECRET_KEY
-- (platform/encryption.ts); tokens that are only checked (SCIM, calendar feeds) as their SHA-256.

-- Single sign-on, one identity provider per organisation.
create table sso_configs (
  org_id uuid primary key references organisations (id) on delete cascade,
  -- entra (Microsoft Entra ID), google (Google Workspace) or generic: presets fill the issuer and claims.
  preset text not null check (preset in ('entra', 'google', 'generic')),
  issuer text not null check (issuer ~ '^https?://'),
  client_id text not null check (length(client_id) between 1 and 500),
  client_secret_sealed text not null,
  -- How a signed-in person is found in the directory: by a verified email claim, or by the claim named
  -- here holding their employee number (e.g. "employee_id").
  link_by text not null default 'email' check (link_by in ('email', 'employee_number')),
  employee_number_claim text,
  -- Roles from a groups claim: [{ "group": "<id or name>", "role": "admin" }]; the highest role matched wins.
  groups_claim text not null default 'groups',
  role_map jsonb not null default '[]' check (jsonb_typeof(role_map) = 'array'),
  -- The role of someone who has no account yet and matches no group.
  default_role text not null default 'employee' check (default_role in ('coordinator', 'manager', 'employee')),
  -- Everyone signs in through the identity provider, except these admins (break glass).
  required boolean not null default false,
  break_glass_user_ids uuid[] not null default '{}',
  enabled boolean not null default false,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (link_by = 'email' or employee_number_claim is not null)
);

-- A sign-in on its way through the identity provider: state, nonce and PKCE verifier, for ten minutes.
create table sso_flows (
  state_hash text primary key,
  org_id uuid not null references organisations (id) on delete cascade,
  nonce text not null,
  code_verifier text not null,
  return_to text not null default '/',
  language text,
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create index sso_flows_expiry on sso_flows (expires_at);

-- The identity provider's subject ("<issuer> <sub>") an account signed in with; one account per subject.
alter table users add column sso_subject text;
create unique index users_sso_subject on users (org_id, sso_subject) where sso_subject is not null;

-- SCIM 2.0 provisioning: a bearer token per organisation (only its hash stored).
create table scim_tokens (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  name text not null check (length(name) between 1 and 100),
  token_hash text not null unique,
  prefix text not null,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null,
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index scim_tokens_org on scim_tokens (org_id, created_at desc);

-- What the provisioning client calls a person: its own id for them (externalId) and userName.
alter table people add column external_id text;
alter table people add column user_name text;
create unique index people_external_id on people (org_id, external_id) where external_id is not null;
create unique index people_user_name on people (org_id, lower(user_name)) where user_name is not null;
-- Removed by the provisioning client (SCIM DELETE): kept for history with its end date, gone from SCIM.
alter table people add column deprovisioned_at timestamptz;

-- Webhooks (Standard Webhooks): endpoints, the events they get, and each delivery with its attempts.
create table webhook_endpoints (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  url text not null check (url ~ '^https?://'),
  description text not null default '',
  -- Event types it receives; empty: all.
  event_types text[] not null default '{}',
  -- whsec_ secrets, sealed. During a rotation the previous one also signs until it expires.
  secret_sealed text not null,
  previous_secret_sealed text,
  previous_secret_expires_at timestamptz,
  enabled boolean not null default true,
  disabled_at timestamptz,
  disabled_reason text,
  -- Failed deliveries in a row (reset by a success); past the limit the endpoint is disabled.
  failure_streak integer not null default 0,
  first_failure_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index webhook_endpoints_org on webhook_endpoints (org_id) where enabled;

create table webhook_messages (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  event_type text not null,
  payload jsonb not null,
  created_at timestamptz not null
);
create index webhook_messages_org on webhook_messages (org_id, created_at desc);

create table webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  endpoint_id uuid not null references webhook_endpoints (id) on delete cascade,
  message_id uuid not null references webhook_messages (id) on delete cascade,
  status text not null default 'pending' check (status in ('pending', 'sending', 'delivered', 'failed', 'cancelled')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  locked_until timestamptz,
  claim_token uuid,
  last_status integer,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz not null,
  unique (endpoint_id, message_id)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status in ('pending', 'sending');
create index webhook_deliveries_endpoint on webhook_deliveries (org_id, endpoint_id, created_at desc);

create table webhook_attempts (
  id bigserial primary key,
  delivery_id uuid not null references webhook_deliveries (id) on delete cascade,
  attempt integer not null,
  at timestamptz not null,
  status integer,
  error text,
  duration_ms integer not null,
  response_excerpt text
);
create index webhook_attempts_delivery on webhook_attempts (delivery_id, id);

-- Calendars. A step may be an event with a time (welcome day, feedback conversation, retirement
-- conversation): { "offsetDays": 0, "startTime": "09:00", "durationMinutes": 60, "location": { nl, fr, en } },
-- its date the anchor's date plus offsetDays; its mail carries an ICS invitation.
alter table journey_steps add column event jsonb check (event is null or jsonb_typeof(event) = 'object');

-- Each invitation sent: its UID (stable per delivery), sequence, time and attendees, so a changed
-- date cancels it and a changed time updates it.
create table calendar_invitations (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  delivery_id uuid not null unique references deliveries (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  uid text not null unique,
  sequence integer not null default 0,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  attendees text[] not null,
  language text not null,
  status text not null default 'active' check (status in ('active', 'cancelled')),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index calendar_invitations_person on calendar_invitations (org_id, person_id);

-- Mail with a calendar part (an invitation, update or cancellation).
alter table mail_outbox add column calendar_method text check (calendar_method in ('REQUEST', 'CANCEL'));
alter table mail_outbox add column calendar_ics text;

-- A personal calendar feed: a secret, revocable URL (only its hash stored), one live per account.
create table calendar_feeds (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  token_hash text not null unique,
  created_at timestamptz not null,
  last_used_at timestamptz,
  revoked_at timestamptz
);
create unique index calendar_feeds_live on calendar_feeds (user_id) where revoked_at is null;

-- Chat channels (a Teams or Slack incoming webhook), which a journey step can post to.
create table chat_channels (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  name text not null check (length(name) between 1 and 100),
  kind text not null check (kind in ('teams', 'slack')),
  url_sealed text not null,
  -- What the app shows of the URL: its host and last characters.
  url_hint text not null,
  -- The language posts are written in; null: the organisation's.
  language text check (language in ('nl', 'fr', 'en')),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index chat_channels_org on chat_channels (org_id);

-- A channel a step posts to cannot be deleted while the step does (the service says which journeys).
alter table journey_steps add column channel_id uuid references chat_channels (id) on delete restrict;
alter table journey_steps drop constraint journey_steps_recipient_check;
alter table journey_steps add constraint journey_steps_recipient_check
  check (recipient in ('person', 'manager', 'buddy', 'hr', 'team', 'channel'));
alter table journey_steps add constraint journey_steps_channel_check check (recipient <> 'channel' or channel_id is not null);

-- Bulk invitations: every person of a segment without an account, invited in their language.
create table invitation_batches (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  created_by uuid references users (id) on delete set null,
  segment jsonb not null,
  role text not null check (role in ('coordinator', 'manager', 'employee')),
  status text not null default 'running' check (status in ('running', 'done', 'failed')),
  total integer not null default 0,
  invited integer not null default 0,
  skipped integer not null default 0,
  created_at timestamptz not null,
  finished_at timestamptz
);
create index invitation_batches_org on invitation_batches (org_id, created_at desc);
alter table invitations add column batch_id uuid references invitation_batches (id) on delete set null;
alter table invitations add column person_id uuid references people (id) on delete set null;

-- calendars: the location an invitation was sent with (a changed location sends an update), and the
-- reconciler's look at active invitations of events still to come.
alter table calendar_invitations add column location text;
create index calendar_invitations_active on calendar_invitations (starts_at) where status = 'active';

-- scim: the end date SCIM itself set (active:false), so active:true later clears only that one and
-- never an end date HR planned.
alter table people add column scim_ended_on date;

-- bulk invitations: at most one open invitation per address, so two batches (or a batch and a
-- single invitation) writing at the same moment cannot both invite someone; the writers revoke an
-- expired one first and skip a conflict.
create unique index invitations_open on invitations (org_id, email) where accepted_at is null and revoked_at is null;

-- webhooks: deleting a message past the log's retention cascades to its deliveries by message_id.
create index webhook_deliveries_message on webhook_deliveries (message_id);

-- public pages: someone SCIM ended (active:false) or removed (DELETE) leaves the public read model at
-- once, not at midnight when the end date SCIM set to today has passed. The stories and images views
-- read this one and follow.
create or replace view public_ambassadors as
  select a.id, a.org_id, a.person_id, p.first_name, p.last_name, p.job_title, p.department,
         s.name as site_name, s.region, a.intro, a.topics, a.languages, a.links, a.photo_id, a.joined_at
    from ambassadors a
    join people p on p.id = a.person_id and p.org_id = a.org_id
    left join sites s on s.id = p.site_id
   where a.active and a.scope = 'external' and not a.behind_the_scenes and not p.sensitive
     and (p.end_date is null or p.end_date >= current_date)
     and p.scim_ended_on is null and p.deprovisioned_at is null;

-- sso: the role single sign-on's group mapping gave an account ('sso:<role>'). The role is the
-- mapping's while users.role still equals it: a person no longer in a mapped group then falls back
-- to the default role at the next sign-in. A role an admin set (users.role differs, or no value) is
-- left alone.
alter table users add column role_source text check (role_source in ('sso:admin', 'sso:coordinator', 'sso:manager', 'sso:employee'));

-- sso: the Google Workspace domain people must belong to (the `hd` claim): Google's issuer is the
-- same for every Workspace, so without it any company's Workspace account would do.
alter table sso_configs add column google_domain text;
