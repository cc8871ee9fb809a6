import { Select, SimpleGrid, type SelectProps, type SimpleGridProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type ComponentProps, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider.js';
import { SearchField } from './SearchField.js';
import { useStillOn } from './useStillOn.js';

/** A list's filter bar: a search landmark laid out as a grid, one filter a cell. */
export function ListFilters({
  cols,
  label,
  children,
}: {
  cols: SimpleGridProps['cols'];
  label?: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <SimpleGrid cols={cols} role="search" aria-label={label ?? t('common.search')}>
      {children}
    </SimpleGrid>
  );
}

interface FilterSelectProps<V extends string> extends Omit<SelectProps, 'label' | 'value' | 'onChange' | 'clearable'> {
  label: string;
  /** The filter as the address has it; none means "all". */
  value: V | undefined;
  onChange: (value: V | undefined) => void;
}

/** One choice of a filter bar: "all" until chosen, and a clear button that says which filter it clears. */
export function FilterSelect<V extends string>({
  label,
  value,
  onChange,
  placeholder,
  ...props
}: FilterSelectProps<V>) {
  const t = useT();
  return (
    <Select
      {...props}
      label={label}
      placeholder={placeholder ?? t('common.all')}
      clearable
      value={value ?? null}
      // The options are the filter's own values, so what comes back is one of them.
      onChange={(next) => onChange((next ?? undefined) as V | undefined)}
      clearButtonProps={{ 'aria-label': `${t('common.cancel')}: ${label}` }}
    />
  );
}

interface FilterSearchProps extends Omit<ComponentProps<typeof SearchField>, 'value' | 'onChange' | 'onSearch'> {
  /** The search the address has when the list opens. */
  initial: string | undefined;
  /** The list's path: a search still pending when the user has gone elsewhere is dropped. */
  pathname: string;
  /** The trimmed text, or none for an empty box; called once typing pauses. */
  onSearch: (q: string | undefined) => void;
}

/** The filter bar's search box: it keeps what is typed and searches once typing pauses. */
export function FilterSearch({ initial, pathname, onSearch, ...props }: FilterSearchProps) {
  const [text, setText] = useState(initial ?? '');
  const stillHere = useStillOn(pathname);
  const search = useDebouncedCallback((value: string) => stillHere() && onSearch(value.trim() || undefined), 300);
  return <SearchField {...props} value={text} onChange={setText} onSearch={search} />;
}
