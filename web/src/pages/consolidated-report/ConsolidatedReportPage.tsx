import { Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { reportDraftQuery } from '../../api/consolidated-report.js';
import { useCurrentUser } from '../../api/session.js';
import { BackLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { useT } from '../../i18n/I18nProvider.js';
import { canWriteConsolidatedReport } from '../../reporting/access.js';
import { ReportBuildList } from './ReportBuildList.js';
import { ReportBuildPanel } from './ReportBuildPanel.js';
import { ReportDraftForm } from './ReportDraftForm.js';

const route = getRouteApi('/app/bao-cao/$periodId/tong-hop');

/**
 * A period's consolidated report: the coordinator writes its own parts and builds it (Word + Excel
 * appendix); everyone who follows the province's reporting reads and downloads the builds.
 */
export function ConsolidatedReportPage() {
  const t = useT();
  const user = useCurrentUser();
  const { periodId } = route.useParams();
  const { planId } = route.useSearch();
  const writer = canWriteConsolidatedReport(user.role);
  const query = useQuery(reportDraftQuery(periodId));
  const [unsaved, setUnsaved] = useState(false);

  return (
    <PageShell
      back={
        <BackLink to="/bao-cao" search={{ planId, periodId }}>
          {t('consolidated.back')}
        </BackLink>
      }
      query={query}
    >
      {(draft) => (
        <>
          <div>
            <Title order={1} size="h2">
              {t('consolidated.title', { period: draft.periodLabel })}
            </Title>
            <Text c="dimmed" size="sm">
              {t(writer ? 'consolidated.intro' : 'consolidated.introReader')}
            </Text>
          </div>
          {writer && <ReportDraftForm draft={draft} onDirtyChange={setUnsaved} />}
          {writer && <ReportBuildPanel periodId={periodId} unsaved={unsaved} />}
          <ReportBuildList periodId={periodId} />
        </>
      )}
    </PageShell>
  );
}
