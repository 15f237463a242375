// Findings -> LSP diagnostics, with the user's severity settings and the cap on Information annotations applied.
import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';
import { applySeverities, type SeveritySettings } from '../analysis/severity';
import type { Analysis, Finding, Severity } from '../analysis/types';
import { toRange, type PositionMapper } from './positions';

export const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticSettings extends SeveritySettings {
  /** At most this many Information annotations per document; warnings, errors and hints are never left out. */
  maxAnnotations?: number;
}

/**
 * The findings as LSP diagnostics. `memo` keeps the diagnostic of each finding object: after an edit, the incremental
 * analysis keeps the finding objects outside the edited paragraphs, and moves those after them; a remembered
 * diagnostic is used again where its range still lies at the finding's offsets (an edit within a line moves nothing
 * on the lines after it). A memo is only valid for one set of settings.
 */
export function diagnostics(analysis: Analysis, doc: PositionMapper, settings: DiagnosticSettings, memo?: WeakMap<Finding, Diagnostic>): Diagnostic[] {
  const max = settings.maxAnnotations ?? Infinity;
  const result: Diagnostic[] = [];
  let annotations = 0;
  let firstLeftOut: Finding | undefined;
  for (const finding of applySeverities(analysis.findings, settings)) {
    if (finding.severity === 'information' && ++annotations > max) {
      firstLeftOut ??= finding;
      continue;
    }
    let diagnostic = memo?.get(finding);
    if (diagnostic && !(at(doc, diagnostic.range.start, finding.start) && at(doc, diagnostic.range.end, finding.end))) diagnostic = undefined;
    if (!diagnostic) {
      diagnostic = { range: toRange(doc, finding), severity: LSP_SEVERITY[finding.severity], code: finding.code, source: 'newslens', message: finding.message };
      memo?.set(finding, diagnostic);
    }
    result.push(diagnostic);
  }
  if (firstLeftOut) {
    const at = doc.positionAt(firstLeftOut.start);
    result.push({
      range: { start: at, end: at },
      severity: DiagnosticSeverity.Information,
      code: 'annotations.limit',
      source: 'newslens',
      message:
        `The Problems panel lists the first ${max.toLocaleString('en')} of the ${annotations.toLocaleString('en')} annotations of this document; ` +
        'the others start here. Hovers, the Outline and the Article Report show them all; warnings and errors are always listed (setting newslens.annotations.max).',
    });
  }
  return result;
}

/** Whether the position is exactly that of the offset (not a position past its line's end, which offsetAt clamps). */
function at(doc: PositionMapper, position: Position, offset: number): boolean {
  return doc.offsetAt(position) === offset && (position.character === 0 || doc.offsetAt({ line: position.line, character: 0 }) === offset - position.character);
}
