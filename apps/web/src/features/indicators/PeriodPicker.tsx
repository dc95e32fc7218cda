import { Group, NativeSelect, TextInput } from '@mantine/core';
import type { PeriodChoice, PeriodKind } from './periods';

const KINDS: Array<{ value: PeriodKind; label: string }> = [
  { value: 'month', label: 'Un mois' },
  { value: 'quarter', label: 'Un trimestre' },
  { value: 'year', label: 'Une année' },
  { value: 'custom', label: 'Dates au choix' },
];

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** The years offered: the current one and the six before (the convention's span and its predecessor's). */
function years(): string[] {
  const current = new Date().getFullYear();
  return Array.from({ length: 7 }, (_, i) => String(current - i));
}

/**
 * Month, quarter, year, a year of the convention (when there is one) or any dates: native selects,
 * quick on a phone and with the keyboard.
 */
export function PeriodPicker({
  value,
  onChange,
  conventionYears,
}: {
  value: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
  conventionYears?: number[];
}) {
  const set = (change: Partial<PeriodChoice>) => onChange({ ...value, ...change });
  const kinds = conventionYears?.length
    ? [...KINDS.slice(0, 3), { value: 'convention' as const, label: 'Une année de la convention' }, KINDS[3]]
    : KINDS;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <NativeSelect
        label="Période"
        data={kinds}
        value={value.kind}
        onChange={(event) => {
          const kind = event.currentTarget.value as PeriodKind;
          // A year of the convention is one of its years.
          const year =
            kind === 'convention' && !conventionYears?.includes(value.year) ? (conventionYears?.at(-1) ?? value.year) : value.year;
          set({ kind, year });
        }}
      />
      {value.kind === 'month' && (
        <NativeSelect
          label="Mois"
          data={MONTHS.map((label, i) => ({ value: String(i + 1), label }))}
          value={String(value.month)}
          onChange={(event) => {
            const month = Number(event.currentTarget.value);
            set({ month, quarter: Math.ceil(month / 3) });
          }}
        />
      )}
      {value.kind === 'quarter' && (
        <NativeSelect
          label="Trimestre"
          data={['1er trimestre', '2e trimestre', '3e trimestre', '4e trimestre'].map((label, i) => ({ value: String(i + 1), label }))}
          value={String(value.quarter)}
          onChange={(event) => set({ quarter: Number(event.currentTarget.value) })}
        />
      )}
      {value.kind === 'convention' && conventionYears && (
        <NativeSelect
          label="Année de la convention"
          data={conventionYears.map(String)}
          value={String(value.year)}
          onChange={(event) => set({ year: Number(event.currentTarget.value) })}
        />
      )}
      {value.kind !== 'custom' && value.kind !== 'convention' && (
        <NativeSelect
          label="Année"
          data={years()}
          value={String(value.year)}
          onChange={(event) => set({ year: Number(event.currentTarget.value) })}
        />
      )}
      {value.kind === 'custom' && (
        <>
          <TextInput label="Du" type="date" value={value.from} onChange={(event) => set({ from: event.currentTarget.value })} />
          <TextInput
            label="Au"
            type="date"
            value={value.to}
            min={value.from}
            onChange={(event) => set({ to: event.currentTarget.value })}
            error={value.from && value.to && value.from > value.to ? 'La fin doit suivre le début' : undefined}
          />
        </>
      )}
    </Group>
  );
}
