import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp } from '../support/app';

const CONFIG = join(__dirname, '..', '..', 'config');

interface ConfigFile {
  rules: Array<{ code: string; when?: Record<string, unknown> }>;
  indicators: Array<{ code: string; events: Array<{ type: string }> }>;
}

// The event types and payload fields named in the configuration are checked against the event
// registry (libs/core/src/events) when the process starts: a misspelling would otherwise never fire.
describe('configuration checked against the event registry at start-up', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  /** A copy of config/ with one file changed, for CONFIG_DIR. */
  function configWith(name: string, change: (file: ConfigFile) => void): string {
    const folder = mkdtempSync(join(tmpdir(), 'parcours-config-'));
    folders.push(folder);
    cpSync(CONFIG, folder, { recursive: true });
    const file = JSON.parse(readFileSync(join(folder, name), 'utf8')) as ConfigFile;
    change(file);
    writeFileSync(join(folder, name), JSON.stringify(file));
    return folder;
  }

  it('a reminder rule reading a payload field its event does not carry stops the start-up, naming it', async () => {
    const folder = configWith('reminders.json', (file) => {
      file.rules.find((r) => r.code === 'bail_glissant_review_first')!.when = { leasType: 'bail_glissant' };
    });
    await expect(startTestApp('configrules', { env: { CONFIG_DIR: folder } })).rejects.toThrow(
      /reminders\.json rules\.\d+\.startsOn: no field leasType on lease\.signed/,
    );
  });

  it('an indicator fed by an event no context emits stops the start-up, naming it', async () => {
    const folder = configWith('indicators.json', (file) => {
      file.indicators.find((i) => i.code === 'households_proposed')!.events[0].type = 'commission.proposd';
    });
    await expect(startTestApp('configindicators', { env: { CONFIG_DIR: folder } })).rejects.toThrow(
      /indicators\.json indicators\.\d+\.events\.0\.type: no event commission\.proposd/,
    );
  });
});
