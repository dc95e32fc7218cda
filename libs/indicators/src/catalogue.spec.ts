import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogueSchema } from './catalogue';

const file = JSON.parse(readFileSync(resolve(__dirname, '../../../config/indicators.json'), 'utf8'));
const proposed = file.indicators.find((i: { code: string }) => i.code === 'households_proposed');

/** The messages start-up would print for this one indicator. */
function problems(indicator: unknown): string[] {
  const parsed = catalogueSchema.safeParse({ ...file, indicators: [indicator] });
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the indicator catalogue against the event registry', () => {
  it('accepts config/indicators.json', () => {
    expect(catalogueSchema.safeParse(file).error?.issues).toBeUndefined();
  });

  it('names an event type no context emits', () => {
    expect(problems({ ...proposed, events: [{ type: 'commission.proposd' }] })).toEqual([
      expect.stringMatching(/^indicators\.0\.events\.0\.type: no event commission\.proposd/),
    ]);
  });

  it('names the payload fields its event does not carry', () => {
    expect(problems({ ...proposed, events: [{ type: 'commission.proposed', when: { typo: 'T2' }, category: 'decision' }] })).toEqual([
      'indicators.0.events.0: no field typo, decision on commission.proposed',
    ]);
    expect(problems({ ...proposed, subject: { kind: 'household', field: 'fileId' } })).toEqual([
      'indicators.0.events.0: no field fileId on commission.proposed',
    ]);
    expect(problems({ ...proposed, measure: 'median', events: [{ type: 'lease.signed', value: 'daysSinceOpening' }] })).toEqual([]);
  });
});
