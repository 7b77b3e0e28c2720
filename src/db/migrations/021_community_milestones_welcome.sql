-- The lifecycle feeds the community (issue 12, item 4), continued from 019.

-- Since when the person agrees to have their milestones celebrated in the community (null while they
-- do not). Only milestones reached from then on are posted: saying yes does not dig up the past.
alter table ambassadors add column milestones_since timestamptz;
-- When the newcomer closed the welcome banner at the top of the exchange.
alter table ambassadors add column welcome_dismissed_at timestamptz;

-- Ambassadors who joined before the welcome existed are not welcomed now, months later.
update ambassadors set welcomed_at = joined_at, welcome_dismissed_at = joined_at where welcomed_at is null;

-- Newcomers still to welcome (the worker's query): few rows, found without reading every ambassador.
create index ambassadors_to_welcome on ambassadors (org_id) where welcomed_at is null and active;

-- The daily sweep of anniversaries, one row per organisation and local day: the day's claim and the
-- milestones it posts commit together, so a second worker (or a second pass) finds the day done.
create table community_milestone_sweeps (
  org_id uuid not null references organisations (id) on delete cascade,
  day date not null,
  swept_at timestamptz not null,
  posted integer not null,
  primary key (org_id, day)
);
