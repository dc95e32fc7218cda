import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { householdTitle } from '../../ui/household';
import { formatDate } from '../../ui/labels';
import { QueryState } from '../../ui/QueryState';

/** Households evaluated and not yet proposed to the commission, the longest waiting first. */
export default function WorklistPage() {
  const worklist = useQuery({
    queryKey: ['households', 'worklist'],
    queryFn: async () => unwrap(await api.GET('/api/households/worklist/awaiting-proposal')),
  });
  return (
    <Stack>
      <Title order={2}>À proposer en commission</Title>
      <Text c="dimmed">Ménages évalués, pas encore proposés : les plus anciens d’abord.</Text>
      <QueryState isPending={worklist.isPending} error={worklist.error} retry={() => void worklist.refetch()} />
      {worklist.data?.length === 0 && <Text>Aucun ménage en attente de proposition.</Text>}
      {worklist.data && worklist.data.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Ménage</Table.Th>
                <Table.Th>Attente</Table.Th>
                <Table.Th>Évalué le</Table.Th>
                <Table.Th>Commune</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {worklist.data.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/households/${item.id}`} fw={600}>
                      {householdTitle(item)}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {item.reference}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={item.daysWaiting > 60 ? 'red' : item.daysWaiting > 30 ? 'orange' : 'gray'} variant="light">
                      {item.daysWaiting} j
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {formatDate(item.lastEvaluatedAt)}
                    {item.evaluationStale && (
                      <Text size="xs" c="orange.8">
                        à renouveler
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{item.communeName ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
