import { Alert, Button, FileInput, List, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError, describeError } from '../../api/errors';
import type { components } from '../../api/schema';
import { saveFile } from '../../ui/download';

type ConventionDocument = components['schemas']['ConventionDocumentDto'];

/** The convention as its JSON file: importing it again gives the same convention. */
export function ExportConvention({ conventionId, conventionKey }: { conventionId: string; conventionKey: string }) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const document = unwrap(await api.GET('/api/conventions/{id}/document', { params: { path: { id: conventionId } } }));
      saveFile(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }), `${conventionKey}.json`);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Téléchargement impossible', message: describeError(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" onClick={() => void download()} loading={busy}>
      Fichier JSON de la convention
    </Button>
  );
}

/** A convention loaded from its JSON file; a refused file names each path to correct, and nothing is written. */
export function ImportConvention() {
  const queryClient = useQueryClient();
  const [unreadable, setUnreadable] = useState(false);
  const load = useMutation({
    mutationFn: async (file: File) => {
      let body: ConventionDocument;
      try {
        body = JSON.parse(await file.text()) as ConventionDocument;
      } catch {
        setUnreadable(true);
        throw new Error('unreadable');
      }
      return unwrap(await api.POST('/api/conventions', { body }));
    },
    onMutate: () => setUnreadable(false),
    onSuccess: async (convention) => {
      notifications.show({ color: 'green', message: `Convention importée : ${convention.title}` });
      await queryClient.invalidateQueries({ queryKey: ['conventions'] });
    },
  });
  const problems = load.error instanceof ApiError ? Object.entries(load.error.fieldProblems) : [];
  return (
    <Stack gap="xs">
      <FileInput
        label="Importer le fichier JSON d’une convention"
        placeholder="Choisir un fichier"
        accept="application/json,.json"
        onChange={(file) => file && load.mutate(file)}
        disabled={load.isPending}
        maw={420}
      />
      {load.error && (
        <Alert color="red" role="alert" title="Fichier refusé : rien n’a été enregistré">
          {unreadable ? 'Ce fichier n’est pas un fichier JSON lisible.' : describeError(load.error)}
          {problems.length > 0 && (
            <List size="sm" mt="xs">
              {problems.slice(0, 20).map(([field, problem]) => (
                <List.Item key={field}>
                  {field} : {problem}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
