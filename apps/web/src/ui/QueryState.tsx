import { Alert, Button, Group, Text } from '@mantine/core';
import { describeError } from '../api/errors';
import { Loading } from './Loading';

/** Loading and failure of a query, said the same way on every screen. */
export function QueryState({ isPending, error, retry }: { isPending: boolean; error: unknown; retry?: () => void }) {
  if (error) {
    return (
      <Alert color="red" title="Chargement impossible" role="alert">
        <Group justify="space-between">
          <Text size="sm">{describeError(error)}</Text>
          {retry && (
            <Button size="xs" variant="light" color="red" onClick={retry}>
              Réessayer
            </Button>
          )}
        </Group>
      </Alert>
    );
  }
  return isPending ? <Loading /> : null;
}
