import { Stack, Text, Textarea } from '@mantine/core';
import { NARRATIVE_SECTIONS, type NarrativeSection } from '../../../../src/domain/reporting/report-form.js';
import type { ReportContent } from '../../api/reporting.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ItemComments, type ReviewComment } from './ItemComments.js';

interface ReportSectionsProps {
  sections: ReportContent['sections'];
  editable: boolean;
  onChange: (section: NarrativeSection, text: string) => void;
  returnedComment: (key: string) => string | undefined;
  review: (key: string) => ReviewComment | null;
}

/** The five parts every CCHC report is written in: results, shortcomings, causes, next tasks, proposals. */
export function ReportSections({ sections, editable, onChange, returnedComment, review }: ReportSectionsProps) {
  const t = useT();
  return (
    <Stack>
      {NARRATIVE_SECTIONS.map((section, index) => (
        <Stack key={section} gap={4}>
          {editable ? (
            <Textarea
              label={`${index + 1}. ${t(`section.${section}`)}`}
              autosize
              minRows={3}
              value={sections[section]}
              onChange={(event) => onChange(section, event.currentTarget.value)}
            />
          ) : (
            <>
              <Text fw={600} size="sm">
                {index + 1}. {t(`section.${section}`)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {sections[section] || t('common.none')}
              </Text>
            </>
          )}
          <ItemComments returned={returnedComment(section)} review={review(section)} />
        </Stack>
      ))}
    </Stack>
  );
}
