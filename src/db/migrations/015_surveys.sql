-- Surveys that measure the moments that matter (onboarding at 7, 30 and 90 days, exit, pulse,
-- the ambassador program, "which moments matter to you?"), answered from a personal link without
-- an account, and reported with anonymity that holds.
--
-- Anonymity by construction: an answer row (survey_responses, survey_answers) carries no person,
-- no invitation and no time finer than its month; the segment attributes reports group by are
-- copied onto the invitation when it is sent and from there onto the response, so later changes
-- in the directory cannot re-identify anyone.

-- How long raw answers are kept (months); aggregates stay after that.
alter table organisations add column survey_retention_months integer not null default 24
  check (survey_retention_months between 1 and 120);

create table surveys (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  -- The ready template it was made from (onboarding_7, onboarding_30, onboarding_90, exit, pulse,
  -- ambassador, moments_matter), or null for one HR wrote.
  template_key text,
  kind text not null check (kind in ('onboarding', 'exit', 'pulse', 'ambassador', 'moments', 'custom')),
  -- { "nl": "...", "fr": "...", "en": "..." }
  title jsonb not null,
  intro jsonb not null default '{}',
  status text not null default 'draft' check (status in ('draft', 'open', 'closed')),
  -- Reporting minimum (no group smaller is ever shown) and the one for comments (at least as high).
  -- They can be raised at any time and never lowered once answers exist (surveys.service.ts).
  min_group integer not null default 5 check (min_group between 3 and 100),
  min_comments integer not null default 5 check (min_comments between 3 and 200),
  -- The segments its results may be broken down by, in priority order.
  report_dimensions text[] not null default '{department,site,start_cohort}',
  -- An invitation expires this many days after it is sent, or at the survey's close if earlier.
  response_days integer not null default 21 check (response_days between 1 and 120),
  -- One reminder to those who have not answered, this many days after the invitation (null: none).
  reminder_days integer check (reminder_days between 1 and 60),
  -- An exit survey ends with the optional invitation to stay on as an alumni ambassador.
  offers_alumni boolean not null default false,
  opened_at timestamptz,
  -- When it closes by itself (null: open until HR closes it; journeys' surveys run on).
  closes_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (min_comments >= min_group)
);
create index surveys_org on surveys (org_id, status);

create table survey_questions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  survey_id uuid not null references surveys (id) on delete cascade,
  position integer not null,
  -- The library question it came from (null: written for this survey).
  library_key text,
  kind text not null check (kind in ('enps', 'scale', 'single', 'multi', 'text')),
  text jsonb not null,
  -- single/multi: [{ "key": "...", "label": { "nl", "fr", "en" } }]
  options jsonb not null default '[]',
  required boolean not null default true,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index survey_questions_survey on survey_questions (survey_id, position);

-- A survey sent to a segment of people by HR (journeys invite one person at a time instead).
create table survey_campaigns (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  survey_id uuid not null references surveys (id) on delete cascade,
  -- { "departments": [...], "siteIds": [...], "regions": [...], "languages": [...], "seniority": [...], "startCohorts": [...] }
  segment jsonb not null,
  invited integer not null default 0,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null
);
create index survey_campaigns_survey on survey_campaigns (survey_id);

create table survey_invitations (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  survey_id uuid not null references surveys (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  -- The journey delivery that sent it, or the campaign.
  delivery_id uuid unique references deliveries (id) on delete set null,
  campaign_id uuid references survey_campaigns (id) on delete set null,
  -- SHA-256 of the link's secret; the secret itself is only in the mail.
  token_hash text not null unique,
  language text not null check (language in ('nl', 'fr', 'en')),
  -- The segment attributes copied at send time: { department, siteId, region, language, seniority,
  -- startCohort, managerPath: [uuid...] }. The response copies them; the directory is never read again.
  segment jsonb not null,
  sent_at timestamptz not null,
  expires_at timestamptz not null,
  -- The reminder, written once to the outbox when due (reminded_at set in the same transaction).
  reminder_due_at timestamptz,
  reminded_at timestamptz,
  -- A partial answer, kept until submitted (then cleared).
  draft jsonb,
  draft_saved_at timestamptz,
  -- Answered, to the day only: the answer rows carry no time that could be matched with it.
  answered_on date,
  unique (survey_id, person_id)
);
create index survey_invitations_survey on survey_invitations (survey_id);
create index survey_invitations_reminder on survey_invitations (reminder_due_at) where reminded_at is null and answered_on is null;

create table survey_responses (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  survey_id uuid not null references surveys (id) on delete cascade,
  -- The first day of the month it was answered in; nothing finer.
  period date not null,
  department text,
  site_id uuid,
  region text,
  language text,
  seniority text,
  start_cohort text,
  -- Every manager above the respondent when invited: a manager's team results are those containing them.
  manager_path uuid[] not null default '{}'
);
create index survey_responses_survey on survey_responses (survey_id, period);
create index survey_responses_manager on survey_responses using gin (manager_path);

create table survey_answers (
  response_id uuid not null references survey_responses (id) on delete cascade,
  org_id uuid not null references organisations (id) on delete cascade,
  survey_id uuid not null references surveys (id) on delete cascade,
  question_id uuid not null references survey_questions (id) on delete cascade,
  -- enps: 0..10, scale: 1..5
  value smallint,
  -- single: one option key, multi: the keys chosen
  choices text[],
  comment text,
  primary key (response_id, question_id)
);
create index survey_answers_survey_question on survey_answers (survey_id, question_id);

-- What stays after the retention period: the groups that were shown at that time (each above the
-- minimums), with each question's distribution, per quarter.
create table survey_archive (
  org_id uuid not null references organisations (id) on delete cascade,
  survey_id uuid not null references surveys (id) on delete cascade,
  -- null: the number of respondents of the group
  question_id uuid references survey_questions (id) on delete cascade,
  dimension text not null,
  segment text not null,
  period date not null,
  value text not null default '',
  count integer not null check (count >= 0),
  unique nulls not distinct (survey_id, question_id, dimension, segment, period, value)
);

-- The exit survey's optional last question: stay on as an alumni ambassador. Not anonymous, and
-- said so where it is asked; kept apart from the answers.
create table alumni_interest (
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  survey_id uuid references surveys (id) on delete set null,
  at timestamptz not null,
  primary key (org_id, person_id)
);

-- A journey's survey step names the survey it invites to, or the template one is made from.
alter table journey_steps add column survey_id uuid references surveys (id) on delete set null;
alter table journey_steps add column survey_template text;
