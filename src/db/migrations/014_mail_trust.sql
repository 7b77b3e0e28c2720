-- Mail people can trust (RFC 8058 one-click unsubscribe, both a text and an HTML part, the
-- language said in a header) and an audit log people can read.

-- The organisation's colour for its mail (and whatever else wants it): #rrggbb, or null for the default.
alter table organisations add column if not exists brand_colour text;
alter table organisations drop constraint if exists organisations_brand_colour_check;
alter table organisations add constraint organisations_brand_colour_check check (brand_colour ~ '^#[0-9a-fA-F]{6}$');

-- The language a mail is written in (Content-Language), and for mail that exists only because of
-- a preference of its recipient, where one click turns that preference off (List-Unsubscribe).
alter table mail_outbox add column language text;
alter table mail_outbox add column list_unsubscribe text;

-- Whether a person gets the daily digest of their colleagues' birthdays, anniversaries and
-- moments. Everyone did before; the digest's unsubscribe link turns it off.
alter table moment_preferences add column colleague_digest boolean not null default true;

-- The audit log filtered by what was done to whom, and by when.
create index audit_log_org_target on audit_log (org_id, target_type, target_id);
create index audit_log_org_actor on audit_log (org_id, actor_user_id);
create index audit_log_org_time on audit_log (org_id, at desc);
