-- Alumni ambassadors on the careers pages (issue 12, item 3). An alumnus who chose the careers
-- pages (their ambassadorship's scope 'external') stays in the public read model after their end
-- date, marked as a former colleague with the years they worked here. Everything else about the
-- view is as before: never sensitive people, never behind the scenes, never internal-only.
--
-- "Former" is decided here, the same way as "left": the end date passed, SCIM ended them, or they
-- were deprovisioned. Before that day an alumnus-to-be is shown as the colleague they still are.
create or replace view public_ambassadors as
select a.id,
       a.org_id,
       a.person_id,
       p.first_name,
       p.last_name,
       p.job_title,
       p.department,
       s.name as site_name,
       s.region,
       a.intro,
       a.topics,
       a.languages,
       a.links,
       a.photo_id,
       a.joined_at,
       al.person_id is not null and not employed.is_employed as alumni,
       case when al.person_id is not null and not employed.is_employed then extract(year from p.start_date)::int end as employed_from_year,
       case when al.person_id is not null and not employed.is_employed
            then extract(year from coalesce(p.end_date, p.scim_ended_on, p.deprovisioned_at::date, al.chosen_at::date))::int end
         as employed_to_year
  from ambassadors a
  join people p on p.id = a.person_id and p.org_id = a.org_id
  left join sites s on s.id = p.site_id
  left join alumni_ambassadors al on al.org_id = a.org_id and al.person_id = a.person_id and al.left_at is null
  cross join lateral (
    select (p.end_date is null or p.end_date >= current_date) and p.scim_ended_on is null and p.deprovisioned_at is null as is_employed
  ) employed
 where a.active and a.scope = 'external' and not a.behind_the_scenes and not p.sensitive
   and (employed.is_employed or al.person_id is not null);

-- Who chose from which path (the app, a mailed link, the exit survey's link), for HR's figures.
alter table alumni_ambassadors add column source text not null default 'app' check (source in ('app', 'link'));
