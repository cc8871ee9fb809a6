import { ActionIcon, Badge, Button, Checkbox, Menu, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { UserSummary } from '../../../../src/contracts/users.js';
import { archiveUser, updateUser, userKeys, userListQuery } from '../../api/users.js';
import { FilterSearch, FilterSelect, ListFilters } from '../../components/ListFilters.js';
import { PagedList } from '../../components/PagedList.js';
import { PageShell } from '../../components/PageShell.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { UsersSearch } from '../../users/search.js';
import { roleOptions } from '../../units/labels.js';
import { ResetPasswordDialog } from './ResetPasswordDialog.js';
import { UserFormDialog } from './UserFormDialog.js';
import { TableScroll } from '../../components/TableScroll.js';

const usersRoute = getRouteApi('/app/nguoi-dung');

const PAGE_SIZE = 50;

export function UsersPage() {
  const t = useT();
  const search = usersRoute.useSearch();
  const navigate = useNavigate({ from: '/nguoi-dung' });
  const queryClient = useQueryClient();
  const [createOpen, createDialog] = useDisclosure(false);
  const [editing, setEditing] = useState<UserSummary | undefined>();
  const [resetting, setResetting] = useState<UserSummary | null>(null);
  const [archiving, setArchiving] = useState<UserSummary | null>(null);
  const page = search.page ?? 1;

  const { data, isFetching } = useQuery(
    userListQuery({
      q: search.q,
      role: search.role,
      includeArchived: search.archived ? true : undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );

  const setFilters = (patch: Partial<UsersSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), replace: true });

  const unlock = async (user: UserSummary) => {
    await updateUser(user.id, { version: user.version, unlock: true }, true);
    notifications.show({ color: 'green', message: t('users.unlocked') });
    await queryClient.invalidateQueries({ queryKey: userKeys.all });
  };

  const archive = async (reason: string) => {
    if (!archiving) return;
    await archiveUser(archiving.id, reason);
    notifications.show({ color: 'green', message: t('users.archived') });
    await queryClient.invalidateQueries({ queryKey: userKeys.all });
  };

  return (
    <PageShell
      title={t('users.title')}
      intro={t('users.intro')}
      actions={<Button onClick={createDialog.open}>{t('users.create')}</Button>}
    >
      <ListFilters cols={{ base: 1, sm: 2, lg: 3 }}>
        <FilterSearch
          label={t('users.search')}
          description={t('users.searchHint')}
          initial={search.q}
          pathname="/nguoi-dung"
          onSearch={(q) => setFilters({ q })}
        />
        <FilterSelect
          label={t('users.role')}
          data={roleOptions(t)}
          value={search.role}
          onChange={(role) => setFilters({ role })}
        />
      </ListFilters>
      <Checkbox
        label={t('common.showArchived')}
        checked={search.archived ?? false}
        onChange={(event) => setFilters({ archived: event.currentTarget.checked || undefined })}
      />

      <PagedList
        data={data}
        isFetching={isFetching}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      >
        <TableScroll>
          <Table striped highlightOnHover miw={880} aria-label={t('users.title')} aria-busy={isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.username')}</Table.Th>
                <Table.Th scope="col">{t('users.displayName')}</Table.Th>
                <Table.Th scope="col">{t('users.role')}</Table.Th>
                <Table.Th scope="col">{t('users.unit')}</Table.Th>
                <Table.Th scope="col">{t('common.status')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.items.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td ff="monospace">{user.username}</Table.Td>
                  <Table.Td>
                    {user.displayName}
                    {user.email && (
                      <Text size="xs" c="dimmed">
                        {user.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`role.${user.role}`)}</Table.Td>
                  <Table.Td>{user.unitName ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    <UserStatus user={user} />
                  </Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <ActionIcon variant="subtle" aria-label={t('users.actionsFor', { username: user.username })}>
                          <span aria-hidden>⋯</span>
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setEditing(user)} disabled={user.archived}>
                          {t('common.edit')}
                        </Menu.Item>
                        <Menu.Item onClick={() => setResetting(user)} disabled={user.archived}>
                          {t('users.resetPassword')}
                        </Menu.Item>
                        {user.locked && !user.archived && (
                          <Menu.Item onClick={() => void unlock(user)}>{t('users.unlock')}</Menu.Item>
                        )}
                        {!user.archived && (
                          <Menu.Item color="red" onClick={() => setArchiving(user)}>
                            {t('users.archive')}
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </PagedList>

      <UserFormDialog opened={createOpen} onClose={createDialog.close} />
      <UserFormDialog opened={editing !== undefined} onClose={() => setEditing(undefined)} user={editing} />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
      <ReasonDialog
        opened={archiving !== null}
        onClose={() => setArchiving(null)}
        title={archiving ? t('users.archiveFor', { username: archiving.username }) : ''}
        body={t('users.archiveBody')}
        confirmLabel={t('users.archive')}
        onConfirm={archive}
      />
    </PageShell>
  );
}

function UserStatus({ user }: { user: UserSummary }) {
  const t = useT();
  if (user.archived)
    return (
      <Badge color="gray" variant="light" tt="none">
        {t('common.archived')}
      </Badge>
    );
  if (user.locked)
    return (
      <Badge color="red" variant="light" tt="none">
        {t('users.locked')}
      </Badge>
    );
  return (
    <Badge color="green" variant="light" tt="none">
      {t('common.active')}
    </Badge>
  );
}
