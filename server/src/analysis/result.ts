// The JSON result shape that the CLI prints and outside evaluations read. Extend it; never rename or drop a field.
import type { Analysis, DateMention, Leader, Mention, Person, Quote, Severity, TextSpan } from './types';

export interface ResultDiagnostic {
  start: number;
  end: number;
  severity: Severity;
  code: string;
  message: string;
}

export interface Result {
  id?: string;
  file?: string;
  referenceDate: string | null;
  dates: Pick<DateMention, 'start' | 'end' | 'text' | 'type' | 'value' | 'rule' | 'explanation' | 'utc' | 'utcOffset'>[];
  leaders: { id: string; name: string; office: string; country: string; mentions: ResultMention[] }[];
  people: { name: string; mentions: ResultMention[] }[];
  quotes: {
    start: number;
    end: number;
    text: string;
    kind: Quote['kind'];
    speaker?: TextSpan & { leaderId?: string; name?: string };
    cue?: TextSpan;
    source?: TextSpan;
  }[];
  diagnostics: ResultDiagnostic[];
}

type ResultMention = Pick<Mention, 'start' | 'end' | 'text' | 'kind' | 'title'>;

export function toResult(analysis: Analysis, key: { id: string } | { file: string }): Result {
  return {
    ...key,
    referenceDate: analysis.article.referenceDate,
    dates: analysis.dates.map(({ start, end, text, type, value, rule, explanation, utc, utcOffset }) =>
      strip({ start, end, text, type, value, rule, explanation, utc, utcOffset }),
    ),
    leaders: analysis.leaders.map((l: Leader) => ({ id: l.id, name: l.name, office: l.office, country: l.country, mentions: l.mentions.map(mention) })),
    people: analysis.people.map((p: Person) => ({ name: p.name, mentions: p.mentions.map(mention) })),
    quotes: analysis.quotes.map((q) => strip({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, cue: q.cue, source: q.source })),
    diagnostics: analysis.findings.map(({ start, end, severity, code, message }) => ({ start, end, severity, code, message })),
  };
}

function mention(m: Mention): ResultMention {
  return strip({ start: m.start, end: m.end, text: m.text, kind: m.kind, title: m.title });
}

function strip<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
