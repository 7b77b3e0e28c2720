/**
 * Writing a story (or editing one's own): title, the body in an editor with a formatting toolbar
 * (stored as the same safe Markdown) and a live preview, language, reach, images chosen from one's
 * own or uploaded on the spot, and tips and guidelines beside it. Publishing is immediate: there is no approval step,
 * and the guidance is never enforced.
 */
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { post, put } from '../../lib/api.ts';
import { fieldError, hasCode } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import type { ApiLanguage } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ErrorNotice, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { ResourceGuide } from '../../components/ambassadors/ResourceGuide.tsx';
import { demoteHeadings, previewMarkdown } from '../../components/ambassadors/markdown.ts';
import { languageLabel } from '../../components/ambassadors/program.ts';
import { StoryBodyEditor } from '../../components/ambassadors/StoryBodyEditor.tsx';
import { API_LANGUAGES, type MyAmbassador, type Scope, type Story, type StoryBody } from '../../components/ambassadors/types.ts';
import '../../components/ambassadors/ambassadors.css';

export function StoryEditorPage({ id }: { id?: string }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const mine = useApi<MyAmbassador>(me.user.personId ? '/me/ambassador' : null);
  const existing = useApi<Story>(id ? `/stories/${encodeURIComponent(id)}` : null);
  const title = id ? t('editor.editTitle') : t('editor.newTitle');
  const a = mine.data?.ambassador;

  let blocked: string | null = null;
  if (!me.user.personId) blocked = t('amb.notLinked');
  else if (mine.data && !a?.active) blocked = t('editor.notAmbassador');
  else if (existing.data && existing.data.author.personId !== me.user.personId) blocked = t('editor.notAuthor');
  const notFound = hasCode(existing.error, 'not-found', 'validation-failed');

  const ready = mine.data && a?.active && (!id || existing.data) && !blocked;
  return (
    <Page title={title} actions={<Link to={id ? `/stories/${id}` : '/stories'}>{blocked ? t('story.back') : t('amb.cancel')}</Link>}>
      {(mine.loading || existing.loading) && <Loading />}
      <ErrorNotice error={mine.error} />
      {notFound ? <ErrorNotice error={t('story.notFound')} /> : <ErrorNotice error={existing.error} />}
      {blocked && (
        <div className="notice amb-notice-info">
          <p>{blocked}</p>
          {mine.data && !a?.active && (
            <p>
              <Link to="/ambassador">{t('stories.aboutProgram')}</Link>
            </p>
          )}
        </div>
      )}
      {ready && (
        <div className="amb-editor">
          <StoryForm story={existing.data} externalAllowed={a!.effectiveScope === 'external'} defaultLanguage={lang} />
          {/* The program's resources are for colleagues: an alumni account may not read them (alumni.gate.ts). */}
          {me.user.role !== 'alumni' && <ResourceGuide />}
        </div>
      )}
    </Page>
  );
}

function StoryForm({ story, externalAllowed, defaultLanguage }: { story?: Story; externalAllowed: boolean; defaultLanguage: ApiLanguage }) {
  const { t } = useI18n();
  const id = useId();
  const [form, setForm] = useState<StoryBody>(() => ({
    title: story?.title ?? '',
    body: story?.body ?? '',
    language: story?.language ?? defaultLanguage,
    scope: story?.scope ?? (externalAllowed ? 'external' : 'internal'),
  }));
  // The preview sits under an h2: the writer's headings start at h3.
  const preview = useMemo(() => demoteHeadings(previewMarkdown(form.body), 2), [form.body]);

  // An internal ambassador's stories are internal: keep the choice valid if the reach changed.
  useEffect(() => {
    if (!externalAllowed && form.scope === 'external') setForm((f) => ({ ...f, scope: 'internal' }));
  }, [externalAllowed, form.scope]);

  const saving = useApiMutation(
    (body: StoryBody) => (story ? put<Story>(`/stories/${story.id}`, body) : post<Story>('/me/stories', body)),
    {
      invalidates: ['/stories'],
      onSuccess: (saved) => navigate(`/stories/${saved.id}`),
    },
  );
  const { error } = saving;
  // Saved: the story's page opens, so the form stays busy until then.
  const busy = saving.isPending || saving.isSuccess;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    saving.mutate(form);
  };

  const scopeError = fieldError(error, 'scope', t);
  const known = fieldError(error, 'title', t) || fieldError(error, 'body', t) || scopeError;
  const setScope = (scope: Scope) => setForm({ ...form, scope });
  return (
    <form className="amb-editor-form" onSubmit={submit}>
      <TextField
        label={t('editor.titleField')}
        required
        maxLength={200}
        value={form.title}
        onChange={(e) => setForm({ ...form, title: e.target.value })}
        error={fieldError(error, 'title', t)}
      />
      <div className="amb-write">
        <StoryBodyEditor
          label={t('editor.body')}
          hint={t('editor.bodyHint')}
          value={form.body}
          language={form.language}
          onChange={(body) => setForm((f) => ({ ...f, body }))}
          error={fieldError(error, 'body', t)}
        />
        <section className="amb-preview" aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`} className="amb-subhead">
            {t('editor.preview')}
          </h2>
          <p className="hint">{t('editor.previewHint')}</p>
          {form.body.trim() ? (
            <div className="amb-rich amb-preview-body" lang={form.language} dangerouslySetInnerHTML={{ __html: preview }} />
          ) : (
            <p className="empty">{t('editor.previewEmpty')}</p>
          )}
        </section>
      </div>

      <div className="amb-two">
        <SelectField
          label={t('editor.language')}
          value={form.language}
          onChange={(e) => setForm({ ...form, language: e.target.value as ApiLanguage })}
        >
          {API_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languageLabel(t, l)}
            </option>
          ))}
        </SelectField>
        <fieldset className="amb-scope amb-scope-compact" aria-describedby={scopeError ? `${id}-scope-error` : undefined}>
          <legend>{t('editor.scope')}</legend>
          <div className="amb-choice">
            <input
              type="radio"
              id={`${id}-int`}
              name={`${id}-scope`}
              checked={form.scope === 'internal'}
              onChange={() => setScope('internal')}
              aria-describedby={`${id}-int-hint`}
            />
            <label htmlFor={`${id}-int`}>{t('amb.scopeInternal')}</label>
            <p className="hint" id={`${id}-int-hint`}>
              {t('editor.scopeInternalHint')}
            </p>
          </div>
          <div className="amb-choice">
            <input
              type="radio"
              id={`${id}-ext`}
              name={`${id}-scope`}
              checked={form.scope === 'external'}
              disabled={!externalAllowed}
              onChange={() => setScope('external')}
              aria-describedby={`${id}-ext-hint`}
            />
            <label htmlFor={`${id}-ext`}>{t('amb.scopeExternal')}</label>
            <p className="hint" id={`${id}-ext-hint`}>
              {externalAllowed ? t('editor.scopeExternalHint') : t('editor.scopeExternalNo')}
            </p>
          </div>
          {scopeError && (
            <p className="field-error" id={`${id}-scope-error`}>
              {scopeError}
            </p>
          )}
        </fieldset>
      </div>

      <p className="hint">{story ? t('editor.saveHint') : t('editor.publishHint')}</p>
      <ErrorNotice error={known ? null : error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {story ? t('editor.save') : t('editor.publish')}
        </button>
      </div>
    </form>
  );
}
