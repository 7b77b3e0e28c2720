-- Which claim holds a delivery: a worker re-checks and extends its own claim just before sending, and
-- records the outcome only under it, so a slow worker whose claim expired never sends a row that
-- another worker has taken over.
alter table deliveries add column claim_token uuid;
