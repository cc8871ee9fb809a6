import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { unitListQuery } from '../api/units.js';
import { useT } from '../i18n/I18nProvider.js';
import { searchFits, searchTooLong } from '../forms/search.js';

interface UnitPickerProps {
  label: string;
  value: string | null;
  /** The name of the unit already chosen, so it shows before any search. */
  valueLabel?: string | null;
  onChange: (id: string | null, name: string | null) => void;
  /** A unit that may not be chosen (a unit cannot be its own parent or successor). */
  excludeId?: string;
  /** Only the units directly under this one (a district's communes). */
  parentId?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  description?: string;
}

/** Chooses a unit by searching the directory on the server (diacritics optional). */
export function UnitPicker({
  label,
  value,
  valueLabel,
  onChange,
  excludeId,
  parentId,
  error,
  required,
  description,
}: UnitPickerProps) {
  const t = useT();
  const [search, setSearch] = useState(valueLabel ?? '');
  const [chosenName, setChosenName] = useState(valueLabel ?? null);
  const [debounced] = useDebouncedValue(search, 250);
  const { data, isFetching } = useQuery(
    unitListQuery({ q: (searchFits(debounced) && debounced) || undefined, parentId, pageSize: 30 }),
  );

  const options = useMemo(() => {
    const found = (data?.items ?? [])
      .filter((unit) => unit.id !== excludeId)
      .map((unit) => ({ value: unit.id, label: unit.name }));
    if (value && chosenName && !found.some((option) => option.value === value))
      found.unshift({ value, label: chosenName });
    return found;
  }, [data, excludeId, value, chosenName]);

  return (
    <Select
      label={label}
      description={description ?? t('units.pickerHint')}
      placeholder={t('units.picker')}
      searchable
      clearable
      required={required}
      data={options}
      filter={({ options: all }) => all}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => {
        setChosenName(option?.label ?? null);
        onChange(id, option?.label ?? null);
      }}
      nothingFoundMessage={isFetching ? t('app.loading') : t('common.noResults')}
      error={error ?? searchTooLong(t, search)}
      clearButtonProps={{ 'aria-label': `${t('common.cancel')}: ${label}` }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
