// Code actions: the detectors' quick fixes, "Insert absolute date" after a relative one, and ignore comments.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { lineStart } from '../analysis/lines';
import type { Analysis, Finding, Fix } from '../analysis/types';
import { shortValue } from './inlayHints';
import { toRange, type PositionMapper } from './positions';

export interface CodeActionRequest {
  uri: string;
  range: Range;
  /** The diagnostics that the client sends with the request (those under the cursor). */
  diagnostics: Diagnostic[];
  /** The language, to write an ignore comment that the language tolerates. */
  languageId: string;
}

export function codeActions(analysis: Analysis, doc: PositionMapper, request: CodeActionRequest): CodeAction[] {
  const actions: CodeAction[] = [];
  const from = doc.offsetAt(request.range.start);
  const to = doc.offsetAt(request.range.end);
  const edit = (fix: Fix): { changes: Record<string, TextEdit[]> } => ({
    changes: { [request.uri]: fix.edits.map((e) => ({ range: toRange(doc, e), newText: e.newText })) },
  });

  for (const diagnostic of request.diagnostics) {
    if (diagnostic.source !== 'newslens') continue;
    const finding = findingFor(analysis, doc, diagnostic);
    for (const fix of finding?.fixes ?? []) {
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: edit(fix) });
    }
    if (finding && (finding.code === 'date.unresolved' || finding.code === 'article.date-invalid')) {
      // The date is asked for in the editor; the command writes it into the front matter.
      actions.push({
        title: 'Set the publication date…',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        command: { title: 'Set the publication date…', command: 'newslens.setPublicationDate' },
      });
    }
    if (finding?.code === 'quote.doubled-apostrophes') {
      // The setting is the user's to change; the command asks the editor to turn it on.
      actions.push({
        title: "Read '' as quotation marks (turn on newslens.quotes.doubledApostrophes)",
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        command: { title: "Read '' as quotation marks", command: 'newslens.readDoubledApostrophes' },
      });
    }
    if (finding && finding.severity !== 'information') {
      actions.push({
        title: `Ignore ${finding.code} on this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: edit(ignoreNextLine(analysis.article.text, finding)),
      });
    }
  }

  for (const date of analysis.dates) {
    if (!date.relative || !date.value || date.end < from || date.start > to) continue;
    if (!/^\d{4}-\d{2}-\d{2}/.test(date.value)) continue;
    const absolute = shortValue(date.value).replace(/ \d{2}:\d{2}$/, '');
    if (analysis.article.text.slice(date.end, date.end + absolute.length + 3).includes(absolute)) continue;
    actions.push({
      title: `Insert absolute date: “${date.text} (${absolute})”`,
      kind: CodeActionKind.RefactorInline,
      edit: edit({ title: '', edits: [{ start: date.end, end: date.end, newText: ` (${absolute})` }] }),
    });
  }
  return actions;
}

function findingFor(analysis: Analysis, doc: PositionMapper, diagnostic: Diagnostic): Finding | undefined {
  const start = doc.offsetAt(diagnostic.range.start);
  const end = doc.offsetAt(diagnostic.range.end);
  return analysis.findings.find((f) => f.code === diagnostic.code && f.start === start && f.end === end);
}

function ignoreNextLine(text: string, finding: Finding): Fix {
  const start = lineStart(text, finding.start);
  return { title: '', edits: [{ start, end: start, newText: `<!-- newslens-disable-next-line ${finding.code} -->\n` }] };
}
