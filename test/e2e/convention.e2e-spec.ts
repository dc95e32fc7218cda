import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Response, Test } from 'supertest';
import { startTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';

interface ExpenseLine {
  spentOn: string;
  label: string;
  amountCents: number;
}
interface DocumentLine {
  year: number;
  number: string;
  expenses?: ExpenseLine[];
  [field: string]: unknown;
}
interface ConventionDocument {
  key: string;
  years: Array<{ year: number; stateFundingCents: number }>;
  actions: Array<{ key: string; title: string; years: DocumentLine[]; indicators: Array<{ code?: string; label?: string }> }>;
  [field: string]: unknown;
}
interface Totals {
  agreedCents: number;
  stateShareCents: number;
  remainderCents: number;
  committedCents: number;
  committedStateShareCents: number;
  carriedInCents: number;
  stateFundingCents: number;
  carriedOutCents: number;
}
interface ConventionView {
  id: string;
  version: number;
  years: Array<{ year: number; credits: Totals }>;
  actions: Array<{
    id: string;
    key: string;
    version: number;
    years: Array<{ year: number; deliverables: string | null; expenses: unknown[] }>;
  }>;
}
interface ReportIndicator {
  code: string | null;
  label: string;
  unit: string | null;
  collected: boolean;
  value: number | null;
  previousYearValue: number | null;
  monthly: Array<{ month: string; value: number | null }>;
}
interface Report {
  year: number;
  conventionTitle: string;
  yearLabel: string;
  actions: Array<{
    number: string;
    title: string;
    category: string;
    carrier: string;
    statusLabel: string;
    deliverables: string | null;
    indicators: ReportIndicator[];
  }>;
  credits: {
    lines: Array<
      { number: string; title: string; statusLabel: string; stateRatePercent: number } & Omit<
        Totals,
        'carriedInCents' | 'stateFundingCents' | 'carriedOutCents'
      >
    >;
    totals: Totals;
  };
}

const FILE: ConventionDocument = JSON.parse(readFileSync(resolve(__dirname, '../../config/conventions/grand-chambery.json'), 'utf8'));
const NOT_COLLECTED = 'non collecté dans Parcours';

/** Annexe 2 (the first three years, expenses to 30 May 2024) and Annexe 3 (year 4), in cents. */
const ANNEXE_2 = {
  agreedCents: 67_153_200,
  stateShareCents: 54_187_600,
  committedCents: 46_481_100,
  committedStateShareCents: 36_419_430,
  stateFundingCents: 49_958_200,
  // "Reliquats ... = 135 388 €": 499 582 € − 364 194,30 €, rounded to the euro in the annex.
  carriedOutCents: 13_538_770,
};
const ANNEXE_3 = { agreedCents: 62_127_400, stateShareCents: 56_041_000, remainderCents: 6_086_400 };

/** A file download's bytes. */
const binary = (request: Test): Promise<Response> =>
  request.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** The text a PDF shows: its content streams inflated, the strings of their text operators decoded (WinAnsi). */
function pdfText(pdf: Buffer): string {
  const winAnsi = new TextDecoder('windows-1252');
  const raw = pdf.toString('latin1');
  const texts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue; // not a deflated content stream (fonts are not embedded, images none)
    }
    for (const operator of content.matchAll(/\[(.*?)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hex = operator[1] !== undefined ? [...operator[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('') : operator[2];
      texts.push(winAnsi.decode(Buffer.from(hex, 'hex')));
    }
  }
  return texts.join(' ').replace(/\s+/g, ' ');
}
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the convention: import and export, credits, execution report', () => {
  let app: TestApp;
  let coordinator: TestUser;
  let admin: TestUser;
  let stateOfficer: TestUser;
  let outreach: TestUser;
  let otherCoordinator: TestUser;
  let conventionId: string;

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const problems = (response: Response) => (response.body as { details: Array<{ field: string }> }).details.map((d) => d.field);

  beforeAll(async () => {
    app = await startTestApp('convention');
    const factory = new Factory(app);
    const territory = await factory.territory();
    const coordination = await factory.organisation(territory, 'coordination');
    coordinator = await factory.user(coordination, ['coordinator']);
    admin = await factory.user(coordination, ['admin']);
    stateOfficer = await factory.user(await factory.organisation(territory, 'state_service'), ['state_officer']);
    outreach = await factory.user(await factory.organisation(territory, 'outreach'), ['outreach_worker']);
    const elsewhere = await factory.territory('Ailleurs');
    otherCoordinator = await factory.user(await factory.organisation(elsewhere, 'coordination'), ['coordinator']);
  });
  afterAll(() => app?.stop());

  it('imports Grand Chambéry’s convention from its JSON file and exports it back unchanged', async () => {
    const created = await app.http.post('/conventions').set(as(coordinator)).send(FILE).expect(201);
    const view = created.body as ConventionView;
    conventionId = view.id;
    expect(view.actions).toHaveLength(FILE.actions.length);
    expect(view.actions.filter((a) => a.years.some((l) => l.year === 2025))).toHaveLength(16);
    const exported = await app.http.get(`/conventions/${conventionId}/document`).set(as(coordinator)).expect(200);
    expect(exported.body).toEqual(FILE);
    expect(JSON.stringify(exported.body)).toBe(JSON.stringify(FILE));

    const again = await app.http.post('/conventions').set(as(admin)).send(FILE).expect(409);
    expect(again.body.code).toBe('CONFLICT');
    const list = await app.http.get('/conventions').set(as(admin)).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: conventionId, key: FILE.key, years: [2024, 2025] })]);
  });

  it('the imported figures give Annexe 2’s and Annexe 3’s totals, and the 2024 remainder carried into 2025', async () => {
    const view = (await app.http.get(`/conventions/${conventionId}`).set(as(coordinator)).expect(200)).body as ConventionView;
    const [y2024, y2025] = view.years;
    expect(y2024.credits).toEqual(expect.objectContaining({ ...ANNEXE_2, carriedInCents: 0 }));
    expect(y2025.credits).toEqual(
      expect.objectContaining({ ...ANNEXE_3, carriedInCents: ANNEXE_2.carriedOutCents, committedCents: 0, stateFundingCents: 42_502_200 }),
    );
    expect(y2025.credits.carriedOutCents).toBe(ANNEXE_2.carriedOutCents + 42_502_200);
  });

  it('refuses an invalid file with every offending path, and writes nothing', async () => {
    const bad = structuredClone(FILE);
    bad.key = 'grand-chambery-bis';
    bad.actions[2].indicators[0] = { code: 'no_such_indicator' };
    bad.actions[3].indicators[0] = { code: 'households_accompanied', label: 'both' };
    bad.actions[0].years[0].year = 2019;
    (bad.actions[6] as Record<string, unknown>).carrier = { label: 'Ailleurs', organisationId: otherCoordinator.organisationId };
    bad.actions[1].years[1].stateShareCents = (bad.actions[1].years[1].agreedCents as number) + 1;
    const refused = await app.http.post('/conventions').set(as(coordinator)).send(bad).expect(400);
    expect((refused.body as { code: string }).code).toBe('VALIDATION_FAILED');
    expect(problems(refused).sort()).toEqual(
      [
        'actions.0.years.0.year',
        'actions.1.years.1.stateShareCents',
        'actions.2.indicators.0.code',
        'actions.3.indicators.0',
        'actions.6.carrier.organisationId',
      ].sort(),
    );
    const malformed = structuredClone(FILE);
    malformed.key = 'Not A Slug';
    (malformed.actions[4].years[0] as Record<string, unknown>).stateRatePercent = 70;
    (malformed.actions[5] as Record<string, unknown>).unknown = true;
    const refusedShape = await app.http.post('/conventions').set(as(coordinator)).send(malformed).expect(400);
    expect(problems(refusedShape)).toEqual(expect.arrayContaining(['key', 'actions.4.years.0.stateRatePercent', 'actions.5.unknown']));
    const duplicateKeys = structuredClone(FILE);
    duplicateKeys.key = 'grand-chambery-ter';
    duplicateKeys.actions[1].key = duplicateKeys.actions[0].key;
    expect(problems(await app.http.post('/conventions').set(as(coordinator)).send(duplicateKeys).expect(400))).toEqual(['actions.1.key']);
    expect((await app.http.get('/conventions').set(as(coordinator)).expect(200)).body).toHaveLength(1);
  });

  it('expense entries (a mistake, then its correction) and the carry-over give Annexe 2’s totals', async () => {
    const plain = structuredClone(FILE);
    plain.key = 'grand-chambery-saisie';
    const committed = new Map<string, ExpenseLine[]>();
    for (const action of plain.actions)
      for (const line of action.years) {
        if (line.expenses) committed.set(`${action.key}/${line.year}`, line.expenses);
        delete line.expenses;
      }
    const created = (await app.http.post('/conventions').set(as(admin)).send(plain).expect(201)).body as ConventionView;
    const path = (key: string) => `/conventions/${created.id}/actions/${created.actions.find((a) => a.key === key)!.id}/expenses`;
    for (const [line, entries] of committed) {
      const [key, year] = line.split('/');
      for (const entry of entries)
        await app.http
          .post(path(key))
          .set(as(coordinator))
          .send({ year: Number(year), ...entry })
          .expect(201);
    }
    // A typo (10 times the amount), then its correction: a new entry, never an edit.
    await app.http
      .post(path('communication'))
      .set(as(coordinator))
      .send({ year: 2024, spentOn: '2024-05-31', label: 'Saisie erronée', amountCents: 2_287_800 })
      .expect(201);
    const corrected = await app.http
      .post(path('communication'))
      .set(as(coordinator))
      .send({ year: 2024, spentOn: '2024-05-31', label: 'Correction de la saisie erronée', amountCents: -2_287_800 })
      .expect(201);
    expect(corrected.body.years[0].expenses).toHaveLength(3);
    expect(corrected.body.years[0].credits).toEqual(
      expect.objectContaining({ committedCents: 254_200, committedStateShareCents: 203_360, stateRatePercent: 80 }),
    );

    const view = (await app.http.get(`/conventions/${created.id}`).set(as(coordinator)).expect(200)).body as ConventionView;
    expect(view.years[0].credits).toEqual(expect.objectContaining(ANNEXE_2));
    expect(view.years[1].credits.carriedInCents).toBe(ANNEXE_2.carriedOutCents);

    const noLine = await app.http
      .post(path('pecule-jeunes'))
      .set(as(coordinator))
      .send({ year: 2024, spentOn: '2024-05-31', label: 'x', amountCents: 100 })
      .expect(400);
    expect(problems(noLine)).toEqual(['year']);
    const zero = await app.http
      .post(path('pecule-jeunes'))
      .set(as(coordinator))
      .send({ year: 2025, spentOn: '2025-05-31', label: 'x', amountCents: 0 })
      .expect(400);
    expect(problems(zero)).toEqual(['amountCents']);
  });

  it('edits an action’s year (deliverables) with its version; a stale version is refused', async () => {
    const view = (await app.http.get(`/conventions/${conventionId}`).set(as(coordinator)).expect(200)).body as ConventionView;
    const siao = view.actions.find((a) => a.key === 'renfort-siao')!;
    const line = FILE.actions.find((a) => a.key === 'renfort-siao')!.years.find((l) => l.year === 2025)!;
    const deliverables = 'Commission SIAO-bailleurs mensuelle ; bilan d’activité 2025 transmis';
    const updated = await app.http
      .patch(`/conventions/${conventionId}/actions/${siao.id}`)
      .set(as(coordinator))
      .send({ version: siao.version, years: [{ ...line, deliverables }] })
      .expect(200);
    expect(updated.body.version).toBe(siao.version + 1);
    expect(updated.body.years.find((l: { year: number }) => l.year === 2025).deliverables).toBe(deliverables);
    const stale = await app.http
      .patch(`/conventions/${conventionId}/actions/${siao.id}`)
      .set(as(admin))
      .send({ version: siao.version, title: 'Renfort du SIAO (bis)' })
      .expect(409);
    expect(stale.body).toEqual(expect.objectContaining({ code: 'STALE_VERSION', details: { currentVersion: siao.version + 1 } }));
    const unknownCode = await app.http
      .patch(`/conventions/${conventionId}/actions/${siao.id}`)
      .set(as(admin))
      .send({ version: siao.version + 1, indicators: [{ code: 'households_accompanied', carrierOnly: true }] })
      .expect(400);
    expect(problems(unknownCode)).toEqual(['indicators.0.carrierOnly']);

    const convention = await app.http
      .patch(`/conventions/${conventionId}`)
      .set(as(admin))
      .send({
        version: view.version,
        signedOn: '2024-07-04',
        years: [
          {
            year: 2026,
            label: 'Année 5 (avenant)',
            annex: 'Avenant n° 1',
            stateFundingCents: 0,
            amendment: 'Avenant n° 1 : objectifs et enveloppe 2026',
          },
        ],
      })
      .expect(200);
    expect(convention.body.years.map((y: { year: number }) => y.year)).toEqual([2024, 2025, 2026]);
    expect(convention.body.years[2].credits.carriedInCents).toBe(ANNEXE_2.carriedOutCents + 42_502_200);
  });

  it('reminds the coordination team on 1 March that the report is due by 31 March', async () => {
    // The event the March job writes for each convention (ConventionsService.announceReportsDue).
    await app.db.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, territory_id, occurred_at, payload)
       VALUES ('convention.report.due', 'convention', $1, $2, now(), $3)`,
      [conventionId, coordinator.territoryId, { conventionId, year: 2026, dueOn: '2027-03-31' }],
    );
    type Reminder = { ruleCode: string; subjectType: string; dueAt: string; message: string };
    const reminder = await eventually(async () => {
      const team = (await app.http.get('/reminders?scope=team').set(as(coordinator)).expect(200)).body as Record<string, Reminder[]>;
      return [...team.overdue, ...team.today, ...team.upcoming].find((r) => r.ruleCode === 'convention_report_due');
    });
    expect(reminder).toEqual(expect.objectContaining({ subjectType: 'convention', dueAt: '2027-03-01T08:00:00.000Z' }));
    expect(reminder.message).toContain('31/03/2027');
  });

  describe('the execution report', () => {
    let report: Report;

    it('lists every action of the year with its indicators ("non collecté dans Parcours", never 0), deliverables and Annexe 2’s credit columns', async () => {
      report = (await app.http.get(`/conventions/${conventionId}/execution-report?year=2025`).set(as(coordinator)).expect(200))
        .body as Report;
      expect(report.actions.map((a) => a.number)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
      const uncollected = report.actions.flatMap((a) => a.indicators).filter((i) => !i.collected);
      expect(uncollected.length).toBeGreaterThan(20);
      for (const i of uncollected)
        expect(i).toEqual(expect.objectContaining({ code: null, value: null, previousYearValue: null, monthly: [] }));
      const accompanied = report.actions[3].indicators.find((i) => i.code === 'households_accompanied')!;
      expect(accompanied).toEqual(expect.objectContaining({ collected: true, value: 0, previousYearValue: 0 }));
      expect(accompanied.monthly.map((m) => m.month)).toEqual(
        Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
      );
      expect(report.actions[2].deliverables).toBe('Commission SIAO-bailleurs mensuelle ; bilan d’activité 2025 transmis');
      expect(report.credits.lines).toHaveLength(16);
      expect(report.credits.totals).toEqual(expect.objectContaining({ ...ANNEXE_3, carriedInCents: ANNEXE_2.carriedOutCents }));
      expect(report.credits.lines[1]).toEqual(
        expect.objectContaining({
          number: '2',
          agreedCents: 2_076_500,
          stateShareCents: 1_661_300,
          remainderCents: 415_200,
          stateRatePercent: 80,
          statusLabel: 'Maintien',
        }),
      );
      const y2024 = (await app.http.get(`/conventions/${conventionId}/execution-report?year=2024`).set(as(admin)).expect(200))
        .body as Report;
      expect(y2024.credits.lines.map((l) => l.statusLabel)).toEqual(expect.arrayContaining(['Achevée', 'Réorientée', 'Abandonnée']));
      expect(y2024.credits.totals).toEqual(expect.objectContaining(ANNEXE_2));
      const notAYear = await app.http.get(`/conventions/${conventionId}/execution-report?year=2023`).set(as(admin)).expect(400);
      expect(problems(notAYear)).toEqual(['year']);
    });

    it('as XLSX: one sheet per action and one for the credits, which read back give the JSON report', async () => {
      const response = await binary(
        app.http.get(`/conventions/${conventionId}/execution-report?year=2025&format=xlsx`).set(as(coordinator)),
      );
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Uint8Array.from(response.body as Buffer).buffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([...report.actions.map((a) => `Action ${a.number}`), 'Crédits']);
      const cents = (value: ExcelJS.CellValue) => Math.round(Number(value) * 100);
      const figure = (value: ExcelJS.CellValue, unit: string | null) =>
        value === NOT_COLLECTED
          ? NOT_COLLECTED
          : value === null || value === undefined
            ? null
            : unit === 'cents'
              ? cents(value)
              : Number(value);
      const actions = report.actions.map((action, index) => {
        const sheet = workbook.worksheets[index];
        const text = (row: number) => sheet.getRow(row).getCell(2).text;
        const indicators: unknown[] = [];
        sheet.eachRow((row, n) => {
          if (n <= 8) return;
          const unit = (row.getCell(3).value as string) || null;
          const collected = row.getCell(4).value !== NOT_COLLECTED;
          indicators.push({
            label: row.getCell(1).value,
            code: (row.getCell(2).value as string) || null,
            unit,
            collected,
            value: collected ? figure(row.getCell(4).value, unit) : null,
            previousYearValue: collected ? figure(row.getCell(5).value, unit) : null,
            monthly: Array.from({ length: 12 }, (_, m) => figure(row.getCell(6 + m).value, unit)),
          });
        });
        return {
          number: text(1),
          title: text(2),
          category: text(3),
          carrier: text(4),
          statusLabel: text(5),
          deliverables: text(6) || null,
          indicators,
        };
      });
      expect(actions).toEqual(
        report.actions.map((a) => ({
          number: a.number,
          title: a.title,
          category: a.category,
          carrier: a.carrier,
          statusLabel: a.statusLabel,
          deliverables: a.deliverables,
          indicators: a.indicators.map((i) => ({
            label: i.label,
            code: i.code,
            unit: i.unit,
            collected: i.collected,
            value: i.value,
            previousYearValue: i.previousYearValue,
            monthly: i.collected && i.monthly.length ? i.monthly.map((m) => m.value) : Array.from({ length: 12 }, () => null),
          })),
        })),
      );

      const credits = workbook.getWorksheet('Crédits')!;
      expect(credits.getRow(1).getCell(1).value).toBe(report.conventionTitle);
      expect(credits.getRow(3).getCell(2).numFmt).toBe('dd/mm/yyyy');
      const lines: unknown[] = [];
      for (let n = 6; n < 6 + report.credits.lines.length; n++) {
        const row = credits.getRow(n);
        expect(row.getCell(3).numFmt).toContain('€');
        lines.push({
          number: row.getCell(1).value,
          title: row.getCell(2).value,
          agreedCents: cents(row.getCell(3).value),
          stateRatePercent: Math.round(Number(row.getCell(4).value) * 100),
          stateShareCents: cents(row.getCell(5).value),
          remainderCents: cents(row.getCell(6).value),
          committedCents: cents(row.getCell(7).value),
          committedStateShareCents: cents(row.getCell(8).value),
          statusLabel: row.getCell(9).value,
        });
      }
      expect(lines).toEqual(
        report.credits.lines.map(({ actionId: _id, ...line }: Report['credits']['lines'][number] & { actionId?: string }) => line),
      );
      const total = credits.getRow(6 + report.credits.lines.length);
      const after = (offset: number) => cents(credits.getRow(6 + report.credits.lines.length + offset).getCell(3).value);
      expect({
        agreedCents: cents(total.getCell(3).value),
        stateShareCents: cents(total.getCell(5).value),
        remainderCents: cents(total.getCell(6).value),
        committedCents: cents(total.getCell(7).value),
        committedStateShareCents: cents(total.getCell(8).value),
        carriedInCents: after(2),
        stateFundingCents: after(3),
        carriedOutCents: after(4),
      }).toEqual(report.credits.totals);
    });

    it('as PDF: a valid PDF whose text holds every action’s title and the credits total', async () => {
      const response = await binary(
        app.http.get(`/conventions/${conventionId}/execution-report?year=2025&format=pdf`).set(as(coordinator)),
      );
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const pdf = response.body as Buffer;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.subarray(-6).toString()).toContain('%%EOF');
      const text = pdfText(pdf);
      for (const action of report.actions) expect(text).toContain(words(action.title));
      expect(text).toContain(words('621 274,00 €'));
      expect(text).toContain(words('560 410,00 €'));
      expect(text).toContain(NOT_COLLECTED);
    });

    it('is read by the coordinator and admins of the territory only, and each read is audited', async () => {
      for (const user of [stateOfficer, outreach])
        expect((await app.http.get(`/conventions/${conventionId}/execution-report?year=2025`).set(as(user))).status).toBe(403);
      expect((await app.http.get(`/conventions/${conventionId}/execution-report?year=2025`).set(as(otherCoordinator))).status).toBe(404);
      expect((await app.http.get(`/conventions/${conventionId}`).set(as(otherCoordinator))).status).toBe(404);
      expect((await app.http.get('/conventions').set(as(otherCoordinator)).expect(200)).body).toEqual([]);
      const audit = await app.http
        .get(`/audit-entries?resourceId=${conventionId}&resourceType=convention_execution_report`)
        .set(as(admin))
        .expect(200);
      const formats = (audit.body.items as Array<{ action: string; details: { format: string } }>).map(
        (e) => `${e.action}:${e.details.format}`,
      );
      expect(formats).toEqual(expect.arrayContaining(['read:json', 'export:xlsx', 'export:pdf']));
    });
  });
});
