import { EntityManager } from 'typeorm';
import { appendToOutbox } from './outbox';

/** Records the statement instead of running it. */
function recorder(): { manager: EntityManager; calls: Array<[string, unknown[]]> } {
  const calls: Array<[string, unknown[]]> = [];
  const query = (sql: string, parameters: unknown[]) => {
    calls.push([sql, parameters]);
    return Promise.resolve([]);
  };
  const manager = { query } as unknown as EntityManager;
  return { manager, calls };
}

const base = { aggregateId: 'a', territoryId: 't', occurredAt: new Date('2026-01-01T00:00:00Z') };

describe('appendToOutbox', () => {
  it('writes every message in one statement', async () => {
    const { manager, calls } = recorder();
    await appendToOutbox(
      manager,
      {
        ...base,
        type: 'maraude.encounter.linked',
        aggregateType: 'maraude_encounter',
        payload: { encounterId: 'e', householdId: 'h', organisationId: 'o', anonymousPeopleChange: -1 },
      },
      {
        ...base,
        type: 'arrears.closed',
        aggregateType: 'arrears_file',
        payload: { fileId: 'f', organisationId: 'o', outcome: 'other', closedOn: '2026-01-01', openedOn: '2025-01-01', debtCents: null },
      },
    );
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toContain('($1, $2, $3, $4, $5, $6), ($7, $8, $9, $10, $11, $12)');
    expect(calls[0][1]).toEqual(expect.arrayContaining(['maraude.encounter.linked', 'arrears.closed', 'arrears_file']));
  });

  it('writes nothing for no message', async () => {
    const { manager, calls } = recorder();
    await appendToOutbox(manager);
    expect(calls).toHaveLength(0);
  });
});

// Checked by the type-check (`npm run typecheck`): a message the registry does not describe is refused.
export async function refused(manager: EntityManager): Promise<void> {
  // @ts-expect-error an event type no context emits
  await appendToOutbox(manager, { ...base, type: 'lease.sined', aggregateType: 'household', payload: {} });
  await appendToOutbox(manager, {
    ...base,
    type: 'maraude.encounter.linked',
    aggregateType: 'maraude_encounter',
    // @ts-expect-error a payload field the event does not carry
    payload: { encounterId: 'e', householdId: 'h', name: 'Dupont' },
  });
  await appendToOutbox(manager, {
    ...base,
    type: 'maraude.encounter.linked',
    // @ts-expect-error the aggregate of another event
    aggregateType: 'household',
    payload: { encounterId: 'e', householdId: 'h', organisationId: 'o', anonymousPeopleChange: -1 },
  });
}
