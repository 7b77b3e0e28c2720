-- Mail with a secret link (password reset, invitation) must not be readable by whoever reads the
-- mailbox when it goes out by SMTP, or an admin could reset anyone's password and follow the link.
-- text_body and html_body now hold the mail with its secrets redacted; the full mail waits in the
-- sealed columns, which only the sender reads and which are cleared once an SMTP server has it
-- (or it finally failed). The dev mailbox (no SMTP) keeps them: there they are the mailbox.
alter table mail_outbox add column sealed_text text;
alter table mail_outbox add column sealed_html text;
-- The secret strings themselves, to redact them from SMTP errors too; cleared with the bodies.
alter table mail_outbox add column sealed_secrets text[];

-- Mail written before this: secret links are the only ones with a #token= fragment. Unsent mail
-- keeps its full body for the sender; every row then shows the link hidden.
update mail_outbox set sealed_text = text_body, sealed_html = html_body
 where status in ('pending', 'sending') and (text_body like '%#token=%' or html_body like '%#token=%');
update mail_outbox
   set text_body = regexp_replace(text_body, '\S*#token=\S*', '[link hidden]', 'g'),
       html_body = regexp_replace(html_body, '[^\s"''<>]*#token=[^\s"''<>]*', '[link hidden]', 'g')
 where text_body like '%#token=%' or html_body like '%#token=%';
