/**
 * My data: everything Embassy keeps about the signed-in person as one JSON file (GET /me/export,
 * the MyData schema of the API document), and the erasure of what they chose to give
 * (DELETE /me/optional-data), after a confirmation. The directory record stays with HR.
 */
import { useId, useRef, useState } from 'react';
import { del, get } from '../lib/api.ts';
import { useI18n } from '../lib/i18n.tsx';
import { queryClient } from '../lib/queryClient.ts';
import { useSession } from '../lib/session.tsx';
import type { Answer, Reply } from '../lib/types.ts';
import { useApiMutation } from '../lib/useApi.ts';
import { ErrorNotice, LiveStatus } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';
import { NotLinked } from '../components/shell/NotLinked.tsx';

type MyData = Answer<'/api/v1/me/export'>;
type Erased = Reply<'/api/v1/me/optional-data', 'delete'>;

/** Hands a JSON document to the browser as a file download. */
function download(data: MyData, filename: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function MyDataPage() {
  const { t, tp } = useI18n();
  const { me } = useSession();
  const linked = me.user.personId !== null;
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const exportId = useId();
  const eraseId = useId();
  const eraseButton = useRef<HTMLButtonElement>(null);

  const exporting = useApiMutation(() => get<MyData>('/me/export'), {
    onMutate: () => setStatus(null),
    onSuccess: (data) => {
      download(data, 'my-embassy-data.json');
      setStatus(t('mydata.export.done'));
    },
  });
  const erasing = useApiMutation(() => del<Erased>('/me/optional-data'), {
    onMutate: () => setStatus(null),
    onSuccess: ({ removed }) => {
      setConfirming(false);
      const n = Object.values(removed).reduce((a, b) => a + b, 0);
      setStatus(n === 0 ? t('mydata.erase.nothing') : tp('mydata.erase.done', n));
      // Every page about the person may show what just went.
      void queryClient.invalidateQueries();
      eraseButton.current?.focus();
    },
  });

  return (
    <Page title={t('mydata.title')}>
      <p>{t('mydata.intro')}</p>
      <LiveStatus>{status}</LiveStatus>
      {!linked && <NotLinked me={me} about="data" />}

      <section className="card" aria-labelledby={exportId}>
        <h2 id={exportId}>{t('mydata.export.title')}</h2>
        <p>{t('mydata.export.body')}</p>
        <ErrorNotice error={exporting.error} />
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={exporting.isPending} onClick={() => exporting.mutate()}>
            {t('mydata.export.button')}
          </button>
        </div>
        <p className="hint">{t('mydata.export.format')}</p>
      </section>

      {linked && (
        <section className="card" aria-labelledby={eraseId}>
          <h2 id={eraseId}>{t('mydata.erase.title')}</h2>
          <p>{t('mydata.erase.body')}</p>
          <ErrorNotice error={erasing.error} />
          <div className="button-row">
            <button
              ref={eraseButton}
              type="button"
              className="button button-danger"
              aria-expanded={confirming}
              aria-controls={`${eraseId}-confirm`}
              onClick={() => setConfirming(true)}
            >
              {t('mydata.erase.button')}
            </button>
          </div>
          <div
            id={`${eraseId}-confirm`}
            className="notice notice-warning"
            role="group"
            aria-labelledby={`${eraseId}-question`}
            hidden={!confirming}
          >
            <p id={`${eraseId}-question`} className="strong">
              {t('mydata.erase.confirmTitle')}
            </p>
            <div className="button-row">
              <button type="button" className="button button-danger" disabled={erasing.isPending} onClick={() => erasing.mutate()}>
                {t('mydata.erase.confirm')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setConfirming(false);
                  eraseButton.current?.focus();
                }}
              >
                {t('mydata.erase.cancel')}
              </button>
            </div>
          </div>
        </section>
      )}
    </Page>
  );
}
