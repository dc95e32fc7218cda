import { assertEveryJobHandled } from './job-handlers';

describe('assertEveryJobHandled', () => {
  const jobs = ['audit.purge', 'reminders.digest', 'indicators.project'];

  it('passes when each job has exactly one handler', () => {
    const handlers = [
      { name: 'MaintenanceProcessor', jobs: ['audit.purge', 'reminders.digest'] },
      { name: 'IndicatorsProcessor', jobs: ['indicators.project'] },
    ];
    expect(() => assertEveryJobHandled(jobs, handlers)).not.toThrow();
  });

  it('stops the start-up naming a job without a handler, or with two', () => {
    expect(() => assertEveryJobHandled(jobs, [{ name: 'Partial', jobs: ['audit.purge', 'indicators.project'] }])).toThrow(
      'Jobs: job "reminders.digest" has no handler',
    );
    const twice = [
      { name: 'First', jobs },
      { name: 'Second', jobs: ['indicators.project'] },
    ];
    expect(() => assertEveryJobHandled(jobs, twice)).toThrow('job "indicators.project" has several handlers (First, Second)');
  });
});
