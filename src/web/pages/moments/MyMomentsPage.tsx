/**
 * "What moments matter to you?": on the employee's own terms. Which moments they want noticed,
 * who is reminded of their birthday (nobody unless they say so) and work anniversary, their own
 * moments (a child's birthday: day and month only, kept only with an explicit yes, deleted when
 * that yes is withdrawn), and volunteering as a buddy.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError, api, del, post } from '../../lib/api.ts';
import { errorText, fieldError, hasCode } from '../../lib/errors.ts';
import { formatDateTime, localeOf } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import {
  AUDIENCES,
  AUDIENCE_KEYS,
  WANTABLE,
  WANTED_KEYS,
  type Audience,
  type MomentPreferences,
  type MyMoments,
  type PersonalMoment,
  labelKey,
} from '../../lib/moments.ts';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/useApi.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { CheckboxField, RadioGroup, TextAreaField } from '../../components/moments/fields.tsx';
import '../../components/moments/moments.css';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

function useMonthName() {
  const { lang } = useI18n();
  return (m: number) =>
    new Intl.DateTimeFormat(localeOf(lang), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));
}

export function MyMomentsPage() {
  const { t } = useI18n();
  const mine = useApi<MyMoments>('/me/moments');
  const notLinked = hasCode(mine.error, 'person-not-linked');

  return (
    <Page title={t('moments.mine.title')}>
      <p>{t('moments.mine.intro')}</p>
      {mine.loading && !mine.data && <Loading />}
      {notLinked ? (
        <div className="notice notice-error" role="alert">
          <p>{t('moments.mine.notLinked')}</p>
        </div>
      ) : (
        <ErrorNotice error={mine.error} />
      )}
      {mine.data && (
        <>
          <Preferences
            initial={mine.data.preferences}
            onSaved={(d) => mine.setData((old) => ({ ...d, buddyVolunteer: old?.buddyVolunteer ?? d.buddyVolunteer }))}
          />
          <OwnMoments moments={mine.data.moments} onChange={() => mine.reload()} />
          <BuddyVolunteer known={mine.data.buddyVolunteer} />
        </>
      )}
    </Page>
  );
}

function Preferences({ initial, onSaved }: { initial: MomentPreferences; onSaved(d: MyMoments): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<MomentPreferences>(initial);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof MomentPreferences>(k: K, v: MomentPreferences[K]) => {
    setStatus(null);
    setForm((f) => ({ ...f, [k]: v }));
  };
  // Not chosen yet counts as wanted: that is what the schedule does.
  const wanted = (k: (typeof WANTABLE)[number]) => form.wanted[k] !== false;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const body: MomentPreferences = { ...form, wanted: Object.fromEntries(WANTABLE.map((k) => [k, wanted(k)])) };
      const saved = await api<MyMoments>('PUT', '/me/moments', body);
      setForm(saved.preferences);
      onSaved(saved);
      setStatus(t('moments.mine.saved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const audienceChoices = (which: 'birthday' | 'anniversary') =>
    AUDIENCES.map((a) => ({
      value: a,
      label: t(AUDIENCE_KEYS[a]),
      hint: a === 'nobody' && which === 'birthday' ? t('moments.mine.nobodyDefault') : undefined,
    }));

  return (
    <section className="card" aria-labelledby="mine-prefs">
      <h2 id="mine-prefs">{t('moments.mine.question')}</h2>
      <form onSubmit={save}>
        <fieldset className="m-fieldset">
          <legend>{t('moments.mine.wantedLegend')}</legend>
          <p className="hint">{t('moments.mine.wantedHint')}</p>
          <div className="m-check-columns">
            {WANTABLE.map((k) => (
              <CheckboxField
                key={k}
                label={t(WANTED_KEYS[k])}
                checked={wanted(k)}
                onChange={(e) => set('wanted', { ...form.wanted, [k]: e.target.checked })}
              />
            ))}
          </div>
        </fieldset>
        <div className="m-row">
          <RadioGroup<Audience>
            legend={t('moments.mine.birthdayAudience')}
            name="birthday"
            value={form.birthdayAudience}
            choices={audienceChoices('birthday')}
            onChange={(v) => set('birthdayAudience', v)}
            error={fieldError(error, 'birthdayAudience', t)}
          />
          <RadioGroup<Audience>
            legend={t('moments.mine.anniversaryAudience')}
            name="anniversary"
            value={form.anniversaryAudience}
            choices={audienceChoices('anniversary')}
            onChange={(v) => set('anniversaryAudience', v)}
            error={fieldError(error, 'anniversaryAudience', t)}
          />
        </div>
        <CheckboxField
          label={t('moments.mine.showBirthYear')}
          hint={t('moments.mine.showBirthYearHint')}
          checked={form.showBirthYear}
          onChange={(e) => set('showBirthYear', e.target.checked)}
        />
        <TextAreaField
          label={t('moments.mine.note')}
          hint={t('moments.mine.noteHint')}
          rows={3}
          maxLength={2000}
          value={form.note}
          onChange={(e) => set('note', e.target.value)}
          error={fieldError(error, 'note', t)}
        />
        <ErrorNotice
          error={error && !['note', 'birthdayAudience', 'anniversaryAudience'].some((f) => fieldError(error, f, t)) ? error : null}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('moments.mine.save')}
        </button>
        <LiveStatus>{status}</LiveStatus>
      </form>
    </section>
  );
}

function OwnMoments({ moments, onChange }: { moments: PersonalMoment[]; onChange(): void }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const monthName = useMonthName();
  const id = useId();
  const empty = {
    kind: 'child_birthday' as PersonalMoment['kind'],
    label: '',
    firstName: '',
    day: '',
    month: '',
    audience: 'manager' as PersonalMoment['audience'],
    consent: false,
  };
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const consentText = t('moments.own.consentText');
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setStatus(null);
    // The same checks the server makes, said next to the fields before anything is sent.
    const problems = [
      ...(form.kind === 'other' && !form.label.trim() ? [{ path: 'label', message: t('moments.own.labelNeeded') }] : []),
      ...(!form.day ? [{ path: 'day', message: t('moments.own.dateNeeded') }] : []),
      ...(!form.month ? [{ path: 'month', message: t('moments.own.dateNeeded') }] : []),
      ...(!form.consent ? [{ path: 'consent', message: t('moments.own.consentNeeded') }] : []),
    ];
    if (problems.length) {
      setError(new ApiError(422, { title: 'Invalid', status: 422, detail: problems[0].message, errors: problems }));
      return;
    }
    setBusy(true);
    try {
      await post('/me/moments/personal', {
        kind: form.kind,
        label: form.kind === 'other' ? form.label.trim() : '',
        firstName: form.firstName.trim() || null,
        day: Number(form.day),
        month: Number(form.month),
        audience: form.audience,
        consent: true,
        consentText,
      });
      setForm(empty);
      setStatus(t('moments.own.added'));
      onChange();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async (m: PersonalMoment) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await del(`/me/moments/personal/${m.id}`);
      setConfirming(null);
      setStatus(t('moments.own.withdrawn'));
      onChange();
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  const describe = (m: PersonalMoment) => {
    const date = `${m.day} ${monthName(m.month)}`;
    if (m.kind === 'child_birthday')
      return m.firstName ? t('moments.own.childNamed', { name: m.firstName, date }) : t('moments.own.child', { date });
    return `${m.label || t('moments.own.other')} · ${date}`;
  };
  const fe = (f: string) => fieldError(error, f, t);
  const placed = ['day', 'month', 'label', 'firstName', 'consent', 'audience'].some((f) => fe(f));

  return (
    <section className="card" aria-labelledby="own-moments">
      <h2 id="own-moments">{t('moments.own.title')}</h2>
      <p className="hint">{t('moments.own.intro')}</p>
      <LiveStatus>{status}</LiveStatus>
      {moments.length === 0 ? (
        <p className="empty">{t('moments.own.none')}</p>
      ) : (
        <ul className="m-own-list">
          {moments.map((m) => (
            <li key={m.id} className="m-own">
              <p className="strong">{describe(m)}</p>
              <p className="hint">
                {t('moments.own.remindsWho', { who: t(labelKey(AUDIENCE_KEYS, m.audience) ?? 'moments.audience.team') })} ·{' '}
                {t('moments.own.consentedOn', { date: formatDateTime(m.consentedAt, lang, me.organisation.timeZone) })}
              </p>
              {confirming === m.id ? (
                <div className="m-confirm" role="group" aria-labelledby={`${id}-c-${m.id}`}>
                  <p id={`${id}-c-${m.id}`}>{t('moments.own.confirmWithdraw', { what: describe(m) })}</p>
                  <div className="button-row">
                    <button type="button" className="button button-danger" disabled={busy} onClick={() => withdraw(m)}>
                      {t('moments.own.withdrawYes')}
                    </button>
                    <button type="button" className="button" onClick={() => setConfirming(null)}>
                      {t('moments.common.cancel')}
                    </button>
                  </div>
                </div>
              ) : (
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => setConfirming(m.id)}
                  aria-describedby={`${id}-withdraw-hint`}
                >
                  {t('moments.own.withdraw')}
                  <span className="visually-hidden">: {describe(m)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {moments.length > 0 && (
        <p className="hint" id={`${id}-withdraw-hint`}>
          {t('moments.own.withdrawHint')}
        </p>
      )}

      <form onSubmit={add} className="m-own-form" aria-labelledby={`${id}-add`} noValidate>
        <h3 id={`${id}-add`}>{t('moments.own.add')}</h3>
        <RadioGroup<PersonalMoment['kind']>
          legend={t('moments.own.kind')}
          name="kind"
          value={form.kind}
          onChange={(v) => set('kind', v)}
          choices={[
            { value: 'child_birthday', label: t('moments.own.kindChild') },
            { value: 'other', label: t('moments.own.kindOther') },
          ]}
        />
        {form.kind === 'child_birthday' ? (
          <TextField
            label={t('moments.own.firstName')}
            hint={t('moments.own.firstNameHint')}
            maxLength={60}
            value={form.firstName}
            onChange={(e) => set('firstName', e.target.value)}
            error={fe('firstName')}
          />
        ) : (
          <TextField
            label={t('moments.own.label')}
            hint={t('moments.own.labelHint')}
            required
            maxLength={100}
            value={form.label}
            onChange={(e) => set('label', e.target.value)}
            error={fe('label')}
          />
        )}
        <div className="m-row">
          <SelectField
            label={t('moments.own.day')}
            required
            value={form.day}
            onChange={(e) => set('day', e.target.value)}
            error={fe('day')}
          >
            <option value="">{t('common.choose')}</option>
            {DAYS.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('moments.own.month')}
            required
            value={form.month}
            onChange={(e) => set('month', e.target.value)}
            error={fe('month')}
          >
            <option value="">{t('common.choose')}</option>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {monthName(m)}
              </option>
            ))}
          </SelectField>
        </div>
        <p className="hint">{t('moments.own.noYear')}</p>
        <RadioGroup<PersonalMoment['audience']>
          legend={t('moments.own.audience')}
          name="audience"
          value={form.audience}
          onChange={(v) => set('audience', v)}
          error={fe('audience')}
          choices={[
            { value: 'manager', label: t('moments.audience.manager') },
            { value: 'team', label: t('moments.audience.team') },
          ]}
        />
        <div className="m-consent">
          <CheckboxField
            label={consentText}
            checked={form.consent}
            onChange={(e) => set('consent', e.target.checked)}
            error={fe('consent')}
            required
          />
        </div>
        <ErrorNotice error={error && !placed ? error : null} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('moments.own.submit')}
        </button>
      </form>
    </section>
  );
}

/** The API does not tell yet whether you volunteered; until it does, two buttons say it either way. */
function BuddyVolunteer({ known }: { known: boolean | undefined }) {
  const { t } = useI18n();
  const [value, setValue] = useState<boolean | undefined>(known);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setValue(known), [known]);

  const save = async (volunteer: boolean) => {
    const before = value;
    setBusy(true);
    setError(null);
    setStatus(null);
    if (before !== undefined) setValue(volunteer);
    try {
      await api('PUT', '/me/buddy-volunteer', { volunteer });
      setValue(volunteer);
      setStatus(t(volunteer ? 'moments.volunteer.on' : 'moments.volunteer.off'));
    } catch (err) {
      setValue(before);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="buddy-volunteer">
      <h2 id="buddy-volunteer">{t('moments.volunteer.title')}</h2>
      <p className="hint">{t('moments.volunteer.intro')}</p>
      {value === undefined ? (
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={() => save(true)}>
            {t('moments.volunteer.yes')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => save(false)}>
            {t('moments.volunteer.no')}
          </button>
        </div>
      ) : (
        <CheckboxField label={t('moments.volunteer.label')} checked={value} onChange={(e) => save(e.target.checked)} />
      )}
      <ErrorNotice error={error} />
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
