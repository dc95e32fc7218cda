import { Alert, Button, Group, Select, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { describeError } from '../../api/errors';
import { householdTitle } from '../../ui/household';

/** Links an encounter to a household already followed (found by name), once the person agreed. */
export function LinkEncounter({ encounterId, onDone }: { encounterId: string; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [householdId, setHouseholdId] = useState<string | null>(null);
  const found = useQuery({
    queryKey: ['households', 'search', q],
    queryFn: async () => unwrap(await api.GET('/api/households', { params: { query: { q, limit: 10 } } })).items,
    enabled: q.length >= 2,
  });
  const link = useMutation({
    mutationFn: async (id: string) =>
      unwrap(
        await api.POST('/api/maraude-encounters/{id}/households', { params: { path: { id: encounterId } }, body: { householdId: id } }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['encounters'] });
      onDone();
    },
  });
  return (
    <form onSubmit={(event) => (event.preventDefault(), householdId && link.mutate(householdId))}>
      <Stack gap="xs">
        <Select
          label="Ménage suivi"
          placeholder="Tapez au moins deux lettres du nom"
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          data={(found.data ?? []).map((h) => ({ value: h.id, label: `${householdTitle(h)} · ${h.reference}` }))}
          value={householdId}
          onChange={setHouseholdId}
          nothingFoundMessage={q.length >= 2 && !found.isPending ? 'Aucun ménage de ce nom' : undefined}
        />
        {link.error && (
          <Alert color="red" role="alert">
            {describeError(link.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuler
          </Button>
          <Button type="submit" disabled={!householdId} loading={link.isPending}>
            Lier
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
