import { getRouteApi } from '@tanstack/react-router';
import { Button, Group, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { UnitDetail } from '../../../../src/contracts/units.js';
import { useCurrentUser } from '../../api/session.js';
import { archiveUnit, unitDetailQuery, unitKeys, unitUsersQuery } from '../../api/units.js';
import { canEditUnits } from '../../auth/roles.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { formatDateVi, formatNumberVi, formatValidity } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { SuccessionDialog } from './SuccessionDialog.js';
import { UnitFormDialog } from './UnitFormDialog.js';
import { UnitStatusBadges } from './UnitStatusBadges.js';
import { AnchorLink, BackLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { TableScroll } from '../../components/TableScroll.js';
import { EmptyState } from '../../components/EmptyState.js';

const unitDetailRoute = getRouteApi('/app/don-vi/$unitId');

export function UnitDetailPage() {
  const t = useT();
  const { unitId } = unitDetailRoute.useParams();
  const query = useQuery(unitDetailQuery(unitId));
  return (
    <PageShell back={<BackLink to="/don-vi">{t('units.back')}</BackLink>} query={query}>
      {(unit) => <UnitView unit={unit} />}
    </PageShell>
  );
}

function UnitView({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const user = useCurrentUser();
  const editable = canEditUnits(user.role);
  const queryClient = useQueryClient();
  const [editOpen, editDialog] = useDisclosure(false);
  const [archiveOpen, archiveDialog] = useDisclosure(false);
  const [linkOpen, linkDialog] = useDisclosure(false);

  const archive = async (reason: string) => {
    await archiveUnit(unit.id, reason);
    notifications.show({ color: 'green', message: t('units.archived') });
    await queryClient.invalidateQueries({ queryKey: unitKeys.all });
  };

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={1}>{unit.name}</Title>
          <UnitStatusBadges archived={unit.archived} validTo={unit.validTo} />
        </Group>
        {editable && (
          <Group gap="xs">
            <Button onClick={editDialog.open}>{t('common.edit')}</Button>
            <Button variant="default" onClick={linkDialog.open}>
              {t('units.addSuccession')}
            </Button>
            {!unit.archived && (
              <Button variant="light" color="red" onClick={archiveDialog.open}>
                {t('units.archive')}
              </Button>
            )}
          </Group>
        )}
      </Group>

      <UnitFacts unit={unit} />
      <SuccessionTable title={t('units.predecessors')} hint={t('units.predecessorsHint')} links={unit.predecessors} />
      <SuccessionTable title={t('units.successors')} hint={t('units.successorsHint')} links={unit.successors} />
      {editable && <UnitUsers unitId={unit.id} />}

      {editable && (
        <>
          <UnitFormDialog opened={editOpen} onClose={editDialog.close} unit={unit} />
          <SuccessionDialog fromId={unit.id} opened={linkOpen} onClose={linkDialog.close} />
          <ReasonDialog
            opened={archiveOpen}
            onClose={archiveDialog.close}
            title={t('units.archiveTitle', { name: unit.name })}
            body={t('units.archiveBody')}
            confirmLabel={t('units.archive')}
            onConfirm={archive}
          />
        </>
      )}
    </>
  );
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="xs">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

function UnitFacts({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const none = t('common.none');
  const rows: [string, ReactNode][] = [
    [t('units.code'), unit.code],
    [t('units.kind'), t(`unitKind.${unit.kind}`)],
    [t('units.level'), t(`level.${unit.level}`)],
    [
      t('units.parent'),
      unit.parentId ? (
        <AnchorLink to="/don-vi/$unitId" params={{ unitId: unit.parentId }}>
          {unit.parentName ?? unit.parentId}
        </AnchorLink>
      ) : (
        none
      ),
    ],
    [t('units.shortNames'), unit.shortNames.join(', ') || none],
    [t('units.aliases'), unit.aliases.join('; ') || none],
    [t('units.validity'), formatValidity(unit.validFrom, unit.validTo, t('units.noStart'), t('units.openEnded'))],
    [t('units.childCount'), formatNumberVi(unit.childCount)],
    [t('units.version'), formatNumberVi(unit.version)],
  ];
  return (
    <Section title={t('units.details')}>
      <Table variant="vertical" layout="fixed" withTableBorder={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={220} scope="row">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

function SuccessionTable({ title, hint, links }: { title: string; hint: string; links: UnitDetail['successors'] }) {
  const t = useT();
  return (
    <Section title={title} hint={hint}>
      {links.length === 0 ? (
        <EmptyState inline>{t('units.noLinks')}</EmptyState>
      ) : (
        <TableScroll>
          <Table aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('units.name')}</Table.Th>
                <Table.Th scope="col">{t('units.linkKind')}</Table.Th>
                <Table.Th scope="col">{t('units.effectiveOn')}</Table.Th>
                <Table.Th scope="col">{t('units.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {links.map((link) => (
                <Table.Tr key={`${link.unitId}:${link.effectiveOn}`}>
                  <Table.Td>
                    <AnchorLink to="/don-vi/$unitId" params={{ unitId: link.unitId }} size="sm">
                      {link.unitName}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{t(`succession.${link.kind}`)}</Table.Td>
                  <Table.Td>{formatDateVi(link.effectiveOn)}</Table.Td>
                  <Table.Td>{link.note ?? t('common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}

function UnitUsers({ unitId }: { unitId: string }) {
  const t = useT();
  const { data: users } = useQuery(unitUsersQuery(unitId));
  return (
    <Section title={t('units.users')}>
      {!users ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : users.length === 0 ? (
        <EmptyState inline>{t('units.noUsers')}</EmptyState>
      ) : (
        <TableScroll>
          <Table aria-label={t('units.users')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.displayName')}</Table.Th>
                <Table.Th scope="col">{t('users.username')}</Table.Th>
                <Table.Th scope="col">{t('users.role')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>{member.displayName}</Table.Td>
                  <Table.Td>{member.username}</Table.Td>
                  <Table.Td>{t(`role.${member.role}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}
