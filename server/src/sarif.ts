// SARIF 2.1.0 output for code-scanning dashboards: one run, one result per finding.
import type { Analysis, Severity } from './analysis/types';
import { lineColumn, lineStarts } from './lineColumn';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(files: { file: string; analysis: Analysis }[], version: string): object {
  const rules = new Map<string, { id: string; shortDescription: { text: string } }>();
  const results = [];
  for (const { file, analysis } of files) {
    const { text } = analysis.article;
    const starts = lineStarts(text);
    for (const f of analysis.findings) {
      if (!rules.has(f.code)) rules.set(f.code, { id: f.code, shortDescription: { text: f.code } });
      const start = lineColumn(text, f.start, starts);
      const end = lineColumn(text, f.end, starts);
      results.push({
        ruleId: f.code,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file.split('\\').join('/') },
              region: { startLine: start.line + 1, startColumn: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1, charOffset: f.start, charLength: f.end - f.start },
            },
          },
        ],
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'newslens', version, informationUri: 'https://example.invalid/newslens', rules: [...rules.values()] } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
