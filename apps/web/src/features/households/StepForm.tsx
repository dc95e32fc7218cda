import { Alert, MultiSelect, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError, describeError } from '../../api/errors';
import type { components } from '../../api/schema';
import type { Household } from '../../api/types';
import { CommuneSelect } from '../../ui/CommuneSelect';
import { FormFooter } from '../../ui/FormFooter';
import { instant, localDateTime, showFieldErrors } from '../../ui/forms';
import {
  CLOSE_REASON,
  formatDate,
  INTENSITY,
  LEASE_TYPE,
  LIVING_SITUATION,
  NEED,
  options,
  ORIENTATION,
  resourceOptions,
} from '../../ui/labels';
import { PRIORITY_WARNING, reproposalNote, useRefusalReasons } from '../commission/refusal-reasons';

/** The steps recorded from the household file (the commission's are recorded from its session). */
export const FILE_STEPS = [
  'consent.recorded',
  'evaluation.completed',
  'allocation.condition_met',
  'allocation.condition_failed',
  'offer.accepted',
  'offer.declined',
  'lease.signed',
  'housing.entered',
  'followup.visited',
  'bail_glissant.reviewed',
  'lease.slid',
  'household.closed',
  'household.reopened',
] as const;
export type FileStep = (typeof FILE_STEPS)[number];

type Evaluation = components['schemas']['EvaluationDto'];
type Lease = components['schemas']['LeaseDto'];

/** A select left empty is '' until the worker chooses; the API names it if sent so. */
interface StepValues {
  occurredAt: string;
  livingSituation: Evaluation['livingSituation'];
  resources: Evaluation['resources'];
  needs: Evaluation['needs'];
  debtsEuros: number | string;
  orientation: Evaluation['orientation'] | '';
  intensity: Evaluation['intensity'] | '';
  landlord: string;
  commune: string | null;
  leaseType: Lease['leaseType'] | '';
  reason: components['schemas']['CloseDto']['reason'] | '';
  declineReason: string | null;
  reviewPeriodMonths: number | string;
}

async function send(step: FileStep, id: string, version: number, v: StepValues, openedAt: string): Promise<unknown> {
  const base = { version, occurredAt: instant(v.occurredAt, openedAt) };
  const path = { params: { path: { id } } };
  switch (step) {
    case 'consent.recorded':
      return unwrap(await api.POST('/api/households/{id}/consent', { ...path, body: base }));
    case 'evaluation.completed':
      return unwrap(
        await api.POST('/api/households/{id}/evaluations', {
          ...path,
          body: {
            ...base,
            livingSituation: v.livingSituation,
            resources: v.resources,
            needs: v.needs,
            debtsCents: Math.round(Number(v.debtsEuros || 0) * 100),
            orientation: v.orientation as Evaluation['orientation'],
            intensity: v.intensity as Evaluation['intensity'],
          },
        }),
      );
    case 'allocation.condition_met':
    case 'allocation.condition_failed':
      return unwrap(
        await api.POST('/api/households/{id}/allocation-condition', {
          ...path,
          body: { ...base, outcome: step === 'allocation.condition_met' ? 'document_received' : 'condition_failed' },
        }),
      );
    case 'offer.accepted':
      return unwrap(await api.POST('/api/households/{id}/offer-accepted', { ...path, body: base }));
    case 'offer.declined':
      return unwrap(await api.POST('/api/households/{id}/offer-declined', { ...path, body: { ...base, reason: v.declineReason ?? '' } }));
    case 'lease.signed':
      return unwrap(
        await api.POST('/api/households/{id}/lease', {
          ...path,
          body: {
            ...base,
            landlord: v.landlord,
            commune: v.commune ?? '',
            leaseType: v.leaseType as Lease['leaseType'],
            // Empty: the agreement's default period (6 months).
            reviewPeriodMonths: v.leaseType === 'bail_glissant' && v.reviewPeriodMonths !== '' ? Number(v.reviewPeriodMonths) : undefined,
          },
        }),
      );
    case 'housing.entered':
      return unwrap(await api.POST('/api/households/{id}/housing-entry', { ...path, body: base }));
    case 'followup.visited':
      return unwrap(await api.POST('/api/households/{id}/visits', { ...path, body: base }));
    case 'bail_glissant.reviewed':
      return unwrap(await api.POST('/api/households/{id}/bail-glissant-reviews', { ...path, body: base }));
    case 'lease.slid':
      return unwrap(await api.POST('/api/households/{id}/lease-slide', { ...path, body: base }));
    case 'household.closed':
      return unwrap(
        await api.POST('/api/households/{id}/close', {
          ...path,
          body: { ...base, reason: v.reason as components['schemas']['CloseDto']['reason'] },
        }),
      );
    case 'household.reopened':
      return unwrap(await api.POST('/api/households/{id}/reopen', { ...path, body: base }));
  }
}

