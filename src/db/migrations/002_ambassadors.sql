-- The ambassador program: voluntary membership, profiles in people's own words, stories published
-- at once, guidelines and trainings, thanks, impact, and the public read model the careers pages use.

-- Images people upload (profile photos, story images), already resized and stripped of metadata.
create table media (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  owner_person_id uuid references people (id) on delete cascade,
  purpose text not null check (purpose in ('photo', 'story')),
  content_type text not null,
  bytes bytea not null,
  width integer not null,
  height integer not null,
  created_at timestamptz not null default now()
);
create index media_owner on media (org_id, owner_person_id);

-- One row per person who ever joined. Leaving keeps the row (left_at set), so rejoining keeps history.
create table ambassadors (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  active boolean not null default true,
  scope text not null check (scope in ('internal', 'external')),
  -- No photo, first name only, internal only: for people who prefer not to stand in the picture.
  behind_the_scenes boolean not null default false,
  intro text not null default '',
  topics text[] not null default '{}',
  languages text[] not null default '{}',
  links jsonb not null default '[]',
  photo_id uuid references media (id) on delete set null,
  joined_at timestamptz not null,
  left_at timestamptz,
  updated_at timestamptz not null,
  unique (org_id, person_id),
  check (not (behind_the_scenes and scope = 'external'))
);
create index ambassadors_org_active on ambassadors (org_id) where active;

-- A coordinator's personal invitation; only the person answers it.
create table ambassador_invitations (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  invited_by uuid references users (id) on delete set null,
  message text not null default '',
  answer text not null default 'pending' check (answer in ('pending', 'accepted', 'maybe_later', 'declined')),
  created_at timestamptz not null,
  answered_at timestamptz
);
create index ambassador_invitations_person on ambassador_invitations (org_id, person_id, created_at desc);
create index ambassador_invitations_answer on ambassador_invitations (org_id, answer);

create table stories (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  author_person_id uuid not null references people (id) on delete cascade,
  title text not null,
  body text not null,
  -- The body rendered from Markdown with raw HTML disabled: safe to place in a page as it is.
  body_html text not null,
  language text not null check (language in ('nl', 'fr', 'en', 'de')),
  scope text not null check (scope in ('internal', 'external')),
  -- Hidden only by a coordinator for a legal reason, recorded and shown to the author.
  hidden_at timestamptz,
  hidden_reason text,
  hidden_by uuid references users (id) on delete set null,
  deleted_at timestamptz,
  published_at timestamptz not null,
  updated_at timestamptz not null
);
create index stories_org_published on stories (org_id, published_at desc) where deleted_at is null;
create index stories_author on stories (org_id, author_person_id);

-- Tips, social media guidelines and trainings, per language.
create table resources (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  kind text not null check (kind in ('tip', 'guideline', 'training')),
  language text not null check (language in ('nl', 'fr', 'en', 'de')),
  title text not null,
  body text not null default '',
  body_html text not null default '',
  url text,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  archived_at timestamptz
);
create index resources_org on resources (org_id, kind, language);

create table training_completions (
  org_id uuid not null references organisations (id) on delete cascade,
  resource_id uuid not null references resources (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  completed_at timestamptz not null,
  primary key (resource_id, person_id)
);

-- Thanks from coordinators and colleagues; milestones noticed by the platform have kind 'milestone'.
create table recognitions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  kind text not null check (kind in ('thanks', 'milestone')),
  from_user_id uuid references users (id) on delete set null,
  from_label text not null default '',
  note text not null,
  -- For milestones: which one ('first-story', 'year-1', ...), so each is noticed once.
  milestone text,
  company_wide boolean not null default false,
  created_at timestamptz not null,
  unique (org_id, person_id, milestone)
);
create index recognitions_person on recognitions (org_id, person_id, created_at desc);
create index recognitions_company on recognitions (org_id, created_at desc) where company_wide;

-- Short tracked links: /s/<code> redirects and counts a click per day. No IP address is stored.
create table share_links (
  code text primary key,
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  story_id uuid references stories (id) on delete cascade,
  created_at timestamptz not null,
  unique (org_id, person_id, story_id)
);
create table share_clicks (
  code text not null references share_links (code) on delete cascade,
  day date not null,
  clicks integer not null default 0,
  primary key (code, day)
);
create table story_views (
  story_id uuid not null references stories (id) on delete cascade,
  day date not null,
  views integer not null default 0,
  primary key (story_id, day)
);

-- Work-related posts an ambassador made elsewhere, as they report them.
create table external_posts (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  url text not null,
  network text not null,
  posted_on date not null,
  tone text not null check (tone in ('positive', 'neutral', 'negative')),
  topic text not null check (topic in ('organisation', 'job', 'other')),
  original boolean not null default true,
  reactions integer check (reactions >= 0),
  created_at timestamptz not null
);
create index external_posts_org on external_posts (org_id, posted_on);

-- "Ask an ambassador": relayed by mail; neither address is shown until the ambassador replies.
create table questions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  story_id uuid references stories (id) on delete set null,
  asker_name text not null,
  asker_email text not null,
  body text not null,
  language text not null,
  created_at timestamptz not null,
  answered_at timestamptz,
  answer text,
  shared_email boolean not null default false
);
create index questions_person on questions (org_id, person_id, created_at desc);

-- The public read model. Public routes read only these views: they can see nothing but active,
-- external, not-behind-the-scenes ambassadors who are not in a sensitive function and have not left,
-- and their external stories that are neither hidden nor deleted.
create view public_ambassadors as
  select a.id, a.org_id, a.person_id, p.first_name, p.last_name, p.job_title, p.department,
         s.name as site_name, s.region, a.intro, a.topics, a.languages, a.links, a.photo_id, a.joined_at
    from ambassadors a
    join people p on p.id = a.person_id and p.org_id = a.org_id
    left join sites s on s.id = p.site_id
   where a.active and a.scope = 'external' and not a.behind_the_scenes and not p.sensitive
     and (p.end_date is null or p.end_date >= current_date);

create view public_stories as
  select st.id, st.org_id, st.title, st.body_html, st.language, st.published_at, st.updated_at,
         pa.id as ambassador_id, pa.person_id, pa.first_name, pa.last_name, pa.job_title, pa.department,
         pa.site_name, pa.region, pa.photo_id
    from stories st
    join public_ambassadors pa on pa.person_id = st.author_person_id and pa.org_id = st.org_id
   where st.scope = 'external' and st.hidden_at is null and st.deleted_at is null;

-- A reply to a relayed question goes back to the ambassador only when they choose to share their address.
alter table mail_outbox add column reply_to text;

-- Secrets this installation makes for itself on first use (e.g. the key that signs form timestamps).
create table instance_secrets (
  name text primary key,
  value text not null,
  created_at timestamptz not null default now()
);
