import { Checkbox, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError, describeError } from '../../api/errors';
import type { components } from '../../api/schema';
import type { Household, Person } from '../../api/types';
import { FormFooter } from '../../ui/FormFooter';
import { localDateTime, showFieldErrors } from '../../ui/forms';
import { options, PERSON_ARRIVAL, PERSON_DEPARTURE, PERSON_ROLE, SEX } from '../../ui/labels';
import { useSiaoLists } from './SiaoSection';

type AddPerson = components['schemas']['AddPersonDto'];
type RemovePerson = components['schemas']['RemovePersonDto'];

const today = () => localDateTime().slice(0, 10);

/** A change of the file: says what failed in French; a stale version fetches the file again, keeping what was typed. */
function useChange<V>(household: Household, send: (values: V) => Promise<unknown>, onDone: () => void) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['households'] });
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'STALE_VERSION')
        void queryClient.invalidateQueries({ queryKey: ['households', household.id] });
      setFailure(describeError(error));
    },
  });
  return { mutation, failure, setFailure };
}

interface AddValues {
  firstName: string;
  lastName: string;
  birthDate: string;
  role: AddPerson['person']['role'] | '';
  sex: NonNullable<AddPerson['person']['sex']>;
  reason: AddPerson['reason'] | '';
  occurredOn: string;
}

/** A person joins the household: a birth or an arrival, on a date. */
export function AddPersonForm({ household, onDone }: { household: Household; onDone: () => void }) {
  const form = useForm<AddValues>({
    initialValues: { firstName: '', lastName: '', birthDate: '', role: '', sex: 'unknown', reason: '', occurredOn: today() },
  });
  const { mutation, failure, setFailure } = useChange(
    household,
    async (v: AddValues) =>
      unwrap(
        await api.POST('/api/households/{id}/persons', {
          params: { path: { id: household.id } },
          body: {
            version: household.version,
            person: {
              firstName: v.firstName.trim() || undefined,
              lastName: v.lastName.trim() || undefined,
              birthDate: v.birthDate || undefined,
              role: v.role as AddPerson['person']['role'],
              sex: v.sex,
            },
            occurredOn: v.occurredOn,
            reason: v.reason as AddPerson['reason'],
          },
        }),
      ),
    onDone,
  );
  const roles = Object.fromEntries(Object.entries(PERSON_ROLE).filter(([code]) => code !== 'reference'));
  return (
    <form
      onSubmit={form.onSubmit((values) => {
        setFailure(null);
        mutation.mutate(values, { onError: (error) => showFieldErrors(form, error) });
      })}
    >
      <Stack>
        <Select label="Motif" data={options(PERSON_ARRIVAL)} required {...form.getInputProps('reason')} />
        <TextInput type="date" label="Date" required max={today()} {...form.getInputProps('occurredOn')} />
        <TextInput label="Prénom" {...form.getInputProps('firstName')} error={form.errors['person.firstName'] ?? form.errors.person} />
        <TextInput label="Nom" {...form.getInputProps('lastName')} />
        <TextInput
          type="date"
          label="Date de naissance"
          max={today()}
          {...form.getInputProps('birthDate')}
          error={form.errors['person.birthDate']}
        />
        <Select label="Rôle dans le ménage" data={options(roles)} required {...form.getInputProps('role')} />
        <Select label="Sexe" data={options(SEX)} {...form.getInputProps('sex')} />
        <FormFooter failure={failure} onCancel={onDone} loading={mutation.isPending} />
      </Stack>
    </form>
  );
}

interface RemoveValues {
  reason: RemovePerson['reason'] | '';
  occurredOn: string;
}

/** A person leaves the household: a departure or a death, on a date. */
export function RemovePersonForm({
  household,
  person,
  personLabel,
  onDone,
}: {
  household: Household;
  person: Person;
  personLabel: string;
  onDone: () => void;
}) {
  const form = useForm<RemoveValues>({ initialValues: { reason: '', occurredOn: today() } });
  const { mutation, failure, setFailure } = useChange(
    household,
    async (v: RemoveValues) =>
      unwrap(
        await api.POST('/api/households/{id}/persons/{personId}/removal', {
          params: { path: { id: household.id, personId: person.id } },
          body: { version: household.version, occurredOn: v.occurredOn, reason: v.reason as RemovePerson['reason'] },
        }),
      ),
    onDone,
  );
  return (
    <form
      onSubmit={form.onSubmit((values) => {
        setFailure(null);
        mutation.mutate(values, { onError: (error) => showFieldErrors(form, error) });
      })}
    >
      <Stack>
        <Text size="sm">{personLabel} quitte le ménage.</Text>
        <Select label="Motif" data={options(PERSON_DEPARTURE)} required {...form.getInputProps('reason')} />
        <TextInput type="date" label="Date" required max={today()} {...form.getInputProps('occurredOn')} />
        <FormFooter failure={failure} onCancel={onDone} loading={mutation.isPending} />
      </Stack>
    </form>
  );
}

interface TransferValues {
  organisationId: string;
  reason: string;
  keepShared: boolean;
}

/** The referent organisation hands the file to another organisation of the territory. */
export function TransferForm({
  household,
  onDone,
  onTransferred,
}: {
  household: Household;
  onDone: () => void;
  /** Told whether my organisation lost access to the file. */
  onTransferred: (lostAccess: boolean) => void;
}) {
  const lists = useSiaoLists();
  const organisations = useQuery({
    queryKey: ['organisations'],
    queryFn: async () => unwrap(await api.GET('/api/organisations')),
    staleTime: 5 * 60_000,
  });
  const form = useForm<TransferValues>({ initialValues: { organisationId: '', reason: '', keepShared: false } });
  const { mutation, failure, setFailure } = useChange(
    household,
    async (v: TransferValues) =>
      unwrap(
        await api.POST('/api/households/{id}/transfer', {
          params: { path: { id: household.id } },
          body: { version: household.version, organisationId: v.organisationId, reason: v.reason, keepShared: v.keepShared },
        }),
      ),
    () => onTransferred(!form.values.keepShared),
  );
  const targets = (organisations.data ?? []).filter((o) => o.id !== household.organisationId).map((o) => ({ value: o.id, label: o.name }));
  return (
    <form
      onSubmit={form.onSubmit((values) => {
        setFailure(null);
        mutation.mutate(values, { onError: (error) => showFieldErrors(form, error) });
      })}
    >
      <Stack>
        <Select label="Nouvelle organisation référente" data={targets} searchable required {...form.getInputProps('organisationId')} />
        <Select
          label="Motif du transfert"
          data={(lists.data?.transferReasons ?? []).map((r) => ({ value: r.code, label: r.label }))}
          required
          {...form.getInputProps('reason')}
        />
        <Checkbox
          label="Continuer à suivre le dossier avec elle (il reste partagé avec mon organisation)"
          {...form.getInputProps('keepShared', { type: 'checkbox' })}
        />
        <Text size="sm" c="dimmed">
          Sans partage, votre organisation n’aura plus accès au dossier après le transfert.
        </Text>
        <FormFooter failure={failure} onCancel={onDone} submitLabel="Transférer" loading={mutation.isPending} />
      </Stack>
    </form>
  );
}
