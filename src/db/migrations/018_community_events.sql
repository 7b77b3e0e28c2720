-- Community events (issue 12, item 2): job fairs, campus days, meetups and online sessions that
-- coordinators organise and ambassadors sign up for themselves. A full event (or role) puts a new
-- sign-up on the waiting list; when someone cancels, the first one waiting moves up (FIFO by the
-- time they signed up).

create table community_events (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  kind text not null check (kind in ('job-fair', 'campus-day', 'meetup', 'online')),
  -- { "nl": "...", "fr": "...", "en": "..." }
  title jsonb not null,
  description jsonb not null default '{}',
  -- Where it happens: a place, a link (online), or both.
  place text not null default '',
  link text,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  -- The language the event is held in.
  language text not null check (language in ('nl', 'fr', 'en')),
  -- How many take part in general (null: no limit).
  capacity integer check (capacity is null or capacity > 0),
  -- Roles with their own capacity: [{ "key": "stand", "name": { "en": "At the stand" }, "capacity": 2 }]
  roles jsonb not null default '[]',
  show_on_careers boolean not null default false,
  status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (ends_at > starts_at)
);
create index community_events_org_starts on community_events (org_id, starts_at);

create table community_event_signups (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id) on delete cascade,
  event_id uuid not null references community_events (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  -- The role they take ('' for taking part without one).
  role text not null default '',
  status text not null check (status in ('confirmed', 'waiting', 'cancelled')),
  -- The participant agrees to be shown on the careers pages with this event.
  show_publicly boolean not null default false,
  attended boolean,
  signed_up_at timestamptz not null,
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  -- When the reminder (with the calendar invitation) went into the outbox: once per sign-up.
  reminded_at timestamptz,
  -- When the mail after the event (share your experience) went into the outbox: once per sign-up.
  followed_up_at timestamptz,
  unique (event_id, person_id)
);
create index community_event_signups_queue on community_event_signups (event_id, role, status, signed_up_at);

-- Who a coordinator invited to an event (by topic, region or language): one invitation mail per
-- person and event, however often the coordinator invites.
create table community_event_invitations (
  org_id uuid not null references organisations (id) on delete cascade,
  event_id uuid not null references community_events (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  invited_at timestamptz not null,
  primary key (event_id, person_id)
);

-- The careers pages (src/public reads only views): events marked for them that are still to come,
-- without their link (an online session's link is for those who signed up), and with only the
-- participants who are public ambassadors (external, not behind the scenes, not sensitive, still
-- here: public_ambassadors) and agreed to be shown.
create view public_community_events as
  select e.id, e.org_id, e.kind, e.title, e.place, e.starts_at, e.ends_at, e.language
    from community_events e
   where e.show_on_careers and e.status = 'scheduled' and e.ends_at > now();

create view public_community_event_ambassadors as
  select s.event_id, s.org_id, pa.id as ambassador_id, pa.first_name, pa.last_name, s.signed_up_at
    from community_event_signups s
    join public_community_events e on e.id = s.event_id and e.org_id = s.org_id
    join public_ambassadors pa on pa.org_id = s.org_id and pa.person_id = s.person_id
   where s.status = 'confirmed' and s.show_publicly;

-- An event's feed on the exchange (issue 12 item 1): posts about an event name it. An event that
-- is deleted with its organisation takes nothing else along; the posts stay, without their event.
alter table community_posts add column event_id uuid references community_events (id) on delete set null;
create index community_posts_event on community_posts (org_id, event_id, published_at desc, id desc) where event_id is not null and deleted_at is null;
