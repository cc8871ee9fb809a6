import { Group, Pagination, Text } from '@mantine/core';
import { formatNumberVi } from '../i18n/format.js';
import { useT } from '../i18n/I18nProvider.js';

interface PagerProps {
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** The total and the page links under a paginated table. */
export function Pager({ total, page, pageSize, onPage }: PagerProps) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.total', { count: formatNumberVi(total) })}
      </Text>
      {pages > 1 && (
        <Pagination
          component="nav"
          aria-label={t('common.pagination')}
          total={pages}
          value={Math.min(page, pages)}
          onChange={onPage}
          getControlProps={(control) => ({ 'aria-label': t(`pager.${control}`) })}
          getItemProps={(item) => ({
            'aria-label': t('pager.page', { page: item }),
            'aria-current': item === page ? 'page' : undefined,
          })}
          size="sm"
        />
      )}
    </Group>
  );
}
