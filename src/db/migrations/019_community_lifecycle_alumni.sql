-- The ambassador community, continued (issue 12, items 3 and 4): milestones of the lifecycle in the
-- feed, the welcome of newcomers, and alumni ambassadors.

-- Milestones are posts of kind 'milestone', made by the platform in the person's name and only with
-- their consent (ambassadors.share_milestones). They carry no text of their own: each reader sees
-- them in their language, from (milestone, milestone_key). Comments and reactions work as on posts.
alter table community_posts add column kind text not null default 'post' check (kind in ('post', 'milestone'));
alter table community_posts add column milestone text
  check (milestone in ('joined', 'first-story', 'first-event', 'ambassador-year'));
-- What the milestone is about: the year ('2' for two years as ambassador), an event id, a story id.
alter table community_posts add column milestone_key text;
alter table community_posts drop constraint community_posts_body_check;
alter table community_posts add constraint community_posts_body_check
  check (kind = 'milestone' or length(body) between 1 and 10000);
alter table community_posts add constraint community_posts_kind_milestone_check
  check ((kind = 'milestone') = (milestone is not null));
-- One milestone of each kind and key per person: a second sweep or worker never posts it twice.
create unique index community_posts_milestone_once
  on community_posts (org_id, author_person_id, milestone, coalesce(milestone_key, ''))
  where kind = 'milestone';

-- The person's own choice, off until they say yes; saying no removes their milestones at once.
alter table ambassadors add column share_milestones boolean not null default false;
-- When the newcomer was welcomed in the community (once per ambassadorship).
alter table ambassadors add column welcomed_at timestamptz;

-- Alumni ambassadors: a leaver (or retiree) who chose, never by default, to stay on. The alumni
-- account (users.role = 'alumni') signs in with a personal address and sees only their own profile,
-- stories, questions and the alumni part of the community.
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('admin', 'coordinator', 'manager', 'employee', 'alumni'));
alter table invitations drop constraint invitations_role_check;
alter table invitations add constraint invitations_role_check
  check (role in ('admin', 'coordinator', 'manager', 'employee', 'alumni'));

create table alumni_ambassadors (
  org_id uuid not null references organisations (id) on delete cascade,
  person_id uuid not null references people (id) on delete cascade,
  -- The personal address the alumni account signs in with (the work address goes with the job).
  email text not null check (email = lower(email)),
  chosen_at timestamptz not null,
  -- The alumni account, made when they choose.
  user_id uuid references users (id) on delete set null,
  -- Leaving the alumni program: one click, at any time.
  left_at timestamptz,
  primary key (org_id, person_id)
);
create index alumni_ambassadors_active on alumni_ambassadors (org_id) where left_at is null;
