import { Accordion, Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError, describeError } from '../../api/errors';
import type { ConventionAction, ConventionActionYear, CreditTotals } from '../../api/types';
import { ACTION_STATUS, formatDate } from '../../ui/labels';
import { QueryState } from '../../ui/QueryState';
import { formatCents, parseEuros } from './money';
import { ExportConvention, ImportConvention } from './ConventionFile';
import { ConventionPicker, NoConvention } from './ConventionPicker';
import { currentYear, useConventionChoice } from './useConvention';

/** The territory's convention with the State: its years, its actions per year, their credits and expenses. */
export default function ConventionPage() {
  const choice = useConventionChoice(currentYear);
  const id = choice.summary?.id;
  const convention = useQuery({
    queryKey: ['conventions', id],
    queryFn: async () => unwrap(await api.GET('/api/conventions/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
  });
  const year = convention.data?.years.find((y) => y.year === choice.year);
  const lines = (convention.data?.actions ?? [])
    .map((action) => ({ action, line: action.years.find((l) => l.year === choice.year) }))
    .filter((item): item is { action: ConventionAction; line: ConventionActionYear } => item.line !== undefined);

  return (
    <Stack>
      <Title order={2}>Convention</Title>
      <QueryState
        isPending={choice.conventions.isPending}
        error={choice.conventions.error}
        retry={() => void choice.conventions.refetch()}
      />
      {choice.conventions.data?.length === 0 && (
        <>
          <NoConvention />
          <ImportConvention />
        </>
      )}
      {choice.summary && (
        <Group align="flex-end" justify="space-between" wrap="wrap">
          <ConventionPicker choice={choice} />
          <ExportConvention conventionId={choice.summary.id} conventionKey={choice.summary.key} />
        </Group>
      )}
      <QueryState isPending={convention.isPending && id !== undefined} error={convention.error} retry={() => void convention.refetch()} />
      {convention.data && year && (
        <>
          <Text fw={600}>{convention.data.title}</Text>
          <Text c="dimmed">
            Du {formatDate(convention.data.startsOn)} au {formatDate(convention.data.endsOn)}
            {convention.data.signedOn && `, signée le ${formatDate(convention.data.signedOn)}`}. {year.label} ({year.annex}
            {year.amendment && ` ; ${year.amendment}`}).{' '}
            <Link to={`/execution-report?convention=${convention.data.id}&year=${year.year}`}>Rapport d’exécution {year.year}</Link>
          </Text>
          <YearTotals year={year.year} totals={year.credits} />
          <section aria-labelledby="actions">
            <Title order={3} size="h4" id="actions" mb="xs">
              Actions en {year.year} ({lines.length})
            </Title>
            <Accordion multiple variant="separated" data-testid="actions">
              {lines.map(({ action, line }) => (
                <Accordion.Item key={action.id} value={action.id}>
                  <Accordion.Control>
                    <Text component="span" fw={600}>
                      {line.number}. {line.title ?? action.title}
                    </Text>{' '}
                    <Badge component="span" variant="light" color={line.status === 'maintained' ? 'ardoise' : 'gray'}>
                      {ACTION_STATUS[line.status] ?? line.status}
                    </Badge>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <ActionDetails conventionId={convention.data.id} action={action} line={line} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </section>
        </>
      )}
    </Stack>
  );
}

function YearTotals({ year, totals }: { year: number; totals: CreditTotals }) {
  const rows = (
    [
      ['Montant convenu', totals.agreedCents],
      ['Part de l’État', totals.stateShareCents],
      ['Reste à charge du territoire', totals.remainderCents],
      ['Dépenses engagées', totals.committedCents],
      ['Part de l’État des dépenses engagées', totals.committedStateShareCents],
      [`Report de ${year - 1}`, totals.carriedInCents],
      [`Financement de l’État pour ${year}`, totals.stateFundingCents],
      [`Report vers ${year + 1}`, totals.carriedOutCents],
    ] as const
  ).map(([label, cents]): [string, string] => [label, formatCents(cents)]);
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        Crédits {year}
      </Title>
      <Figures rows={rows} />
    </Card>
  );
}

/** Amounts as label and figure, two by two on a phone: no table to scroll sideways. */
function Figures({ rows }: { rows: Array<[string, string]> }) {
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs" component="dl" m={0}>
      {rows.map(([label, figure]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" fw={600} m={0}>
            {figure}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function ActionDetails({ conventionId, action, line }: { conventionId: string; action: ConventionAction; line: ConventionActionYear }) {
  const credits = line.credits;
  return (
    <Stack gap="sm">
      <Text size="sm">
        <strong>Porteur :</strong> {action.carrier.label} · <strong>Catégorie :</strong> {action.category}
        {line.statusNote && ` · ${line.statusNote}`}
      </Text>
      <div>
        <Text size="sm" fw={600}>
          Indicateurs
        </Text>
        {action.indicators.length === 0 ? (
          <Text size="sm" c="dimmed">
            Aucun indicateur.
          </Text>
        ) : (
          <ul className="plain-list">
            {action.indicators.map((indicator) => (
              <li key={indicator.code ?? indicator.label}>
                <Text size="sm" component="span">
                  {indicator.label}
                  {indicator.carrierOnly && ' (chiffres du porteur seul)'}
                </Text>{' '}
                {!indicator.collected && (
                  <Badge size="sm" variant="outline" color="gray">
                    non collecté dans Parcours
                  </Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <Figures
        rows={[
          ['Convenu', formatCents(credits.agreedCents)],
          ['Taux de l’État', `${credits.stateRatePercent} %`],
          ['Part de l’État', formatCents(credits.stateShareCents)],
          ['Reste à charge', formatCents(credits.remainderCents)],
          ['Engagé', formatCents(credits.committedCents)],
          ['Part de l’État engagée', formatCents(credits.committedStateShareCents)],
        ]}
      />
      <Expenses line={line} />
      <AddExpense conventionId={conventionId} action={action} year={line.year} />
    </Stack>
  );
}

function Expenses({ line }: { line: ConventionActionYear }) {
  if (line.expenses.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Aucune dépense enregistrée pour {line.year}.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped verticalSpacing={4} data-testid="expenses">
        <Table.Caption>Dépenses engagées en {line.year}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Libellé</Table.Th>
            <Table.Th scope="col" ta="right">
              Montant
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {line.expenses.map((expense) => (
            <Table.Tr key={expense.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(expense.spentOn)}</Table.Td>
              <Table.Td>{expense.label}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatCents(expense.amountCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** An expense committed: corrections are new (negative) entries, never edits, so the history stays whole. */
function AddExpense({ conventionId, action, year }: { conventionId: string; action: ConventionAction; year: number }) {
  const queryClient = useQueryClient();
  // Today, or the last day of a past year's line.
  const [spentOn, setSpentOn] = useState(() => [new Date().toISOString().slice(0, 10), `${year}-12-31`].sort()[0]);
  const [label, setLabel] = useState('');
  const [amount, setAmount] = useState('');
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: async (amountCents: number) =>
      unwrap(
        await api.POST('/api/conventions/{id}/actions/{actionId}/expenses', {
          params: { path: { id: conventionId, actionId: action.id } },
          body: { year, spentOn, label: label.trim(), amountCents },
        }),
      ),
    onSuccess: async () => {
      setLabel('');
      setAmount('');
      notifications.show({ color: 'green', message: 'Dépense enregistrée.' });
      await queryClient.invalidateQueries({ queryKey: ['conventions', conventionId] });
    },
  });
  const problems = add.error instanceof ApiError ? add.error.fieldProblems : {};
  const submit = () => {
    const cents = parseEuros(amount);
    setAmountProblem(cents === null || cents === 0 ? 'Un montant en euros, par exemple 1 250,50 (négatif pour une correction)' : null);
    if (cents !== null && cents !== 0) add.mutate(cents);
  };
  return (
    <Card
      withBorder
      component="form"
      onSubmit={(event) => (event.preventDefault(), submit())}
      aria-label={`Ajouter une dépense : ${action.title}`}
    >
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Ajouter une dépense
        </Text>
        <Text size="xs" c="dimmed">
          Une écriture ne se modifie pas : pour corriger, ajoutez une dépense négative.
        </Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label="Date"
            type="date"
            value={spentOn}
            onChange={(e) => setSpentOn(e.currentTarget.value)}
            error={problems.spentOn}
            required
          />
          <TextInput
            label="Libellé"
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            error={problems.label}
            required
            maxLength={300}
            miw={220}
            style={{ flexGrow: 1 }}
          />
          <TextInput
            label="Montant (€)"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={amountProblem ?? problems.amountCents}
            required
            w={160}
          />
        </Group>
        {add.error && !Object.keys(problems).length && (
          <Alert color="red" role="alert">
            {describeError(add.error)}
          </Alert>
        )}
        <Button type="submit" loading={add.isPending} w="fit-content">
          Enregistrer la dépense
        </Button>
      </Stack>
    </Card>
  );
}
