import { UnrecoverableError } from 'bullmq';
import { readPayload } from './job-payloads';
import { JobName } from './queue.names';

describe('readPayload', () => {
  const reminderId = '6f1c2f0e-8a4b-4c3d-9e2f-1a2b3c4d5e6f';

  it('returns a well-formed payload', () => {
    expect(readPayload(JobName.DeliverReminder, { reminderId, dueAt: '2026-11-30T08:00:00.000Z' })).toEqual({
      reminderId,
      dueAt: '2026-11-30T08:00:00.000Z',
    });
    expect(readPayload(JobName.SendReminderEmail, { reminderId, resume: true })).toEqual({ reminderId, resume: true });
    expect(readPayload(JobName.PurgeAuditTrail, {})).toEqual({});
  });

  it('fails the job for good, naming the job and the fields, on a malformed payload', () => {
    const read = () => readPayload(JobName.DeliverReminder, { reminderId: 'not-an-id', dueAt: 'tomorrow' });
    expect(read).toThrow(UnrecoverableError);
    expect(read).toThrow(/^Invalid payload for job reminder\.deliver: reminderId: .+; dueAt: .+$/);
    expect(() => readPayload(JobName.ReconcileReminders, { name: 'Léa' })).toThrow(/reminders\.reconcile/);
    expect(() => readPayload(JobName.SendReminderEmail, undefined)).toThrow(/\(payload\)/);
  });
});
