/**
 * Someone's own moments (a child's birthday: day and month only), kept only with an explicit yes
 * and deleted when that yes is withdrawn.
 */
import { useId, useState, type FormEvent } from 'react';
import { ApiError, del, post } from '../../lib/api.ts';
import { errorText, fieldError } from '../../lib/errors.ts';
import { formatDateTime, localeOf } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { AUDIENCE_KEYS, type PersonalMoment } from '../../lib/moments.ts';
import { useSession } from '../../lib/session.tsx';
import type { Body } from '../../lib/types.ts';
import { useApiMutation } from '../../lib/useApi.ts';
import { SelectField, TextField } from '../Field.tsx';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { CheckboxField, RadioGroup } from './fields.tsx';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

function useMonthName() {
  const { lang } = useI18n();
  return (m: number) =>
    new Intl.DateTimeFormat(localeOf(lang), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));
}

type NewMoment = Body<'/api/v1/me/moments/personal', 'post'>;

const EMPTY = {
  kind: 'child_birthday' as NewMoment['kind'],
  label: '',
  firstName: '',
  day: '',
  month: '',
  audience: 'manager' as NewMoment['audience'],
  consent: false,
};

/** Adding and withdrawing refresh /me/moments, where `moments` come from. */
export function OwnMoments({ moments }: { moments: PersonalMoment[] }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const monthName = useMonthName();
  const id = useId();
  const [form, setForm] = useState(EMPTY);
  // What the form's own checks found, before anything is sent.
  const [invalid, setInvalid] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const consentText = t('moments.own.consentText');
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));

  const adding = useApiMutation((body: NewMoment) => post('/me/moments/personal', body), {
    invalidates: ['/me/moments'],
    onSuccess: () => {
      setForm(EMPTY);
      setStatus(t('moments.own.added'));
    },
  });
  const withdrawing = useApiMutation((m: PersonalMoment) => del(`/me/moments/personal/${m.id}`), {
    invalidates: ['/me/moments'],
    onSuccess: () => {
      setConfirming(null);
      setStatus(t('moments.own.withdrawn'));
    },
  });
  const busy = adding.isPending || withdrawing.isPending;
  const error = invalid ?? adding.error ?? (withdrawing.error && errorText(withdrawing.error, t));

  const add = (e: FormEvent) => {
    e.preventDefault();
    withdrawing.reset();
    setStatus(null);
    // The same checks the server makes, said next to the fields before anything is sent.
    const problems = [
      ...(form.kind === 'other' && !form.label.trim() ? [{ path: 'label', message: t('moments.own.labelNeeded') }] : []),
      ...(!form.day ? [{ path: 'day', message: t('moments.own.dateNeeded') }] : []),
      ...(!form.month ? [{ path: 'month', message: t('moments.own.dateNeeded') }] : []),
      ...(!form.consent ? [{ path: 'consent', message: t('moments.own.consentNeeded') }] : []),
    ];
    if (problems.length) {
      adding.reset();
      setInvalid(new ApiError(422, { title: 'Invalid', status: 422, detail: problems[0].message, errors: problems }));
      return;
    }
    setInvalid(null);
    adding.mutate({
      kind: form.kind,
      label: form.kind === 'other' ? form.label.trim() : '',
      firstName: form.firstName.trim() || null,
      day: Number(form.day),
      month: Number(form.month),
      audience: form.audience,
      consent: true,
      consentText,
    });
  };

  const withdraw = (m: PersonalMoment) => {
    adding.reset();
    setInvalid(null);
    setStatus(null);
    withdrawing.mutate(m);
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
                {t('moments.own.remindsWho', { who: t(AUDIENCE_KEYS[m.audience]) })} ·{' '}
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
        <RadioGroup<NewMoment['kind']>
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
        <RadioGroup<NewMoment['audience']>
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
