import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { describeError } from '../../api/errors';
import type { ExecutionReport, IndicatorResult } from '../../api/types';
import { saveFile } from '../../ui/download';
import { QueryState } from '../../ui/QueryState';
import { formatValue, valueUnit } from '../indicators/format';
import { ConventionPicker, NoConvention } from './ConventionPicker';
import { formatCents } from './money';
import { reportYear, useConventionChoice } from './useConvention';

const NOT_COLLECTED = 'non collecté dans Parcours';

/** The yearly execution report voted by the council and sent to the prefect: actions, indicators, credits; XLSX and PDF. */
export default function ExecutionReportPage() {
  const choice = useConventionChoice(reportYear);
  const id = choice.summary?.id;
  const report = useQuery({
    queryKey: ['conventions', id, 'report', choice.year],
    queryFn: async () =>
      unwrap<ExecutionReport>(
        await api.GET('/api/conventions/{id}/execution-report', {
          params: { path: { id: id! }, query: { year: choice.year!, format: 'json' } },
        }),
      ),
    enabled: id !== undefined && choice.year !== undefined,
    staleTime: 60_000,
  });

  // The report gives an indicator's unit, not its measure: a distribution's value counts files, its unit is its median's.
  const catalogue = useQuery({
    queryKey: ['indicators', 'catalogue'],
    queryFn: async () => unwrap<{ indicators: Measured[] }>(await api.GET('/api/indicators/catalogue')).indicators,
    staleTime: 60 * 60_000,
  });

  return (
    <Stack>
      <Title order={2}>Rapport d’exécution</Title>
      <QueryState
        isPending={choice.conventions.isPending}
        error={choice.conventions.error}
        retry={() => void choice.conventions.refetch()}
      />
      {choice.conventions.data?.length === 0 && <NoConvention />}
      {choice.summary && (
        <Group align="flex-end" justify="space-between" wrap="wrap">
          <ConventionPicker choice={choice} />
          {id && choice.year && <Downloads conventionId={id} year={choice.year} />}
        </Group>
      )}
      <QueryState
        isPending={(report.isPending && id !== undefined) || catalogue.isPending}
        error={report.error ?? catalogue.error}
        retry={() => void (report.error ? report.refetch() : catalogue.refetch())}
      />
      {report.data && catalogue.data && <Report report={report.data} catalogue={catalogue.data} />}
    </Stack>
  );
}

function Downloads({ conventionId, year }: { conventionId: string; year: number }) {
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null);
  const download = async (format: 'xlsx' | 'pdf') => {
    setBusy(format);
    try {
      const file = unwrap<Blob>(
        await api.GET('/api/conventions/{id}/execution-report', {
          params: { path: { id: conventionId }, query: { year, format } },
          parseAs: 'blob',
        }),
      );
      saveFile(file, `rapport-execution-${year}.${format}`);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Téléchargement impossible', message: describeError(error) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs">
      <Button variant="default" onClick={() => void download('xlsx')} loading={busy === 'xlsx'}>
        Télécharger en Excel
      </Button>
      <Button variant="default" onClick={() => void download('pdf')} loading={busy === 'pdf'}>
        Télécharger en PDF
      </Button>
    </Group>
  );
}

type Measured = Pick<IndicatorResult, 'code' | 'measure' | 'unit'>;

