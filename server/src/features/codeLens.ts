// Code lens at the top of an article: what was found, with links to the outline and the Problems panel.
import type { CodeLens } from 'vscode-languageserver';
import type { Analysis } from '../analysis/types';
import type { PositionMapper } from './positions';

export function codeLenses(analysis: Analysis, doc: PositionMapper): CodeLens[] {
  const { leaders, dates, quotes, findings, article } = analysis;
  const statements = quotes.filter((q) => q.kind !== 'scare');
  const unattributed = statements.filter((q) => !q.speaker).length;
  const problems = findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length;
  const at = doc.positionAt(article.body.start);
  const range = { start: at, end: at };
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const summary = `${plural(leaders.length, 'leader')} · ${plural(dates.length, 'date')} · ${plural(statements.length, 'quote')}${unattributed ? ` (${unattributed} unattributed)` : ''}`;
  return [
    { range, command: { title: summary, command: 'outline.focus' } },
    { range, command: { title: problems ? `${plural(problems, 'problem')} to review` : 'no problems', command: 'workbench.actions.view.problems' } },
  ];
}
