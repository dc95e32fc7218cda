import { ActionIcon, Badge, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError, describeError } from '../../api/errors';
import type { Household } from '../../api/types';
import { FormFooter } from '../../ui/FormFooter';
import { showFieldErrors } from '../../ui/forms';
import { formatDate } from '../../ui/labels';

/** The SIAO's lists as configured (priority labels, support measures, transfer reasons). */
export function useSiaoLists() {
  return useQuery({
    queryKey: ['siao-lists'],
    queryFn: async () => unwrap(await api.GET('/api/siao-lists')),
    staleTime: 30 * 60_000,
  });
}

const labelOf = (list: Array<{ code: string; label: string }> | undefined, code: string) =>
  list?.find((i) => i.code === code)?.label ?? code;
const period = (from: string, to: string | null) => (to ? `du ${formatDate(from)} au ${formatDate(to)}` : `depuis le ${formatDate(from)}`);

/** The identifiers a SIAO worker lives by, the priority labels and the support measures of the file. */
export function SiaoSection({ household, canWrite }: { household: Household; canWrite: boolean }) {
  const [editing, setEditing] = useState(false);
  const lists = useSiaoLists();
  const renewalSoon =
    household.socialHousingDemandRenewalOn !== null &&
    new Date(household.socialHousingDemandRenewalOn).getTime() - Date.now() < 31 * 86_400_000;
  return (
    <Card withBorder aria-labelledby="siao-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="siao-title">
          Demande SIAO et logement social
        </Title>
        {canWrite && !editing && (
          <Button size="xs" variant="default" aria-label="Modifier la demande SIAO" onClick={() => setEditing(true)}>
            Modifier
          </Button>
        )}
      </Group>
      {editing ? (
        <SiaoForm household={household} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="xs">
          <dl className="facts">
            <Text component="dt" size="sm" c="dimmed">
              N° de demande SI-SIAO
            </Text>
            <Text component="dd" size="sm" m={0}>
              {household.siaoDemandNumber ?? '—'}
            </Text>
            <Text component="dt" size="sm" c="dimmed">
              N° unique de demande de logement social (NUR)
            </Text>
            <Text component="dd" size="sm" m={0}>
              {household.socialHousingDemandNumber ?? '—'}
            </Text>
            <Text component="dt" size="sm" c="dimmed">
              À renouveler avant le
            </Text>
            <Text component="dd" size="sm" m={0}>
              {formatDate(household.socialHousingDemandRenewalOn)}{' '}
              {renewalSoon && (
                <Badge color="orange" size="sm">
                  Renouvellement proche
                </Badge>
              )}
            </Text>
          </dl>
          <Text size="sm" fw={600}>
            Labels de priorité
          </Text>
          {household.priorityLabels.length === 0 ? (
            <Text size="sm">Aucun</Text>
          ) : (
            <ul className="plain-list">
              {household.priorityLabels.map((l) => (
                <li key={`${l.code}-${l.since}`}>
                  <Text size="sm">
                    {labelOf(lists.data?.priorityLabels, l.code)} — {period(l.since, l.until)}
                  </Text>
                </li>
              ))}
            </ul>
          )}
          <Text size="sm" fw={600}>
            Mesures d’accompagnement
          </Text>
          {household.supportMeasures.length === 0 ? (
            <Text size="sm">Aucune</Text>
          ) : (
            <ul className="plain-list">
              {household.supportMeasures.map((m) => (
                <li key={`${m.code}-${m.startOn}`}>
                  <Text size="sm">
                    {labelOf(lists.data?.supportMeasures, m.code)} — {period(m.startOn, m.endOn)}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      )}
    </Card>
  );
}

interface DatedCode {
  code: string;
  from: string;
  to: string;
}

interface SiaoValues {
  siaoDemandNumber: string;
  socialHousingDemandNumber: string;
  socialHousingDemandRenewalOn: string;
  priorityLabels: DatedCode[];
  supportMeasures: DatedCode[];
}

function SiaoForm({ household, onDone }: { household: Household; onDone: () => void }) {
  const queryClient = useQueryClient();
  const lists = useSiaoLists();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SiaoValues>({
    initialValues: {
      siaoDemandNumber: household.siaoDemandNumber ?? '',
      socialHousingDemandNumber: household.socialHousingDemandNumber ?? '',
      socialHousingDemandRenewalOn: household.socialHousingDemandRenewalOn ?? '',
      priorityLabels: household.priorityLabels.map((l) => ({ code: l.code, from: l.since, to: l.until ?? '' })),
      supportMeasures: household.supportMeasures.map((m) => ({ code: m.code, from: m.startOn, to: m.endOn ?? '' })),
    },
  });
  const save = useMutation({
    mutationFn: async (v: SiaoValues) =>
      unwrap(
        await api.PATCH('/api/households/{id}', {
          params: { path: { id: household.id } },
          body: {
            version: household.version,
            siaoDemandNumber: v.siaoDemandNumber.trim() || null,
            socialHousingDemandNumber: v.socialHousingDemandNumber.trim() || null,
            socialHousingDemandRenewalOn: v.socialHousingDemandRenewalOn || null,
            priorityLabels: v.priorityLabels.map((l) => ({ code: l.code, since: l.from, until: l.to || null })),
            supportMeasures: v.supportMeasures.map((m) => ({ code: m.code, startOn: m.from, endOn: m.to || null })),
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['households'] });
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'STALE_VERSION')
        void queryClient.invalidateQueries({ queryKey: ['households', household.id] });
      showFieldErrors(form, error);
      setFailure(describeError(error));
    },
  });

  const datedList = (
    name: 'priorityLabels' | 'supportMeasures',
    title: string,
    itemLabel: string,
    choices: Array<{ code: string; label: string }>,
    [fromLabel, toLabel]: [string, string],
  ) => (
    <fieldset className="plain-fieldset">
      <legend>
        <Text size="sm" fw={600}>
          {title}
        </Text>
      </legend>
      <Stack gap="xs">
        {form.values[name].map((_, i) => (
          <Group key={i} align="flex-end" gap="xs" wrap="wrap">
            <Select
              label={itemLabel}
              data={choices.map((c) => ({ value: c.code, label: c.label }))}
              required
              style={{ flex: '1 1 14rem' }}
              {...form.getInputProps(`${name}.${i}.code`)}
            />
            <TextInput type="date" label={fromLabel} required {...form.getInputProps(`${name}.${i}.from`)} />
            <TextInput type="date" label={toLabel} {...form.getInputProps(`${name}.${i}.to`)} />
            <ActionIcon variant="default" size="lg" aria-label={`Retirer la ligne ${i + 1}`} onClick={() => form.removeListItem(name, i)}>
              ×
            </ActionIcon>
          </Group>
        ))}
        {form.errors[name] && (
          <Text size="sm" c="red" role="alert">
            {form.errors[name]}
          </Text>
        )}
        <Button size="xs" variant="light" onClick={() => form.insertListItem(name, { code: '', from: '', to: '' })} w="fit-content">
          Ajouter
        </Button>
      </Stack>
    </fieldset>
  );

  return (
    <form onSubmit={form.onSubmit((values) => (setFailure(null), save.mutate(values)))}>
      <Stack>
        <TextInput label="N° de demande SI-SIAO" {...form.getInputProps('siaoDemandNumber')} />
        <TextInput label="N° unique de demande de logement social (NUR)" {...form.getInputProps('socialHousingDemandNumber')} />
        <TextInput
          type="date"
          label="Date limite de renouvellement de la demande"
          description="Un rappel arrive un mois avant."
          {...form.getInputProps('socialHousingDemandRenewalOn')}
        />
        {datedList('priorityLabels', 'Labels de priorité', 'Label', lists.data?.priorityLabels ?? [], ['Décision du', 'Fin le'])}
        {datedList('supportMeasures', 'Mesures d’accompagnement', 'Mesure', lists.data?.supportMeasures ?? [], ['Début', 'Fin'])}
        <FormFooter failure={failure} onCancel={onDone} loading={save.isPending} />
      </Stack>
    </form>
  );
}
