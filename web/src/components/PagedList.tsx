import { Alert, Box, LoadingOverlay } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider.js';
import { EmptyState } from './EmptyState.js';
import { Pager } from './Pager.js';

interface PagedListProps {
  /** The page shown: its rows and the total of all pages; none until the first answer. */
  data: { items: readonly unknown[]; total: number } | undefined;
  /** A page is being fetched: the list stays, dimmed, under a loader. */
  isFetching: boolean;
  /** The list could not be fetched: said instead of an empty table while nothing was ever shown. */
  isError?: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** The table of the page's rows. */
  children: ReactNode;
}

/** A server-paged list: the rows, "no results" when there are none, the total and the page links. */
export function PagedList({ data, isFetching, isError, page, pageSize, onPage, children }: PagedListProps) {
  const t = useT();
  if (isError && !data) return <Alert color="red">{t('app.error')}</Alert>;
  return (
    <Box pos="relative" mih={120}>
      <LoadingOverlay
        visible={isFetching}
        zIndex={10}
        overlayProps={{ blur: 1 }}
        loaderProps={{ 'aria-label': t('app.loading') }}
      />
      {children}
      {data && data.items.length === 0 && <EmptyState />}
      {data && <Pager total={data.total} page={page} pageSize={pageSize} onPage={onPage} />}
    </Box>
  );
}
