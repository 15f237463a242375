// The core's data model. Offsets are UTF-16 code units into the whole document text, end exclusive.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix that a user most likely wants (VS Code's "preferred" quick fix). */
  preferred?: boolean;
}

/** A diagnostic before it becomes an LSP one: says what is wrong, where, and why. */
export interface Finding extends Span {
  severity: Severity;
  /** Stable code such as `date.weekday-mismatch`. */
  code: string;
  message: string;
  fixes?: Fix[];
}

export interface FrontMatter extends Span {
  /** Offset where the YAML text starts (after the opening `---` line) and ends (before the closing one). */
  yaml: Span;
  data: Record<string, unknown>;
}

export type ReferenceDateSource = 'front-matter' | 'option' | 'setting';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends TextSpan {
  kind: TokenKind;
  /** text.toLowerCase(), read once: the quotation rules compare words in lower case again and again. */
  lower: string;
}

export interface Dateline extends TextSpan {
  /** The place name only ("MOSCOW"). */
  place: string;
}

export interface Article {
  text: string;
  frontMatter: FrontMatter | null;
  /** The article text after the front matter. */
  body: Span;
  title: string | null;
  /** YYYY-MM-DD: the date that relative expressions resolve against, or null when none is known. */
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource | null;
  /** Front matter `timezone` (IANA name or UTC offset), when given. */
  timezone: string | null;
  dateline: Dateline | null;
  paragraphs: Span[];
  sentences: Span[];
  /** Problems found while reading the article itself (front matter, encoding). */
  findings: Finding[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends TextSpan {
  type: TimexType;
  /** TimeML TIMEX3 value: `2025-07-03`, `2025-W27`, `2025-SU`, `P2W`, `2025-07-03T10:00`, `PAST_REF`. */
  value: string;
  /** Which rule found and resolved it, for hovers ("weekday, past tense"). */
  rule: string;
  /** Whether the value depends on the reference date. */
  relative: boolean;
  /** How the value was resolved, in a sentence. */
  explanation: string;
  /** For times with a zone or a conversion: the UTC instant, `2025-07-03T14:00Z`. */
  utc?: string;
  /** For times: the UTC offset used or implied, `-04:00`. */
  utcOffset?: string;
}

export type MentionKind = 'name' | 'description' | 'pronoun';

export interface Mention extends TextSpan {
  kind: MentionKind;
  /** The title that precedes a name ("President" in "President Donald Trump"). */
  title?: TextSpan;
  /** For a description: why it refers to this person ("the one person named in this article who fits it on …"). */
  evidence?: string;
}

export interface Term {
  office: string;
  /** Short title used before a name: "President", "Prime Minister", "Chancellor". */
  title: string;
  role: string;
  /** ISO 3166-1 alpha-2 code, or an organisation code (UN, EU, NATO, ...). */
  country: string;
  start: string;
  end: string | null;
}

export interface Leader {
  id: string;
  name: string;
  /** Office held on the reference date, or the most recent one before it. */
  office: string;
  country: string;
  countryName: string;
  term: Term | null;
  /** False for people found in the text by their title but not in the knowledge base. */
  known: boolean;
  /** Where the office is the article's rather than the knowledge base's, why: "from the article's own words; …". */
  officeNote?: string;
  mentions: Mention[];
  /** By the given name, where it is mostly a woman's or a man's; for "she" and "he". */
  gender?: 'female' | 'male';
}

export interface Person {
  name: string;
  mentions: Mention[];
  /** Why the name is taken for a person: "“Megyn” is a given name", "introduced with the title “Ms.”". */
  evidence?: string;
  /** By the given name, where it is mostly a woman's or a man's; for "she" and "he". */
  gender?: 'female' | 'male';
}

export type QuoteKind = 'statement' | 'partial' | 'scare';

export interface Speaker extends TextSpan {
  leaderId?: string;
  name?: string;
}

export interface Quote extends TextSpan {
  kind: QuoteKind;
  speaker?: Speaker;
  cue?: TextSpan;
  /** The medium or outlet it was taken from ("AFP", "Truth Social"). */
  source?: TextSpan;
  /** Quotations nested inside this one (‘…’ inside “…”). */
  nested?: TextSpan[];
  /** How the speaker was found: the shape of the attribution ("after", "before", "previous", …). */
  rule?: string;
  /** The same in words, with what the speaker's words refer to. */
  explanation?: string;
}

export interface Analysis {
  article: Article;
  dates: DateMention[];
  leaders: Leader[];
  people: Person[];
  quotes: Quote[];
  /** Every finding of every detector, in document order. */
  findings: Finding[];
  /** How the body uses quotation marks (absent when the quotes could not be read). */
  markStyle?: MarkStyle;
}

/**
 * How a document uses its quotation marks, read from its whole body. A part of the document analysed alone (the
 * quick pass after an edit) takes the document's, so that a few paragraphs do not read the marks another way.
 */
export interface MarkStyle {
  /** Wire copy's ``…'' marks. */
  wire: boolean;
  /** Single marks quote and double ones nest, as British papers write. */
  singles: boolean;
  /** The body holds typographic quotation marks. */
  typographic: boolean;
}
