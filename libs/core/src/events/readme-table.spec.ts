import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOMAIN_EVENTS } from '.';

/** The README's table of outbox events, as the registry gives it. */
function expectedRows(): string[] {
  return Object.entries(DOMAIN_EVENTS).map(([type, { aggregate, payload }]) => {
    const fields = Object.entries(payload).map(([name, spec]: [string, string]) => `\`${name}\`${spec.endsWith('?') ? ' (optional)' : ''}`);
    return `| \`${type}\` | \`${aggregate}\` | ${fields.join(', ')} |`;
  });
}

/** The rows of the table under README's "Outbox events" heading, spaces of alignment removed. */
function readmeRows(): string[] {
  const readme = readFileSync(resolve(__dirname, '../../../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Outbox events'));
  const table = section.slice(section.indexOf('\n|')).split('\n\n')[0];
  return table
    .trim()
    .split('\n')
    .slice(2)
    .map((row) => row.replace(/ {2,}/g, ' ').replace(/ \|$/, ' |'));
}

describe("README's event table", () => {
  it('lists every event of the registry with its aggregate and payload fields (paste the expected rows, then prettier)', () => {
    expect(readmeRows()).toEqual(expectedRows());
  });
});
