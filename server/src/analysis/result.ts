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
  /** `officeNote`: where the office is the article's rather than the knowledge base's, why. */
  leaders: { id: string; name: string; office: string; country: string; mentions: ResultMention[]; officeNote?: string }[];
  people: { name: string; mentions: ResultMention[]; evidence?: string }[];
  quotes: {
    start: number;
    end: number;
    text: string;
    kind: Quote['kind'];
    speaker?: TextSpan & { leaderId?: string; name?: string };
    cue?: TextSpan;
    source?: TextSpan;
    /** Quotations inside this one ("… ‘We are done,’ …"). */
    nested?: TextSpan[];
    /** How the speaker was found ("after", "before", "previous", …) and the same in words. */
    rule?: string;
    explanation?: string;
  }[];
  diagnostics: ResultDiagnostic[];
}

type ResultMention = Pick<Mention, 'start' | 'end' | 'text' | 'kind' | 'title' | 'evidence'>;

export function toResult(analysis: Analysis, key: { id: string } | { file: string }): Result {
  return {
    ...key,
    referenceDate: analysis.article.referenceDate,
    dates: analysis.dates.map(({ start, end, text, type, value, rule, explanation, utc, utcOffset }) =>
      withDefined({ start, end, text, type, value, rule, explanation }, { utc, utcOffset }),
    ),
    leaders: analysis.leaders.map((l: Leader) => withDefined({ id: l.id, name: l.name, office: l.office, country: l.country, mentions: l.mentions.map(mention) }, { officeNote: l.officeNote })),
    people: analysis.people.map((p: Person) => withDefined({ name: p.name, mentions: p.mentions.map(mention) }, { evidence: p.evidence })),
    quotes: analysis.quotes.map((q) => withDefined({ start: q.start, end: q.end, text: q.text, kind: q.kind }, { speaker: q.speaker, cue: q.cue, source: q.source, nested: q.nested, rule: q.rule, explanation: q.explanation })),
    diagnostics: analysis.findings.map(({ start, end, severity, code, message }) => ({ start, end, severity, code, message })),
  };
}

function mention(m: Mention): ResultMention {
  return withDefined({ start: m.start, end: m.end, text: m.text, kind: m.kind }, { title: m.title, evidence: m.evidence });
}

/** `base` with the optional fields that have a value, in their order (adding keeps objects fast; deleting does not). */
function withDefined<B extends object, O extends object>(base: B, optional: O): B & Partial<O> {
  const result = base as B & Partial<O>;
  for (const key in optional) if (optional[key] !== undefined) (result as Record<string, unknown>)[key] = optional[key];
  return result;
}
