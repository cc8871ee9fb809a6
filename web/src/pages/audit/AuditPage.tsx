import { Button, Checkbox, Code, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { z } from 'zod';
import type { auditEntry } from '../../../../src/contracts/audit.js';
import { auditListQuery } from '../../api/audit.js';
import { diffAudit, displayJson } from '../../audit/diff.js';
import { AUDIT_ENTITIES, auditActionChoices, auditLabel } from '../../audit/labels.js';
import { AUDIT_ACTIONS } from '../../../../src/contracts/audit-actions.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { FilterSelect, ListFilters } from '../../components/ListFilters.js';
import { PagedList } from '../../components/PagedList.js';
import { PageShell } from '../../components/PageShell.js';
import { formatDateTimeVi } from '../../i18n/format.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { AuditSearch } from '../../audit/search.js';
import { useStillOn } from '../../components/useStillOn.js';
import { TableScroll } from '../../components/TableScroll.js';
import { EmptyState } from '../../components/EmptyState.js';

const auditRoute = getRouteApi('/app/nhat-ky');

type AuditEntry = z.infer<typeof auditEntry>;

const PAGE_SIZE = 50;

export function AuditPage() {
  const { t, locale } = useI18n();
  const search = auditRoute.useSearch();
  const navigate = useNavigate({ from: '/nhat-ky' });
  const [entityId, setEntityId] = useState(search.entityId ?? '');
  const [shown, setShown] = useState<AuditEntry | null>(null);
  const page = search.page ?? 1;
  const { data, isFetching } = useQuery(
    auditListQuery({
      entity: search.entity,
      action: search.action,
      entityId: search.entityId,
      page,
      pageSize: PAGE_SIZE,
    }),
  );

  const stillHere = useStillOn('/nhat-ky');
  const setFilters = (patch: Partial<AuditSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), replace: true });
  const pushEntityId = useDebouncedCallback(
    (value: string) => stillHere() && setFilters({ entityId: value.trim() || undefined }),
    300,
  );

  return (
    <PageShell title={t('audit.title')} intro={t('audit.intro')}>
      <ListFilters cols={{ base: 1, sm: 2, lg: 3 }}>
        <FilterSelect
          label={t('audit.entity')}
          placeholder={t('audit.allEntities')}
          data={AUDIT_ENTITIES.map((value) => ({ value, label: auditLabel(locale, 'entity', value) }))}
          value={search.entity}
          onChange={(entity) =>
            // An action chosen before stays only while it belongs to the entity chosen now.
            setFilters({
              entity,
              action:
                search.action && (!entity || AUDIT_ACTIONS[search.action].entity === entity)
                  ? search.action
                  : undefined,
            })
          }
        />
        <FilterSelect
          label={t('audit.action')}
          placeholder={t('audit.allActions')}
          searchable
          data={auditActionChoices(locale, search.entity)}
          value={search.action}
          onChange={(action) => setFilters({ action })}
        />
        <TextInput
          label={t('audit.entityId')}
          value={entityId}
          onChange={(event) => {
            setEntityId(event.currentTarget.value);
            pushEntityId(event.currentTarget.value);
          }}
        />
      </ListFilters>

      <PagedList
        data={data}
        isFetching={isFetching}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      >
        <TableScroll>
          <Table striped miw={880} aria-label={t('audit.title')} aria-busy={isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.at')}</Table.Th>
                <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                <Table.Th scope="col">{t('audit.action')}</Table.Th>
                <Table.Th scope="col">{t('audit.entity')}</Table.Th>
                <Table.Th scope="col">{t('common.reason')}</Table.Th>
                <Table.Th scope="col">{t('audit.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeVi(entry.at)}</Table.Td>
                  <Table.Td>{entry.actorName ?? t('audit.system')}</Table.Td>
                  <Table.Td title={entry.action}>{auditLabel(locale, 'action', entry.action)}</Table.Td>
                  <Table.Td>
                    <AuditSubject entry={entry} />
                  </Table.Td>
                  <Table.Td>{entry.reason ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setShown(entry)}
                      aria-label={t('audit.showChanges', { id: entry.id })}
                    >
                      {t('audit.changes')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </PagedList>
      <AuditChanges entry={shown} onClose={() => setShown(null)} />
    </PageShell>
  );
}

function AuditChanges({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const { t, locale } = useI18n();
  const [onlyChanged, setOnlyChanged] = useState(true);
  const rows = entry ? diffAudit(entry.before, entry.after).filter((row) => !onlyChanged || row.changed) : [];
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      title={entry ? t('audit.changesTitle', { id: entry.id }) : ''}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {entry && (
        <Stack>
          <Group gap="lg">
            <Text size="sm">{formatDateTimeVi(entry.at)}</Text>
            <Text size="sm">{entry.actorName ?? t('audit.system')}</Text>
            <Text size="sm" title={entry.action}>
              {auditLabel(locale, 'action', entry.action)}
            </Text>
            <AuditSubject entry={entry} />
          </Group>
          <Checkbox
            label={t('audit.onlyChanged')}
            checked={onlyChanged}
            onChange={(event) => setOnlyChanged(event.currentTarget.checked)}
          />
          {rows.length === 0 ? (
            <EmptyState inline>{t('audit.noChanges')}</EmptyState>
          ) : (
            <TableScroll>
              <Table layout="fixed" aria-label={t('audit.changes')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w="20%">
                      {t('audit.field')}
                    </Table.Th>
                    <Table.Th scope="col">{t('audit.before')}</Table.Th>
                    <Table.Th scope="col">{t('audit.after')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.field} bg={row.changed ? 'var(--mantine-color-yellow-light)' : undefined}>
                      <Table.Th scope="row">
                        <Code>{row.field || '—'}</Code>
                      </Table.Th>
                      <Table.Td className="json-value">{displayJson(row.before)}</Table.Td>
                      <Table.Td className="json-value">{displayJson(row.after)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Stack>
      )}
    </Modal>
  );
}

/** The entity of a record; a unit links to its page. */
function AuditSubject({ entry }: { entry: AuditEntry }) {
  const { t, locale } = useI18n();
  const name = auditLabel(locale, 'entity', entry.entity);
  return (
    <>
      <Text size="sm" title={entry.entity}>
        {name}
      </Text>
      {entry.entityId &&
        (entry.entity === 'unit' ? (
          <AnchorLink
            to="/don-vi/$unitId"
            params={{ unitId: entry.entityId }}
            size="xs"
            ff="monospace"
            aria-label={`${t('audit.openUnit')} ${entry.entityId}`}
          >
            {entry.entityId}
          </AnchorLink>
        ) : (
          <Text size="xs" c="dimmed" ff="monospace">
            {entry.entityId}
          </Text>
        ))}
    </>
  );
}
