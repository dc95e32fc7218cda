import { ChildProcess } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { spawnParcours, startTestApp, stopProcess, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';
import { housedHousehold } from './support';

const HOUSEHOLDS = 40;

/**
 * The worker is killed (SIGKILL) in the middle of a batch of reminders and e-mails, then started
 * again: BullMQ hands the jobs it held back (stalled) and every reminder reaches the inbox once and
 * its e-mail once.
 */
describe('Worker killed mid-batch', () => {
  let app: TestApp;
  let smtp: SMTPServer;
  let worker: TestUser;
  let workerProcess: ChildProcess | undefined;
  /** Message-IDs received by the SMTP server, in order. */
  const received: string[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      // A slow mail server: e-mails are in flight when the worker dies.
      onMailFrom: (_address, _session, callback) => setTimeout(() => callback(), 150),
      onData(stream, _session, callback) {
        let body = '';
        stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
        stream.on('end', () => {
          received.push(/^Message-ID: (.+)$/im.exec(body)?.[1].trim() ?? 'none');
          callback();
        });
      },
    });
    // The killed worker's connections reset: expected here, not a failure of the suite.
    smtp.on('error', () => undefined);
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    app = await startTestApp('worker-kill', {
      env: {
        RUN_WORKER_IN_API: 'false',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String((smtp.server.address() as AddressInfo).port),
        OUTBOX_POLL_MS: '100',
      },
    });
    const factory = new Factory(app);
    worker = await factory.user(await factory.organisation(await factory.territory(), 'siao'), ['siao_worker']);
  }, 60_000);
  afterAll(async () => {
    if (workerProcess) await stopProcess(workerProcess);
    await app?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  async function startWorker(): Promise<ChildProcess> {
    const { child, ready } = spawnParcours(app.env, 'worker');
    await ready;
    return child;
  }

  type Row = { id: string; status: string; delivered_at: Date | null; email_status: string };
  const reminders = async () =>
    (
      await app.db.query<Row>(
        `SELECT id, status, delivered_at, email_status FROM reminder WHERE rule_code = 'lease_followup_7_days' ORDER BY id`,
      )
    ).rows;

  it('retries the stalled jobs after a restart and delivers each reminder and e-mail once', async () => {
    // The API alone: the outbox holds the events until a worker runs.
    const households: string[] = [];
    for (let i = 0; i < HOUSEHOLDS; i++) {
      const id = await housedHousehold(app, worker);
      expect(id).not.toBeNull();
      households.push(id!);
    }

    workerProcess = await startWorker();
    await eventually(async () => ((await reminders()).filter((r) => r.email_status === 'sent').length >= 5 ? true : undefined), 20_000, 10);
    await stopProcess(workerProcess, 'SIGKILL');
    const atKill = await reminders();
    const sentAtKill = atKill.filter((r) => r.email_status === 'sent').length;
    const inFlight = atKill.filter((r) => r.email_status === 'sending' || r.status === 'scheduled').length;
    expect(sentAtKill).toBeLessThan(HOUSEHOLDS); // it died mid-batch
    // An e-mail the SMTP server took just before the kill, not yet marked sent: the one case where a
    // copy goes out again, with the same Message-ID.
    const acceptedUnmarked = new Set(
      atKill.filter((r) => r.email_status === 'sending' && received.includes(`<reminder-${r.id}@parcours>`)).map((r) => r.id),
    );

    workerProcess = await startWorker(); // BullMQ's stalled check (every 30 s) hands back the jobs whose lock expired: about a minute
    const final = await eventually(
      async () => {
        const rows = await reminders();
        return rows.length === HOUSEHOLDS && rows.every((r) => r.status === 'delivered' && r.email_status === 'sent') ? rows : undefined;
      },
      150_000, // about 60 s here, more on a loaded CI machine
      500,
    );
    await new Promise((resolve) => setTimeout(resolve, 500)); // a late duplicate would show by now

    // Inbox: each reminder delivered once, the delivery time of those delivered before the kill untouched.
    for (const before of atKill.filter((r) => r.delivered_at)) {
      expect(final.find((r) => r.id === before.id)?.delivered_at).toEqual(before.delivered_at);
    }
    // E-mail: each reminder's Message-ID received once (twice only in the window above).
    for (const r of final) {
      const copies = received.filter((m) => m === `<reminder-${r.id}@parcours>`).length;
      expect({ id: r.id, copies }).toEqual({ id: r.id, copies: acceptedUnmarked.has(r.id) ? 2 : 1 });
    }
    console.log(
      `Worker SIGKILL: ${HOUSEHOLDS} reminders due, ${final.length} delivered to the inbox once; e-mails: ${sentAtKill} sent before the kill, ` +
        `${inFlight} in flight, ${received.length} received for ${final.length} reminders (${acceptedUnmarked.size} resent with the same Message-ID)`,
    );
  }, 240_000);
});
