import { Alert, Badge, Button, Card, Checkbox, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { describeError } from '../../api/errors';
import { showFieldErrors } from '../../ui/forms';
import { formatDateTime } from '../../ui/labels';
import { QueryState } from '../../ui/QueryState';

export function NotesSection({ householdId, canWrite }: { householdId: string; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const notes = useQuery({
    queryKey: ['households', householdId, 'notes'],
    queryFn: async () => unwrap(await api.GET('/api/households/{id}/notes', { params: { path: { id: householdId } } })),
  });
  const form = useForm({ initialValues: { body: '', health: false } });
  const add = useMutation({
    mutationFn: async (values: { body: string; health: boolean }) =>
      unwrap(await api.POST('/api/households/{id}/notes', { params: { path: { id: householdId } }, body: values })),
    onSuccess: async () => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['households', householdId, 'notes'] });
    },
    onError: (error) => {
      showFieldErrors(form, error);
      setFailure(describeError(error));
    },
  });

  return (
    <Card withBorder aria-labelledby="notes-title">
      <Title order={3} size="h4" id="notes-title" mb="xs">
        Notes
      </Title>
      {canWrite && (
        <form onSubmit={form.onSubmit((values) => (setFailure(null), add.mutate(values)))}>
          <Stack gap="xs" mb="md">
            <Textarea label="Nouvelle note" autosize minRows={2} required {...form.getInputProps('body')} />
            <Checkbox
              label="Note de santé (visible de mon organisation seulement)"
              {...form.getInputProps('health', { type: 'checkbox' })}
            />
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            <Button type="submit" loading={add.isPending} w="fit-content">
              Ajouter la note
            </Button>
          </Stack>
        </form>
      )}
      <QueryState isPending={notes.isPending} error={notes.error} retry={() => void notes.refetch()} />
      {notes.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          Aucune note.
        </Text>
      )}
      <Stack gap="sm">
        {[...(notes.data ?? [])]
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .map((note) => (
            <div key={note.id}>
              <Group gap="xs">
                <Text size="xs" c="dimmed">
                  {formatDateTime(note.createdAt)}
                </Text>
                {note.health && (
                  <Badge size="xs" color="grape">
                    Santé
                  </Badge>
                )}
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {note.body}
              </Text>
            </div>
          ))}
      </Stack>
    </Card>
  );
}
