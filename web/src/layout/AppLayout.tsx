import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import type { CurrentUser } from '../../../src/contracts/auth.js';
import { logout, sessionQuery, useSessionUser } from '../api/session.js';
import { useT } from '../i18n/I18nProvider.js';
import { ChangePasswordDialog } from './ChangePasswordDialog.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { NotificationBell } from './NotificationBell.js';
import { isActive, navItemsFor } from './navItems.js';

export function AppLayout() {
  const user = useSessionUser();
  // Signed out (or the session expired): the navigation to the login page is under way.
  return user ? <SignedInLayout user={user} /> : null;
}

function SignedInLayout({ user }: { user: CurrentUser }) {
  const t = useT();
  const [navOpen, nav] = useDisclosure(false);
  const [passwordOpen, passwordDialog] = useDisclosure(false);
  const pathname = useLocation({ select: (location) => location.pathname });
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const signOut = async () => {
    let endSessionUrl: string | null = null;
    try {
      endSessionUrl = await logout();
    } finally {
      queryClient.clear();
      queryClient.setQueryData(sessionQuery.queryKey, null);
      // Signed in through the identity provider: end its session too; it sends the browser back to /dang-nhap.
      if (endSessionUrl) window.location.assign(endSessionUrl);
      else await navigate({ to: '/dang-nhap', search: {} });
    }
  };

  const roleAndUnit = `${t(`role.${user.role}`)} · ${user.unitName ?? t('auth.unitNone')}`;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'md', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="md" size="sm" aria-label={t('nav.toggle')} />
            <Text fw={700} size="lg" component={Link} to="/" c="inherit" td="none">
              <Text span inherit visibleFrom="lg">
                {t('app.name')}
              </Text>
              <Text span inherit hiddenFrom="lg">
                {t('app.shortName')}
              </Text>
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} visibleFrom="lg" ta="right">
              <Text size="sm" fw={600}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed">
                {roleAndUnit}
              </Text>
            </Stack>
            <NotificationBell />
            <LanguageSwitch />
            <Button variant="subtle" size="xs" onClick={passwordDialog.open}>
              {t('auth.changePassword')}
            </Button>
            <Button variant="light" size="xs" onClick={() => void signOut()}>
              {t('auth.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <Stack gap={0} hiddenFrom="lg" p="xs" mb="xs">
          <Text size="sm" fw={600}>
            {user.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {roleAndUnit}
          </Text>
        </Stack>
        <ScrollArea>
          {navItemsFor(user.role, user.supervisesCommunes).map((item) => {
            const active = isActive(item, pathname);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.label)}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={nav.close}
              />
            );
          })}
        </ScrollArea>
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1}>
        {/* With a published password the server answers nothing else, so no page is shown until it is changed. */}
        {user.mustChangePassword ? null : <Outlet />}
      </AppShell.Main>
      <ChangePasswordDialog
        opened={passwordOpen || user.mustChangePassword}
        onClose={passwordDialog.close}
        {...(user.mustChangePassword ? { required: { onSignOut: () => void signOut() } } : {})}
      />
    </AppShell>
  );
}
