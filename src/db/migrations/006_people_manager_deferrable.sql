-- An import inserts people with their managers in one go, and a file may name a manager on a later
-- row than their report: the reference is checked when the transaction commits.
alter table people drop constraint people_manager_id_fkey;
alter table people add constraint people_manager_id_fkey foreign key (manager_id) references people (id)
  on delete set null deferrable initially deferred;
