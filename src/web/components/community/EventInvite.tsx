/** Coordinators invite active ambassadors to an event by topic, region or language (each gets one mail, once). */
import { useState } from 'react';
import { post } from '../../lib/api.ts';
import { errorText } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { REGIONS } from '../../lib/types.ts';
import { useApiMutation } from '../../lib/useApi.ts';
import { SelectField } from '../Field.tsx';
import { LiveStatus } from '../Notice.tsx';
import { languageLabel, regionLabel, SUGGESTED_TOPICS, topicLabel } from '../ambassadors/program.ts';
import { API_LANGUAGES } from '../ambassadors/types.ts';

export function EventInvite({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const [c, setC] = useState({ topic: '', region: '', language: '' });
  const invite = useApiMutation(() =>
    post<{ invited: number }>(`/events/${eventId}/invitations`, {
      topics: c.topic ? [c.topic] : [],
      regions: c.region ? [c.region] : [],
      languages: c.language ? [c.language] : [],
    }),
  );
  const set = (k: keyof typeof c) => (e: { target: { value: string } }) => setC({ ...c, [k]: e.target.value });
  return (
    <section aria-labelledby="event-invite">
      <h2 id="event-invite">{t('events.invite')}</h2>
      <p>{t('events.inviteHint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          invite.mutate();
        }}
      >
        <SelectField label={t('community.topic')} value={c.topic} onChange={set('topic')}>
          <option value="">{t('common.all')}</option>
          {SUGGESTED_TOPICS.map((x) => (
            <option key={x} value={x}>
              {topicLabel(t, x)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('community.region')} value={c.region} onChange={set('region')}>
          <option value="">{t('common.all')}</option>
          {REGIONS.map((x) => (
            <option key={x} value={x}>
              {regionLabel(t, x)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('community.language')} value={c.language} onChange={set('language')}>
          <option value="">{t('common.all')}</option>
          {API_LANGUAGES.map((x) => (
            <option key={x} value={x}>
              {languageLabel(t, x)}
            </option>
          ))}
        </SelectField>
        <p>
          <button type="submit" disabled={invite.isPending}>
            {t('events.inviteSend')}
          </button>
        </p>
      </form>
      <LiveStatus>
        {invite.error ? errorText(invite.error, t) : invite.data ? t('events.invited', { n: invite.data.invited }) : ''}
      </LiveStatus>
    </section>
  );
}
