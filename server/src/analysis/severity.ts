// Severity settings applied to findings: per rule code (`date.weekday-mismatch`) or per family (`date`).
import type { Finding, Severity } from './types';

export type SeverityOverride = Severity | 'off';

export interface SeveritySettings {
  severities: Record<string, SeverityOverride>;
  /** Whether Information annotations (every date, leader and quote) are shown. */
  showAnnotations: boolean;
}

export function effectiveSeverity(finding: Finding, settings: SeveritySettings): SeverityOverride {
  const override = settings.severities[finding.code] ?? settings.severities[finding.code.split('.')[0]];
  if (override) return override;
  if (finding.severity === 'information' && !settings.showAnnotations) return 'off';
  return finding.severity;
}

/** The findings as the user configured them: re-levelled, and those turned off left out. */
export function applySeverities(findings: Finding[], settings: SeveritySettings): Finding[] {
  if (settings.showAnnotations && isEmpty(settings.severities)) return findings;
  const result: Finding[] = [];
  for (const finding of findings) {
    const severity = effectiveSeverity(finding, settings);
    if (severity !== 'off') result.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  return result;
}

function isEmpty(record: Record<string, unknown>): boolean {
  for (const _ in record) return false;
  return true;
}
