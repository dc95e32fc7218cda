import { ActionIcon, Alert, Anchor, Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { describeError } from '../../api/errors';
import type { components } from '../../api/schema';
import type { CreatedHousehold } from '../../api/types';
import { CommuneSelect } from '../../ui/CommuneSelect';
import { localDateTime, showFieldErrors } from '../../ui/forms';
import { ENTRY_CHANNEL, LIVING_SITUATION, options, PERSON_ROLE, SEX } from '../../ui/labels';

type NewHousehold = components['schemas']['CreateHouseholdDto'];
type PersonInput = components['schemas']['PersonInputDto'];
interface NewHouseholdValues {
  entryChannel: string;
  livingSituation: string;
  commune: string | null;
  consent: boolean;
  consentOn: string;
  persons: Array<{ firstName: string; lastName: string; alias: string; birthDate: string; sex: string; role: string }>;
}

const emptyPerson = (role: string) => ({ firstName: '', lastName: '', alias: '', birthDate: '', sex: 'unknown', role });

export default function NewHouseholdPage() {
  const [params] = useSearchParams();
  const encounterId = params.get('encounter') ?? undefined;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedHousehold | null>(null);
  // One key per form: a double click or a retry after a lost answer opens one file, not two.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<NewHouseholdValues>({
    initialValues: {
      entryChannel: encounterId ? 'maraude' : '',
      livingSituation: encounterId ? 'street' : '',
      commune: null,
      consent: Boolean(encounterId),
      consentOn: localDateTime().slice(0, 10),
      persons: [emptyPerson('reference')],
    },
  });

  const create = useMutation({
    mutationFn: async (v: NewHouseholdValues) => {
      const persons: PersonInput[] = v.persons.map((p) => ({
        firstName: p.firstName.trim() || undefined,
        lastName: p.lastName.trim() || undefined,
        alias: p.alias.trim() || undefined,
        birthDate: p.birthDate || undefined,
        sex: p.sex as PersonInput['sex'],
        role: p.role as PersonInput['role'],
      }));
      return unwrap(
        await api.POST('/api/households', {
          body: {
            entryChannel: v.entryChannel as NewHousehold['entryChannel'],
            livingSituation: v.livingSituation as NewHousehold['livingSituation'],
            commune: v.commune ?? undefined,
            consentDate: v.consent ? v.consentOn : undefined,
            encounterId,
            persons,
          },
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      );
    },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['households'] });
      if (result.possibleDuplicates.length > 0) setCreated(result);
      else await navigate(`/households/${result.household.id}`);
    },
    onError: (error) => {
      showFieldErrors(form, error);
      setFailure(describeError(error));
    },
  });

  if (created) {
    return (
      <Stack maw={720}>
        <Title order={2}>Dossier {created.household.reference} ouvert</Title>
        <Alert color="orange" title="Doublons possibles" role="alert">
          <Text size="sm">
            Des personnes de même nom et date de naissance figurent déjà dans ces dossiers : vérifiez qu’il ne s’agit pas du même ménage.
          </Text>
          <ul>
            {created.possibleDuplicates.map((d) => (
              <li key={d.reference}>
                {d.householdId ? (
                  <Anchor component={Link} to={`/households/${d.householdId}`}>
                    {d.reference}
                  </Anchor>
                ) : (
                  `${d.reference} (dossier d’une autre organisation)`
                )}
              </li>
            ))}
          </ul>
        </Alert>
        <Button component={Link} to={`/households/${created.household.id}`} w="fit-content">
          Ouvrir le dossier créé
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={form.onSubmit((values) => (setFailure(null), create.mutate(values)))}>
      <Stack maw={820}>
        <Title order={2}>Ouvrir un dossier</Title>
        {encounterId && <Text c="dimmed">Dossier ouvert depuis une rencontre de maraude.</Text>}
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Entrée dans le parcours" data={options(ENTRY_CHANNEL)} required {...form.getInputProps('entryChannel')} />
            <Select label="Situation de logement" data={options(LIVING_SITUATION)} required {...form.getInputProps('livingSituation')} />
            <CommuneSelect label="Commune" {...form.getInputProps('commune')} />
          </SimpleGrid>
          <Checkbox mt="md" label="La personne accepte d’être accompagnée" {...form.getInputProps('consent', { type: 'checkbox' })} />
          {form.values.consent && (
            <TextInput
              mt="xs"
              label="Date de l’accord"
              type="date"
              maw={280}
              {...form.getInputProps('consentOn')}
              error={form.errors.consentDate}
            />
          )}
        </Card>
        <Title order={3} size="h4">
          Personnes du ménage
        </Title>
        {form.values.persons.map((_, index) => (
          <Card withBorder key={index} aria-label={`Personne ${index + 1}`}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="Prénom" {...form.getInputProps(`persons.${index}.firstName`)} />
              <TextInput label="Nom" {...form.getInputProps(`persons.${index}.lastName`)} />
              <TextInput label="Surnom (sans nom donné)" {...form.getInputProps(`persons.${index}.alias`)} />
              <TextInput label="Date de naissance" type="date" {...form.getInputProps(`persons.${index}.birthDate`)} />
              <Select label="Sexe" data={options(SEX)} {...form.getInputProps(`persons.${index}.sex`)} />
              <Select label="Place dans le ménage" data={options(PERSON_ROLE)} {...form.getInputProps(`persons.${index}.role`)} />
            </SimpleGrid>
            {index > 0 && (
              <Group justify="flex-end" mt="xs">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => form.removeListItem('persons', index)}
                  aria-label={`Retirer la personne ${index + 1}`}
                >
                  ✕
                </ActionIcon>
              </Group>
            )}
          </Card>
        ))}
        {typeof form.errors.persons === 'string' && <Text c="red">{form.errors.persons}</Text>}
        <Button variant="default" onClick={() => form.insertListItem('persons', emptyPerson('other_adult'))} w="fit-content">
          Ajouter une personne
        </Button>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            Ouvrir le dossier
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
