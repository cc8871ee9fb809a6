import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider.js';

/**
 * What a list says when it has nothing to show: under a table, centred and dimmed ("no results" unless
 * told otherwise); `inline`, a plain line in the section that holds the list.
 */
export function EmptyState({ children, inline }: { children?: ReactNode; inline?: boolean }) {
  const t = useT();
  const message = children ?? t('common.noResults');
  if (inline) return <Text size="sm">{message}</Text>;
  return (
    <Text c="dimmed" ta="center" py="md">
      {message}
    </Text>
  );
}
