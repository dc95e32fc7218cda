import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';

/**
 * The convention and year a screen shows, kept in the address (`?convention=&year=`) so a link or a
 * reload opens the same: by default the territory's latest convention, and the year given.
 */
export function useConventionChoice(defaultYear: (years: number[]) => number | undefined) {
  const [params, setParams] = useSearchParams();
  const conventions = useQuery({
    queryKey: ['conventions'],
    queryFn: async () => unwrap(await api.GET('/api/conventions')),
    staleTime: 5 * 60_000,
  });
  const list = [...(conventions.data ?? [])].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const summary = list.find((c) => c.id === params.get('convention')) ?? list.at(-1);
  const asked = Number(params.get('year'));
  const year = summary && (summary.years.includes(asked) ? asked : defaultYear(summary.years));
  const choose = (change: { convention?: string; year?: number }) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (change.convention) next.set('convention', change.convention);
        if (change.year) next.set('year', String(change.year));
        return next;
      },
      { replace: true },
    );
  return { conventions, list, summary, year, choose };
}

/** This year when the convention has it, else its last. */
export const currentYear = (years: number[]) => (years.includes(new Date().getFullYear()) ? new Date().getFullYear() : years.at(-1));

/** The report is written early in the year for the year before (due by 31 March): that year, else the last. */
export const reportYear = (years: number[]) => {
  const last = new Date().getFullYear() - 1;
  return years.includes(last) ? last : (years.filter((y) => y < new Date().getFullYear()).at(-1) ?? years.at(-1));
};
