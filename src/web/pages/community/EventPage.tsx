/** One community event: sign up (for a role, or without one) or cancel in one click; coordinators see who signed up and record who came. */
import { useState } from 'react';
import { del, post, put } from '../../lib/api.ts';
import { errorText } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { can } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { SelectField } from '../../components/Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { CommunityNav } from '../../components/community/CommunityNav.tsx';
import { EventInvite } from '../../components/community/EventInvite.tsx';
import { textIn, whenText, type CommunityEventDetail } from '../../components/community/events.ts';

export function EventPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const manages = can(me, 'program.manage');
  const { data: e, error, loading } = useApi<CommunityEventDetail>(`/events/${id}`);
  const [role, setRole] = useState('');
  const [showPublicly, setShowPublicly] = useState(false);
  const invalidates = [`/events/${id}`, '/events'];
  const signUp = useApiMutation(() => put<{ status: string }>(`/events/${id}/signup`, { ...(role ? { role } : {}), showPublicly }), {
    invalidates,
  });
  const leave = useApiMutation(() => del(`/events/${id}/signup`), { invalidates });
  // One click, any time: the careers pages follow at once.
  const choose = useApiMutation((show: boolean) => put(`/events/${id}/signup/public`, { showPublicly: show }), { invalidates });
  const cancel = useApiMutation(() => post(`/events/${id}/cancel`), { invalidates });
  const attend = useApiMutation((v: { personId: string; attended: boolean }) => put(`/events/${id}/attendance`, v), { invalidates });
  const failed = signUp.error ?? leave.error ?? cancel.error ?? attend.error ?? choose.error;

  if (!e) return <Page title={t('events.title')}>{loading ? <Loading /> : <ErrorNotice error={error} />}</Page>;
  const open = e.status === 'scheduled' && new Date(e.startsAt) > new Date();
  const roleName = (key: string) => (key ? textIn(e.roles.find((r) => r.key === key)?.name ?? {}, lang) || key : t('events.noRole'));
  const actions = manages ? (
    <>
      <Link to={`/community/events/${id}/edit`} className="button">
        {t('events.edit')}
      </Link>
      {e.status === 'scheduled' ? (
        <button type="button" onClick={() => window.confirm(t('events.cancelConfirm')) && cancel.mutate()}>
          {t('events.cancelEvent')}
        </button>
      ) : null}
    </>
  ) : undefined;
  return (
    <Page title={textIn(e.title, lang)} actions={actions}>
      <CommunityNav />
      <p>
        {t(`events.kind.${e.kind}`)} · {whenText(e, lang, me.organisation.timeZone)} ·{' '}
        {t('events.heldIn', { language: t(`events.lang.${e.language}`) })}
      </p>
      {e.place ? <p>{e.place}</p> : null}
      {e.link ? (
        <p>
          <a href={e.link} rel="noopener noreferrer" target="_blank">
            {e.link}
          </a>
        </p>
      ) : null}
      {e.status === 'cancelled' ? <p className="notice">{t('events.cancelled')}</p> : null}
      <p style={{ whiteSpace: 'pre-wrap' }}>{textIn(e.description, lang)}</p>
      <p>
        <Link to={`/community/exchange?event=${id}`}>{t('events.feed')}</Link>
      </p>
      <h2>{t('events.places.title')}</h2>
      <ul>
        {e.counts.map((c) => (
          <li key={c.role}>
            {roleName(c.role)}:{' '}
            {c.capacity ? t('events.places', { taken: c.confirmed, capacity: c.capacity }) : t('events.placesOpen', { taken: c.confirmed })}
            {c.waiting ? ` · ${t('events.waiting', { n: c.waiting })}` : ''}
          </li>
        ))}
      </ul>
      {e.mySignup ? (
        <section aria-labelledby="my-signup">
          <h2 id="my-signup">{t('events.mySignup')}</h2>
          <p>
            {e.mySignup.status === 'confirmed' ? t('events.youAreIn') : t('events.youAreWaiting', { position: e.mySignup.position ?? 0 })}
            {e.mySignup.role ? ` (${roleName(e.mySignup.role)})` : ''}
          </p>
          {e.showOnCareers ? (
            <p>
              <label>
                <input
                  type="checkbox"
                  checked={e.mySignup.showPublicly}
                  disabled={choose.isPending}
                  onChange={(ev) => choose.mutate(ev.target.checked)}
                />{' '}
                {t('events.showPublicly')}
              </label>
            </p>
          ) : null}
          <button type="button" onClick={() => leave.mutate()} disabled={leave.isPending}>
            {t('events.leave')}
          </button>
        </section>
      ) : open && me.user.personId ? (
        <form
          aria-labelledby="sign-up"
          onSubmit={(ev) => {
            ev.preventDefault();
            signUp.mutate();
          }}
        >
          <h2 id="sign-up">{t('events.signUp')}</h2>
          {e.roles.length ? (
            <SelectField label={t('events.role')} value={role} onChange={(ev) => setRole(ev.target.value)}>
              <option value="">{t('events.noRole')}</option>
              {e.roles.map((r) => (
                <option key={r.key} value={r.key}>
                  {textIn(r.name, lang)}
                </option>
              ))}
            </SelectField>
          ) : null}
          {e.showOnCareers ? (
            <label>
              <input type="checkbox" checked={showPublicly} onChange={(ev) => setShowPublicly(ev.target.checked)} />{' '}
              {t('events.showPublicly')}
            </label>
          ) : null}
          <p>
            <button type="submit" disabled={signUp.isPending}>
              {t('events.signUp')}
            </button>
          </p>
        </form>
      ) : null}
      <LiveStatus>
        {failed
          ? errorText(failed, t)
          : choose.data
            ? t('events.showPubliclySaved')
            : signUp.data
              ? t(`events.signedUp.${signUp.data.status as 'confirmed' | 'waiting'}`)
              : ''}
      </LiveStatus>
      {manages && open ? <EventInvite eventId={id} /> : null}
      {manages && e.signups ? (
        <section aria-labelledby="signups">
          <h2 id="signups">{t('events.signups')}</h2>
          {e.signups.length === 0 ? <p>{t('events.noSignups')}</p> : null}
          <table>
            <caption className="visually-hidden">{t('events.signups')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('events.person')}</th>
                <th scope="col">{t('events.role')}</th>
                <th scope="col">{t('events.status')}</th>
                <th scope="col">{t('events.attended')}</th>
              </tr>
            </thead>
            <tbody>
              {e.signups.map((s) => (
                <tr key={s.personId}>
                  <td>
                    {s.firstName} {s.lastName}
                  </td>
                  <td>{roleName(s.role)}</td>
                  <td>{t(`events.status.${s.status}`)}</td>
                  <td>
                    {s.status === 'confirmed' ? (
                      <input
                        type="checkbox"
                        aria-label={t('events.attendedBy', { name: `${s.firstName} ${s.lastName}` })}
                        checked={s.attended === true}
                        onChange={(ev) => attend.mutate({ personId: s.personId, attended: ev.target.checked })}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </Page>
  );
}
