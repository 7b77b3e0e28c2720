/** An ambassador's profile in their own words: intro, topics, languages and links. */
import { useState, type FormEvent } from 'react';
import { fieldError, itemText } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { ApiLanguage } from '../../lib/types.ts';
import { useApiMutation } from '../../lib/useApi.ts';
import { TextAreaField } from '../Field.tsx';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { ApiError, put } from '../../lib/api.ts';
import { LinksEditor } from './LinksEditor.tsx';
import { languageLabel } from './program.ts';
import { TopicPicker } from './TopicPicker.tsx';
import { API_LANGUAGES, type Ambassador, type ProfileBody, type ProfileLink } from './types.ts';

export function ProfileSection({ a, topics, onSaved }: { a: Ambassador; topics: string[]; onSaved(a: Ambassador): void }) {
  const { t } = useI18n();
  const [intro, setIntro] = useState(a.intro);
  const [chosen, setChosen] = useState<string[]>(a.topics);
  const [languages, setLanguages] = useState<string[]>(a.languages);
  const [links, setLinks] = useState<ProfileLink[]>(a.links);
  const [status, setStatus] = useState<string | null>(null);
  const saving = useApiMutation((body: ProfileBody) => put<Ambassador>('/me/ambassador', body), {
    invalidates: ['/ambassadors'],
    onSuccess: (saved) => {
      onSaved(saved);
      setStatus(t('amb.profileSaved'));
    },
  });
  const { error, isPending: busy } = saving;

  const save = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    saving.mutate({
      scope: a.scope,
      behindTheScenes: a.behindTheScenes,
      intro,
      topics: chosen,
      languages: languages as ApiLanguage[],
      links: links.map((l) => ({ network: l.network.trim(), url: l.url.trim() })),
    });
  };

  const linkErrors = links.map((_, i) => {
    const item =
      error instanceof ApiError
        ? (error.problem.errors ?? []).find((x) => x.path?.endsWith(`links.${i}.url`) || x.path?.endsWith(`links.${i}.network`))
        : undefined;
    return item && itemText(item, t);
  });
  const known = fieldError(error, 'intro', t) || linkErrors.some(Boolean);

  return (
    <section className="card" aria-labelledby="amb-profile">
      <h2 id="amb-profile" tabIndex={-1}>
        {t('amb.profile')}
      </h2>
      <p className="hint">{t('amb.profileIntro')}</p>
      <form onSubmit={save} className="amb-profile-form">
        <TextAreaField
          label={t('amb.intro')}
          hint={t('amb.introHint')}
          rows={6}
          maxLength={2000}
          value={intro}
          onChange={(e) => setIntro(e.target.value)}
          error={fieldError(error, 'intro', t)}
        />
        <TopicPicker suggested={topics} value={chosen} onChange={setChosen} />
        <fieldset className="amb-languages">
          <legend>{t('amb.languages')}</legend>
          <div className="amb-checks">
            {API_LANGUAGES.map((l) => (
              <label key={l} className="amb-check">
                <input
                  type="checkbox"
                  checked={languages.includes(l)}
                  onChange={(e) => setLanguages(e.target.checked ? [...languages, l] : languages.filter((x) => x !== l))}
                />
                {languageLabel(t, l)}
              </label>
            ))}
          </div>
        </fieldset>
        <LinksEditor value={links} onChange={setLinks} errors={linkErrors} />
        <ErrorNotice error={known ? null : error} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('amb.saveProfile')}
        </button>
        <LiveStatus>{status}</LiveStatus>
      </form>
    </section>
  );
}
