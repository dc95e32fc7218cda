import { Alert, Card, MultiSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { IndicatorReport, Territory } from '../../api/types';
import { QueryState } from '../../ui/QueryState';
import { formatValue, unitLabel, valueUnit } from './format';
import { PeriodPicker } from './PeriodPicker';
import { describeRange, initialChoice, rangeOf } from './periods';
import { fetchIndicators, INDICATORS_STALE_MS } from './queries';

/** Side by side, a few at a time: each territory is one request (the API adds territories up otherwise). */
const MAX_TERRITORIES = 4;

/** The State officer's view: the same indicators for several territories side by side. Counts only, never a name. */
export default function TerritoriesPage() {
  const territories = useQuery({
    queryKey: ['territories'],
    queryFn: async () => unwrap(await api.GET('/api/territories')),
    staleTime: 60 * 60_000,
  });
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [choice, setChoice] = useState(initialChoice);
  const range = rangeOf(choice);
  const selected = chosen ?? (territories.data ?? []).slice(0, 2).map((t) => t.id);
  const reports = useQueries({
    queries: selected.map((territoryId) => ({
      queryKey: ['indicators', range, territoryId],
      queryFn: () => fetchIndicators({ ...range!, granularity: 'range' as const, territoryIds: [territoryId] }),
      enabled: range !== null,
      staleTime: INDICATORS_STALE_MS,
    })),
  });
  const failed = reports.find((r) => r.error);
  const columns = selected.map((id, i) => ({
    territory: territories.data?.find((t) => t.id === id),
    report: reports[i]?.data,
  }));

  return (
    <Stack>
      <Title order={2}>Indicateurs par territoire</Title>
      <Text c="dimmed">Les mêmes indicateurs pour plusieurs territoires côte à côte : des nombres, jamais de nom.</Text>
      <QueryState isPending={territories.isPending} error={territories.error} retry={() => void territories.refetch()} />
      {territories.data && (
        <Card withBorder>
          <Stack gap="sm">
            <MultiSelect
              label={`Territoires (${MAX_TERRITORIES} au plus)`}
              data={territories.data.map((t) => ({ value: t.id, label: t.name }))}
              value={selected}
              onChange={setChosen}
              maxValues={MAX_TERRITORIES}
              maw={720}
            />
            <PeriodPicker value={choice} onChange={setChoice} />
          </Stack>
        </Card>
      )}
      {!range && <Text>Choisissez une date de début et une date de fin.</Text>}
      {selected.length === 0 && territories.data && <Alert>Choisissez au moins un territoire.</Alert>}
      <QueryState
        isPending={range !== null && reports.some((r) => r.isPending)}
        error={failed?.error ?? null}
        retry={() => void failed?.refetch()}
      />
      {range && columns.length > 0 && columns.every((c) => c.report) && (
        <SideBySide
          title={`Résultats : ${describeRange(range)}`}
          columns={columns as Array<{ territory?: Territory; report: IndicatorReport }>}
        />
      )}
    </Stack>
  );
}

function SideBySide({ title, columns }: { title: string; columns: Array<{ territory?: Territory; report: IndicatorReport }> }) {
  const indicators = columns[0].report.indicators;
  return (
    <section aria-labelledby="side-by-side">
      <Title order={3} size="h4" id="side-by-side" mb="xs">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={130 + 110 * columns.length}>
        <Table striped verticalSpacing="xs" data-testid="territories-indicators">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Indicateur</Table.Th>
              {columns.map(({ territory, report }) => (
                <Table.Th key={report.territoryIds[0]} scope="col" ta="right">
                  {territory?.name ?? 'Territoire'}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicators.map((indicator) => (
              <Table.Tr key={indicator.code}>
                <Table.Th scope="row" fw={600}>
                  {indicator.label}
                  {unitLabel(valueUnit(indicator)) && (
                    <Text size="xs" c="dimmed" fw={400}>
                      en {unitLabel(valueUnit(indicator))}
                    </Text>
                  )}
                </Table.Th>
                {columns.map(({ report }) => (
                  <Table.Td key={report.territoryIds[0]} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatValue(report.indicators.find((i) => i.code === indicator.code)?.periods[0]?.value, valueUnit(indicator))}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
