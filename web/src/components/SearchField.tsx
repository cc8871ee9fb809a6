import { TextInput, type TextInputProps } from '@mantine/core';
import { searchFits, searchTooLong } from '../forms/search.js';
import { useT } from '../i18n/I18nProvider.js';

interface SearchFieldProps extends Omit<TextInputProps, 'onChange' | 'value' | 'error' | 'type'> {
  value: string;
  /** Every keystroke, for the field's own state. */
  onChange: (value: string) => void;
  /** The text to search for, only when it fits (pages debounce this). */
  onSearch: (value: string) => void;
}

/**
 * A list's search box. Text longer than the server takes is not cut off or ignored without a word: the field says
 * how long it is and what the limit is, and the list keeps its last search until the text fits.
 */
export function SearchField({ value, onChange, onSearch, ...props }: SearchFieldProps) {
  const t = useT();
  return (
    <TextInput
      {...props}
      type="search"
      value={value}
      error={searchTooLong(t, value)}
      onChange={(event) => {
        const next = event.currentTarget.value;
        onChange(next);
        if (searchFits(next)) onSearch(next);
      }}
    />
  );
}
