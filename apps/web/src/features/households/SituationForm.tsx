import { Alert, Button, Checkbox, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError, describeError } from '../../api/errors';
import type { Household } from '../../api/types';
import { FormFooter } from '../../ui/FormFooter';
import { CommuneSelect } from '../../ui/CommuneSelect';
import { showFieldErrors } from '../../ui/forms';
import { LIVING_SITUATION, NEED, options, RESOURCE, resourceOptions } from '../../ui/labels';

interface SituationValues {
  livingSituation: Household['livingSituation'];
  resources: Household['resources'];
  needs: Household['needs'];
  commune: string | null;
  restricted: boolean;
}

function valuesOf(household: Household): SituationValues {
  return {
    livingSituation: household.livingSituation,
    resources: household.resources,
    needs: household.needs,
    commune: household.commune,
    restricted: household.restricted,
  };
}

/**
 * The household's situation, edited against the version read. When someone else saved first
 * (409 STALE_VERSION), the worker sees the file as it now is beside what they typed, and sends
 * their change again on the new version, or drops it.
 */
export function SituationForm({ household, canRestrict, onDone }: { household: Household; canRestrict: boolean; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [readVersion, setReadVersion] = useState(household.version);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SituationValues>({ initialValues: valuesOf(household) });

  const save = useMutation({
    // Only what the worker changed is sent: a change saved meanwhile by someone else on another field stays.
    mutationFn: async (values: SituationValues) => {
      const changed = <K extends keyof SituationValues>(key: K) => (form.isDirty(key) ? values[key] : undefined);
      return unwrap(
        await api.PATCH('/api/households/{id}', {
          params: { path: { id: household.id } },
          body: {
            version: readVersion,
            livingSituation: changed('livingSituation'),
            resources: changed('resources'),
            needs: changed('needs'),
            commune: form.isDirty('commune') ? (values.commune ?? undefined) : undefined,
            restricted: canRestrict ? changed('restricted') : undefined,
          },
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['households'] });
      onDone();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'STALE_VERSION') {
        setConflict(true);
        await queryClient.invalidateQueries({ queryKey: ['households', household.id] });
        return;
      }
      showFieldErrors(form, error);
      setFailure(describeError(error));
    },
  });

  const current = valuesOf(household);
  return (
    <form
      onSubmit={form.onSubmit((values) => {
        setFailure(null);
        save.mutate(values);
      })}
    >
      <Stack>
        {conflict && (
          <Alert color="orange" title="Ce dossier a été modifié entre-temps" role="alert" data-testid="stale-version">
            <Stack gap="xs">
              <Text size="sm">
                Quelqu’un d’autre a enregistré une modification pendant que vous saisissiez. Voici le dossier tel qu’il est maintenant ;
                votre saisie est conservée ci-dessous.
              </Text>
              <Text size="sm">
                Situation : {LIVING_SITUATION[current.livingSituation]} · Commune : {household.communeName ?? '—'} · Ressources :{' '}
                {current.resources.map((r) => RESOURCE[r]).join(', ') || '—'} · Besoins :{' '}
                {current.needs.map((n) => NEED[n]).join(', ') || '—'}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  onClick={() => {
                    setConflict(false);
                    setReadVersion(household.version);
                    save.mutate(form.getValues());
                  }}
                  disabled={household.version === readVersion}
                >
                  Enregistrer ma saisie sur la version actuelle
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    setConflict(false);
                    setReadVersion(household.version);
                    form.setInitialValues(current);
                    form.reset();
                  }}
                  disabled={household.version === readVersion}
                >
                  Abandonner ma saisie
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <Select label="Situation de logement" data={options(LIVING_SITUATION)} required {...form.getInputProps('livingSituation')} />
        <MultiSelect label="Ressources" data={resourceOptions(form.values.resources)} {...form.getInputProps('resources')} />
        <MultiSelect label="Besoins d’accompagnement" data={options(NEED)} {...form.getInputProps('needs')} />
        <CommuneSelect label="Commune" valueName={household.communeName} {...form.getInputProps('commune')} />
        {canRestrict && (
          <Checkbox
            label="Dossier restreint (noms masqués aux organisations partenaires)"
            {...form.getInputProps('restricted', { type: 'checkbox' })}
          />
        )}
        <FormFooter failure={failure} onCancel={onDone} loading={save.isPending} disabled={conflict} />
      </Stack>
    </form>
  );
}
