import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Collapse,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { useSession } from '../../auth/session';
import { AGE_BAND, ENTRY_CHANNEL, formatDate, options, STATUS } from '../../ui/labels';
import { householdTitle } from '../../ui/household';
import { CommuneSelect } from '../../ui/CommuneSelect';
import { QueryState } from '../../ui/QueryState';

type ListQuery = NonNullable<paths['/api/households']['get']['parameters']['query']>;
type Filter = 'status' | 'entryChannel' | 'ageBand' | 'commune' | 'staleEvaluation' | 'organisationId' | 'referentUserId' | 'q';

export default function HouseholdsPage() {
  const session = useSession();
  // Filters live in the address: a filtered list can be bookmarked, shared and reloaded.
  const [params, setParams] = useSearchParams();
  const [q] = useDebouncedValue(params.get('q') ?? '', 350);
  const filter = (name: Filter) => params.get(name) ?? undefined;
  const setFilter = (name: Filter, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const query: ListQuery = {
    status: filter('status') as ListQuery['status'],
    entryChannel: filter('entryChannel') as ListQuery['entryChannel'],
    ageBand: filter('ageBand') as ListQuery['ageBand'],
    commune: filter('commune'),
    staleEvaluation: filter('staleEvaluation'),
    organisationId: filter('organisationId'),
    referentUserId: filter('referentUserId'),
    q: q.trim().length >= 2 ? q.trim() : undefined,
    limit: 25,
  };
  const list = useInfiniteQuery({
    queryKey: ['households', 'list', query],
    queryFn: async ({ pageParam }) => unwrap(await api.GET('/api/households', { params: { query: { ...query, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const households = list.data?.pages.flatMap((page) => page.items) ?? [];
  // Who may follow a file: the organisations of the territory, and my organisation's workers as referents.
  const organisations = useQuery({
    queryKey: ['organisations'],
    queryFn: async () => unwrap(await api.GET('/api/organisations')),
    staleTime: 5 * 60_000,
  });
  const colleagues = useQuery({
    queryKey: ['users'],
    queryFn: async () => unwrap(await api.GET('/api/users', { params: { query: { limit: 200 } } })).items,
    staleTime: 5 * 60_000,
  });
  const filterSelect = (name: Filter, label: string, table: Record<string, string>, placeholder: string) => (
    <Select
      label={label}
      data={options(table)}
      value={filter(name) ?? null}
      onChange={(v) => setFilter(name, v)}
      clearable
      placeholder={placeholder}
    />
  );
  // On a phone: the name search always, the other filters on demand, and cards rather than a table.
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const [filtersOpen, filters] = useDisclosure(false);
  const activeFilters = (
    ['status', 'entryChannel', 'ageBand', 'commune', 'staleEvaluation', 'organisationId', 'referentUserId'] as const
  ).filter((name) => params.get(name)).length;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Ménages</Title>
        <Group gap="xs">
          {session.hasRole('siao_worker') && (
            <Button component={Link} to="/households/import" variant="default">
              Importer depuis SI-SIAO
            </Button>
          )}
          {session.hasRole('outreach_worker', 'siao_worker') && (
            <Button component={Link} to="/households/new">
              Ouvrir un dossier
            </Button>
          )}
        </Group>
      </Group>
      <Card withBorder padding="sm" component="section" aria-label="Filtrer les ménages">
        <TextInput
          label="Nom"
          description="Accents et fautes de frappe tolérés"
          value={params.get('q') ?? ''}
          onChange={(e) => setFilter('q', e.currentTarget.value)}
        />
        {phone && (
          <Button variant="subtle" mt="xs" onClick={filters.toggle} aria-expanded={filtersOpen} w="fit-content">
            {filtersOpen ? 'Masquer les filtres' : `Autres filtres${activeFilters ? ` (${activeFilters})` : ''}`}
          </Button>
        )}
        <Collapse expanded={!phone || filtersOpen}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="sm">
            {filterSelect('status', 'Statut', STATUS, 'Tous')}
            {filterSelect('entryChannel', 'Entrée', ENTRY_CHANNEL, 'Toutes')}
            {filterSelect('ageBand', 'Âge (personne de référence)', AGE_BAND, 'Tous')}
            {filterSelect(
              'organisationId',
              'Organisation',
              Object.fromEntries((organisations.data ?? []).map((o) => [o.id, o.name])),
              'Toutes',
            )}
            {filterSelect(
              'referentUserId',
              'Référent',
              Object.fromEntries((colleagues.data ?? []).map((u) => [u.id, u.displayName])),
              'Tous',
            )}
            <CommuneSelect label="Commune" value={filter('commune') ?? null} onChange={(code) => setFilter('commune', code)} />
            <Checkbox
              mt={{ base: 0, xs: 'xl' }}
              label="Évaluation à renouveler"
              checked={filter('staleEvaluation') === 'true'}
              onChange={(e) => setFilter('staleEvaluation', e.currentTarget.checked ? 'true' : null)}
            />
          </SimpleGrid>
        </Collapse>
      </Card>
      <QueryState isPending={list.isPending} error={list.error} retry={() => void list.refetch()} />
      {list.data && households.length === 0 && <Text c="dimmed">Aucun ménage ne correspond.</Text>}
      {households.length > 0 && phone && (
        <Stack gap="xs">
          {households.map((household) => (
            <Card key={household.id} withBorder padding="sm">
              <Anchor component={Link} to={`/households/${household.id}`} fw={600}>
                {householdTitle(household)}
              </Anchor>
              <Group gap={6} mt={4}>
                <Text size="sm" c="dimmed">
                  {household.reference}
                  {household.communeName ? ` · ${household.communeName}` : ''}
                </Text>
                <Badge variant="light">{STATUS[household.status]}</Badge>
                {household.evaluationStale && (
                  <Badge color="orange" variant="light">
                    Évaluation à renouveler
                  </Badge>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {households.length > 0 && !phone && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Ménage</Table.Th>
                <Table.Th>Référence</Table.Th>
                <Table.Th>Statut</Table.Th>
                <Table.Th>Commune</Table.Th>
                <Table.Th>Dernière étape</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {households.map((household) => (
                <Table.Tr key={household.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/households/${household.id}`} fw={600}>
                      {householdTitle(household)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{household.reference}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge variant="light">{STATUS[household.status]}</Badge>
                      {household.evaluationStale && (
                        <Badge color="orange" variant="light">
                          Évaluation à renouveler
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{household.communeName ?? '—'}</Table.Td>
                  <Table.Td>{formatDate(household.lastStepAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.hasNextPage && (
        <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage} w="fit-content">
          Afficher plus
        </Button>
      )}
    </Stack>
  );
}