/** One step of the pathway as a form: the date it happened, and what that step needs. */
export function StepForm({ step, household, onDone }: { step: FileStep; household: Household; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<StepValues>({
    initialValues: {
      occurredAt: localDateTime(),
      livingSituation: household.livingSituation,
      resources: household.resources,
      needs: household.needs,
      debtsEuros: 0,
      orientation: '',
      intensity: '',
      landlord: '',
      commune: household.commune,
      leaseType: '',
      reason: '',
      declineReason: null,
      reviewPeriodMonths: '',
    },
  });
  const householdReasons = useRefusalReasons('household');
  const declineReason = householdReasons.data?.find((r) => r.code === form.values.declineReason);
  const mutation = useMutation({
    mutationFn: (values: StepValues) => send(step, household.id, household.version, values, form.getInitialValues().occurredAt),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['households'] });
      onDone();
    },
    onError: (error) => {
      // The file changed meanwhile: fetch it again; what was typed stays in the form, ready to send.
      if (error instanceof ApiError && error.code === 'STALE_VERSION')
        void queryClient.invalidateQueries({ queryKey: ['households', household.id] });
      showFieldErrors(form, error);
      setFailure(describeError(error));
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => (setFailure(null), mutation.mutate(values)))}>
      <Stack>
        <TextInput label="Date et heure" type="datetime-local" required {...form.getInputProps('occurredAt')} />
        {step === 'evaluation.completed' && (
          <>
            <Select label="Situation de logement" data={options(LIVING_SITUATION)} required {...form.getInputProps('livingSituation')} />
            <MultiSelect label="Ressources" data={resourceOptions(form.values.resources)} {...form.getInputProps('resources')} />
            <MultiSelect label="Besoins d’accompagnement" data={options(NEED)} {...form.getInputProps('needs')} />
            <NumberInput label="Dettes (euros)" min={0} decimalScale={2} {...form.getInputProps('debtsEuros')} />
            <Select label="Orientation" data={options(ORIENTATION)} required {...form.getInputProps('orientation')} />
            <Select label="Intensité de l’accompagnement" data={options(INTENSITY)} required {...form.getInputProps('intensity')} />
          </>
        )}
        {step === 'lease.signed' && (
          <>
            <Select label="Type de bail" data={options(LEASE_TYPE)} required {...form.getInputProps('leaseType')} />
            <TextInput label="Bailleur" required {...form.getInputProps('landlord')} />
            <CommuneSelect label="Commune du logement" required valueName={household.communeName} {...form.getInputProps('commune')} />
            {form.values.leaseType === 'bail_glissant' && (
              <NumberInput
                label="Période d’examen de la convention tripartite (mois)"
                description="Vide : 6 mois. Le bailleur informe le préfet deux mois avant chaque échéance (CCH L442-8-3)."
                min={1}
                max={36}
                allowDecimal={false}
                {...form.getInputProps('reviewPeriodMonths')}
              />
            )}
          </>
        )}
        {(step === 'offer.accepted' || step === 'offer.declined') && household.offerAnswerDueOn && (
          <Text size="sm">Réponse attendue au plus tard le {formatDate(household.offerAnswerDueOn)}.</Text>
        )}
        {step === 'offer.declined' && (
          <>
            <Select
              label="Motif du refus du ménage"
              data={(householdReasons.data ?? []).map((r) => ({ value: r.code, label: r.label }))}
              required
              {...form.getInputProps('declineReason')}
            />
            {declineReason && (
              <Text size="sm" c="dimmed">
                {reproposalNote(declineReason)}
              </Text>
            )}
            {declineReason?.affectsPriority && (
              <Alert color="orange" data-testid="priority-warning">
                {PRIORITY_WARNING}
              </Alert>
            )}
          </>
        )}
        {step.startsWith('allocation.condition_') && household.allocationConditionDueOn && (
          <Text size="sm">
            Pièce manquante à fournir au plus tard le {formatDate(household.allocationConditionDueOn)}
            {step === 'allocation.condition_failed' && ' : l’échec ne s’enregistre qu’une fois ce délai passé, et met fin à l’attribution'}.
          </Text>
        )}
        {step === 'household.closed' && (
          <Select label="Motif de clôture" data={options(CLOSE_REASON)} required {...form.getInputProps('reason')} />
        )}
        <FormFooter failure={failure} onCancel={onDone} loading={mutation.isPending} />
      </Stack>
    </form>
  );
}
