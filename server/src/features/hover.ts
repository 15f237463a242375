// Hover: the facts behind the date, leader, person or quote under the cursor, and why.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { countStartingBefore } from '../analysis/spans';
import { officeAsOf } from '../analysis/leaders';
import { termRange } from '../analysis/leaders/kb';
import { describeTimex } from '../analysis/timexText';
import type { Analysis, DateMention, Leader, Person, Quote, Span } from '../analysis/types';
import { toRange, touches, type PositionMapper } from './positions';

type Target =
  | { kind: 'date'; span: Span; date: DateMention }
  | { kind: 'leader'; span: Span; leader: Leader }
  | { kind: 'person'; span: Span; person: Person }
  | { kind: 'quote'; span: Span; quote: Quote }
  | { kind: 'speaker'; span: Span; quote: Quote };

/** Everything under the offset, the most specific (shortest) first. */
export function targetsAt(analysis: Analysis, offset: number): Target[] {
  const found: Target[] = [];
  for (const date of near(analysis.dates, offset)) if (touches(date, offset)) found.push({ kind: 'date', span: date, date });
  for (const leader of analysis.leaders) {
    if (!within(leader.mentions, offset)) continue;
    for (const m of near(leader.mentions, offset)) if (touches(m, offset) || (m.title && touches(m.title, offset))) found.push({ kind: 'leader', span: m, leader });
  }
  for (const person of analysis.people) {
    if (within(person.mentions, offset)) for (const m of near(person.mentions, offset)) if (touches(m, offset)) found.push({ kind: 'person', span: m, person });
  }
  // A speaker may stand up to a few hundred characters before the quote, or long after its opening.
  for (const quote of near(analysis.quotes, offset, 5000, 400)) {
    if (quote.speaker && touches(quote.speaker, offset)) found.push({ kind: 'speaker', span: quote.speaker, quote });
    if (touches(quote, offset)) found.push({ kind: 'quote', span: quote, quote });
  }
  // Entities before speakers on the same span: the leader's hover already lists their quotes.
  const rank = { date: 0, leader: 0, person: 0, speaker: 1, quote: 2 };
  return found.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start) || rank[a.kind] - rank[b.kind]);
}

/** How far before the offset an item that touches it may start (a long date, a title before a name). */
const REACH = 200;

/** Whether the offset lies between an entity's first mention (and a title up to `reach` before it) and its last. */
function within(mentions: Span[], offset: number, reach = REACH): boolean {
  return mentions.length > 0 && offset >= mentions[0].start - reach && offset <= mentions[mentions.length - 1].end;
}

/**
 * The items (in document order) that may touch the offset: those starting from `reach` before it to `ahead` after it.
 */
function near<T extends Span>(items: T[], offset: number, reach = REACH, ahead = 0): T[] {
  const lo = countStartingBefore(items, offset - reach);
  const result: T[] = [];
  for (let i = lo; i < items.length && items[i].start <= offset + ahead; i++) result.push(items[i]);
  return result;
}

export function hover(analysis: Analysis, doc: PositionMapper, offset: number, knowledgeStatus: string): Hover | null {
  const target = targetsAt(analysis, offset)[0];
  if (!target) return null;
  let value: string;
  switch (target.kind) {
    case 'date':
      value = dateHover(analysis, target.date);
      break;
    case 'leader':
      value = leaderHover(analysis, target.leader, knowledgeStatus, target.span);
      break;
    case 'person':
      value = personHover(analysis, target.person);
      break;
    case 'speaker':
      value = speakerHover(analysis, target.quote);
      break;
    case 'quote':
      value = quoteHover(analysis, target.quote);
      break;
  }
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(doc, target.span) };
}

function dateHover(analysis: Analysis, date: DateMention): string {
  const lines = [`**${escape(date.text)}** · ${date.type}`, ''];
  if (date.value) {
    const words = describeTimex(date.value, date.type);
    lines.push(words === date.value ? `\`${date.value}\`` : `${words} · \`${date.value}\``);
  } else {
    lines.push('Unresolved: the article has no publication date.');
  }
  if (date.utc) lines.push('', `UTC: \`${date.utc}\`${date.utcOffset ? ` (offset ${date.utcOffset})` : ''}`);
  lines.push('', `*${escape(date.explanation)}*`);
  const { referenceDate, referenceDateSource } = analysis.article;
  if (date.relative && referenceDate) lines.push('', `Reference date ${referenceDate} (${sourceWords(referenceDateSource)}). Rule: \`${date.rule}\``);
  else lines.push('', `Rule: \`${date.rule}\``);
  return lines.join('\n');
}

function sourceWords(source: Analysis['article']['referenceDateSource']): string {
  if (source === 'front-matter') return 'from the front matter';
  if (source === 'option') return 'given on the command line';
  if (source === 'setting') return 'from the newslens.referenceDate setting';
  return 'unknown';
}

