import ExcelJS from 'exceljs';
import { NOT_COLLECTED } from './convention.types';
import { ExecutionReportView, ReportActionView } from './convention.views';

/** Excel formats written once; a French Excel shows them as 1 234,56 €, 12 %, 31/12/2025. */
const EUROS = '#,##0.00\\ "€"';
const COUNT = '#,##0';
const PERCENT = '0\\ %';
const DATE = 'dd/mm/yyyy';
const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** Cents as euros in the cell: spreadsheets hold numbers, the format shows the cents. */
const euros = (cents: number) => cents / 100;

/** A sheet name Excel accepts: 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').slice(0, 28);
  let name = base;
  for (let n = 2; workbook.getWorksheet(name); n++) name = `${base} ${n}`;
  return name;
}

function actionSheet(workbook: ExcelJS.Workbook, report: ExecutionReportView, action: ReportActionView): void {
  const sheet = workbook.addWorksheet(sheetName(workbook, `Action ${action.number}`));
  const facts: Array<[string, string]> = [
    ['N° action', action.number],
    ['Action', action.title],
    ['Catégorie', action.category],
    ['Porteur', action.carrier],
    ['Statut', action.statusLabel],
    ['Livrables', action.deliverables ?? ''],
  ];
  for (const [label, value] of facts) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow(['Indicateur', 'Code', 'Unité', String(report.year), String(report.year - 1), ...MONTHS]).font = { bold: true };
  for (const indicator of action.indicators) {
    const row = sheet.addRow([
      indicator.label,
      indicator.code ?? '',
      indicator.unit ?? '',
      indicator.collected ? indicator.value : NOT_COLLECTED,
      indicator.collected ? indicator.previousYearValue : NOT_COLLECTED,
      ...MONTHS.map((_, month) => indicator.monthly[month]?.value ?? null),
    ]);
    row.eachCell((cell) => {
      if (typeof cell.value === 'number') cell.numFmt = indicator.unit === 'cents' ? EUROS : COUNT;
    });
    if (indicator.unit === 'cents')
      row.eachCell((cell) => {
        if (typeof cell.value === 'number') cell.value = euros(cell.value);
      });
  }
  sheet.getColumn(1).width = 50;
  sheet.getColumn(2).width = 28;
}

function creditsSheet(workbook: ExcelJS.Workbook, report: ExecutionReportView): void {
  const sheet = workbook.addWorksheet('Crédits');
  sheet.addRow([report.conventionTitle]).font = { bold: true };
  sheet.addRow(['Année', report.yearLabel]);
  const period = sheet.addRow(['Du', new Date(Date.UTC(report.year, 0, 1)), 'au', new Date(Date.UTC(report.year, 11, 31))]);
  period.getCell(2).numFmt = DATE;
  period.getCell(4).numFmt = DATE;
  sheet.addRow([]);
  sheet.addRow([
    'N°',
    'Action',
    'Financement conventionné',
    'Taux DIHAL',
    'Part de financement DIHAL',
    'Reste à charge',
    'Dépenses engagées',
    'Part DIHAL des dépenses engagées',
    'Statut de l’action',
  ]).font = { bold: true };
  const amounts = (row: ExcelJS.Row, columns: number[]) => columns.forEach((c) => (row.getCell(c).numFmt = EUROS));
  for (const line of report.credits.lines) {
    const row = sheet.addRow([
      line.number,
      line.title,
      euros(line.agreedCents),
      line.stateRatePercent / 100,
      euros(line.stateShareCents),
      euros(line.remainderCents),
      euros(line.committedCents),
      euros(line.committedStateShareCents),
      line.statusLabel,
    ]);
    amounts(row, [3, 5, 6, 7, 8]);
    row.getCell(4).numFmt = PERCENT;
  }
  const { totals } = report.credits;
  const total = sheet.addRow([
    '',
    'TOTAL',
    euros(totals.agreedCents),
    null,
    euros(totals.stateShareCents),
    euros(totals.remainderCents),
    euros(totals.committedCents),
    euros(totals.committedStateShareCents),
  ]);
  total.font = { bold: true };
  amounts(total, [3, 5, 6, 7, 8]);
  sheet.addRow([]);
  for (const [label, cents] of [
    ['Reliquats reportés de l’année précédente', totals.carriedInCents],
    ['Financement de l’État pour l’année', totals.stateFundingCents],
    ['Reliquats reportés sur l’année suivante', totals.carriedOutCents],
  ] as const)
    amounts(sheet.addRow(['', label, euros(cents)]), [3]);
  sheet.getColumn(2).width = 60;
  for (const c of [3, 5, 6, 7, 8]) sheet.getColumn(c).width = 18;
}

/** The report as a workbook: one sheet per action (its indicators, month by month) and one for the credits. */
export async function reportWorkbook(report: ExecutionReportView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Parcours';
  for (const action of report.actions) actionSheet(workbook, report, action);
  creditsSheet(workbook, report);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