function Report({ report, catalogue }: { report: ExecutionReport; catalogue: Measured[] }) {
  const { year } = report;
  const unitOf = (code: string | null, unit: string | null) => {
    const measure = catalogue.find((i) => i.code === code)?.measure;
    return measure ? valueUnit({ measure, unit: unit ?? '' }) : (unit ?? '');
  };
  return (
    <Stack>
      <div>
        <Text fw={600}>{report.conventionTitle}</Text>
        <Text c="dimmed">
          {report.yearLabel} : {report.actions.length} actions.
        </Text>
      </div>
      {report.actions.map((action) => (
        <Card
          withBorder
          key={action.actionId}
          component="section"
          aria-labelledby={`action-${action.actionId}`}
          data-testid="report-action"
        >
          <Stack gap="xs">
            <Title order={3} size="h5" id={`action-${action.actionId}`}>
              Action {action.number} : {action.title}
            </Title>
            <Text size="sm" c="dimmed">
              {action.statusLabel} · porteur : {action.carrier} · {action.category}
            </Text>
            {action.deliverables && (
              <Text size="sm">
                <strong>Livrables :</strong> {action.deliverables}
              </Text>
            )}
            {action.indicators.length > 0 && (
              <Table.ScrollContainer minWidth={420}>
                <Table striped verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Indicateur</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {year}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {year - 1}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {action.indicators.map((indicator) => (
                      <Table.Tr key={indicator.code ?? indicator.label}>
                        <Table.Th scope="row" fw={400}>
                          {indicator.label}
                          {indicator.carrierOnly && (
                            <Text size="xs" c="dimmed">
                              chiffres du porteur seul
                            </Text>
                          )}
                        </Table.Th>
                        {indicator.collected ? (
                          <>
                            <Table.Td ta="right">{formatValue(indicator.value, unitOf(indicator.code, indicator.unit))}</Table.Td>
                            <Table.Td ta="right">
                              {formatValue(indicator.previousYearValue, unitOf(indicator.code, indicator.unit))}
                            </Table.Td>
                          </>
                        ) : (
                          <Table.Td colSpan={2} ta="right">
                            <Text size="sm" c="dimmed" fs="italic" component="span">
                              {NOT_COLLECTED}
                            </Text>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </Card>
      ))}
      <CreditsTable report={report} />
    </Stack>
  );
}

/** Annexe 2's table of actions and credits used, with the year's totals and the carry-over. */
function CreditsTable({ report }: { report: ExecutionReport }) {
  const { lines, totals } = report.credits;
  return (
    <section aria-labelledby="credits">
      <Title order={3} size="h4" id="credits" mb="xs">
        Tableau des actions et crédits {report.year}
      </Title>
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder verticalSpacing={4} data-testid="credits">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">N°</Table.Th>
              <Table.Th scope="col">Action</Table.Th>
              <Table.Th scope="col">Statut</Table.Th>
              <Table.Th scope="col" ta="right">
                Convenu
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Taux État
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Part État
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Reste à charge
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Engagé
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Part État engagée
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.actionId}>
                <Table.Td>{line.number}</Table.Td>
                <Table.Th scope="row" fw={400}>
                  {line.title}
                </Table.Th>
                <Table.Td>{line.statusLabel}</Table.Td>
                <Money cents={line.agreedCents} />
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {line.stateRatePercent} %
                </Table.Td>
                <Money cents={line.stateShareCents} />
                <Money cents={line.remainderCents} />
                <Money cents={line.committedCents} />
                <Money cents={line.committedStateShareCents} />
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td />
              <Table.Th scope="row">Total</Table.Th>
              <Table.Td />
              <Money cents={totals.agreedCents} />
              <Table.Td />
              <Money cents={totals.stateShareCents} />
              <Money cents={totals.remainderCents} />
              <Money cents={totals.committedCents} />
              <Money cents={totals.committedStateShareCents} />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <dl className="facts" style={{ marginTop: '0.75rem' }}>
        <dt>Report de {report.year - 1}</dt>
        <dd>{formatCents(totals.carriedInCents)}</dd>
        <dt>Financement de l’État {report.year}</dt>
        <dd>{formatCents(totals.stateFundingCents)}</dd>
        <dt>Report vers {report.year + 1}</dt>
        <dd>{formatCents(totals.carriedOutCents)}</dd>
      </dl>
    </section>
  );
}

function Money({ cents }: { cents: number }) {
  return (
    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
      {formatCents(cents)}
    </Table.Td>
  );
}
