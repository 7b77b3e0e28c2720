/** A coordinator's personal invitation to join the program. Only the person can accept it. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { post } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
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
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => area.current?.focus(), []);

  const send = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await post('/ambassadors/invitations', { personId, message });
      onSent();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
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
