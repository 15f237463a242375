// Findings -> LSP diagnostics, with the user's severity settings applied.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Analysis, Finding, Severity } from '../analysis/types';
import { toRange, type PositionMapper } from './positions';

export type SeverityOverride = Severity | 'off';

export interface DiagnosticSettings {
  /** Per code (`date.weekday-mismatch`) or per family (`date`). */
  severities: Record<string, SeverityOverride>;
  /** Whether Information annotations (every date, leader and quote) are shown. */
  showAnnotations: boolean;
}

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function effectiveSeverity(finding: Finding, settings: DiagnosticSettings): SeverityOverride {
  const override = settings.severities[finding.code] ?? settings.severities[finding.code.split('.')[0]];
  if (override) return override;
  if (finding.severity === 'information' && !settings.showAnnotations) return 'off';
  return finding.severity;
}

export function diagnostics(analysis: Analysis, doc: PositionMapper, settings: DiagnosticSettings): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const finding of analysis.findings) {
    const severity = effectiveSeverity(finding, settings);
    if (severity === 'off') continue;
    result.push({
      range: toRange(doc, finding),
      severity: LSP_SEVERITY[severity],
      code: finding.code,
      source: 'newslens',
      message: finding.message,
    });
  }
  return result;
}
