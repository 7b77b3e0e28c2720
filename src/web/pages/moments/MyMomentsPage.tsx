/**
 * "What moments matter to you?": on the employee's own terms. Which moments they want noticed,
 * who is reminded of their birthday (nobody unless they say so) and work anniversary, their own
 * moments (a child's birthday: day and month only, kept only with an explicit yes, deleted when
 * that yes is withdrawn), and volunteering as a buddy.
 */
import { useI18n } from '../../lib/i18n.tsx';
import type { MyMoments } from '../../lib/moments.ts';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/useApi.ts';
import { ErrorNotice, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { BuddyVolunteer } from '../../components/moments/BuddyVolunteer.tsx';
import { MomentPreferencesForm } from '../../components/moments/MomentPreferencesForm.tsx';
import { OwnMoments } from '../../components/moments/OwnMoments.tsx';
import { NotLinked } from '../../components/shell/NotLinked.tsx';
import '../../components/moments/moments.css';

export function MyMomentsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  // Without a directory entry there are no moments to set: say what is needed instead of asking.
  const linked = me.user.personId !== null;
  const mine = useApi<MyMoments>(linked ? '/me/moments' : null);

  return (
    <Page title={t('moments.mine.title')}>
      <p>{t('moments.mine.intro')}</p>
      {mine.loading && !mine.data && <Loading />}
      {linked ? <ErrorNotice error={mine.error} /> : <NotLinked me={me} about="moments" />}
      {mine.data && (
        <>
          <MomentPreferencesForm
            initial={mine.data.preferences}
            onSaved={(d) => mine.setData((old) => ({ ...d, buddyVolunteer: old?.buddyVolunteer ?? d.buddyVolunteer }))}
          />
          <OwnMoments moments={mine.data.moments} />
          <BuddyVolunteer known={mine.data.buddyVolunteer} onChange={(v) => mine.setData((d) => d && { ...d, buddyVolunteer: v })} />
        </>
      )}
    </Page>
  );
}
