-- The question form's tokens are single-use (questions.service.ts): the nonce of every token that
-- carried a relayed question is kept here, so a second use is recognised in any process. A row is
-- needed only while the token could still be accepted (24 hours); the worker deletes it after that.
create table form_tokens_used (
  nonce text primary key,
  expires_at timestamptz not null
);
create index form_tokens_used_expiry on form_tokens_used (expires_at);
