/** Thanking an ambassador: a note, shown to them, and to the whole company if the sender says so. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { post } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice } from '../Notice.tsx';
import { TextAreaField } from '../Field.tsx';

export function ThankForm({
  personId,
  firstName,
  onDone,
  onCancel,
}: {
  personId: string;
  firstName: string;
  onDone(companyWide: boolean): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState('');
  const [companyWide, setCompanyWide] = useState(false);
  useEffect(() => area.current?.focus(), []);
  const sending = useApiMutation((body: { note: string; companyWide: boolean }) => post(`/ambassadors/${personId}/thanks`, body), {
    invalidates: ['/recognitions', '/me/recognitions'],
    onSuccess: (_, body) => onDone(body.companyWide),
  });
  const { error } = sending;
  // Sent: the form closes, so it stays busy until then.
  const busy = sending.isPending || sending.isSuccess;

  const send = (e: FormEvent) => {
    e.preventDefault();
    sending.mutate({ note, companyWide });
  };

  return (
    <form className="amb-thank-form" onSubmit={send}>
      <TextAreaField
        label={t('community.thankNote', { name: firstName })}
        ref={area}
        required
        maxLength={2000}
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={fieldError(error, 'note', t)}
      />
      <div className="amb-choice amb-choice-check">
        <input
          type="checkbox"
          id={`${id}-cw`}
          checked={companyWide}
          onChange={(e) => setCompanyWide(e.target.checked)}
          aria-describedby={`${id}-cw-hint`}
        />
        <label htmlFor={`${id}-cw`}>{t('community.companyWide')}</label>
        <p className="hint" id={`${id}-cw-hint`}>
          {t('community.companyWideHint')}
        </p>
      </div>
      <ErrorNotice error={fieldError(error, 'note', t) ? null : error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('community.sendThanks')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('amb.cancel')}
        </button>
      </div>
    </form>
  );
}
