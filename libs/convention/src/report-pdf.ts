import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { NOT_COLLECTED } from './convention.types';
import { ExecutionReportView, MonthValueView, ReportActionView } from './convention.views';
import { formatEuros } from './money';

// The PDF's standard fonts are built into the writer: no file is read (pdfmake asks its local
// access policy about their names), nothing is fetched from the network.
const HELVETICA = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };
const STANDARD_FONTS: string[] = Object.values(HELVETICA);
pdfmake.setFonts({ Helvetica: HELVETICA });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.includes(path));

const MONTH_INITIALS = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];
const number = (value: number | null, unit: string | null) =>
  value === null ? '–' : unit === 'cents' ? formatEuros(value) : new Intl.NumberFormat('fr-FR').format(value).replace(/\u202f/g, '\u00a0');

/** The monthly trend as bars, drawn in SVG (vector in the PDF). */
function monthlyChart(months: MonthValueView[], width = 480, height = 110): string {
  const max = Math.max(1, ...months.map((m) => m.value ?? 0));
  const slot = width / 12;
  const bars = months
    .map((m, i) => {
      const h = Math.round(((m.value ?? 0) / max) * (height - 30));
      const x = Math.round(i * slot + slot * 0.2);
      return (
        `<rect x="${x}" y="${height - 15 - h}" width="${Math.round(slot * 0.6)}" height="${h}" fill="#1c7ed6"/>` +
        `<text x="${Math.round(i * slot + slot / 2)}" y="${height - 3}" font-size="8" text-anchor="middle">${MONTH_INITIALS[i]}</text>`
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><line x1="0" y1="${height - 15}" x2="${width}" y2="${height - 15}" stroke="#868e96"/>${bars}</svg>`;
}

function actionContent(report: ExecutionReportView, action: ReportActionView): Content[] {
  const main = action.indicators.find((i) => i.collected && i.monthly.length === 12);
  return [
    { text: `Action ${action.number} – ${action.title}`, style: 'h2', pageBreak: 'before' },
    { text: [{ text: 'Porteur : ', bold: true }, action.carrier] },
    { text: [{ text: 'Catégorie : ', bold: true }, action.category] },
    { text: [{ text: 'Statut : ', bold: true }, action.statusLabel] },
    { text: [{ text: 'Livrables : ', bold: true }, action.deliverables ?? '–'], margin: [0, 0, 0, 8] },
    action.indicators.length
      ? {
          table: {
            headerRows: 1,
            widths: ['*', 90, 90],
            body: [
              [
                { text: 'Indicateur', bold: true },
                { text: String(report.year), bold: true },
                { text: String(report.year - 1), bold: true },
              ],
              ...action.indicators.map((i) => [
                i.label,
                i.collected ? number(i.value, i.unit) : { text: NOT_COLLECTED, italics: true },
                i.collected ? number(i.previousYearValue, i.unit) : { text: NOT_COLLECTED, italics: true },
              ]),
            ],
          },
        }
      : { text: 'Aucun indicateur', italics: true },
    ...(main
      ? [
          { text: `Évolution mensuelle ${report.year} : ${main.label}`, margin: [0, 10, 0, 4] as [number, number, number, number] },
          { svg: monthlyChart(main.monthly), width: 480 },
        ]
      : []),
  ];
}

function creditsContent(report: ExecutionReportView): Content[] {
  const { lines, totals } = report.credits;
  const money = (cents: number) => ({ text: formatEuros(cents), alignment: 'right' as const });
  return [
    { text: 'Tableau de suivi des actions et des crédits', style: 'h2', pageBreak: 'before', pageOrientation: 'landscape' },
    {
      fontSize: 8,
      table: {
        headerRows: 1,
        widths: [22, '*', 62, 34, 62, 62, 62, 62, 56],
        body: [
          [
            'N°',
            'Action',
            'Financement conventionné',
            'Taux DIHAL',
            'Part DIHAL',
            'Reste à charge',
            'Dépenses engagées',
            'Part DIHAL des dépenses',
            'Statut',
          ].map((text) => ({ text, bold: true })),
          ...lines.map((l) => [
            l.number,
            l.title,
            money(l.agreedCents),
            `${l.stateRatePercent}\u00a0%`,
            money(l.stateShareCents),
            money(l.remainderCents),
            money(l.committedCents),
            money(l.committedStateShareCents),
            l.statusLabel,
          ]),
          [
            '',
            { text: 'TOTAL', bold: true },
            money(totals.agreedCents),
            '',
            money(totals.stateShareCents),
            money(totals.remainderCents),
            money(totals.committedCents),
            money(totals.committedStateShareCents),
            '',
          ],
        ],
      },
    },
    {
      margin: [0, 10, 0, 0],
      table: {
        widths: ['*', 100],
        body: [
          ['Reliquats reportés de l’année précédente', money(totals.carriedInCents)],
          ['Financement de l’État pour l’année', money(totals.stateFundingCents)],
          [{ text: 'Reliquats reportés sur l’année suivante', bold: true }, money(totals.carriedOutCents)],
        ],
      },
    },
  ];
}

/** The report as a PDF ready to attach to the council's deliberation: each action, then the credits table. */
export async function reportPdf(report: ExecutionReportView): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    info: { title: `Rapport d’exécution ${report.year}`, creator: 'Parcours' },
    defaultStyle: { font: 'Helvetica', fontSize: 10 },
    styles: { h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] }, h2: { fontSize: 13, bold: true, margin: [0, 0, 0, 6] } },
    content: [
      { text: `Rapport d’exécution ${report.year}`, style: 'h1' },
      { text: report.conventionTitle },
      { text: report.yearLabel, margin: [0, 0, 0, 10] },
      {
        ul: report.actions.map((a) => `Action ${a.number} – ${a.title} (${a.statusLabel})`),
      },
      ...report.actions.flatMap((a) => actionContent(report, a)),
      ...creditsContent(report),
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}
