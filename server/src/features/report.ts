// The article report: a Markdown page with the timeline, the leaders, the quotes by speaker and the findings.
import { officeAsOf } from '../analysis/leaders';
import { compareTimex, describeTimex } from '../analysis/timexText';
import type { Analysis } from '../analysis/types';
import { lineColumn, lineStarts } from '../lineColumn';

export function articleReport(analysis: Analysis, fileName: string): string {
  const { article } = analysis;
  const starts = lineStarts(article.text);
  const at = (offset: number) => {
    const { line, column } = lineColumn(article.text, offset, starts);
    return `${line + 1}:${column + 1}`;
  };
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out: string[] = [`# ${cell(article.title ?? fileName)}`, ''];
  out.push(`Reference date: **${article.referenceDate ?? 'none'}**${article.referenceDateSource ? ` (${article.referenceDateSource})` : ''}`, '');

  out.push('## Timeline', '');
  if (analysis.dates.length === 0) out.push('No dates found.');
  else {
    out.push('| when | value | text | line |', '|---|---|---|---|');
    for (const d of [...analysis.dates].sort((a, b) => compareTimex(a.value, b.value) || a.start - b.start)) {
      out.push(`| ${cell(describeTimex(d.value, d.type))} | \`${d.value || '?'}\` | ${cell(d.text)} | ${at(d.start)} |`);
    }
  }

  out.push('', '## Leaders', '');
  if (analysis.leaders.length === 0) out.push('No leaders found.');
  else {
    out.push('| name | office | country | mentions |', '|---|---|---|---|');
    for (const l of analysis.leaders) out.push(`| ${cell(l.name)} | ${cell(officeAsOf(l, analysis.article.referenceDate) || '?')} | ${cell(l.countryName || l.country)} | ${l.mentions.length} |`);
  }
  if (analysis.people.length) out.push('', `Other people: ${analysis.people.map((p) => p.name).join(', ')}`);

  out.push('', '## Quotes', '');
  const statements = analysis.quotes.filter((q) => q.kind !== 'scare');
  if (statements.length === 0) out.push('No quotes found.');
  const bySpeaker = new Map<string, string[]>();
  for (const q of statements) {
    const leader = q.speaker?.leaderId ? analysis.leaders.find((l) => l.id === q.speaker!.leaderId) : undefined;
    const name = leader?.name ?? q.speaker?.name ?? q.speaker?.text ?? 'Unattributed';
    const line = `- ${q.text}${q.cue ? ` — *${q.cue.text}*` : ''}${q.source ? `, via ${q.source.text}` : ''} (${q.kind}, line ${at(q.start)})`;
    bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), line]);
  }
  for (const [name, lines] of bySpeaker) out.push(`**${name}**`, '', ...lines, '');

  out.push('', '## Findings', '');
  const findings = analysis.findings.filter((f) => f.severity !== 'information');
  if (findings.length === 0) out.push('No problems found.');
  for (const f of findings) out.push(`- ${at(f.start)} **${f.severity}** \`${f.code}\`: ${f.message}`);
  return out.join('\n') + '\n';
}
