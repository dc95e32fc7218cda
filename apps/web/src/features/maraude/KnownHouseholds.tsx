import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { householdTitle } from '../../ui/household';

interface Option {
  value: string;
  label: string;
}

/** Households already followed among the people met, found by name (needs the network). */
export function KnownHouseholds({
  value,
  onChange,
  disabled,
}: {
  value: Option[];
  onChange: (value: Option[]) => void;
  disabled: boolean;
}) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: ['households', 'search', q],
    queryFn: async () => unwrap(await api.GET('/api/households', { params: { query: { q, limit: 10 } } })).items,
    enabled: q.length >= 2 && !disabled,
  });
  // The chosen ones stay listed (their pills need a label) beside what the search found.
  const options = [...value, ...(found.data ?? []).map((h) => ({ value: h.id, label: `${householdTitle(h)} · ${h.reference}` }))].filter(
    (option, index, all) => all.findIndex((o) => o.value === option.value) === index,
  );
  return (
    <MultiSelect
      label="Personnes déjà suivies (facultatif)"
      description={disabled ? 'Disponible avec le réseau' : 'Tapez au moins deux lettres du nom'}
      size="lg"
      disabled={disabled}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: shown }) => shown}
      data={options}
      value={value.map((option) => option.value)}
      onChange={(ids) => onChange(ids.map((id) => options.find((o) => o.value === id)!))}
      nothingFoundMessage={q.length >= 2 && !found.isPending ? 'Aucun ménage de ce nom' : undefined}
    />
  );
}
