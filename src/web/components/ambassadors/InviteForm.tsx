/** A coordinator's personal invitation to join the program. Only the person can accept it. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { post } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice } from '../Notice.tsx';
import { TextAreaField } from '../Field.tsx';

export function InviteForm({
  personId,
  firstName,
  onSent,
  onCancel,
}: {
  personId: string;
  firstName: string;
  onSent(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const area = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState('');
  useEffect(() => area.current?.focus(), []);
  const sending = useApiMutation((body: { personId: string; message: string }) => post('/ambassadors/invitations', body), {
    onSuccess: () => onSent(),
  });
  const { error } = sending;
  // Sent: the form closes, so it stays busy until then.
  const busy = sending.isPending || sending.isSuccess;

  const send = (e: FormEvent) => {
    e.preventDefault();
    sending.mutate({ personId, message });
  };

  return (
    <form className="amb-invite-form" onSubmit={send}>
      <TextAreaField
        label={t('amb.inviteMessage', { name: firstName })}
        hint={t('amb.inviteMessageHint')}
        ref={area}
        maxLength={1000}
        rows={3}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        error={fieldError(error, 'message', t)}
      />
      <ErrorNotice error={fieldError(error, 'message', t) ? null : error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('amb.inviteSend')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('amb.cancel')}
        </button>
      </div>
    </form>
  );
}
