import {
  ActionIcon,
  AppShell,
  Badge,
  Burger,
  Group,
  Menu,
  NavLink,
  Text,
  Title,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Loading } from '../ui/Loading';
import { ROLE } from '../ui/labels';
import { navigationFor } from './navigation';

function useReminderCount(enabled: boolean): number | null {
  const { data } = useQuery({
    queryKey: ['reminders', 'counts'],
    queryFn: async () => unwrap(await api.GET('/api/reminders/counts')),
    enabled,
    refetchInterval: 60_000,
  });
  return data ? (data.overdue ?? 0) + (data.today ?? 0) : null;
}

export function Layout() {
  const session = useSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const items = navigationFor(session.user?.roles ?? []);
  const count = useReminderCount(items.some((item) => item.badge === 'reminders'));

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? 'Fermer le menu' : 'Ouvrir le menu'} />
            <Title order={1} size="h3">
              <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>
                Parcours
              </Link>
            </Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ActionIcon
              variant="default"
              size="lg"
              onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
              aria-label={scheme === 'dark' ? 'Passer en thème clair' : 'Passer en thème sombre'}
            >
              <span aria-hidden="true">{scheme === 'dark' ? '☀' : '☾'}</span>
            </ActionIcon>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton data-testid="whoami" title="Mon compte">
                  <Text size="sm" fw={600} lineClamp={1}>
                    {session.user?.displayName}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1} visibleFrom="xs">
                    {session.user?.roles.map((role) => ROLE[role] ?? role).join(', ')} · {session.organisationName}
                  </Text>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{session.organisationName}</Menu.Label>
                <Menu.Item component={Link} to="/account">
                  Mon compte et mot de passe
                </Menu.Item>
                <Menu.Item color="red" onClick={() => void session.logout()}>
                  Se déconnecter
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Navigation principale">
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={item.label}
            onClick={close}
            active={location.pathname.startsWith(item.to)}
            className="big-target"
            rightSection={
              item.badge && count ? (
                <Badge color="red" circle aria-label={`${count} rappels en retard ou du jour`}>
                  {count}
                </Badge>
              ) : null
            }
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="contenu">
        <ErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
