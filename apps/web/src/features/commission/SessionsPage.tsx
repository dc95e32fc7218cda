import { Alert, Anchor, Button, Card, Group, MultiSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { describeError } from '../../api/errors';
import type { SessionSummary } from '../../api/types';
import { useSession } from '../../auth/session';
import { instant, localDateTime } from '../../ui/forms';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/QueryState';

export default function SessionsPage() {
  const session = useSession();
  const sessions = useQuery({
    queryKey: ['commission', 'sessions'],
    queryFn: async () => unwrap(await api.GET('/api/commission-sessions')).items,
  });
  const now = new Date().toISOString();
  const upcoming = (sessions.data ?? []).filter((s) => s.sessionAt >= now);
  const past = (sessions.data ?? []).filter((s) => s.sessionAt < now).reverse();

  return (
    <Stack>
      <Title order={2}>Commission SIAO-bailleurs</Title>
      {session.hasRole('commission_secretary') && <NewSession />}
      <QueryState isPending={sessions.isPending} error={sessions.error} retry={() => void sessions.refetch()} />
      {sessions.data && <SessionTable title="Séances à venir" sessions={upcoming} empty="Aucune séance programmée." />}
      {sessions.data && <SessionTable title="Séances passées" sessions={past} empty="Aucune séance passée récente." />}
    </Stack>
  );
}

function SessionTable({ title, sessions, empty }: { title: string; sessions: SessionSummary[]; empty: string }) {
  return (
    <section aria-label={title}>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {sessions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Ménages</Table.Th>
                <Table.Th>Décidés</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/commission/${s.id}`} fw={600}>
                      {formatDateTime(s.sessionAt)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{s.proposalCount}</Table.Td>
                  <Table.Td>{s.decidedCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

function NewSession() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [sessionAt, setSessionAt] = useState(() => localDateTime(new Date(Date.now() + 7 * 86_400_000)));
  const [landlords, setLandlords] = useState<string[]>([]);
  const organisations = useQuery({
    queryKey: ['organisations'],
    queryFn: async () => unwrap(await api.GET('/api/organisations')),
    staleTime: 5 * 60_000,
  });
  const create = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/commission-sessions', { body: { sessionAt: instant(sessionAt), landlordOrganisationIds: landlords } })),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['commission'] });
      await navigate(`/commission/${created.id}`);
    },
  });
  const landlordOptions = (organisations.data ?? [])
    .filter((o) => o.type === 'social_landlord' && o.active)
    .map((o) => ({ value: o.id, label: o.name }));
  return (
    <Card withBorder component="form" onSubmit={(event) => (event.preventDefault(), create.mutate())} aria-labelledby="new-session">
      <Stack>
        <Title order={3} size="h4" id="new-session">
          Programmer une séance
        </Title>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label="Date et heure"
            type="datetime-local"
            value={sessionAt}
            onChange={(e) => setSessionAt(e.currentTarget.value)}
            required
          />
          <MultiSelect label="Bailleurs présents" data={landlordOptions} value={landlords} onChange={setLandlords} miw={260} />
          <Button type="submit" loading={create.isPending}>
            Programmer
          </Button>
        </Group>
        {create.error && (
          <Alert color="red" role="alert">
            {describeError(create.error)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
