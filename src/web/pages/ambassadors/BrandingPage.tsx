/** The careers pages' look, among the coordinators' program pages (the server checks program.manage). */
import { useI18n } from '../../lib/i18n.tsx';
import { Page } from '../../components/Page.tsx';
import { BrandingSettings } from '../../components/BrandingSettings.tsx';
import { CoordinatorsOnly, InsightsNav } from '../../components/ambassadors/InsightsNav.tsx';

export function BrandingPage() {
  return (
    <CoordinatorsOnly>
      <Branding />
    </CoordinatorsOnly>
  );
}

function Branding() {
  const { t } = useI18n();
  return (
    <Page title={t('branding.title')}>
      <InsightsNav />
      <p className="hint">{t('branding.lead')}</p>
      <section className="card">
        <BrandingSettings />
      </section>
    </Page>
  );
}
