import { Alert, Anchor, Badge, Group, Input, Loader, Progress, Stack, Table, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client.js';
import { criteriaSetsQuery, downloads, importCriteriaSetFile, scoringKeys } from '../../api/scoring.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { Section } from '../../components/Section.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { TableScroll } from '../../components/TableScroll.js';
import { UPLOAD_LIMIT_MB } from '../../../../src/contracts/uploads.js';

/** Every version of every criteria set, with import (JSON or Excel), export, the viewer and the what-if plan. */
export function CriteriaSets({ manager }: { manager: boolean }) {
  const t = useT();
  const { data: sets, isError, error } = useQuery(criteriaSetsQuery);
  return (
    <Section title={t('scoring.sets.title')}>
      <Stack>
        {manager && <CriteriaImport />}
        {isError ? (
          <Alert color="red">{error.message}</Alert>
        ) : !sets ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : (
          <TableScroll>
            <Table aria-label={t('scoring.sets.title')} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('scoring.sets.name')}</Table.Th>
                  <Table.Th>{t('scoring.sets.subject')}</Table.Th>
                  <Table.Th>{t('scoring.sets.version')}</Table.Th>
                  <Table.Th>{t('scoring.sets.leaves')}</Table.Th>
                  <Table.Th>{t('scoring.sets.export')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sets.map((set) => (
                  <Table.Tr key={set.id}>
                    <Table.Td>
                      <AnchorLink to="/cham-diem/bo-tieu-chi/$setId" params={{ setId: set.id }}>
                        {set.name}
                      </AnchorLink>
                      <Text size="xs" c="dimmed">
                        {set.code} · {set.year}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`scoring.subject.${set.subject}`)}</Table.Td>
                    <Table.Td>
                      {t('scoring.sets.versionN', { version: set.version })}{' '}
                      {set.latest && (
                        <Badge size="xs" variant="light">
                          {t('scoring.sets.latest')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{formatNumberVi(set.leaves)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Anchor href={downloads.criteriaSet(set.id, 'json')} download size="sm">
                          JSON
                        </Anchor>
                        <Anchor href={downloads.criteriaSet(set.id, 'xlsx')} download size="sm">
                          Excel
                        </Anchor>
                        {set.subject === 'province' && (
                          <AnchorLink to="/cham-diem/bo-tieu-chi/$setId/phuong-an" params={{ setId: set.id }} size="sm">
                            {t('scoring.whatIf.link')}
                          </AnchorLink>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </Section>
  );
}

function CriteriaImport() {
  const t = useT();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [sent, setSent] = useState<number | null>(null);
  const [key, setKey] = useState(0);
  const [result, setResult] = useState<{ color: string; text: string } | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setResult(null);
    setSent(0);
    try {
      const set = await importCriteriaSetFile(file, setSent);
      setResult({
        color: 'green',
        text: t(set.created ? 'scoring.sets.imported' : 'scoring.sets.unchanged', {
          name: set.name,
          version: set.version,
        }),
      });
      await queryClient.invalidateQueries({ queryKey: scoringKeys.sets });
    } catch (caught) {
      setResult({ color: 'red', text: isApiError(caught) ? caught.message : t('error.network') });
    } finally {
      setSent(null);
      setKey((k) => k + 1);
    }
  };
  return (
    <Stack gap="xs">
      <Input.Wrapper
        label={t('scoring.sets.import')}
        description={`${t('scoring.sets.importHint')} ${t('upload.limit', { limit: UPLOAD_LIMIT_MB })}`}
        id={inputId}
      >
        <input
          key={key}
          id={inputId}
          type="file"
          accept=".json,.xlsx"
          disabled={sent !== null}
          onChange={(e) => void upload(e.currentTarget.files?.[0])}
          style={{ display: 'block', marginTop: 4 }}
        />
      </Input.Wrapper>
      {sent !== null && (
        <Progress value={sent * 100} animated={sent >= 1} aria-label={t('scoring.sets.importProgress')} />
      )}
      {result && (
        <Alert
          color={result.color}
          role={result.color === 'red' ? 'alert' : 'status'}
          style={{ whiteSpace: 'pre-line' }}
          withCloseButton
          onClose={() => setResult(null)}
        >
          {result.text}
        </Alert>
      )}
    </Stack>
  );
}
