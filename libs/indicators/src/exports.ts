import ExcelJS from 'exceljs';
import { IndicatorReport } from './indicators.service';

export type Table = { header: string[]; rows: Array<Array<string | number | null>> };

/** The query result as a flat table with French headers: one line per indicator, period and cell. */
export function reportTable(report: IndicatorReport): Table {
  const rows: Table['rows'] = [];
  for (const i of report.indicators) {
    for (const p of i.periods) {
      rows.push([i.code, i.label, p.period, p.from, p.to, 'total', '', p.value, i.unit, 'non']);
      if (p.median !== undefined) rows.push([i.code, i.label, p.period, p.from, p.to, 'médiane', '', p.median, i.unit, 'non']);
      for (const c of p.cells ?? [])
        rows.push([
          i.code,
          i.label,
          p.period,
          p.from,
          p.to,
          i.breakdown ?? '',
          c.label ?? c.key,
          c.value,
          i.unit,
          c.masked ? 'oui' : 'non',
        ]);
    }
  }
  return {
    header: ['code', 'indicateur', 'période', 'début', 'fin', 'ventilation', 'modalité', 'valeur', 'unité', 'masqué'],
    rows,
  };
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // Quote what needs it; neutralise what a spreadsheet would run as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Semicolon-separated, CRLF, UTF-8 with a BOM so that spreadsheets read the accents. */
export function toCsv(table: Table): string {
  return '\uFEFF' + [table.header, ...table.rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

export async function toXlsx(table: Table, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => v ?? ''));
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
