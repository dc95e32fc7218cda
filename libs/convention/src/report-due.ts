/**
 * The execution report of a year is voted by the council and sent to the prefect by 31 March of
 * the next year (article 2.3.2). During March, `today` (a civil date) names the report due.
 */
export function reportDueOn(today: string): { year: number; dueOn: string } | null {
  const [year, month] = today.split('-').map(Number);
  return month === 3 ? { year: year - 1, dueOn: `${year}-03-31` } : null;
}
