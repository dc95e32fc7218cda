import { Group, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { axisTop } from './chart-scale';

export interface ChartSeries {
  name: string;
  values: Array<number | null>;
  /** The second series is dashed and grey: told apart without colour. */
  dashed?: boolean;
}

interface Props {
  title: string;
  /** Short labels under the axis (`janv.`), and the full ones in the table (`janvier 2025`). */
  labels: string[];
  fullLabels: string[];
  series: ChartSeries[];
  format: (value: number | null) => string;
}

const W = 480;
const H = 220;
const PAD = { left: 52, right: 10, top: 12, bottom: 26 };
const compact = new Intl.NumberFormat('fr-FR', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * A small line chart of our own (no chart library: a few hundred bytes of SVG). Screen readers get
 * its title and a summary; everyone can open the same figures as a table.
 */
export function LineChart({ title, labels, fullLabels, series, format }: Props) {
  const id = useId();
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const top = axisTop(Math.max(0, ...values));
  const x = (i: number) => PAD.left + (W - PAD.left - PAD.right) * (labels.length === 1 ? 0.5 : i / (labels.length - 1));
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / top);
  const ticks = [0, 1, 2, 3, 4].map((i) => (top / 4) * i);
  const summary = series
    .map((s) => {
      const known = s.values.map((v, i) => [v, i] as const).filter(([v]) => v !== null) as Array<[number, number]>;
      if (known.length === 0) return `${s.name} : aucune donnée`;
      const [high, at] = known.reduce((best, item) => (item[0] > best[0] ? item : best));
      return `${s.name} : au plus haut ${format(high)} (${fullLabels[at]}), ${format(known.at(-1)![0])} en ${fullLabels[known.at(-1)![1]]}`;
    })
    .join(' ; ');

  return (
    <figure className="chart">
      <Text component="figcaption" fw={600} size="sm" id={`${id}-title`}>
        {title}
      </Text>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="chart-text">
              {compact.format(tick)}
            </text>
          </g>
        ))}
        {labels.map((label, i) => (
          <text key={i} x={x(i)} y={H - 8} textAnchor="middle" className="chart-text">
            {label}
          </text>
        ))}
        {series.map((s) => (
          <g key={s.name} className={s.dashed ? 'chart-series chart-series-second' : 'chart-series'}>
            <path d={pathOf(s.values, x, y)} fill="none" strokeWidth={2.5} strokeDasharray={s.dashed ? '6 4' : undefined} />
            {s.values.map((v, i) => v !== null && <circle key={i} cx={x(i)} cy={y(v)} r={3.5} />)}
          </g>
        ))}
      </svg>
      {series.length > 1 && (
        <Group gap="md" aria-hidden="true">
          {series.map((s) => (
            <Group key={s.name} gap={6} className={s.dashed ? 'chart-series chart-series-second' : 'chart-series'}>
              <svg width="28" height="10">
                <line x1="0" x2="28" y1="5" y2="5" strokeWidth={2.5} strokeDasharray={s.dashed ? '6 4' : undefined} />
              </svg>
              <Text size="xs">{s.name}</Text>
            </Group>
          ))}
        </Group>
      )}
      <details>
        <summary>
          <Text component="span" size="sm">
            Voir les valeurs en tableau
          </Text>
        </summary>
        <Table.ScrollContainer minWidth={260}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Mois</Table.Th>
                {series.map((s) => (
                  <Table.Th key={s.name} scope="col">
                    {s.name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fullLabels.map((label, i) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row" fw={400}>
                    {label}
                  </Table.Th>
                  {series.map((s) => (
                    <Table.Td key={s.name}>{format(s.values[i] ?? null)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </details>
    </figure>
  );
}

/** The line through the known points; a month without data breaks it. */
function pathOf(values: Array<number | null>, x: (i: number) => number, y: (v: number) => number): string {
  let path = '';
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    drawing = true;
  });
  return path;
}
