import { Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError, describeError } from '../../api/errors';
import type { Household } from '../../api/types';
import { formatDateTime } from '../../ui/labels';
import { FormFooter } from '../../ui/FormFooter';
import { QueryState } from '../../ui/QueryState';

/** Proposes the household to an upcoming SIAO-bailleurs commission session. */
export function ProposeForm({ household, onDone }: { household: Household; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const sessions = useQuery({
    queryKey: ['commission', 'sessions', 'upcoming'],
    queryFn: async () => {
      const { items } = unwrap(
        await api.GET('/api/commission-sessions', { params: { query: { from: new Date().toISOString().slice(0, 10) } } }),
      );
      // A session held earlier today is past: proposals go to sessions still to come.
      const now = new Date().toISOString();
      return items.filter((session) => session.sessionAt > now);
    },
  });
  const propose = useMutation({
    mutationFn: async (id: string) =>
      unwrap(
        await api.POST('/api/commission-sessions/{id}/proposals', {
          params: { path: { id } },
          body: { householdId: household.id, householdVersion: household.version },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['households'] });
      await queryClient.invalidateQueries({ queryKey: ['commission'] });
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'STALE_VERSION')
        void queryClient.invalidateQueries({ queryKey: ['households', household.id] });
      setFailure(describeError(error));
    },
  });

  return (
    <form onSubmit={(event) => (event.preventDefault(), sessionId && propose.mutate(sessionId))}>
      <Stack>
        <QueryState isPending={sessions.isPending} error={sessions.error} />
        {sessions.data?.length === 0 && (
          <Text size="sm">Aucune séance à venir : le secrétariat de la commission doit d’abord en programmer une.</Text>
        )}
        {sessions.data && sessions.data.length > 0 && (
          <Select
            label="Séance de la commission"
            data={sessions.data.map((s) => ({
              value: s.id,
              label: `${formatDateTime(s.sessionAt)} · ${s.proposalCount} ménage(s) à l’ordre du jour`,
            }))}
            value={sessionId}
            onChange={setSessionId}
            required
          />
        )}
        <FormFooter failure={failure} onCancel={onDone} loading={propose.isPending} submitLabel="Proposer" disabled={!sessionId} />
      </Stack>
    </form>
  );
}
