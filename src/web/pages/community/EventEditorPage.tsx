/** Coordinators create or edit a community event: kind, title and description per language, place or link, times, places and roles. */
import { useEffect, useState } from 'react';
import { post, put } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { LANGS, useI18n, type Lang } from '../../lib/i18n.tsx';
import { navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { ErrorNotice } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import {
  EVENT_KINDS,
  fromZonedInput,
  toZonedInput,
  type CommunityEventDetail,
  type EventBody,
  type EventKind,
} from '../../components/community/events.ts';

interface Draft {
  kind: EventKind;
  title: Record<Lang, string>;
  description: Record<Lang, string>;
  place: string;
  link: string;
  startsAt: string;
  endsAt: string;
  language: Lang;
  capacity: string;
  roles: { key: string; name: string; capacity: string }[];
  showOnCareers: boolean;
}

const EMPTY: Draft = {
  kind: 'meetup',
  title: { nl: '', fr: '', en: '' },
  description: { nl: '', fr: '', en: '' },
  place: '',
  link: '',
  startsAt: '',
  endsAt: '',
  language: 'nl',
  capacity: '',
  roles: [],
  showOnCareers: false,
};

const texts = (r: Record<Lang, string>) => Object.fromEntries(LANGS.filter((l) => r[l].trim()).map((l) => [l, r[l].trim()]));

export function EventEditorPage({ id }: { id?: string }) {
  const { t, lang } = useI18n();
  // Times are read and written in the organisation's zone, whatever the browser's.
  const zone = useSession().me.organisation.timeZone;
  const existing = useApi<CommunityEventDetail>(id ? `/events/${id}` : null);
  const [d, setD] = useState<Draft>(EMPTY);
  useEffect(() => {
    const e = existing.data;
    if (!e) return;
    const all = (x: { nl?: string; fr?: string; en?: string }) => ({ nl: x.nl ?? '', fr: x.fr ?? '', en: x.en ?? '' });
    setD({
      kind: e.kind,
      title: all(e.title),
      description: all(e.description),
      place: e.place,
      link: e.link ?? '',
      startsAt: toZonedInput(e.startsAt, zone),
      endsAt: toZonedInput(e.endsAt, zone),
      language: e.language,
      capacity: e.capacity ? String(e.capacity) : '',
      roles: e.roles.map((r) => ({
        key: r.key,
        name: r.name[lang] ?? r.name.nl ?? r.name.fr ?? r.name.en ?? '',
        capacity: String(r.capacity),
      })),
      showOnCareers: e.showOnCareers,
    });
  }, [existing.data, lang, zone]);

  const body = (): EventBody => ({
    kind: d.kind,
    title: texts(d.title),
    description: texts(d.description),
    place: d.place.trim(),
    link: d.link.trim() || null,
    startsAt: fromZonedInput(d.startsAt, zone),
    endsAt: fromZonedInput(d.endsAt, zone),
    language: d.language,
    capacity: d.capacity ? Number(d.capacity) : null,
    roles: d.roles.map((r) => ({ key: r.key, name: { [lang]: r.name.trim() }, capacity: Number(r.capacity) || 1 })),
    showOnCareers: d.showOnCareers,
  });
  const save = useApiMutation(
    () => (id ? put(`/events/${id}`, body()).then(() => id) : post<{ id: string }>('/events', body()).then((r) => r.id)),
    {
      invalidates: ['/events'],
      onSuccess: (savedId) => navigate(`/community/events/${savedId}`),
    },
  );
  const err = (f: string) => fieldError(save.error, f, t);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((old) => ({ ...old, [k]: v }));

  return (
    <Page title={id ? t('events.edit') : t('events.new')} narrow>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          save.mutate();
        }}
      >
        <ErrorNotice error={save.error} />
        <SelectField label={t('events.kind')} value={d.kind} onChange={(ev) => set('kind', ev.target.value as EventKind)}>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`events.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        {LANGS.map((l) => (
          <TextField
            key={`title-${l}`}
            label={t('events.titleIn', { language: t(`events.lang.${l}`) })}
            value={d.title[l]}
            error={err(`title.${l}`) ?? (l === 'nl' ? err('title') : undefined)}
            onChange={(ev) => set('title', { ...d.title, [l]: ev.target.value })}
          />
        ))}
        {LANGS.map((l) => (
          <TextAreaField
            key={`description-${l}`}
            label={t('events.descriptionIn', { language: t(`events.lang.${l}`) })}
            value={d.description[l]}
            rows={4}
            onChange={(ev) => set('description', { ...d.description, [l]: ev.target.value })}
          />
        ))}
        <TextField label={t('events.place')} value={d.place} error={err('place')} onChange={(ev) => set('place', ev.target.value)} />
        <TextField
          label={t('events.link')}
          hint={t('events.linkHint')}
          type="url"
          value={d.link}
          error={err('link')}
          onChange={(ev) => set('link', ev.target.value)}
        />
        <TextField
          label={t('events.startsAt')}
          hint={t('events.timeZone', { zone })}
          type="datetime-local"
          required
          value={d.startsAt}
          error={err('startsAt')}
          onChange={(ev) => set('startsAt', ev.target.value)}
        />
        <TextField
          label={t('events.endsAt')}
          hint={t('events.timeZone', { zone })}
          type="datetime-local"
          required
          value={d.endsAt}
          error={err('endsAt')}
          onChange={(ev) => set('endsAt', ev.target.value)}
        />
        <SelectField label={t('events.language')} value={d.language} onChange={(ev) => set('language', ev.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`events.lang.${l}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('events.capacity')}
          hint={t('events.capacityHint')}
          type="number"
          min={1}
          value={d.capacity}
          error={err('capacity')}
          onChange={(ev) => set('capacity', ev.target.value)}
        />
        <fieldset>
          <legend>{t('events.roles')}</legend>
          {d.roles.map((r, i) => {
            const change = (patch: Partial<Draft['roles'][number]>) =>
              set(
                'roles',
                d.roles.map((x, j) => (j === i ? { ...x, ...patch } : x)),
              );
            return (
              <div key={i}>
                <TextField
                  label={t('events.roleName')}
                  value={r.name}
                  onChange={(ev) =>
                    change({
                      name: ev.target.value,
                      key:
                        r.key ||
                        ev.target.value
                          .toLowerCase()
                          .replace(/[^a-z0-9]+/g, '-')
                          .replace(/^-|-$/g, '')
                          .slice(0, 40) ||
                        `role-${i + 1}`,
                    })
                  }
                />
                <TextField
                  label={t('events.roleCapacity')}
                  type="number"
                  min={1}
                  value={r.capacity}
                  onChange={(ev) => change({ capacity: ev.target.value })}
                />
                <button
                  type="button"
                  onClick={() =>
                    set(
                      'roles',
                      d.roles.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('events.removeRole')}
                </button>
              </div>
            );
          })}
          <button type="button" onClick={() => set('roles', [...d.roles, { key: '', name: '', capacity: '1' }])}>
            {t('events.addRole')}
          </button>
          {err('roles') ? <p className="field-error">{err('roles')}</p> : null}
        </fieldset>
        <label>
          <input type="checkbox" checked={d.showOnCareers} onChange={(ev) => set('showOnCareers', ev.target.checked)} />{' '}
          {t('events.showOnCareers')}
        </label>
        <p>
          <button type="submit" disabled={save.isPending}>
            {t('events.save')}
          </button>
        </p>
      </form>
    </Page>
  );
}
