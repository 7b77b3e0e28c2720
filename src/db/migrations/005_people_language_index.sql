-- The directory filtered by language, in name order (the department and site filters have theirs).
create index people_org_language on people (org_id, language, last_name, first_name, id);
