import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';

interface Props {
  label: string;
  /** INSEE code. */
  value?: string | null;
  /** Name of the commune already chosen (shown before any search). */
  valueName?: string | null;
  onChange: (code: string | null) => void;
  error?: React.ReactNode;
  required?: boolean;
  size?: 'sm' | 'md' | 'lg';
}

/** A commune of the INSEE reference, found by the start of its name or its postal code. */
export function CommuneSelect({ label, value, valueName, onChange, error, required, size }: Props) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(value && valueName ? { value, label: valueName } : null);
  const found = useQuery({
    queryKey: ['communes', q],
    queryFn: async () => unwrap(await api.GET('/api/communes', { params: { query: { q } } })),
    enabled: q.length >= 2,
    staleTime: Infinity,
  });
  const data = [
    ...(chosen ? [chosen] : []),
    ...(found.data ?? []).map((c) => ({ value: c.code, label: `${c.name} (${c.departement})` })),
  ].filter((option, index, all) => all.findIndex((o) => o.value === option.value) === index);
  return (
    <Select
      label={label}
      placeholder="Nom ou code postal"
      searchable
      clearable
      required={required}
      size={size}
      error={error}
      data={data}
      value={value ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      onChange={(code) => {
        setChosen(data.find((o) => o.value === code) ?? null);
        onChange(code);
      }}
      nothingFoundMessage={q.length >= 2 && !found.isPending ? 'Aucune commune de ce nom' : undefined}
    />
  );
}
