// Findings -> LSP diagnostics, with the user's severity settings applied.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { applySeverities, type SeveritySettings } from '../analysis/severity';
import type { Analysis, Finding, Severity } from '../analysis/types';
import { toRange, type PositionMapper } from './positions';

export const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The findings as LSP diagnostics. `memo` keeps the diagnostic of each finding object: after an edit, findings before
 * it are the same objects at the same positions (the incremental analysis reuses them), so they are not converted
 * again. A memo is only valid for one set of settings.
 */
export function diagnostics(analysis: Analysis, doc: PositionMapper, settings: SeveritySettings, memo?: WeakMap<Finding, Diagnostic>): Diagnostic[] {
  return applySeverities(analysis.findings, settings).map((finding) => {
    const known = memo?.get(finding);
    if (known) return known;
    const diagnostic: Diagnostic = {
      range: toRange(doc, finding),
      severity: LSP_SEVERITY[finding.severity],
      code: finding.code,
      source: 'newslens',
      message: finding.message,
    };
    memo?.set(finding, diagnostic);
    return diagnostic;
  });
}
