import { Alert, Group, NativeSelect } from '@mantine/core';
import type { useConventionChoice } from './useConvention';

/** Which convention (when the territory has had several) and which of its years. */
export function ConventionPicker({ choice }: { choice: ReturnType<typeof useConventionChoice> }) {
  const { list, summary, year, choose } = choice;
  if (!summary) return null;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      {list.length > 1 && (
        <NativeSelect
          label="Convention"
          data={list.map((c) => ({ value: c.id, label: c.title }))}
          value={summary.id}
          onChange={(event) => choose({ convention: event.currentTarget.value })}
        />
      )}
      <NativeSelect
        label="Année"
        data={summary.years.map(String)}
        value={String(year)}
        onChange={(event) => choose({ year: Number(event.currentTarget.value) })}
      />
    </Group>
  );
}

export function NoConvention() {
  return (
    <Alert title="Aucune convention">
      Le territoire n’a pas encore de convention enregistrée dans Parcours : importez son fichier JSON depuis l’écran Convention.
    </Alert>
  );
}
