-- Moments that matter: journeys of steps anchored to people's dates, the deliveries the daily sweep
-- writes (one per organisation, person, step and occurrence, unique here), their attempts, tasks,
-- buddies and the personal moments people choose to share.

alter table people add column employment_type text;
alter table people add column buddy_volunteer boolean not null default false;
alter table organisations add column hr_email text;
alter table organisations add column buddy_cap integer not null default 2 check (buddy_cap between 1 and 20);
-- How many days back a sweep still sends a step missed while the system was down (0: never).
alter table organisations add column catch_up_days integer not null default 3 check (catch_up_days between 0 and 60);

-- Dates an organisation tracks beyond the built-in ones (e.g. "probation_end"), per person.
create table person_dates (
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  key text not null check (key ~ '^[a-z][a-z0-9_]{0,40}$'),
  date date not null,
  primary key (person_id, key)
);
create index person_dates_org_key_date on person_dates (org_id, key, date);

create table journeys (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  template_key text,
  name text not null,
  description text not null default '',
  -- Who is in scope: empty arrays mean everyone.
  departments text[] not null default '{}',
  site_ids uuid[] not null default '{}',
  languages text[] not null default '{}',
  employment_types text[] not null default '{}',
  -- A step missed while Embassy was down: 'catch_up' sends it within the organisation's window, 'skip' records it as skipped.
  missed_policy text not null default 'catch_up' check (missed_policy in ('catch_up', 'skip')),
  active boolean not null default false,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index journeys_org on journeys (org_id);

create table journey_steps (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  journey_id uuid not null references journeys (id) on delete cascade,
  position integer not null default 0,
  name text not null,
  kind text not null check (kind in ('message', 'task', 'survey_invitation', 'ambassador_invitation')),
  recipient text not null default 'person' check (recipient in ('person', 'manager', 'buddy', 'hr', 'team')),
  anchor text not null check (anchor in ('start_date', 'end_date', 'birthday', 'work_anniversary', 'retirement', 'custom')),
  custom_key text,
  -- For work anniversaries: only this year of service (null: every year).
  anniversary_year integer check (anniversary_year between 1 and 60),
  offset_days integer not null default 0 check (offset_days between -400 and 400),
  offset_unit text not null default 'calendar' check (offset_unit in ('calendar', 'working')),
  send_time text not null default '09:00' check (send_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  -- Per language: { "nl": { "subject": "...", "body": "..." }, "fr": ..., "en": ... }
  templates jsonb not null default '{}',
  -- For tasks: { "title": "...", "owner": "manager|hr|buddy|person", "dueDays": 5, "checklist": ["..."] }
  task jsonb,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (anchor <> 'custom' or custom_key is not null)
);
create index journey_steps_journey on journey_steps (journey_id, position);

create table deliveries (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  step_id uuid not null references journey_steps (id) on delete cascade,
  -- Which occurrence of the step: the anchor date it was computed from (a start date, a birthday's date that year).
  occurrence text not null,
  due_date date not null,
  due_at timestamptz not null,
  status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed', 'skipped', 'cancelled')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  locked_until timestamptz,
  last_error text,
  -- What went out, recorded when sent.
  to_addresses text[],
  language text,
  subject text,
  body text,
  message_id text not null,
  created_at timestamptz not null,
  sent_at timestamptz,
  unique (org_id, person_id, step_id, occurrence)
);
create index deliveries_due on deliveries (next_attempt_at) where status in ('pending', 'sending');
create index deliveries_person on deliveries (org_id, person_id, due_date);
create index deliveries_failed on deliveries (org_id, status) where status = 'failed';

create table delivery_attempts (
  id bigserial primary key,
  delivery_id uuid not null references deliveries (id) on delete cascade,
  attempt integer not null,
  at timestamptz not null,
  outcome text not null check (outcome in ('sent', 'error', 'cancelled')),
  error text
);
create index delivery_attempts_delivery on delivery_attempts (delivery_id, id);

-- A record of each organisation's daily sweep, so a worker knows the day is done.
create table sweep_runs (
  org_id uuid not null references organisations (id) on delete cascade,
  day date not null,
  due integer not null,
  created integer not null,
  finished_at timestamptz not null,
  primary key (org_id, day)
);

create table tasks (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  delivery_id uuid unique references deliveries (id) on delete set null,
  person_id uuid not null references people (id) on delete cascade,
  owner_person_id uuid references people (id) on delete set null,
  owner_role text,
  title text not null,
  due_date date,
  checklist jsonb not null default '[]',
  completed_at timestamptz,
  created_at timestamptz not null
);
create index tasks_owner on tasks (org_id, owner_person_id, completed_at);
create index tasks_person on tasks (org_id, person_id);

create table buddy_assignments (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  newcomer_person_id uuid not null references people (id) on delete cascade,
  buddy_person_id uuid not null references people (id) on delete cascade,
  confirmed_by uuid references users (id) on delete set null,
  created_at timestamptz not null,
  ended_at timestamptz,
  check (newcomer_person_id <> buddy_person_id)
);
create unique index buddy_one_per_newcomer on buddy_assignments (org_id, newcomer_person_id) where ended_at is null;
create index buddy_by_buddy on buddy_assignments (org_id, buddy_person_id) where ended_at is null;

-- Personal choices, made by the person only.
create table moment_preferences (
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  birthday_audience text not null default 'nobody' check (birthday_audience in ('nobody', 'team', 'manager')),
  show_birth_year boolean not null default false,
  anniversary_audience text not null default 'team' check (anniversary_audience in ('nobody', 'team', 'manager')),
  -- What moments the person wants noticed, in their words and choices: { "birthday": true, "work_anniversary": false, ... }
  wanted jsonb not null default '{}',
  note text not null default '',
  updated_at timestamptz not null,
  primary key (org_id, person_id)
);

-- Children's birthdays and other moments a person adds, with the consent recorded. Withdrawing deletes the row.
create table personal_moments (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  kind text not null check (kind in ('child_birthday', 'other')),
  label text not null default '',
  first_name text,
  day smallint not null check (day between 1 and 31),
  month smallint not null check (month between 1 and 12),
  audience text not null default 'manager' check (audience in ('manager', 'team')),
  consent_text text not null,
  consented_at timestamptz not null
);
create index personal_moments_person on personal_moments (org_id, person_id);
create index personal_moments_day on personal_moments (org_id, month, day);

create index people_org_birthday on people (org_id, birth_month, birth_day);
create index people_org_end on people (org_id, end_date);
