import { Button, Checkbox, Group, Menu, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCurrentUser } from '../../api/session.js';
import { unitExportUrl } from '../../api/units.js';
import { canEditUnits } from '../../auth/roles.js';
import { isIsoDate } from '../../../../src/domain/calendar.js';
import { DateField } from '../../components/DateField.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { UnitsSearch } from '../../units/search.js';
import { levelOptions, unitKindOptions } from '../../units/labels.js';
import { UnitFormDialog } from './UnitFormDialog.js';
import { UnitImportDialog } from './UnitImportDialog.js';
import { UnitTable } from './UnitTable.js';
import { UnitTreeView } from './UnitTreeView.js';
import { FilterSearch, FilterSelect, ListFilters } from '../../components/ListFilters.js';
import { PageShell } from '../../components/PageShell.js';

const unitsRoute = getRouteApi('/app/don-vi');

export function UnitsPage() {
  const t = useT();
  const user = useCurrentUser();
  const search = unitsRoute.useSearch();
  const navigate = useNavigate({ from: '/don-vi' });
  const [createOpen, createDialog] = useDisclosure(false);
  const [importOpen, importDialog] = useDisclosure(false);
  const editable = canEditUnits(user.role);
  const view = search.view ?? 'table';

  /** Any filter change goes back to the first page. */
  const setFilters = (patch: Partial<UnitsSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), replace: true });

  return (
    <PageShell
      title={t('units.title')}
      intro={t('units.intro')}
      actions={
        <Group gap="xs">
          {editable && <Button onClick={createDialog.open}>{t('units.create')}</Button>}
          {editable && (
            <Button variant="default" onClick={importDialog.open}>
              {t('units.import')}
            </Button>
          )}
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default">{t('units.export')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item component="a" href={unitExportUrl('csv')} download>
                {t('units.exportCsv')}
              </Menu.Item>
              <Menu.Item component="a" href={unitExportUrl('xlsx')} download>
                {t('units.exportXlsx')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      }
    >
      <Tabs
        value={view}
        onChange={(value) => setFilters({ view: value === 'tree' ? 'tree' : undefined })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('units.viewLabel')}>
          <Tabs.Tab value="table">{t('units.viewTable')}</Tabs.Tab>
          <Tabs.Tab value="tree">{t('units.viewTree')}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="table" pt="md">
          <Stack>
            <ListFilters cols={{ base: 1, sm: 2, lg: 4 }}>
              <FilterSearch
                label={t('units.search')}
                placeholder={t('units.searchHint')}
                initial={search.q}
                pathname="/don-vi"
                onSearch={(q) => setFilters({ q })}
              />
              <FilterSelect
                label={t('units.kind')}
                data={unitKindOptions(t)}
                value={search.kind}
                onChange={(kind) => setFilters({ kind })}
              />
              <FilterSelect
                label={t('units.level')}
                data={levelOptions(t)}
                value={search.level}
                onChange={(level) => setFilters({ level })}
              />
              <DateField
                label={t('units.validAt')}
                clearable
                value={search.validAt ?? null}
                onChange={(value) =>
                  (value === null || isIsoDate(value)) && setFilters({ validAt: value ?? undefined })
                }
              />
            </ListFilters>
            <Checkbox
              label={t('units.showArchived')}
              checked={search.archived ?? false}
              onChange={(event) => setFilters({ archived: event.currentTarget.checked || undefined })}
            />
            <UnitTable
              search={search}
              onPage={(page) => void navigate({ search: (previous) => ({ ...previous, page }) })}
            />
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="tree" pt="md">
          <UnitTreeView />
        </Tabs.Panel>
      </Tabs>

      {editable && <UnitFormDialog opened={createOpen} onClose={createDialog.close} />}
      {editable && <UnitImportDialog opened={importOpen} onClose={importDialog.close} />}
    </PageShell>
  );
}
