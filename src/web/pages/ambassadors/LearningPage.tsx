/**
 * Guidelines and training: tips, social media guidelines and trainings per kind and language.
 * Ambassadors mark trainings done; coordinators publish, edit and archive, and see completion.
 */
import { useId, useState, type FormEvent } from 'react';
import { del, post, put, query } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import type { ApiLanguage } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { demoteHeadings } from '../../components/ambassadors/markdown.ts';
import { canManageProgram, KIND_KEYS, KIND_PLURAL_KEYS, languageLabel } from '../../components/ambassadors/program.ts';
import {
  API_LANGUAGES,
  RESOURCE_KINDS,
  type Completion,
  type MyAmbassador,
  type Resource,
  type ResourceKind,
} from '../../components/ambassadors/types.ts';
import '../../components/ambassadors/ambassadors.css';

interface Draft {
  kind: ResourceKind;
  language: ApiLanguage;
  title: string;
  body: string;
  url: string;
}

export function LearningPage() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const manage = canManageProgram(me);
  // The reader's own language first: the same tip in three languages is one tip. "All languages" is one choice away.
  const [language, setLanguage] = useState<string>(lang);
  const [showArchived, setShowArchived] = useState(false);
  const resources = useApi<{ items: Resource[] }>(
    `/resources${query({ language, archived: manage && showArchived ? 'true' : undefined })}`,
  );
  const mine = useApi<MyAmbassador>(me.user.personId ? '/me/ambassador' : null);
  const completion = useApi<Completion>(manage ? '/resources/completion' : null);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const isAmbassador = !!mine.data?.ambassador?.active;

  // The interface language first, then the others.
  const sorted = [...(resources.data?.items ?? [])].sort((a, b) => Number(b.language === lang) - Number(a.language === lang));
  return (
    <Page
      title={t('learning.title')}
      actions={
        manage && !creating ? (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('learning.new')}
          </button>
        ) : undefined
      }
    >
      <p>{t('learning.intro')}</p>
      <LiveStatus>{status}</LiveStatus>
      {creating && (
        <section className="card" aria-labelledby="learning-new">
          <h2 id="learning-new">{t('learning.new')}</h2>
          <ResourceForm
            onCancel={() => setCreating(false)}
            onSaved={() => {
              setCreating(false);
              setStatus(t('learning.created'));
            }}
          />
        </section>
      )}
      <form className="amb-filters" role="search" aria-label={t('learning.filter')} onSubmit={(e) => e.preventDefault()}>
        <SelectField label={t('learning.language')} value={language} onChange={(e) => setLanguage(e.target.value)}>
          <option value="">{t('learning.allLanguages')}</option>
          {API_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languageLabel(t, l)}
            </option>
          ))}
        </SelectField>
        {manage && (
          <label className="amb-check">
            <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
            {t('learning.showArchived')}
          </label>
        )}
      </form>
      {resources.loading && !resources.data && <Loading />}
      <ErrorNotice error={resources.error} />
      {resources.data &&
        RESOURCE_KINDS.map((kind) => {
          const list = sorted.filter((r) => r.kind === kind);
          return (
            <section key={kind} aria-labelledby={`learning-${kind}`} className="amb-kind">
              <h2 id={`learning-${kind}`}>{t(KIND_PLURAL_KEYS[kind])}</h2>
              {list.length === 0 && <p className="empty">{t('learning.none')}</p>}
              {list.map((r) => (
                <ResourceCard key={r.id} r={r} manage={manage} canMark={isAmbassador} onChanged={setStatus} />
              ))}
            </section>
          );
        })}
      {manage && (
        <section className="card">
          <h2>{t('learning.completion')}</h2>
          {completion.loading && !completion.data && <Loading />}
          <ErrorNotice error={completion.error} />
          {completion.data && completion.data.trainings.length === 0 && <p className="empty">{t('learning.noTrainings')}</p>}
          {completion.data && completion.data.trainings.length > 0 && (
            <TableScroll label={t('learning.completion')}>
              <table className="data-table responsive-table">
                <caption className="visually-hidden">{t('learning.completion')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('learning.training')}</th>
                    <th scope="col">{t('learning.language')}</th>
                    <th scope="col" className="numeric">
                      {t('learning.completed')}
                    </th>
                    <th scope="col">{t('learning.who')}</th>
                  </tr>
                </thead>
                <tbody>
                  {completion.data.trainings.map((tr) => (
                    <tr key={tr.id}>
                      <th scope="row">{tr.title}</th>
                      <td data-label={t('learning.language')}>{languageLabel(t, tr.language)}</td>
                      <td data-label={t('learning.completed')} className="numeric">
                        {t('learning.completedOf', { n: tr.completed.length, total: completion.data!.ambassadors })}
                      </td>
                      <td data-label={t('learning.who')}>{tr.completed.map((c) => c.name).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      )}
    </Page>
  );
}

function ResourceCard({
  r,
  manage,
  canMark,
  onChanged,
}: {
  r: Resource;
  manage: boolean;
  canMark: boolean;
  onChanged(message: string): void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const marking = useApiMutation((done: boolean) => (done ? put(`/resources/${r.id}/done`) : del(`/resources/${r.id}/done`)), {
    invalidates: ['/resources'],
    onSuccess: (_, done) => onChanged(done ? t('learning.doneDone', { title: r.title }) : t('learning.undoneDone', { title: r.title })),
  });
  const archiving = useApiMutation(
    (archived: boolean) =>
      put(`/resources/${r.id}`, { kind: r.kind, language: r.language, title: r.title, body: r.body, url: r.url, archived }),
    {
      invalidates: ['/resources'],
      onSuccess: (_, archived) =>
        onChanged(archived ? t('learning.archivedDone', { title: r.title }) : t('learning.restored', { title: r.title })),
    },
  );
  const busy = marking.isPending || archiving.isPending;
  const error = marking.error ?? archiving.error;

  return (
    <article className={`card amb-resource-card${r.archived ? ' amb-archived' : ''}`} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} lang={r.language}>
        {r.title}
      </h3>
      <p className="amb-badges">
        <span className="amb-badge">{t(KIND_KEYS[r.kind])}</span>
        <span className="amb-badge amb-badge-plain">{languageLabel(t, r.language)}</span>
        {r.archived && <span className="amb-badge amb-badge-hidden">{t('learning.archived')}</span>}
        {r.kind === 'training' && r.completedAt && (
          <span className="amb-badge amb-badge-done">{t('learning.doneOn', { date: formatDate(r.completedAt.slice(0, 10), lang) })}</span>
        )}
      </p>
      {editing ? (
        <ResourceForm
          initial={r}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged(t('learning.saved', { title: r.title }));
          }}
        />
      ) : (
        <>
          {r.bodyHtml && <div className="amb-rich" lang={r.language} dangerouslySetInnerHTML={{ __html: demoteHeadings(r.bodyHtml, 3) }} />}
          {r.url && (
            <p>
              <a href={r.url} target="_blank" rel="noopener noreferrer">
                {t('learning.openLink')}
                <span className="visually-hidden"> {r.title}</span>
              </a>
            </p>
          )}
          <div className="button-row">
            {r.kind === 'training' && canMark && !r.archived && (
              <button
                type="button"
                className={r.completedAt ? 'button button-small' : 'button button-small button-primary'}
                disabled={busy}
                onClick={() => {
                  archiving.reset();
                  marking.mutate(!r.completedAt);
                }}
              >
                {r.completedAt ? t('learning.markUndone') : t('learning.markDone')}
                <span className="visually-hidden"> {r.title}</span>
              </button>
            )}
            {manage && (
              <>
                <button type="button" className="button button-small" onClick={() => setEditing(true)}>
                  {t('learning.edit')}
                  <span className="visually-hidden"> {r.title}</span>
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  disabled={busy}
                  onClick={() => {
                    marking.reset();
                    archiving.mutate(!r.archived);
                  }}
                >
                  {r.archived ? t('learning.restore') : t('learning.archive')}
                  <span className="visually-hidden"> {r.title}</span>
                </button>
              </>
            )}
            {manage && r.kind === 'training' && <span className="hint">{t('learning.completions', { n: r.completions })}</span>}
          </div>
        </>
      )}
      <ErrorNotice error={error} />
    </article>
  );
}

function ResourceForm({ initial, onSaved, onCancel }: { initial?: Resource; onSaved(): void; onCancel(): void }) {
  const { t, lang } = useI18n();
  const [d, setD] = useState<Draft>(() => ({
    kind: initial?.kind ?? 'tip',
    language: initial?.language ?? lang,
    title: initial?.title ?? '',
    body: initial?.body ?? '',
    url: initial?.url ?? '',
  }));
  const saving = useApiMutation(
    (body: Omit<Draft, 'url'> & { url: string | null }) => (initial ? put(`/resources/${initial.id}`, body) : post('/resources', body)),
    {
      invalidates: ['/resources'],
      onSuccess: () => onSaved(),
    },
  );
  const { error } = saving;
  // Saved: the form closes, so it stays busy until then.
  const busy = saving.isPending || saving.isSuccess;

  const save = (e: FormEvent) => {
    e.preventDefault();
    saving.mutate({ ...d, url: d.url.trim() || null });
  };

  const known = fieldError(error, 'title', t) || fieldError(error, 'url', t);
  return (
    <form onSubmit={save} className="amb-resource-form">
      <div className="amb-two">
        <SelectField label={t('learning.kind')} value={d.kind} onChange={(e) => setD({ ...d, kind: e.target.value as ResourceKind })}>
          {RESOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_KEYS[k])}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('learning.language')}
          value={d.language}
          onChange={(e) => setD({ ...d, language: e.target.value as ApiLanguage })}
        >
          {API_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languageLabel(t, l)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label={t('learning.titleField')}
        required
        maxLength={200}
        value={d.title}
        onChange={(e) => setD({ ...d, title: e.target.value })}
        error={fieldError(error, 'title', t)}
      />
      <TextAreaField
        label={t('learning.body')}
        hint={t('editor.bodyHint')}
        rows={8}
        maxLength={50000}
        value={d.body}
        onChange={(e) => setD({ ...d, body: e.target.value })}
      />
      <TextField
        label={t('learning.url')}
        hint={t('learning.urlHint')}
        type="url"
        maxLength={1000}
        placeholder="https://"
        value={d.url}
        onChange={(e) => setD({ ...d, url: e.target.value })}
        error={fieldError(error, 'url', t)}
      />
      <ErrorNotice error={known ? null : error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {initial ? t('common.save') : t('learning.publish')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('amb.cancel')}
        </button>
      </div>
    </form>
  );
}
