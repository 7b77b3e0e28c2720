-- What each participant's calendar holds of a community event (issue 12, events): the reminder
-- carries the event as an ICS invitation (UID community-event-<id>@host, the same for everyone);
-- a later change of its time or place sends an update, its cancellation (or the participant's own)
-- a cancellation, each with the next SEQUENCE of that person's copy. ics_sequence is the SEQUENCE of
-- the last ICS sent to the person (null: none was sent); ics_active says whether that last one put
-- the event in their calendar (REQUEST) or took it out (CANCEL). A change claims a copy with
-- `where ics_sequence = <what it read>` in the transaction that writes its mail: exactly once. The
-- sequence is kept when someone signs up again, so that a new invitation outranks the cancellation.
alter table community_event_signups add column ics_sequence integer;
alter table community_event_signups add column ics_active boolean not null default false;
alter table community_event_signups add constraint community_event_signups_ics_check check (ics_sequence is not null or not ics_active);
