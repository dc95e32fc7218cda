import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reminderRulesSchema } from './reminder-rules';

const file = JSON.parse(readFileSync(resolve(__dirname, '../../../config/reminders.json'), 'utf8'));
const firstRule = file.rules[0];
const movedRule = file.rules.find((r: { rescheduledBy?: unknown }) => r.rescheduledBy);

/** The messages start-up would print for the rules given. */
function problems(...rules: unknown[]): string[] {
  const parsed = reminderRulesSchema.safeParse({ ...file, rules });
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('reminder rules against the event registry', () => {
  it('accepts config/reminders.json', () => {
    expect(problems(...file.rules)).toEqual([]);
  });

  it('names an event type no context emits', () => {
    expect(problems({ ...firstRule, startsOn: 'evaluation.complete' })).toEqual([
      expect.stringMatching(/^rules\.0\.startsOn: no event evaluation\.complete/),
    ]);
    expect(problems({ ...firstRule, cancelledBy: ['household.close'] })).toEqual([
      expect.stringMatching(/^rules\.0\.cancelledBy\.0: no event household\.close/),
    ]);
  });

  it('names a payload field the starting or moving event does not carry', () => {
    expect(problems({ ...firstRule, when: { leasType: 'direct' } })).toEqual([
      'rules.0.startsOn: no field leasType on evaluation.completed',
    ]);
    expect(problems({ ...firstRule, from: 'sessionAt' })).toEqual(['rules.0.startsOn: no field sessionAt on evaluation.completed']);
    expect(problems({ ...movedRule, rescheduledBy: { event: 'commission.session.moved', key: 'proposalId' } })).toEqual([
      'rules.0.rescheduledBy.event: no field proposalId on commission.session.moved',
    ]);
    expect(problems({ ...firstRule, startsOn: 'arrears.stage.reached', from: 'deadline_hearing' })).toEqual([]);
  });
});
