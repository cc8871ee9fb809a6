import { Button } from '@mantine/core';
import { unitReportDocxUrl } from '../../api/consolidated-report.js';
import { useT } from '../../i18n/I18nProvider.js';

/** The unit's report for the period as a Word document, to sign and file. */
export function UnitReportWordLink({ periodId, unitId }: { periodId: string; unitId: string }) {
  const t = useT();
  return (
    <Button component="a" href={unitReportDocxUrl(periodId, unitId)} download variant="default">
      {t('unitReport.word')}
    </Button>
  );
}
