-- The community's @ picker and its list of ambassadors are in first-name order: in a community open
-- to everyone, the picker's first page walks this index instead of sorting the whole directory
-- (100,000 people: 95 ms -> 4 ms on PostgreSQL).
create index people_org_first_name on people (org_id, first_name);
