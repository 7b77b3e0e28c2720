-- Sign-in limits that slow guessing without locking anyone out. Only failed attempts count, per
-- account, per client address and per browser; a browser where the person signed in before (a
-- known device) keeps working for them while their account is under attack from elsewhere.

create table attempt_failures (
  -- e.g. 'sign-in:account:<email>', 'sign-in:ip:<address>', 'sign-in:device:<hash>'
  key text primary key,
  failures integer not null,
  last_failure_at timestamptz not null
);
create index attempt_failures_age on attempt_failures (last_failure_at);

-- Browsers a user signed in from successfully: the device cookie's hash, per user.
create table known_devices (
  device_hash text not null,
  user_id uuid not null references users (id) on delete cascade,
  org_id uuid not null references organisations (id) on delete cascade,
  first_seen_at timestamptz not null,
  last_seen_at timestamptz not null,
  primary key (device_hash, user_id)
);
create index known_devices_user on known_devices (user_id);
