/** Organisation settings: name, default language and time zone; sites and their region; where the careers pages' look is set. */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { patch } from '../lib/api.ts';
import { fieldError } from '../lib/errors.ts';
import { useI18n } from '../lib/i18n.tsx';
import { LANGUAGE_LABEL_KEYS } from '../lib/labels.ts';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import type { ApiLanguage, Organisation } from '../lib/types.ts';
import { useApi, useApiMutation } from '../lib/useApi.ts';
import { SelectField, TextField } from '../components/Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';
import { SitesTable } from '../components/SitesTable.tsx';

const ORG_LANGUAGES: ApiLanguage[] = ['nl', 'fr', 'en', 'de'];

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Europe/Brussels'];
  }
}

export function SettingsPage() {
  const { t } = useI18n();
  const { me, setMe } = useSession();
  const org = useApi<Organisation>('/organisation');
  const [form, setForm] = useState({ name: '', defaultLanguage: 'nl' as ApiLanguage, timeZone: '' });
  const [status, setStatus] = useState<string | null>(null);
  const zones = useMemo(timeZones, []);

  useEffect(() => {
    if (org.data) setForm({ name: org.data.name, defaultLanguage: org.data.defaultLanguage, timeZone: org.data.timeZone });
  }, [org.data]);

  const saving = useApiMutation((body: typeof form) => patch<Organisation>('/organisation', body), {
    onSuccess: (saved) => {
      org.setData(() => saved);
      // The header shows the organisation's name: keep it in step.
      setMe({ ...me, organisation: saved });
      setStatus(t('settings.saved'));
    },
  });
  const { error, isPending: busy } = saving;

  const save = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    saving.mutate(form);
  };

  const nameError = fieldError(error, 'name', t);
  const zoneError = fieldError(error, 'timeZone', t);
  return (
    <Page title={t('settings.title')}>
      <section className="card" aria-labelledby="org-heading">
        <h2 id="org-heading">{t('settings.organisation')}</h2>
        {org.loading && !org.data && <Loading />}
        <ErrorNotice error={org.error} />
        {org.data && (
          <form onSubmit={save} className="settings-form">
            <TextField
              label={t('settings.name')}
              required
              maxLength={200}
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              error={nameError}
            />
            <SelectField
              label={t('settings.defaultLanguage')}
              hint={t('settings.defaultLanguageHint')}
              value={form.defaultLanguage}
              onChange={(e) => setForm({ ...form, defaultLanguage: e.target.value as ApiLanguage })}
            >
              {ORG_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(LANGUAGE_LABEL_KEYS[l])}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('settings.timeZone')}
              hint={t('settings.timeZoneHint')}
              list="time-zones"
              required
              value={form.timeZone}
              onChange={(e) => setForm({ ...form, timeZone: e.target.value })}
              error={zoneError}
            />
            <datalist id="time-zones">
              {zones.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
            <ErrorNotice error={nameError || zoneError ? null : error} />
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('common.save')}
            </button>
            <LiveStatus>{status}</LiveStatus>
          </form>
        )}
      </section>
      <SitesTable />
      <section className="card" aria-labelledby="branding-heading">
        <h2 id="branding-heading">{t('branding.title')}</h2>
        <p>
          {t('branding.settingsIntro')} <Link to="/insights/careers-page">{t('branding.title')}</Link>
        </p>
      </section>
    </Page>
  );
}
