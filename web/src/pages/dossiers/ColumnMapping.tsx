import { Alert, Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DOSSIER_FIELDS, REQUIRED_DOSSIER_FIELDS } from '../../../../src/domain/dossiers/dossier-record.js';
import { isApiError } from '../../api/client.js';
import { dossierKeys, saveMappingAndReread, type DossierImport } from '../../api/dossiers.js';
import { currentChoices, mappingToSave } from '../../dossiers/mapping.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

const REQUIRED = new Set<string>(REQUIRED_DOSSIER_FIELDS);

/**
 * The mapping step: each synchronisation field (its Vietnamese label) against a select of the file's own
 * columns. Saving stores it for the source and reads the same uploaded file again with it.
 */
export function ColumnMapping({ draft }: { draft: DossierImport }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [choices, setChoices] = useState(() => currentChoices(draft.columns, draft.mapping));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = t('dossiers.mapping');

  const save = async () => {
    const picked = Object.values(choices).filter((c): c is string => !!c);
    const twice = picked.find((c, i) => picked.indexOf(c) !== i);
    if (twice) {
      setError(t('dossiers.mappingDuplicate', { column: twice }));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const reread = await saveMappingAndReread(
        draft.id,
        draft.sourceName,
        mappingToSave(draft.columns, draft.mapping, choices),
      );
      queryClient.setQueryData(dossierKeys.import(draft.id), reread);
      void queryClient.invalidateQueries({ queryKey: dossierKeys.sources });
      void queryClient.invalidateQueries({ queryKey: dossierKeys.imports });
      notifications.show({
        color: 'green',
        message: t('dossiers.mappingSaved', { valid: formatNumberVi(reread.validRows) }),
      });
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setSaving(false);
    }
  };

  const options = [
    { value: '', label: t('dossiers.mappingNone') },
    ...draft.columns.map((c) => ({ value: c, label: c })),
  ];
  return (
    <Section title={title} hint={t('dossiers.mappingHint', { source: draft.sourceName })}>
      <Stack>
        <TableScroll>
          <Table aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dossiers.mappingField')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.mappingColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {DOSSIER_FIELDS.map((field) => {
                const label = t(`dossiers.field.${field}`);
                return (
                  <Table.Tr key={field}>
                    <Table.Td>
                      <Text size="sm">
                        {label}{' '}
                        {REQUIRED.has(field) && (
                          <Badge size="xs" color="orange" variant="light">
                            {t('dossiers.mappingRequired')}
                          </Badge>
                        )}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {field}
                      </Text>
                    </Table.Td>
                    <Table.Td miw={220}>
                      <NativeSelect
                        aria-label={label}
                        data={options}
                        value={choices[field] ?? ''}
                        onChange={(event) => {
                          const value = event.currentTarget.value;
                          setChoices((now) => ({ ...now, [field]: value || undefined }));
                          setError(null);
                        }}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
        {error && (
          <Alert color="red" role="alert" title={t('dossiers.mappingFailed')}>
            {error}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void save()} loading={saving}>
            {t('dossiers.mappingSave')}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
