/** The profile photo: upload (resized and stripped of metadata by the server) or remove. */
import { useId, useRef, useState } from 'react';
import { del } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { Avatar } from './Avatar.tsx';
import { IMAGE_TYPES, sendImage } from './program.ts';
import type { Ambassador } from './types.ts';

export function PhotoUpload({ ambassador, onChange }: { ambassador: Ambassador; onChange(photoUrl: string | null): void }) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  // The community and the stories' bylines show the photo.
  const invalidates = ['/ambassadors', '/stories'];
  const uploading = useApiMutation((file: File) => sendImage<{ photoUrl: string }>('PUT', '/me/ambassador/photo', file), {
    invalidates,
    onSuccess: ({ photoUrl }) => {
      // A new id each time, so the browser shows the new photo at once.
      onChange(photoUrl);
      setStatus(t('amb.photoSaved'));
    },
    onSettled: () => {
      if (input.current) input.current.value = '';
    },
  });
  const removing = useApiMutation(() => del('/me/ambassador/photo'), {
    invalidates,
    onSuccess: () => {
      onChange(null);
      setStatus(t('amb.photoRemoved'));
    },
  });
  const busy = uploading.isPending || removing.isPending;
  const error = uploading.error ?? removing.error;

  if (ambassador.behindTheScenes) return <p className="hint">{t('amb.photoBehind')}</p>;

  const upload = (file: File | undefined) => {
    if (!file) return;
    removing.reset();
    setStatus(null);
    uploading.mutate(file);
  };

  const remove = () => {
    uploading.reset();
    setStatus(null);
    removing.mutate();
  };

  return (
    <div className="amb-photo">
      <Avatar firstName={ambassador.firstName} lastName={ambassador.lastName} photoUrl={ambassador.photoUrl} size={96} />
      <div>
        <label htmlFor={id} className="strong">
          {ambassador.photoUrl ? t('amb.photoReplace') : t('amb.photoUpload')}
        </label>
        <p className="hint" id={`${id}-hint`}>
          {t('amb.photoHint')}
        </p>
        <input
          id={id}
          ref={input}
          type="file"
          accept={IMAGE_TYPES}
          disabled={busy}
          aria-describedby={`${id}-hint`}
          onChange={(e) => upload(e.target.files?.[0])}
        />
        {ambassador.photoUrl && (
          <div className="button-row">
            <button type="button" className="button button-small button-danger" onClick={remove} disabled={busy}>
              {t('amb.photoRemove')}
            </button>
          </div>
        )}
        <ErrorNotice error={error} />
        <LiveStatus>{status}</LiveStatus>
      </div>
    </div>
  );
}
