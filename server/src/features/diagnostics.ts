// Findings -> LSP diagnostics, with the user's severity settings applied.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { applySeverities, type SeveritySettings } from '../analysis/severity';
import type { Analysis, Severity } from '../analysis/types';
import { toRange, type PositionMapper } from './positions';

export const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function diagnostics(analysis: Analysis, doc: PositionMapper, settings: SeveritySettings): Diagnostic[] {
  return applySeverities(analysis.findings, settings).map((finding) => ({
    range: toRange(doc, finding),
    severity: LSP_SEVERITY[finding.severity],
    code: finding.code,
    source: 'newslens',
    message: finding.message,
  }));
}
