/** A processor class and the job names it handles (its static `jobs`). */
export interface JobHandler {
  readonly name: string;
  readonly jobs: readonly string[];
}

/**
 * Stops the start-up when a job name has no handler (its jobs would fail on every attempt) or
 * two: a job added to `JobName` must be handled by exactly one processor.
 */
export function assertEveryJobHandled(jobNames: readonly string[], handlers: readonly JobHandler[]): void {
  const problems: string[] = [];
  for (const job of jobNames) {
    const by = handlers.filter((h) => h.jobs.includes(job)).map((h) => h.name);
    if (by.length === 0) problems.push(`job "${job}" has no handler`);
    if (by.length > 1) problems.push(`job "${job}" has several handlers (${by.join(', ')})`);
  }
  if (problems.length > 0) throw new Error(`Jobs: ${problems.join('; ')}`);
}
