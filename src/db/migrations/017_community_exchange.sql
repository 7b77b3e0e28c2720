-- The community exchange (issue 12, item 1): an internal place where ambassadors (and, if the
-- organisation opens it, every employee with a directory entry) post, comment, react and mention
-- colleagues. Internal by construction: no public view reads these tables.

-- Whether every employee with a directory entry takes part, not only active ambassadors.
alter table organisations add column community_open_to_all boolean not null default false;

-- Topics: the ambassador topics (key set, name from the interface's dictionary) plus the
-- coordinators' own, with a localized name ({"nl": ..., "fr": ..., "en": ...}).
create table community_topics (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  key text not null check (key ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name jsonb not null check (jsonb_typeof(name) = 'object'),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null,
  archived_at timestamptz,
  unique (org_id, key)
);

-- Posts, in the author's own words: published at once, edited only by the author, hidden only by a
-- coordinator for a legal reason (recorded and told to the author). event_id comes with events (018).
create table community_posts (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  author_person_id uuid not null references people (id) on delete cascade,
  topic_id uuid references community_topics (id) on delete set null,
  body text not null check (length(body) between 1 and 10000),
  -- The body rendered from Markdown with raw HTML disabled: safe to place in a page as it is.
  body_html text not null,
  pinned_at timestamptz,
  pinned_by uuid references users (id) on delete set null,
  hidden_at timestamptz,
  hidden_reason text,
  hidden_by uuid references users (id) on delete set null,
  deleted_at timestamptz,
  published_at timestamptz not null,
  updated_at timestamptz not null,
  check ((hidden_at is null) = (hidden_reason is null))
);
-- The feed: newest first by (published_at, id), the cursor's order.
create index community_posts_feed on community_posts (org_id, published_at desc, id desc) where deleted_at is null;
create index community_posts_topic on community_posts (org_id, topic_id, published_at desc, id desc) where deleted_at is null;
create index community_posts_author on community_posts (org_id, author_person_id);

-- Which of its author's own images a post shows (the service refuses images the author does not own).
create table community_post_media (
  org_id uuid not null references organisations (id) on delete cascade,
  post_id uuid not null references community_posts (id) on delete cascade,
  media_id uuid not null references media (id) on delete cascade,
  primary key (post_id, media_id)
);
create index community_post_media_media on community_post_media (media_id);

create table community_comments (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  post_id uuid not null references community_posts (id) on delete cascade,
  author_person_id uuid not null references people (id) on delete cascade,
  body text not null check (length(body) between 1 and 4000),
  body_html text not null,
  hidden_at timestamptz,
  hidden_reason text,
  hidden_by uuid references users (id) on delete set null,
  deleted_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check ((hidden_at is null) = (hidden_reason is null))
);
create index community_comments_post on community_comments (org_id, post_id, created_at);

-- Reactions: a small fixed set, one of each kind per person and post.
create table community_reactions (
  org_id uuid not null references organisations (id) on delete cascade,
  post_id uuid not null references community_posts (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  kind text not null check (kind in ('like', 'celebrate', 'insightful', 'support')),
  created_at timestamptz not null,
  primary key (post_id, person_id, kind)
);
create index community_reactions_org on community_reactions (org_id, post_id);

-- Mentions: who a post or comment names; the mail goes once per (post or comment, person).
create table community_mentions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  post_id uuid not null references community_posts (id) on delete cascade,
  comment_id uuid references community_comments (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  created_at timestamptz not null
);
create unique index community_mentions_once on community_mentions (post_id, coalesce(comment_id, post_id), person_id);
create index community_mentions_person on community_mentions (org_id, person_id);

-- The digest: each person's choice (default weekly), and one row per (person, period) sent, so a
-- second worker run or a retry never mails twice.
create table community_digest_settings (
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  frequency text not null default 'weekly' check (frequency in ('off', 'daily', 'weekly')),
  updated_at timestamptz not null,
  primary key (org_id, person_id)
);
create table community_digests (
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  period text not null,
  sent_at timestamptz not null,
  primary key (org_id, person_id, period)
);
