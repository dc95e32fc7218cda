import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOMAIN_EVENTS } from '.';

/** The README's table of outbox events, as the registry gives it. */
function expectedRows(): string[] {
  return Object.entries(DOMAIN_EVENTS).map(([type, { aggregate, payload }]) => {
    const fields = Object.entries(payload).map(([name, spec]: [string, string]) => `\`${name}\`${spec.endsWith('?') ? ' (optional)' : ''}`);
    return `| \`${type}\` | \`${aggregate}\` | ${fields.join(', ')} |`;
  });
}

const README = resolve(__dirname, '../../../../README.md');

/** The table under README's "Outbox events" heading. */
function readmeTable(): { readme: string; table: string } {
  const readme = readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf('### Outbox events'));
  return { readme, table: section.slice(section.indexOf('\n|')).split('\n\n')[0] };
}

/** The table's rows, spaces of alignment removed. */
function readmeRows(): string[] {
  return readmeTable()
    .table.trim()
    .split('\n')
    .slice(2)
    .map((row) => row.replace(/ {2,}/g, ' ').replace(/ \|$/, ' |'));
}

describe("README's event table", () => {
  it('lists every event of the registry with its aggregate and payload fields (UPDATE_README_EVENTS=1 rewrites it, then prettier)', () => {
    // eslint-disable-next-line no-restricted-properties -- a developer's switch, like jest's -u, not app configuration
    if (process.env.UPDATE_README_EVENTS) {
      const { readme, table } = readmeTable();
      const header = table.trim().split('\n').slice(0, 2);
      writeFileSync(README, readme.replace(table.trim(), [...header, ...expectedRows()].join('\n')));
    }
    expect(readmeRows()).toEqual(expectedRows());
  });
});
