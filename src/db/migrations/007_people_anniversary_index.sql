-- Work anniversaries are matched on the month and day of the start date (sweep.ts): an index on
-- exactly those expressions lets the daily sweep find them without reading every person.
create index people_org_start_month_day on people (org_id, (extract(month from start_date)), (extract(day from start_date)));