export function quotesBy(analysis: Analysis, match: (quote: Quote) => boolean): Quote[] {
  return analysis.quotes.filter((q) => q.kind !== 'scare' && q.speaker && match(q));
}

function leaderHover(analysis: Analysis, leader: Leader, knowledgeStatus: string, at: Span): string {
  const lines = [`**${escape(leader.name)}**`, ''];
  const mention = leader.mentions.find((m) => m.start === at.start && m.end === at.end);
  if (mention?.evidence) lines.push(`“${escape(mention.text)}” refers to ${escape(leader.name)}: ${escape(mention.evidence)}.`, '');
  if (leader.office) lines.push(`${escape(officeAsOf(leader, analysis.article.referenceDate))}${leader.countryName ? ` · ${escape(leader.countryName)}` : ''}`);
  if (leader.officeNote) lines.push('', `*${escape(leader.officeNote.charAt(0).toUpperCase() + leader.officeNote.slice(1))}.*`);
  if (leader.term) {
    const { start, end } = leader.term;
    const onDate = analysis.article.referenceDate;
    const current = !end || (onDate !== null && end >= onDate);
    lines.push('', `Term: ${termRange(start, end, onDate, knowledgeStatus, ' – ')}${!current && onDate ? ` (ended before ${onDate})` : ''}`);
  }
  const names = leader.mentions.filter((m) => m.kind === 'name').length;
  const descriptions = leader.mentions.length - names;
  lines.push('', `Mentioned ${count(names, 'time')} by name${descriptions ? ` and ${count(descriptions, 'time')} by description` : ''} in this article.`);
  lines.push(...quoteList(quotesBy(analysis, (q) => q.speaker?.leaderId === leader.id)));
  lines.push('', leader.known ? `*Knowledge base as of ${knowledgeStatus}.*` : '*Not in the knowledge base: recognised from the title used in this article.*');
  return lines.join('\n');
}

function personHover(analysis: Analysis, person: Person): string {
  const lines = [`**${escape(person.name)}**`, '', `Person named in this article (${count(person.mentions.length, 'mention')}); not a leader in the knowledge base.`];
  if (person.evidence) lines.push('', `Why a person: ${escape(person.evidence)}.`);
  lines.push(...quoteList(quotesBy(analysis, (q) => !q.speaker?.leaderId && q.speaker?.name === person.name)));
  return lines.join('\n');
}

function speakerHover(analysis: Analysis, quote: Quote): string {
  const speaker = quote.speaker!;
  const who = speaker.leaderId ? analysis.leaders.find((l) => l.id === speaker.leaderId) : undefined;
  const name = who?.name ?? speaker.name ?? speaker.text;
  const theirs = quotesBy(analysis, (q) => (speaker.leaderId ? q.speaker?.leaderId === speaker.leaderId : q.speaker?.name === name));
  return [`**${escape(name)}**${who?.office ? ` · ${escape(officeAsOf(who, analysis.article.referenceDate))}` : ''}`, ...quoteList(theirs)].join('\n');
}

function quoteList(quotes: Quote[]): string[] {
  if (quotes.length === 0) return [];
  return ['', `Quotes in this article (${quotes.length}):`, ...quotes.map((q) => `- ${escape(truncate(q.text, 80))}${q.cue ? ` — ${escape(q.cue.text)}` : ''}`)];
}

function quoteHover(analysis: Analysis, quote: Quote): string {
  const head = [`**Quote** · ${quote.kind}`, `> ${escape(truncate(quote.text, 200))}`];
  if (quote.kind === 'scare') {
    return [...head, 'A term in quotation marks with no speaker (scare quotes): not attributed to anyone.'].join('\n\n');
  }
  const facts: string[] = [];
  if (quote.speaker) {
    const leader = quote.speaker.leaderId ? analysis.leaders.find((l) => l.id === quote.speaker!.leaderId) : undefined;
    const name = leader?.name ?? quote.speaker.name;
    const via = name && name !== quote.speaker.text ? `${escape(name)} (as “${escape(quote.speaker.text)}”)` : escape(quote.speaker.text);
    facts.push(`Speaker: ${via}${leader?.office ? `, ${escape(officeAsOf(leader, analysis.article.referenceDate))}` : ''}`);
  } else {
    facts.push('Speaker: **none found** — add an attribution such as “…,” she said.');
  }
  if (quote.cue) facts.push(`Cue: “${escape(quote.cue.text)}”`);
  if (quote.source) facts.push(`Source: ${escape(quote.source.text)}`);
  if (quote.explanation) facts.push(`Why: ${escape(quote.explanation)}`);
  return [...head, facts.join('  \n')].join('\n\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function escape(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}
