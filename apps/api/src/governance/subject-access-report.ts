import { Segment } from '@eh/domain';

// The export as data: sections of items, each a list of labelled values whose text is split into
// segments, some marked for the information governance officer to consider redacting.
export interface ReportField {
  readonly label: string;
  readonly value: readonly Segment[];
}

export interface ReportItem {
  readonly heading: string;
  readonly fields: readonly ReportField[];
}

export interface ReportSection {
  readonly title: string;
  readonly note?: string;
  readonly items: readonly ReportItem[];
}

export interface SubjectAccessReport {
  readonly title: string;
  readonly produced: string;
  readonly council: string;
  readonly subject: readonly ReportField[];
  readonly sections: readonly ReportSection[];
}

export function countMarks(report: SubjectAccessReport): number {
  const fields = [...report.subject, ...report.sections.flatMap((s) => s.items.flatMap((i) => i.fields))];
  return fields.reduce((n, f) => n + f.value.filter((s) => s.redact).length, 0);
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function segments(value: readonly Segment[]): string {
  if (value.length === 0) return '<span class="none">Not recorded</span>';
  return value
    .map((s) =>
      s.redact
        ? `<mark class="redact" title="${escapeHtml(s.redact)}">${escapeHtml(s.text)}</mark><span class="why"> [${escapeHtml(s.redact)}]</span>`
        : escapeHtml(s.text),
    )
    .join('');
}

function fieldList(fields: readonly ReportField[]): string {
  return `<dl>${fields.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${segments(f.value)}</dd>`).join('')}</dl>`;
}

const STYLE = `
  body { font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; margin: 2em auto; max-width: 60em; padding: 0 1em; }
  h1 { font-size: 1.8em; } h2 { font-size: 1.4em; border-top: 2px solid #0b0c0c; padding-top: .5em; margin-top: 2em; }
  h3 { font-size: 1.1em; margin-bottom: .3em; }
  dl { display: grid; grid-template-columns: 14em 1fr; gap: .2em 1em; margin: 0 0 1em; }
  dt { font-weight: bold; } dd { margin: 0; white-space: pre-wrap; }
  mark.redact { background: #ffdd00; outline: 1px solid #0b0c0c; }
  .why { font-size: .8em; color: #505a5f; }
  .none { color: #505a5f; }
  .notice { border-left: 10px solid #1d70b8; padding: .5em 1em; background: #f3f2f1; }
  .item { break-inside: avoid; page-break-inside: avoid; }
  @media print { body { margin: 0; max-width: none; } h2 { break-before: auto; } .notice { border-left-width: 4px; } }
`;

// A self-contained HTML document (no scripts, no external files) that prints well.
export function renderReportHtml(report: SubjectAccessReport): string {
  const marks = countMarks(report);
  const body = report.sections
    .map(
      (section) =>
        `<section><h2>${escapeHtml(section.title)}</h2>${section.note ? `<p>${escapeHtml(section.note)}</p>` : ''}${
          section.items.length === 0
            ? '<p class="none">Nothing held.</p>'
            : section.items.map((item) => `<div class="item"><h3>${escapeHtml(item.heading)}</h3>${fieldList(item.fields)}</div>`).join('')
        }</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(report.title)}</h1>
<p>${escapeHtml(report.council)}. Produced ${escapeHtml(report.produced)}. OFFICIAL-SENSITIVE: personal data.</p>
<div class="notice">
<p><strong>For the information governance officer.</strong> Early help records are kept about a family as a whole.
${marks} passages about other people (family members, practitioners, referrers and others named in free text) are
<mark class="redact">highlighted</mark> with the reason in brackets. Consider each for redaction before disclosure;
free text may name other people this export could not recognise, so read it in full.</p>
</div>
<h2>The person this export is about</h2>
${fieldList(report.subject)}
${body}
</body>
</html>
`;
}
