import { Alert, Textarea } from '@mantine/core';
import { useT } from '../../i18n/I18nProvider.js';

export interface ReviewComment {
  value: string;
  onChange: (value: string) => void;
}

/** What the reviewer said about one item when returning the report, and (for the reviewer) the box to say it. */
export function ItemComments({
  returned,
  review,
}: {
  returned?: string | undefined;
  review?: ReviewComment | null | undefined;
}) {
  const t = useT();
  return (
    <>
      {returned && (
        <Alert color="orange" variant="light" title={t('report.reviewerComment')} p="xs">
          {returned}
        </Alert>
      )}
      {review && (
        <Textarea
          label={t('report.commentFor')}
          autosize
          minRows={1}
          value={review.value}
          onChange={(event) => review.onChange(event.currentTarget.value)}
          styles={{ input: { background: 'var(--mantine-color-yellow-0)' } }}
        />
      )}
    </>
  );
}
