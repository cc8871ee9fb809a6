import { PageShell } from '../../components/PageShell.js';
import { useT } from '../../i18n/I18nProvider.js';
import { RegisterTilesSection } from './RegisterTilesSection.js';

/** Every register, as tiles with this year's figures; each opens its list. */
export function RegistersPage() {
  const t = useT();
  return (
    <PageShell title={t('reg.title')} intro={t('reg.intro')}>
      <RegisterTilesSection />
    </PageShell>
  );
}
