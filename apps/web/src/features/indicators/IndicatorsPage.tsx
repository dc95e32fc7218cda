import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { describeError } from '../../api/errors';
import type { Breakdown, IndicatorReport, IndicatorResult } from '../../api/types';
import { saveFile } from '../../ui/download';
import { QueryState } from '../../ui/QueryState';
import { BREAKDOWN, cellLabel, formatValue, maskedText, orderedCells, unitLabel, valueUnit } from './format';
import { LineChart } from './LineChart';
import { PeriodPicker } from './PeriodPicker';
import { describeRange, initialChoice, monthLabel, rangeOf, type DateRange } from './periods';
import { fetchIndicators, INDICATORS_STALE_MS } from './queries';

/** The coordinator's counts for any period, broken down, with their trend; exports as files. Never a name. */
export default function IndicatorsPage() {
  const [choice, setChoice] = useState(initialChoice);
  const [breakdown, setBreakdown] = useState<Breakdown | ''>('');
  // The convention's years, when the territory has one (a cheap request, kept a while).
  const conventions = useQuery({
    queryKey: ['conventions'],
    queryFn: async () => unwrap(await api.GET('/api/conventions')),
    staleTime: 5 * 60_000,
  });
  const convention = [...(conventions.data ?? [])].sort((a, b) => a.startsOn.localeCompare(b.startsOn)).at(-1);
  const range = rangeOf(choice, convention && { from: convention.startsOn, to: convention.endsOn });
  const report = useQuery({
    queryKey: ['indicators', range, breakdown],
    queryFn: () => fetchIndicators({ ...range!, granularity: 'range', ...(breakdown ? { breakdown } : {}) }),
    enabled: range !== null,
    staleTime: INDICATORS_STALE_MS,
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Title order={2}>Indicateurs</Title>
      <Text c="dimmed">Des nombres de ménages et de personnes, jamais de nom. Les petits nombres sont masqués (secret statistique).</Text>
      <Card withBorder>
        <Stack gap="sm">
          <PeriodPicker value={choice} onChange={setChoice} conventionYears={convention?.years} />
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label="Ventilation"
              data={[{ value: '', label: 'Aucune (totaux)' }, ...Object.entries(BREAKDOWN).map(([value, label]) => ({ value, label }))]}
              value={breakdown}
              onChange={(event) => setBreakdown(event.currentTarget.value as Breakdown | '')}
            />
            {range && <ExportButtons range={range} breakdown={breakdown} />}
          </Group>
        </Stack>
      </Card>
      {!range && <Text>Choisissez une date de début et une date de fin.</Text>}
      <QueryState isPending={report.isPending && range !== null} error={report.error} retry={() => void report.refetch()} />
      {report.data && range && <IndicatorTable report={report.data} title={`Résultats : ${describeRange(range)}`} />}
      {range && <Trends year={Number(range.to.slice(0, 4))} until={range.to.slice(0, 7)} />}
    </Stack>
  );
}

function IndicatorTable({ report, title }: { report: IndicatorReport; title: string }) {
  const masked = maskedText(report.maskingThreshold);
  const anyMasked = report.indicators.some((i) => i.periods[0]?.cells?.some((c) => c.masked));
  return (
    <section aria-labelledby="results">
      <Title order={3} size="h4" id="results" mb="xs">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={360}>
        <Table striped verticalSpacing="xs" data-testid="indicators">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Indicateur</Table.Th>
              <Table.Th scope="col" ta="right">
                Valeur
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.indicators.map((indicator) => {
              const period = indicator.periods[0];
              return (
                <Fragment key={indicator.code}>
                  <Table.Tr>
                    <Table.Th scope="row" fw={600}>
                      {indicator.label}
                      <Text size="xs" c="dimmed" fw={400}>
                        {indicator.definition}
                      </Text>
                    </Table.Th>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatValue(period?.value, valueUnit(indicator))} {unitLabel(valueUnit(indicator), period?.value)}
                      {period?.median !== undefined && (
                        <Text size="xs" c="dimmed">
                          médiane {formatValue(period.median, indicator.unit)}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                  {orderedCells(indicator.breakdown, period?.cells ?? []).map((cell) => (
                    <Table.Tr key={cell.key}>
                      <Table.Th scope="row" fw={400} pl="xl">
                        {cellLabel(indicator.breakdown, cell)}
                      </Table.Th>
                      <Table.Td ta="right">
                        {cell.masked ? (
                          <>
                            {masked}
                            <sup aria-hidden="true">*</sup>
                            <VisuallyHidden> (masqué, voir la note sous le tableau)</VisuallyHidden>
                          </>
                        ) : (
                          formatValue(cell.value, valueUnit(indicator))
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {anyMasked && (
        <Text size="sm" mt="xs" data-testid="masking-note">
          * « {masked} » : case masquée par le secret statistique, parce qu’elle compte moins de {report.maskingThreshold + 1} ménages ou
          personnes, ou pour qu’elle ne puisse pas être déduite du total et des autres cases. Les totaux sont exacts.
        </Text>
      )}
    </section>
  );
}

function ExportButtons({ range, breakdown }: { range: DateRange; breakdown: Breakdown | '' }) {
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    try {
      const file = unwrap<Blob>(
        await api.GET('/api/indicators/export', {
          params: { query: { ...range, granularity: 'range', format, ...(breakdown ? { breakdown } : {}) } },
          parseAs: 'blob',
        }),
      );
      saveFile(file, `indicateurs-${range.from}-${range.to}.${format}`);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Export impossible', message: describeError(error) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs">
      <Button variant="default" onClick={() => void download('csv')} loading={busy === 'csv'}>
        Exporter en CSV
      </Button>
      <Button variant="default" onClick={() => void download('xlsx')} loading={busy === 'xlsx'}>
        Exporter en Excel
      </Button>
    </Group>
  );
}

const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const fullMonth = (key: string) => monthName.format(new Date(`${key}-01T00:00:00Z`));

/**
 * Month by month over the chosen period's year and the one before: one request serves both charts
 * (the twelve months up to the period's end, and this year against the last) for every indicator.
 */
function Trends({ year, until }: { year: number; until: string }) {
  const monthly = useQuery({
    queryKey: ['indicators', 'monthly', year],
    queryFn: () => fetchIndicators({ from: `${year - 1}-01-01`, to: `${year}-12-31`, granularity: 'month' }),
    staleTime: INDICATORS_STALE_MS,
  });
  const [code, setCode] = useState<string | null>(null);
  const indicators = monthly.data?.indicators ?? [];
  const indicator = indicators.find((i) => i.code === code) ?? indicators[0];
  return (
    <section aria-labelledby="trends">
      <Title order={3} size="h4" id="trends" mb="xs">
        Évolution
      </Title>
      <QueryState isPending={monthly.isPending} error={monthly.error} retry={() => void monthly.refetch()} />
      {indicator && (
        <Stack>
          <NativeSelect
            label="Indicateur"
            data={indicators.map((i) => ({ value: i.code, label: i.label }))}
            value={indicator.code}
            onChange={(event) => setCode(event.currentTarget.value)}
            maw={560}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <TrendChart indicator={indicator} until={until} />
            <YearChart indicator={indicator} year={year} />
          </SimpleGrid>
        </Stack>
      )}
      {monthly.data && indicators.length === 0 && <Alert>Aucun indicateur.</Alert>}
    </section>
  );
}

/** The months to come have no value yet (the API would say 0). */
function valueOf(indicator: IndicatorResult, month: string): number | null {
  if (month > new Date().toISOString().slice(0, 7)) return null;
  return indicator.periods.find((p) => p.period === month)?.value ?? null;
}

function monthsBefore(until: string, count: number): string[] {
  const [year, month] = until.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - count + i, 1));
    return date.toISOString().slice(0, 7);
  });
}

function TrendChart({ indicator, until }: { indicator: IndicatorResult; until: string }) {
  const months = monthsBefore(until, 12);
  return (
    <LineChart
      title={`${indicator.label} : les 12 mois jusqu’à ${fullMonth(until)}`}
      labels={months.map(monthLabel)}
      fullLabels={months.map(fullMonth)}
      series={[{ name: unitLabel(valueUnit(indicator)) || 'valeur', values: months.map((m) => valueOf(indicator, m)) }]}
      format={(value) => formatValue(value, valueUnit(indicator))}
    />
  );
}

function YearChart({ indicator, year }: { indicator: IndicatorResult; year: number }) {
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  return (
    <LineChart
      title={`${indicator.label} : ${year} comparé à ${year - 1}, mois par mois`}
      labels={months.map((m) => monthLabel(`${year}-${m}`))}
      fullLabels={months.map((m) => monthName.format(new Date(`${year}-${m}-01T00:00:00Z`)).replace(` ${year}`, ''))}
      series={[
        { name: String(year), values: months.map((m) => valueOf(indicator, `${year}-${m}`)) },
        { name: String(year - 1), values: months.map((m) => valueOf(indicator, `${year - 1}-${m}`)), dashed: true },
      ]}
      format={(value) => formatValue(value, valueUnit(indicator))}
    />
  );
}
