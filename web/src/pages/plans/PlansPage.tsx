import { Alert, Badge, Button, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { planImportListQuery, planListQuery } from '../../api/plans.js';
import { useCurrentUser } from '../../api/session.js';
import { canEditPlans } from '../../auth/roles.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { formatDateTimeVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { PageShell } from '../../components/PageShell.js';
import { PlanUploadDialog } from './PlanUploadDialog.js';
import { ProgrammesSection } from './ProgrammesSection.js';
import { canManageProgrammes } from '../../auth/roles.js';
import { TableScroll } from '../../components/TableScroll.js';

export function PlansPage() {
  const t = useT();
  const user = useCurrentUser();
  const editable = canEditPlans(user.role);
  const [uploadOpen, uploadDialog] = useDisclosure(false);

  return (
    <PageShell
      title={t('plans.title')}
      intro={t('plans.intro')}
      actions={editable ? <Button onClick={uploadDialog.open}>{t('plans.upload')}</Button> : null}
    >
      {editable && <OpenDrafts />}
      <CommittedPlans />
      <ProgrammesSection editable={canManageProgrammes(user.role)} />
      {editable && <PlanUploadDialog opened={uploadOpen} onClose={uploadDialog.close} />}
    </PageShell>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function CommittedPlans() {
  const t = useT();
  const { data: plans, isError, error } = useQuery(planListQuery);
  const title = t('plans.committed');
  return (
    <Section title={title}>
      {isError ? (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      ) : !plans ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : plans.length === 0 ? (
        <Text size="sm">{t('plans.none')}</Text>
      ) : (
        <TableScroll>
          <Table aria-label={title} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plans.name')}</Table.Th>
                <Table.Th scope="col">{t('plans.year')}</Table.Th>
                <Table.Th scope="col">{t('plans.documentNumber')}</Table.Th>
                <Table.Th scope="col">{t('plans.currentVersion')}</Table.Th>
                <Table.Th scope="col">{t('plans.activities')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.map((plan) => (
                <Table.Tr key={plan.id}>
                  <Table.Td>
                    <AnchorLink to="/ke-hoach/$planId" params={{ planId: plan.id }} search={{}}>
                      {plan.name}
                    </AnchorLink>
                    {plan.archived && (
                      <Badge ml="xs" color="gray" variant="light">
                        {t('common.archived')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{plan.year}</Table.Td>
                  <Table.Td>{plan.documentNumber ?? t('common.none')}</Table.Td>
                  <Table.Td>{formatNumberVi(plan.currentVersion)}</Table.Td>
                  <Table.Td>{formatNumberVi(plan.activities)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}

function OpenDrafts() {
  const t = useT();
  const { data: drafts } = useQuery(planImportListQuery);
  const title = t('plans.drafts');
  if (!drafts || drafts.length === 0) return null;
  return (
    <Section title={title}>
      <TableScroll>
        <Table aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('plans.fileName')}</Table.Th>
              <Table.Th scope="col">{t('plans.documentTitle')}</Table.Th>
              <Table.Th scope="col">{t('plans.revises')}</Table.Th>
              <Table.Th scope="col">{t('plans.uploadedBy')}</Table.Th>
              <Table.Th scope="col">{t('plans.activities')}</Table.Th>
              <Table.Th scope="col">{t('plans.withWarnings')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {drafts.map((draft) => (
              <Table.Tr key={draft.id}>
                <Table.Td>
                  <AnchorLink
                    to="/ke-hoach/nhap/$importId"
                    params={{ importId: draft.id }}
                    search={{}}
                    aria-label={t('plans.reviewDraft', { name: draft.fileName })}
                  >
                    {draft.fileName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{draft.title ?? t('common.none')}</Table.Td>
                <Table.Td>{draft.basePlanName ?? t('plans.newPlan')}</Table.Td>
                <Table.Td>
                  {draft.createdByName ?? t('common.none')}
                  <Text size="xs" c="dimmed">
                    {formatDateTimeVi(draft.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>{formatNumberVi(draft.summary.activities)}</Table.Td>
                <Table.Td>{formatNumberVi(draft.summary.activitiesWithWarnings)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Section>
  );
}
