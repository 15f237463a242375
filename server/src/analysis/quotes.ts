// Finds quotations, classifies them and attributes them to their speakers.
import { bodyHeadline } from './article';
import { countStartingBefore } from './spans';
import type { Article, Finding, Fix, Leader, MarkStyle, Mention, Person, Quote, QuoteKind, Span, Speaker, TextSpan, Token } from './types';
import { MAX_PROBLEMS_KEPT, TYPOGRAPHIC, openingMark, quotedWords, scanMarks, wireOpening, type MarkScan, type QuoteSpan } from './quotes/marks';
import { TokenIndex, accordingToAfter, answerFrom, byAgent, clauseSubject, cueBefore, cueThenSpeaker, findSource, nameBeforeColon, quotedAs, sentenceSubject, speakerThenCue, type Attribution } from './quotes/attribution';
import { GIVEN_NAMES, UNISEX_GIVEN_NAMES, hasWomansGivenName, honorificGender } from './leaders/lexicon';
import { CUE_FORMS, DETERMINERS, FOREIGN_PRONOUNS, NP_STOPS, PEOPLE_NOUN, PERSONAL_PRONOUNS, SCARE_PRECEDERS, SUBJECT_PRONOUNS, TITLES } from './quotes/lexicon';

export interface QuoteOptions {
  /** Read ''…'' (two apostrophes, as newspaper archive copy writes) as double quotation marks. */
  doubledApostrophes: boolean;
}

export interface QuoteContext extends Partial<QuoteOptions> {
  leaders: Leader[];
  people: Person[];
  /** The document's use of quotation marks when the text is a part of it analysed alone (it then offers no fix for the whole document). */
  markStyle?: MarkStyle;
}

/** How far around a quotation its attribution is looked for: keeps the work per quotation bounded. */
const WINDOW = 300;

interface Work {
  span: QuoteSpan;
  paragraph: number;
  /** Sentence indexes of the opening and closing marks. */
  first: number;
  last: number;
  pre: Span;
  post: Span;
  /** Whether `post` is the next sentence (the quotation ended its own sentence). */
  postIsNextSentence: boolean;
  attribution: Attribution | null;
  /** Set when the attribution was borrowed from a neighbouring quotation or sentence. */
  inherited: boolean;
  /** Words set apart in single marks in copy that quotes with double ones: a term, whoever used it. */
  term?: boolean;
  kind: QuoteKind;
}

interface EntityMention {
  start: number;
  end: number;
  kind: Mention['kind'];
  leaderId?: string;
  name: string;
  /** From the titles the article gives the person ("Mr", "Ms", "Lord", "Dame"), when they agree. */
  feminine?: boolean;
}

export function findQuotes(parsed: Article, context: QuoteContext): { quotes: Quote[]; findings: Finding[]; markStyle: MarkStyle } {
  const { text } = parsed;
  const scan = scanMarks(text, parsed.paragraphs, bodyHeadline(parsed), context.markStyle, context.doubledApostrophes);
  const article: Article = { ...parsed, sentences: splitBeforeQuotations(text, parsed.sentences, scan.quotes) };
  const tokens = new TokenIndex(text, article.paragraphs);
  const mentions = new MentionIndex(collectMentions(context));
  // A quoted value in markup (<tweet author="…">) is not a quotation.
  const works = scan.quotes.filter((span) => text[span.start - 1] !== '=').map((span) => frame(article, span));
  const headline = bodyHeadline(parsed);
  // Copy that quotes with double marks sets words apart in single ones, outside its headline.
  const isTerm = (w: Work) => !scan.style.singles && (w.span.open === "'" || w.span.open === '‘') && !(headline && w.span.start < headline.end);

  for (let k = 0; k < works.length; k++) {
    const w = works[k];
    const prev = works[k - 1];
    const next = works[k + 1];
    // A term does not end the words before or after a quotation.
    if (prev && prev.paragraph === w.paragraph && !isTerm(prev)) w.pre.start = Math.max(w.pre.start, prev.span.end);
    if (next && next.paragraph === w.paragraph + w.span.continued.length && !isTerm(next)) w.post.end = Math.min(w.post.end, next.span.start);
    w.term = isTerm(w);
    w.attribution = w.term ? null : attributeLocally(article, tokens, w);
  }
  inheritAttributions(article, tokens, works);
  // "Jo Roe in quotes": a headline that says whose the quotations below it are.
  const collected = headline ? IN_QUOTES.exec(text.slice(headline.start, headline.end)) : null;
  if (collected && headline) {
    const speaker = { start: headline.start + collected.indices![1][0], end: headline.start + collected.indices![1][1] };
    for (const w of works) if (!w.attribution?.speaker && !w.term && w.span.start >= headline.end) w.attribution = { speaker, shape: 'previous' };
  }
  for (let k = 0; k < works.length; k++) {
    const w = works[k];
    const inHeadline = !!headline && w.span.start < headline.end;
    if (inHeadline) attributeInHeadline(text, w, headline);
    w.kind = (inHeadline || w.term) && !w.attribution?.speaker ? 'scare' : classify(text, w);
    // “Parks and Recreation” and “Guardians of the Galaxy”: a title listed right after a title names a work too.
    const prev = works[k - 1];
    if (w.kind !== 'scare' && prev?.kind === 'scare' && /^\s*(?:,|and|or|,\s*and|,\s*or)?\s*$/.test(text.slice(prev.span.end, w.span.start))
      && namesWork(quotedWords(text, prev.span)) && namesWork(quotedWords(text, w.span))) w.kind = 'scare';
  }

  const quotes: Quote[] = [];
  const trail = new QuoteTrail(quotes);
  for (const w of works) {
    const quote: Quote = { start: w.span.start, end: w.span.end, text: text.slice(w.span.start, w.span.end), kind: w.kind };
    if (w.span.nested.length) quote.nested = w.span.nested.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
    if (w.kind !== 'scare' && w.attribution) {
      const a = w.attribution;
      if (a.speaker) {
        quote.speaker = link(text, article.sentences, a.speaker, mentions, trail, a.antecedent, w.span);
        quote.rule = a.shape;
        quote.explanation = explainAttribution(a.shape, quote.speaker, a.antecedent && text.slice(a.antecedent.start, a.antecedent.end));
      }
      if (a.cue) quote.cue = slice(text, a.cue);
      // A quotation that goes on with the cue of an earlier one ("…,” he told Reuters. “…”) has its source too.
      // So does one whose left-out subject is the speaker before ("…,” he told Reuters, adding, “…”).
      const sameCue = a.cue && w.inherited ? quotes.slice(-3).findLast((q) => (q.cue?.start === a.cue!.start || (a.speaker && q.speaker?.start === a.speaker.start)) && q.source) : undefined;
      const source = sourceOf(article, w, quote.speaker) ?? sameCue?.source;
      if (source) quote.source = source;
    }
    trail.push(quote);
  }
  const findings = [...quoteFindings(text, quotes), ...markFindings(text, scan, article, !context.markStyle)];
  if (!context.doubledApostrophes && !context.markStyle && !scan.style.wire) findings.push(...doubledApostropheHint(text, article));
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes, findings, markStyle: scan.style };
}

// "and her husband cut in.", "Then Mark Lee chimed in:": a clause that ends with somebody breaking in.
const CUT_IN = /(?:^\s*|,\s*(?:and|but|when)\s+|[.;]\s+)(?:(?:Then|And|But|So|Now)\s+)?((?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+\p{Ll}+|(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+|[Hh]e|[Ss]he)\s+((?:cut|broke|chimed|jumped|butted)\s+in)\s*[.:]?\s*$/du;
/** CUT_IN's match, tried only on a text that ends in "in" (then spaces, a '.' or ':' and spaces, as trimEnd drops \s). */
function cutInOf(text: string): RegExpExecArray | null {
  let end = text.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  if (last === 46 || last === 58) end = end.slice(0, -1).trimEnd();
  return end.endsWith('in') ? CUT_IN.exec(text) : null;
}

// "'…', says minister", "Golden rule 'intact' says ex-aide": a headline drops the article before its speaker.
const HEADLINE_SPEAKER = /^\s*,?\s*(?:says|say|said|warns|claims|admits|insists|tells)\s+((?:\p{L}[\p{L}\p{N}.’'-]*\s+){0,3}\p{L}[\p{L}\p{N}.’'-]*)\s*$/u;

/**
 * A headline quotes without a full sentence around it: a speech verb and a bare noun after the quotation speak it;
 * without a cue, the quoted words are a claim the story goes on to attribute, not somebody's words in the headline.
 */
function attributeInHeadline(text: string, w: Work, headline: Span): void {
  const m = HEADLINE_SPEAKER.exec(text.slice(w.span.end, headline.end));
  if (m) {
    const start = headline.end - m[0].length + m[0].lastIndexOf(m[1]);
    const cue = w.span.end + m[0].search(/\p{L}/u);
    w.attribution = { speaker: { start, end: start + m[1].length }, cue: { start: cue, end: text.indexOf(' ', cue) }, shape: 'inverted' };
    return;
  }
  const cue = w.attribution?.cue;
  if (!cue) {
    w.attribution = null;
    return;
  }
  // "Security warning over …", "Drink remark …", "US state acts …": nouns; "Baywatch dubbed ‘…’", "Parties warned
  // over …", "Labour accused of …": a headline's passive, whose subject was spoken of, not speaking.
  const word = text.slice(cue.start, cue.end).toLowerCase();
  const after = text.slice(cue.end, cue.end + 8);
  if (/ing$/.test(word) || /^(?:remarks?|state|notes?|reports?|posts?|comments?)$/.test(word)
    || (/ed$/.test(word) && /^\s*(?:['‘"“]|(?:over|of|about|on|for|by|after|as|in|at)\s)/.test(after))) w.attribution = null;
}

// A sentence end (not an abbreviation) right before a quotation.
const SPACE = /\s/;
const SENTENCE_END = new Set(['.', '!', '?', '"', '”', '’', ')']);
const SENTENCE_BEFORE = /([\p{L}\p{N})\]]+)([.!?]["”’)]?)\s+$/u;
const ABBREVIATION_BEFORE = /^(?:[A-Z]|Sen|Rep|Gov|Gen|Lt|Col|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Vol|U\.S|[a-z])$/;

/**
 * Sentences that end right before an opening quotation mark ("Trump said no. “Would it …?” Hannity pressed.") end
 * there: the quotation opens a sentence of its own.
 */
function splitBeforeQuotations(text: string, sentences: Span[], quotes: QuoteSpan[]): Span[] {
  const cuts = new Set<number>();
  let k = 0;
  for (const q of quotes) {
    // A quotation that already opens a sentence needs no cut (a cut at a sentence's start is ignored below).
    while (k < sentences.length && sentences[k].start < q.start) k++;
    if (k < sentences.length && sentences[k].start === q.start) continue;
    // The pattern below needs a space before the mark and, before the spaces, a sentence's end: most quotations
    // fail that on their first characters, without the pattern.
    const from = Math.max(0, q.start - 40);
    let j = q.start - 1;
    while (j >= from && SPACE.test(text[j])) j--;
    if (j === q.start - 1 || j < from || !SENTENCE_END.has(text[j])) continue;
    const m = SENTENCE_BEFORE.exec(text.slice(from, q.start));
    if (!m || ABBREVIATION_BEFORE.test(m[1])) continue;
    cuts.add(q.start);
  }
  if (!cuts.size) return sentences;
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Span[] = [];
  for (const s of sentences) {
    let start = s.start;
    // The cuts inside the sentence: a binary search for the first after its start.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i] < s.end; i++) {
      out.push({ start, end: sorted[i] });
      start = sorted[i];
    }
    out.push({ start, end: s.end });
  }
  return out;
}

function slice(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** Index of the span that holds `pos` (or the last one starting before it). */
function indexAt(spans: Span[], pos: number): number {
  return countStartingBefore(spans, pos, true) - 1;
}

function frame(article: Article, span: QuoteSpan): Work {
  const { sentences, paragraphs } = article;
  const paragraph = Math.max(0, indexAt(paragraphs, span.start));
  const lastParagraph = paragraphs[Math.max(0, indexAt(paragraphs, span.end - 1))];
  const first = Math.max(0, indexAt(sentences, span.start));
  let last = Math.max(0, indexAt(sentences, span.end - 1));
  const s0 = sentences[first] ?? { start: 0, end: 0 };
  const pre = { start: Math.max(s0.start, span.start - WINDOW), end: span.start };
  let postEnd = sentences[last]?.end ?? span.end;
  let postIsNextSentence = false;
  // The quotation closed its own sentence (“We won.” Trump said.): the attribution may be the next "sentence".
  if (postEnd - span.end <= 1 && last + 1 < sentences.length && sentences[last + 1].start < lastParagraph.end + 1 && sentences[last + 1].start >= lastParagraph.start) {
    last++;
    postEnd = sentences[last].end;
    postIsNextSentence = true;
  }
  const post = { start: span.end, end: Math.min(postEnd, span.end + WINDOW, lastParagraph.end) };
  return { span, paragraph, first, last, pre, post, postIsNextSentence, attribution: null, inherited: false, kind: 'statement' };
}

function headOf(article: Article, tokens: TokenIndex, sentence: number, limit: number): Token[] {
  const s = article.sentences[sentence];
  return s ? tokens.withinShared(s.start, Math.min(s.end, limit, s.start + WINDOW)) : [];
}

function attributeLocally(article: Article, tokens: TokenIndex, w: Work): Attribution | null {
  const signed = signatureOf(article.text, w);
  if (signed) return { speaker: signed, shape: 'signature' };
  const asked = leadInOf(article, w);
  if (asked) return asked;
  const cutIn = cutInOf(article.text.slice(w.pre.start, w.pre.end));
  if (cutIn && /:\s*$/.test(cutIn[0])) {
    const at = w.pre.start;
    return { speaker: { start: at + cutIn.indices![1][0], end: at + cutIn.indices![1][1] }, cue: { start: at + cutIn.indices![2][0], end: at + cutIn.indices![2][1] }, shape: 'before' };
  }
  const credited = attributedTo(article.text, w.pre.start, w.pre.end);
  if (credited) return { speaker: credited, shape: 'colon' };
  // "detainee 'A' in Hill Prison said:": a person known by a quoted letter.
  const sentenceStart = article.sentences[w.first]?.start ?? w.pre.start;
  const letteredIn = article.text.slice(Math.max(sentenceStart, w.span.start - 120), w.span.start);
  // LETTERED ends in ':' or ',' and spaces (trimEnd drops what \s matches).
  const letteredEnd = letteredIn.trimEnd();
  const lettered = letteredEnd.endsWith(':') || letteredEnd.endsWith(',') ? LETTERED.exec(letteredIn) : null;
  if (lettered) {
    const at = Math.max(sentenceStart, w.span.start - 120);
    return { speaker: { start: at + lettered.indices![1][0], end: at + lettered.indices![1][1] }, cue: { start: at + lettered.indices![2][0], end: at + lettered.indices![2][1] }, shape: 'before' };
  }
  // "“It is better to …” – @jo_roe #Tag": a post signed after a dash, closed words before it.
  const dashSigned = /[.!?]["”’]?$/.test(article.text.slice(w.span.start, w.span.end)) ? DASH_SIGNED.exec(article.text.slice(w.span.end, w.span.end + 60)) : null;
  if (dashSigned) return { speaker: { start: w.span.end + dashSigned.indices![1][0], end: w.span.end + dashSigned.indices![1][1] }, shape: 'after' };
  const byline = BYLINE_COLON.exec(article.text.slice(w.pre.start, w.pre.end));
  if (byline) {
    const start = w.pre.start + byline.indices![1][0];
    return { speaker: { start, end: start + byline[1].length }, shape: 'colon' };
  }
  const found = attributeInSentence(article, tokens, w);
  if (!found?.speaker) return found;
  const poll = pollInstead(article, w, found.speaker);
  return poll ? { ...found, speaker: poll, antecedent: undefined } : found;
}

const NAMED_AFTER = /^\s*(?:(?:That|This|The)\s+(?:quote|line|remark|comment|question|words)\s+(?:from|by)\s+(?:\p{Ll}[\p{L}.-]*\s+){0,3}|(?:These|Those)\s+are\s+the\s+(?:questions|words)\s+)((?:\p{Lu}[\p{L}'’.-]+\s+){0,4}\p{Lu}[\p{L}'’-]+)(?=\s+\p{Ll}|[,.])/du;

const LETTERED = /(\b\p{Ll}+\s+['‘"“]\p{Lu}{1,2}['’"”])(?:\s+(?:in|at|from)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3})?\s*(said|says|told|added|wrote|writes)\s*[:,]\s*$/du;

const IN_QUOTES = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+in\s+(?:his|her|their|own)?\s*(?:own\s+)?(?:quotes|words)\s*$/du;

const DASH_SIGNED = /^ ?[–—] ?(@\w{2,})(?=$|[\s“”"#.,])/du;

// "a line attributed to Thomas Paine: “…”": whoever the words are credited to.
const ATTRIBUTED_TO = /\battributed\s+to\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s*[.:,]?\s*$/du;

function attributedTo(text: string, start: number, end: number): Span | undefined {
  const piece = text.slice(Math.max(start, end - 120), end);
  const m = piece.includes('attributed') ? ATTRIBUTED_TO.exec(piece) : null;
  const from = Math.max(start, end - 120);
  return m ? { start: from + m.indices![1][0], end: from + m.indices![1][1] } : undefined;
}

// “Ferry to close,” by the Courier’s Ann Lee: “…”: a headline's byline introduces the excerpt after it.
const BYLINE_COLON = /^\s*,?\s*by\s+(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}?\p{Lu}[\p{L}.&-]*['’]s?\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})\s*:\s*$/du;

// "Her response? “…”", "The Treasury's answer: “…”": a sentence naming whose answer the quotation is.
const LEAD_IN = /(?:^\s*|[.!?]["”’]?\s+)((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}?\p{Lu}[\p{L}.-]*?)(['’]s?)?\s+(?:\p{Ll}+\s+)?(response|answer|reply|verdict|message|advice|explanation|reaction|retort|excuse|defen[cs]e|prediction)\s*[?:]\s*$/u;

function leadInOf(article: Article, w: Work): Attribution | undefined {
  let from = Math.max(article.paragraphs[w.paragraph]?.start ?? 0, w.span.start - 80);
  // Not across another quotation.
  const text = article.text.slice(from, w.span.start);
  from += Math.max(text.lastIndexOf('"'), text.lastIndexOf('”'), text.lastIndexOf('“')) + 1;
  const before = article.text.slice(from, w.span.start);
  if (!/[?:]\s*$/.test(before)) return undefined;
  const m = LEAD_IN.exec(before);
  if (!m || (!m[2] && !/^(?:His|Her|Their|Its)$/i.test(m[1]))) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]);
  const cue = from + m.index + m[0].lastIndexOf(m[3]);
  return { speaker: { start, end: start + m[1].length }, cue: { start: cue, end: cue + m[3].length }, shape: 'possessor' };
}

// A signature line: "Bill Clinton", "Former NAACP president Ben Jealous", "Dean Baker, Center for Economic Research".
const SIGNATURE = /^(?:[\p{L}.’'-]+ ){0,4}?\p{Lu}[\p{L}.’'-]* \p{Lu}[\p{L}.’'-]*(?=,|\.?$)/u;

/**
 * The speaker of a pull quote or a quoted post signed on its last line, inside the marks: "…take out the bomb. /
 * Donald Trump." The line is a name, with at most a few words of title before it and a role after a comma.
 */
function signatureOf(text: string, w: Work): Span | undefined {
  const last = w.span.continued.at(-1);
  if (last === undefined || !/\p{Lu}/u.test(text[last] ?? '')) return undefined;
  const line = text.slice(last, w.span.end - 1).trimEnd();
  if (line.length > 90 || line.split(' ').length > 12) return undefined;
  const m = SIGNATURE.exec(line);
  if (!m) return undefined;
  const end = last + m[0].replace(/\.$/, '').length;
  return { start: last, end };
}

// A share of those polled: "37 percent of Americans", "75% of Republicans", "29 points", "a majority of voters".
const SHARE = /^(?:\d[\d.,]*\s*(?:%|percent\b|per cent\b|points?\b|of\b)|\d+$|(?:a|the)\s+(?:majority|plurality|minority|third|quarter|half)\s+of\b|(?:most|half|two-thirds|three-quarters)\s+of\b|(?:\w+)\s+in\s+(?:\d+|ten)\b)/i;
// The poll that found it, earlier in the sentence: "In a CNN/ORC poll released Monday, 31% … said".
const POLL = /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts)\s+(?:[\p{L}\p{N}’'./&-]+\s+){0,6}?(?:poll|survey)(?:\s+(?:released|conducted|published|taken)(?:\s+(?:on\s+)?[A-Z][a-z]+)?)?(?![\p{L}])/gu;

/** The poll whose respondents a share-of-respondents speaker stands for, when the sentence names it. */
function pollInstead(article: Article, w: Work, speaker: Span): Span | undefined {
  const { text } = article;
  if (!SHARE.test(text.slice(speaker.start, speaker.end))) return undefined;
  const sentence = article.sentences[w.first];
  if (!sentence || speaker.start < sentence.start) return undefined;
  const head = text.slice(sentence.start, speaker.start);
  let last: RegExpExecArray | null = null;
  for (const m of head.matchAll(POLL)) last = m as RegExpExecArray;
  if (!last) return undefined;
  const start = sentence.start + last.index;
  return { start, end: start + last[0].length };
}

function attributeInSentence(article: Article, tokens: TokenIndex, w: Work): Attribution | null {
  const post = tokens.within(w.post.start, w.post.end);
  const inner = quotedWords(article.text, w.span).trimEnd();
  const openEnded = /[,?!—–-]$/.test(inner);
  const pre = tokens.within(w.pre.start, w.pre.end);
  // "…,” Reuters quoted a source as saying. / Reuters quoted a source as saying: “…”
  const quoted = (w.postIsNextSentence ? null : quotedAs(post, 0, Math.min(post.length, 22), false)) ?? quotedAs(pre, Math.max(0, pre.length - 16), pre.length, true);
  if (quoted) return quoted;
  const before = cueBefore(pre, headOf(article, tokens, w.first, w.span.start));
  if (!w.postIsNextSentence) {
    const after = speakerThenCue(post, openEnded) ?? cueThenSpeaker(post, openEnded) ?? accordingToAfter(post) ?? answerFrom(post, pre);
    // "Obama said “it gets me mad” every time he thinks …": a cue that introduces the quotation owns it; words after
    // a fragment that does not end its own clause are another clause.
    if (after?.speaker && before?.speaker && before.cue && !before.passive && introduces(article.text, before.cue, w.span.start) && !/[,?!]$/.test(inner)) return before;
    // "Weiner admitted that they had “been friends,” he claimed …": a quotation inside the that-clause of an earlier
    // cue belongs to that cue even when it ends with a comma; what follows is a clause of its own.
    if (after?.speaker && before?.speaker && before.cue && !before.passive && /,$/.test(inner) && embeds(article.text, before.cue, w.span.start) && !/\b(?:not|never|cannot)\s*$|n['’]t\s*$/i.test(article.text.slice(Math.max(0, before.cue.start - 12), before.cue.start))) return before;
    // "Although he says he “loves China,” he also accuses it …": a quotation in an opening subordinate clause belongs
    // to that clause's cue; the words after its comma are the main clause.
    if (after?.speaker && before?.speaker && before.cue && !before.passive && /,$/.test(inner) && opensSubordinate(article, w, before)) return before;
    if (after?.speaker) return after;
    // "described as a “reset” by some diplomats", "labeled “top secret” by the State Department".
    if (before?.cue && !before.speaker || before?.passive || (before?.cue && /ed$/.test(article.text.slice(before.cue.start, before.cue.end)) && w.span.start - before.cue.end < 40)) {
      const agent = post[0] && /^(?:by|,)$/i.test(post[0].text) ? byAgent(post, 0) : undefined;
      if (agent && before?.cue) return { speaker: agent, cue: before.cue, shape: 'before' };
    }
  }
  const colon = nameBeforeColon(pre);
  // "Pollsters agree - Carl Bialik: “…”": a name set off by a dash before the colon introduces the quotation; the
  // cue before the dash has its own clause.
  if (colon && /[-—–]\s*$/.test(article.text.slice(w.pre.start, colon.start))) return { speaker: colon, shape: 'colon' };
  if (before?.passive) return before;
  if (before?.speaker) return before;
  const opening = openingGerund(article, w, post);
  if (opening) return opening;
  if (colon) return { speaker: colon, shape: 'colon' };
  if (w.postIsNextSentence) {
    // A closed quotation followed by a bare “Trump said.” as its own sentence. A quotation that ends a sentence
    // somebody else's words began ("… became “campaign related.” Federal rules suggest …") is not introduced by the next.
    const after = standsAlone(article.text, w) || /:\s*$/.test(article.text.slice(w.pre.start, w.pre.end)) ? speakerThenCue(post, /[?!]$/.test(inner)) ?? cueThenSpeaker(post, /[?!]$/.test(inner)) : null;
    // "“…” Jo Roe added: “…”": a named speaker's cue before a colon introduces the next quotation, not the one before
    // it ("“…” He added: “…”" goes on with the same speaker, and both quotations are theirs).
    const introducesNext = after?.cue && /^\s*:/.test(article.text.slice(after.cue.end, after.cue.end + 3))
      && !PERSONAL_PRONOUNS.has(article.text.slice(after.speaker!.start, after.speaker!.end).split(/\s/)[0].toLowerCase());
    if (after?.speaker && !introducesNext && !(after.cue && reportsMore(article.text, after.cue))) return after;
  } else {
    // The attribution closes the sentence: "Clinton “drew well” in the primary, said professor Paul Beck."
    for (let i = 0; i < post.length; i++) {
      if (post[i].text !== ',') continue;
      const rest = post.slice(i + 1);
      const late = speakerThenCue(rest) ?? cueThenSpeaker(rest);
      if (late?.speaker) return late;
    }
  }
  // "“…,” Mr Bootle.": a name alone closing the sentence, its speech verb left out.
  if (!before?.speaker && !w.postIsNextSentence && /,$/.test(inner)) {
    const m = NAME_ALONE.exec(article.text.slice(w.span.end, w.post.end));
    if (m) {
      const start = w.span.end + m[0].indexOf(m[1]);
      return { speaker: { start, end: start + m[1].length }, shape: 'after' };
    }
  }
  return before;
}

const NAME_ALONE = /^\s*((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prof)\.?\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2})\s*\.\s*$/u;

// A sentence that opens with a preposition and a speech verb in -ing: "After describing the plan as", "By calling".
const OPENING_GERUND = /^([\s"“(]*(?:By|After|In|While|Before|When|Since|Upon|On|Despite|Besides)\s+)(\p{Ll}+ing)\s[^,;:]*$/u;

/** "After describing the plan as “reckless,” the governor left": the subject of the main clause speaks. */
function openingGerund(article: Article, w: Work, post: Token[]): Attribution | undefined {
  const sentence = article.sentences[w.first];
  if (!sentence || w.postIsNextSentence || (post[0]?.text !== ',' && !/,$/.test(quotedWords(article.text, w.span).trimEnd()))) return undefined;
  const m = OPENING_GERUND.exec(article.text.slice(sentence.start, w.span.start));
  if (!m || !CUE_FORMS.has(m[2])) return undefined;
  const subject = sentenceSubject(post[0]?.text === ',' ? post.slice(1) : post);
  if (!subject || !/^\s*$/.test(article.text.slice(w.span.end, subject.speaker.start).replace(',', ''))) return undefined;
  const cueStart = sentence.start + m[1].length;
  return { speaker: subject.speaker, cue: { start: cueStart, end: cueStart + m[2].length }, shape: 'participle' };
}

/**
 * Quotations without their own attribution take it from a quotation in the same sentence, or, when they stand as a
 * sentence of their own, from the sentence before (“…,” he said. “…”) or the speaker it introduced.
 */
function inheritAttributions(article: Article, tokens: TokenIndex, works: Work[]): void {
  for (let k = 0; k < works.length; k++) {
    const w = works[k];
    if (w.attribution?.speaker || w.term) continue;
    // Same sentence: the nearest quotation with a speaker, before or after.
    let donor: Work | undefined;
    for (let d = 1; d <= 3 && !donor; d++) {
      for (const o of [works[k - d], works[k + d]]) {
        // Not a later quotation introduced by its own speaker after this one: "Roe said he was “tired,” while his
        // aides sent letters that called him “brave”".
        const speaker = o?.attribution?.speaker;
        const introducedLater = !!speaker && o.attribution!.shape === 'before' && o.span.start > w.span.end && speaker.start >= w.span.end && speaker.end <= o.span.start;
        if (speaker && !o.inherited && overlapsSentences(o, w) && !(o.postIsNextSentence && o.span.start > w.span.start) && !introducedLater) {
          donor = o;
          break;
        }
      }
    }
    if (donor) {
      w.attribution = { ...donor.attribution!, cue: w.attribution?.cue ?? donor.attribution!.cue };
      w.inherited = true;
      continue;
    }
    if (w.attribution?.passive) continue;
    if (!standsAlone(article.text, w)) {
      // Somebody's words inside a sentence with no speech verb: "Clinton decried the “systemic racism”".
      const head = headOf(article, tokens, w.first, w.span.start);
      const owner = possessorOfWords(article.text, w);
      if (owner) {
        w.attribution = { speaker: owner, cue: w.attribution?.cue, shape: 'possessor' };
        continue;
      }
      const sentence = article.sentences[w.first];
      const forName = sentence && /:\s*$/.test(article.text.slice(w.pre.start, w.pre.end)) ? forNameIn(article.text, sentence.start, w.span.start) : undefined;
      if (forName) {
        w.attribution = { speaker: forName, cue: w.attribution?.cue, shape: 'subject' };
        continue;
      }
      const subject = sentenceSubject(head) ?? clauseSubject(head);
      if (subject && subject.speaker.end <= w.span.start) w.attribution = { ...subject, cue: w.attribution?.cue, shape: 'subject' };
      else if (!w.attribution) {
        // "This makes it harder, he said. Good information wins only when “the truth is sexier.”": a sentence with
        // neither subject nor cue goes on reporting the speaker of the sentence before, in the same paragraph.
        const reported = reportedBefore(article, tokens, works, k);
        if (reported) {
          w.attribution = reported;
          w.inherited = true;
        }
      } else if (w.attribution.cue && elidesSubject(article, w)) {
        // "…,” Ms Jowell said. And continued: “…”: a cue without a subject goes on with the last speaker.
        const prev = works[k - 1];
        const reported = reportedBefore(article, tokens, works, k) ?? (prev?.attribution?.speaker && prev.paragraph >= w.paragraph - 1 ? prev.attribution : undefined);
        if (reported?.speaker) {
          w.attribution = { speaker: reported.speaker, antecedent: reported.antecedent, cue: w.attribution.cue, shape: 'previous' };
          w.inherited = true;
        }
      }
      continue;
    }
    if (w.attribution?.cue) continue;
    // An epigraph-style attribution on the next line: “…” / — Sanders.
    const nextParagraph = article.paragraphs[w.paragraph + w.span.continued.length + 1];
    // The name may be followed by who or where they are: "— Jo Roe, a nurse from Ohio."
    if (nextParagraph && nextParagraph.end - nextParagraph.start < 120 && w.span.end >= article.paragraphs[w.paragraph + w.span.continued.length].end - 2) {
      const m = /^([-—–]\s*)(\p{Lu}[\p{L}.’' -]*?)(?:,\s[^\n]*)?\.?$/u.exec(article.text.slice(nextParagraph.start, nextParagraph.end));
      if (m) {
        const start = nextParagraph.start + m[1].length;
        w.attribution = { speaker: { start, end: start + m[2].length }, shape: 'after' };
        continue;
      }
    }
    // "“…” That quote from Mayor Jo Roe appeared …", "These are the questions Jo Roe asks …": the sentence after
    // names whose the words are.
    const nextSentence = article.sentences[w.last + (w.postIsNextSentence ? 0 : 1)];
    const named = nextSentence && nextSentence.start >= w.span.end ? NAMED_AFTER.exec(article.text.slice(nextSentence.start, Math.min(nextSentence.end, nextSentence.start + 160))) : null;
    if (named) {
      const start = nextSentence.start + named.indices![1][0];
      const end = nextSentence.start + named.indices![1][1];
      const span = { start, end };
      if (personLike(article.text, span)) {
        w.attribution = { speaker: span, shape: 'after' };
        continue;
      }
    }
    // The sentence before: a quotation with a speaker, or a speech verb with a subject.
    const prevSentence = article.sentences[w.first - 1];
    if (!prevSentence || !sameOrNextParagraph(article, prevSentence, w)) continue;
    // "…,” Ebeling said, and her husband cut in. “…”": somebody breaking in speaks the next words.
    const cutIn = cutInOf(article.text.slice(prevSentence.start, prevSentence.end));
    if (cutIn) {
      const start = prevSentence.start + cutIn.indices![1][0];
      w.attribution = { speaker: { start, end: start + cutIn[1].length }, cue: { start: prevSentence.start + cutIn.indices![2][0], end: prevSentence.start + cutIn.indices![2][1] }, shape: 'previous' };
      w.inherited = true;
      continue;
    }
    // Words of the sentence before, outside its quotations.
    const quoted = (span: Span) => works.slice(Math.max(0, k - 4), k).some((o) => o.span.start <= span.start && span.end <= o.span.end);
    const sentenceTokens = tokens.within(Math.max(prevSentence.start, prevSentence.end - WINDOW), prevSentence.end).filter((t) => !quoted(t));
    const head = headOf(article, tokens, w.first - 1, prevSentence.end);
    const cued = cueBefore(sentenceTokens, head, true);
    const found = cued?.speaker && quoted(cued.speaker) ? { ...cued, speaker: undefined } : cued;
    // "The restoration of the films revealed some items too. “…”": a thing that shows a thing says nothing.
    const object = found?.cue && /^\s+(?:some|several|many|new|a|an|its)\s/.test(article.text.slice(found.cue.end, found.cue.end + 10));
    const reporter = found?.speaker && !(object && !namesSomebody(article.text, found.speaker));
    const prevQuote = works[k - 1];
    // A closed quotation's frame reaches into the next sentence; when that sentence did not attribute it but reports
    // somebody's words of its own ("“…” Jo Roe says the goal is …"), that somebody speaks on.
    const reportedBetween = reporter && prevQuote?.postIsNextSentence && prevQuote.last === w.first - 1 && prevQuote.attribution?.speaker
      && prevQuote.attribution.speaker.start < prevQuote.span.end;
    if (prevQuote && prevQuote.attribution?.speaker && prevQuote.last >= w.first - 1 && prevQuote.span.end <= w.span.start && !reportedBetween) {
      const turn = exchangeTurn(article, works, k);
      w.attribution = { ...(turn ?? prevQuote.attribution), shape: 'previous' };
      w.inherited = true;
      continue;
    }
    // "I recall a line attributed to Thomas Paine. “…”"
    const credited = attributedTo(article.text, prevSentence.start, prevSentence.end);
    if (credited) {
      w.attribution = { speaker: credited, shape: 'previous' };
      w.inherited = true;
      continue;
    }
    if (reporter && found?.speaker) {
      w.attribution = { speaker: found.speaker, antecedent: found.antecedent, shape: 'previous' };
      w.inherited = true;
      continue;
    }
    // "Then, says Mr Jones, the market turned. “…”": a speech verb set off with its speaker inside the sentence before.
    const aside = ASIDE_CUE.exec(article.text.slice(prevSentence.start, Math.min(prevSentence.end, prevSentence.start + WINDOW)));
    if (aside) {
      const start = prevSentence.start + aside.index + aside[0].length - aside[1].length - 1;
      w.attribution = { speaker: { start, end: start + aside[1].length }, shape: 'previous' };
      w.inherited = true;
      continue;
    }
    // "He also played up his strength: “…”" — a sentence that ends with a colon introduces the quotation.
    const introduced = /:\s*$/.test(article.text.slice(prevSentence.start, prevSentence.end)) || /[:]\s*$/.test(article.text.slice(Math.max(0, w.span.start - 3), w.span.start));
    // Not a word of a quotation in that sentence ("‘Nobody knew …,’ one of them admitted."): its subject is outside.
    const outside = (found?: { speaker: Span }) => (found && !quoted(found.speaker) ? found : undefined);
    const subject = outside(sentenceSubject(head));
    if (introduced) {
      // "For Jo Roe, this is progress: “…”": the person the view is given for.
      const forName = subject && namesSomebody(article.text, subject.speaker) ? undefined : forNameIn(article.text, prevSentence.start, prevSentence.end);
      if (forName) {
        w.attribution = { speaker: forName, shape: 'previous' };
        w.inherited = true;
      } else if (subject && namesSomebody(article.text, subject.speaker)) {
        w.attribution = { ...subject, shape: 'previous' };
        w.inherited = true;
      }
      continue;
    }
    // "Trump spoke only in bromides. “We have to do something.”": without a speech verb, a quotation standing alone
    // after a sentence about a named person or a he/she gives that person's words; the person may be the subject
    // of an inner clause ("…, since Trump spoke only in bromides.").
    const person = [subject, outside(clauseSubject(head))].find((s) => s && actsAsPerson(article.text, head, s.speaker));
    if (person) {
      w.attribution = { ...person, shape: 'previous' };
      w.inherited = true;
      continue;
    }
    // "“…,” Ms Lee said. Screens differ. “…”": the person quoted last, at most two sentences of narration before,
    // goes on speaking.
    const last = works[k - 1];
    // Only a speaker named with a speech verb, not "they"; not after a sentence about a document ("The minutes show …")
    // or one asking or introducing ("The response?").
    if (last?.attribution?.speaker && last.attribution.cue && last.last >= w.first - 3 && last.paragraph >= w.paragraph - 1 && !last.term && last.kind !== 'scare'
      && (personLike(article.text, last.attribution.speaker) || leadsWithName(article.text.slice(last.attribution.speaker.start, last.attribution.speaker.end))) && !/^(?:they|we|who)$/i.test(article.text.slice(last.attribution.speaker.start, last.attribution.speaker.end))
      && !/\b(?:minutes|documents?|papers|report|letters?|records|diary|transcripts?|memos?|notes)\b|[?:]\s*$/i.test(article.text.slice(prevSentence.start, prevSentence.end))) {
      w.attribution = { ...last.attribution, cue: undefined, shape: 'previous' };
      w.inherited = true;
    }
  }
}

const asks = (text: string, w: Work | undefined) => !!w && /\?\s*$/.test(quotedWords(text, w.span));
const isAsked = (text: string, w: Work | undefined) => !!w?.attribution?.cue && /^ask(?:s|ed)?$/i.test(text.slice(w.attribution.cue.start, w.attribution.cue.end));

/**
 * In an exchange of questions and answers, who says quotation `k`, which stands alone after quotation k - 1: after
 * a question somebody asked, the one asked ("Paxman asked Michael Howard"), or the one who answered before; after an
 * answer, a question goes back to the asker. `undefined` when no exchange goes on.
 */
function exchangeTurn(article: Article, works: Work[], k: number): Attribution | undefined {
  const { text } = article;
  const prev = works[k - 1];
  const before = works[k - 2];
  const speakerText = (o: Work | undefined) => o?.attribution?.speaker ? text.slice(o.attribution.speaker.start, o.attribution.speaker.end) : undefined;
  const near = before && before.paragraph >= prev.paragraph - 1 && before.attribution?.speaker;
  const other = near && speakerText(before) !== speakerText(prev) ? before.attribution : undefined;
  // The one before answered the same asker: an interview goes on.
  const interview = !!other && !asks(text, before) && isAsked(text, works[k - 3]) && speakerText(works[k - 3]) === speakerText(prev);
  if (asks(text, prev) && !asks(text, works[k]) && (isAsked(text, prev) || interview)) {
    // "Paxman asked Michael Howard: “…?”": the one asked answers.
    const cue = prev.attribution!.cue;
    const m = cue && /^\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)/u.exec(text.slice(cue.end, cue.end + 60));
    const start = m ? cue.end + m[0].length - m[1].length : -1;
    // Not the asker after the cue: “…?” asked Paxman.
    if (m && isAsked(text, prev) && prev.attribution!.speaker!.start !== start) return { speaker: { start, end: start + m[1].length }, shape: 'previous' };
    // Without a listener named, the asker may go on ("“Will I …?” she asked. “I don't know.”").
    return interview ? other : undefined;
  }
  // "“…?” asked Paxman. “…,” replied Howard. “…?”": the asker asks again.
  if (!asks(text, prev) && asks(text, works[k]) && other && asks(text, before) && isAsked(text, before)) return other;
  return undefined;
}

const ASIDE_CUE = /,\s+(?:says|said|adds|added|argues|argued|recalls|recalled|explains|explained|notes|noted)\s+((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}),/u;

/** A named person or a he/she followed by a verb (not a credit line like "Jane Roe via Getty Images"). */
const FOR_NAME = /^\s*For\s+((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),[^"“”:]*:\s*$/du;

/** "For Jo Roe, this is progress:" before a quotation: the person named after "For". */
function forNameIn(text: string, start: number, end: number): Span | undefined {
  const m = FOR_NAME.exec(text.slice(start, end));
  const span = m ? { start: start + m.indices![1][0], end: start + m.indices![1][1] } : undefined;
  return span && personLike(text, span) ? span : undefined;
}

/** "Kirsten Roe from the Electronics Association": a phrase that opens with two capitalised words of a name. */
function leadsWithName(phrase: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+(?: (?:from|of|at)\b|,)/u.exec(phrase);
  return !!m && !DETERMINERS.has(m[1].toLowerCase()) && !TITLES.has(m[1].toLowerCase());
}

function actsAsPerson(text: string, sentence: Token[], subject: Span): boolean {
  let verb = sentence.find((t) => t.start >= subject.end);
  // "Jo Roe, editor of a magazine, has a view": the verb comes after an appositive set off by commas.
  if (verb?.text === ',') {
    const at = sentence.indexOf(verb);
    const close = sentence.findIndex((t, j) => j > at + 1 && t.text === ',');
    verb = close > 0 && close - at <= 8 ? sentence[close + 1] : undefined;
  }
  const acts = !!verb && verb.kind === 'word' && /^\p{Ll}/u.test(verb.text) && !/^(?:via|of|for|in|on|at|from|with|by|and|or)$/.test(verb.text);
  const phrase = text.slice(subject.start, subject.end);
  // Not "I'm", "I" or an indefinite pronoun.
  return acts && personLike(text, subject) && !/['’]|^I$/.test(phrase) && !/^(?:they|who|nobody|no one|everyone|everybody|someone|somebody|anyone|anybody)$/i.test(phrase);
}

// "Trump’s pledge to be “neutral”", "her remark that “…”", "his call for “a total ban”": a name's (or his, her,
// their) noun of saying, with nothing but its own clause between it and the quotation.
const POSSESSED_WORDS = /(?:^|[^\p{L}])(?:((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s|([Hh]is|[Hh]er|[Tt]heir))\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:claims?|pledges?|promises?|offers?|vows?|calls?|dictum|conclusion|assertion|remarks?|comments?|warnings?|accusations?|insistence|argument|suggestion|description|words|phrase|term)\s+(?:that|to|of|about|for)\s[^.!?;:"“”]{0,80}$/u;

/** Who owns the claim, pledge or remark the quotation gives, in the words before it. */
function possessorOfWords(text: string, w: Work): Span | undefined {
  const from = Math.max(w.pre.start, w.span.start - 200);
  const before = text.slice(from, w.span.start);
  if (!/['’]s\s|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s/.test(before)) return undefined;
  const m = POSSESSED_WORDS.exec(before);
  if (!m) return undefined;
  // "While Sanders’s call for …": a capitalised opening word is not part of the name.
  const matched = m[1] ?? m[2];
  const owner = m[1] ? m[1].replace(/^(?:(?:While|When|But|And|As|If|Although|Though|After|Before|Since|Because|The|In|On|At|For|With)\s+)+/, '') : m[2];
  const start = from + m.index + m[0].indexOf(matched) + matched.length - owner.length;
  return { start, end: start + owner.length };
}

/** A sentence's opening up to a quotation that is a verb with at most three words after it: "And continued:". */
const ELIDED_SUBJECT = /^[\s—–\-(]*(?:(?:and|but|then|yet)\s+)?(?:also\s+)?([\p{Lu}\p{Ll}\p{Lt}]+)(?:\s+[\p{Lu}\p{Ll}\p{Lt}][\p{L}.]*){0,3}\s*[:,]\s*$/iu;

/** Whether the quotation's sentence opens with a cue and no subject: "And continued:", "But told BBC News:". */
function elidesSubject(article: Article, w: Work): boolean {
  const sentence = article.sentences[w.first];
  const opening = sentence ? ELIDED_SUBJECT.exec(article.text.slice(sentence.start, w.span.start)) : null;
  return !!opening && !SUBJECT_PRONOUNS.has(opening[1].toLowerCase());
}

/** The speaker of a say-like cue in the sentence before a quotation's, in its paragraph, outside quotations. */
function reportedBefore(article: Article, tokens: TokenIndex, works: Work[], k: number): Attribution | undefined {
  const w = works[k];
  const countWords = article.text.slice(w.span.start, w.span.end).split(/\s+/).length;
  if (countWords < 3) return undefined;
  const prevSentence = article.sentences[w.first - 1];
  if (!prevSentence || indexAt(article.paragraphs, prevSentence.start) !== w.paragraph) return undefined;
  const sentenceTokens = tokens.within(Math.max(prevSentence.start, prevSentence.end - WINDOW), prevSentence.end)
    .filter((t) => !works.slice(Math.max(0, k - 4), k).some((o) => o.span.start <= t.start && t.end <= o.span.end));
  const found = cueBefore(sentenceTokens, headOf(article, tokens, w.first - 1, prevSentence.end), true);
  if (!found?.speaker || !found.cue || found.passive) return undefined;
  if (!/^(?:said|says|told|tells|added|adds|explained|explains|argued|argues|noted|notes|wrote|writes)$/i.test(article.text.slice(found.cue.start, found.cue.end))) return undefined;
  return { speaker: found.speaker, antecedent: found.antecedent, shape: 'previous' };
}

const SUBORDINATOR = /^[\s—–\-(]*(?:(?:but|and|yet|so)\s+)?(?:(?:even|just)\s+)?(?:when|while|whereas|although|though|as|after|before|if|because|since|once|until)\s/i;

/** Whether the quotation's sentence opens with a subordinate clause that holds the attribution found before it. */
function opensSubordinate(article: Article, w: Work, before: Attribution): boolean {
  const sentence = article.sentences[w.first];
  if (!sentence || before.speaker!.start < sentence.start) return false;
  const opening = article.text.slice(sentence.start, before.speaker!.start);
  if (!SUBORDINATOR.test(opening) || /[,.;:!?"“”]/.test(opening)) return false;
  // No comma between the cue and the quotation, unless the cue introduces it ("shouted, “…”").
  return introduces(article.text, before.cue!, w.span.start) || !article.text.slice(before.cue!.end, w.span.start).includes(',');
}

/** Whether a cue introduces the quotation right after it: "said", "said that", "claimed on Tuesday that", "said:". */
function introduces(text: string, cue: Span, quoteStart: number): boolean {
  const between = text.slice(cue.end, quoteStart);
  return between.length <= 40 && !/[.;!?()\n]/.test(between) && (/^\s*[:,]?\s*$/.test(between) || /\bthat\s*$/.test(between));
}

/** Whether the quotation sits in the that-clause of a cue, in the same clause: "admitted to the paper that he had “…”". */
function embeds(text: string, cue: Span, quoteStart: number): boolean {
  const between = text.slice(cue.end, quoteStart);
  return between.length <= 100 && !/[.;:!?()\n,—–]|\s-\s/.test(between) && /^\s*(?:to\s+[\w\s]{1,30}?\s+)?that\b/.test(between);
}

/** Whether two quotations share a sentence (not counting the next sentence a closed quotation looked into). */
function overlapsSentences(a: Work, b: Work): boolean {
  const lastA = a.last - (a.postIsNextSentence ? 1 : 0);
  const lastB = b.last - (b.postIsNextSentence ? 1 : 0);
  return a.first <= lastB && b.first <= lastA;
}

function sameOrNextParagraph(article: Article, sentence: Span, w: Work): boolean {
  const p = indexAt(article.paragraphs, sentence.start);
  return p === w.paragraph || p === w.paragraph - 1;
}

// What opens a reported clause or its subject: "said that …", "said the talks …", "added he was …".
const REPORTED_CLAUSE = /^\s+(?:that|he|she|it|they|there|we|i|his|her|its|their|the|a|an|this|these|those|some|many|no|\p{Lu}[\p{L}'’-]*)\s/u;
const WEEKDAY_NAME = /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;

/**
 * "“…was final.” The SEC said it had …": after a closed quotation, a cue that goes on with words of its own reports
 * them, not the quotation ("told the BBC", "asked Republicans" name a hearer, "said Monday" a day).
 */
function reportsMore(text: string, cue: Span): boolean {
  const after = text.slice(cue.end, cue.end + 40);
  return !/^(?:tell|ask)$/.test(CUE_FORMS.get(text.slice(cue.start, cue.end).toLowerCase()) ?? '') && REPORTED_CLAUSE.test(after) && !WEEKDAY_NAME.test(after);
}

/** Whether a quotation is a sentence of its own: nothing but punctuation before it in its sentence. */
function standsAlone(text: string, w: Work): boolean {
  return /^[\s—–\-(]*$/.test(text.slice(w.pre.start, w.pre.end));
}

function classify(text: string, w: Work): QuoteKind {
  const inner = quotedWords(text, w.span);
  const words = countWords(inner, 11);
  const before = text.slice(Math.max(w.pre.start, w.span.start - 40), w.span.start);
  const a = w.attribution;
  if ((words <= 10 || HEADLINE_BYLINE.test(text.slice(w.span.end, w.span.end + 40))) && isWorkTitle(text, w, inner)) return 'scare';
  if (words <= 3 && isNickname(text, w.span)) return 'scare';
  const after = text.slice(w.span.end, Math.min(text.length, w.span.end + 12));
  // "‘The new Pele’ - Jo Silva - signs today": a nickname the name set off by dashes after it explains.
  if (words <= 4 && /^\s+[-–—]\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+[-–—]\s/u.test(text.slice(w.span.end, w.span.end + 50)) && !/[.!?,]$/.test(inner.trimEnd())) return 'scare';
  // A year after the marks dates a slogan or a work: “No to the toll” (2008).
  if (words <= 10 && /^\s*\((?:1[89]|20)\d{2}\)/.test(after)) return 'scare';
  // A chant is a whole utterance, however short: chanted “USA! USA!”, calls of “Feel the Bern”.
  if (CHANTED.test(before)) return 'statement';
  // “…,” Jacobs said: a speech verb right after the quotation outweighs the words before it.
  const saidRightAfter = !!a?.speaker && (a.shape === 'after' || a.shape === 'inverted') && !w.inherited;
  if (SCARE_PRECEDERS.test(before) && words <= 6 && !saidRightAfter) return 'scare';
  // "a phenomenon called ‘knocking’", "links, called “trackers”", "launched in May and dubbed “Otoku”": a thing
  // given its name.
  // Not after a name's appositive: "what Jo Roe, treasurer of the campaign, called “…”".
  if (endsWithNaming(before) && A_THING_CALLED.test(before) && !AFTER_APPOSITIVE.test(text.slice(Math.max(w.pre.start, w.span.start - 120), w.span.start)) && words <= 4 && !saidRightAfter) return 'scare';
  // "The proposed question is: “Should …?”", "The slogan reads: “…”": the wording of a text, nobody's words.
  if (!a?.speaker && QUOTED_TEXT.test(text.slice(w.pre.start, w.span.start))) return 'scare';
  const trimmedBefore = text.slice(w.pre.start, w.pre.end).trimEnd();
  const endsWithPunct = /[.,!?…—–-]$/.test(inner.trimEnd());
  const startsUpper = /^[\s…(\[]*[\p{Lu}\p{N}]/u.test(inner) || /^\s*(?:\.\.\.|…)/.test(inner);
  const sentenceStart = /^[\s—–\-(]*$/.test(trimmedBefore);
  const introduced = /[:,]$/.test(trimmedBefore) || (a?.shape === 'before' && a.cue?.end === endOfWords(text, w.pre));
  const sentenceLike = (sentenceStart || introduced) && (startsUpper || endsWithPunct) && (words >= 2 || endsWithPunct);
  // “Road pricing” tops the agenda; “Welcome aboard” was the message: a few words that open a sentence and go on in
  // it without a stop name a term or a slogan, whoever spoke in the sentences before.
  if ((!a?.speaker || w.inherited) && sentenceStart && !endsWithPunct && words <= 6 && /^ \p{Ll}/u.test(after)
    && !/^ (?:in|on|at|for|to|from|by|with|and|or|of|as|after|before|during|since|until)\b/.test(after)) return 'scare';
  // A title in title case ("Meet the Press", "The Art of the Deal") names a work; nobody is quoted.
  if (!sentenceLike && isTitle(inner) && (!a?.speaker || a.shape === 'subject')) return 'scare';
  if (!a?.speaker || a.shape === 'subject') {
    // Without a speech verb, a short fragment is a term; a sentence-like quotation is an unattributed statement.
    if (sentenceLike) return 'statement';
    // A word or two in a sentence whose subject is a person ("Trump blamed it on “sickos”") is that person's word.
    // A speech verb in the sentence ("Comey slammed it as “extremely careless”") or a characterisation ("portrayed
    // them as “rapists”", "calls her record a “blueprint”") makes it somebody's words.
    if (words <= 2 && !(sentenceStart && endsWithPunct) && !(a?.speaker && (personLike(text, a.speaker) || peopleNoun(text, a.speaker))) && !a?.cue && !CHARACTERISED.test(before)) return 'scare';
    return 'partial';
  }
  if (sentenceLike) return 'statement';
  if (startsUpper && endsWithPunct && words >= 4) return 'statement';
  return 'partial';
}

// "The proposed question for the vote is:", "The slogan on the banner reads:".
const QUOTED_TEXT = /\b(?:question|wording|slogan|motto|headline|caption|inscription)(?:\s+\p{L}+){0,5}?\s+(?:is|was|will\s+be|reads|read)\s*:\s*$/iu;
const A_THING_CALLED = /(?:(?:^|[^\p{L}])(?:a|an)\s+\p{Ll}+\s+(?:called|named|dubbed)|,\s*(?:called|named|dubbed)|\sand\s+dubbed)\s*$/u;
const AFTER_APPOSITIVE = /\p{Lu}\p{Ll}+,[^,.;]{1,80},\s*(?:called|named|dubbed)\s*$/u;
/** The text ends in "called", "named" or "dubbed" and spaces (trimEnd drops what \s matches): A_THING_CALLED's ending. */
function endsWithNaming(text: string): boolean {
  const end = text.trimEnd();
  return end.endsWith('called') || end.endsWith('named') || end.endsWith('dubbed');
}
const CHANTED = /(?:^|[^\p{L}])(?:chant(?:s|ed|ing)?|(?:chants?|cry|cries|calls|shouts?|cheers|chorus|choruses|roars?)\s+of)\s*,?\s*$/iu;

/** A nickname between a given name and a surname: Marion "Suge" Knight, John “Tig” Tiegen. */
function isNickname(text: string, span: Span): boolean {
  return /(?:^|[^\p{L}])\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, span.start - 20), span.start))
    && /^\p{Lu}/u.test(text.slice(span.start + 1, span.start + 2))
    && /^ \p{Lu}\p{Ll}/u.test(text.slice(span.end, span.end + 3))
    && !/[,.!?]$/.test(text.slice(span.start + 1, span.end - 1));
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** The number of words in a text, counted up to `cap` (enough for the comparisons made with it). */
function countWords(text: string, cap: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < cap && WORD.exec(text)) n++;
  return n;
}

/** A characterisation right before a fragment: "described as a", "called him a", "labeled it". */
const CHARACTERISED = /(?:^|[^\p{L}])(?:(?<!such )as|call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|ed|led|ing)?|brand(?:s|ed|ing)?|deem(?:s|ed|ing)?|term(?:s|ed|ing)?|describ(?:e|es|ed|ing)|portray(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|denounc(?:e|es|ed|ing)|decr(?:y|ies|ied|ying))(?:\s+[\p{L}’'-]+){0,3}?\s+(?:(?:an?|the)\s+)?$/u;

// Words before a title that name the kind of work: the documentary “Weiner”, his memoir, “Tough Choices”.
// Or what made or played in it: author of “…”, starred in “…”, performed “…”; or its name given: a show called “…”.
const WORK_BEFORE = /(?:^|[^\p{L}])(?:(?:show|program|programme|project|podcast|book|memoir|film|movie|documentary|play|musical|series|song|album|ad|advert|spot|video|column|editorial|op-ed|article|drama|sitcom|thriller|comedy|anthem|novel|episode|segment|opera|poem|classic|broadcast|newsletter|blog|report|study|paper|hit|sketch)(?:\s*,?\s+(?:called|named)(?:\s+the)?)?|(?:account|website|site|group|organization|organisation|initiative|committee|PAC)\s*,?\s+(?:called|named)(?:\s+the)?|titled|entitled|headlined|(?:co-)?author of|starred in|stars in|roles? in|performs?|performed|sang|sings|hits including|songs including)\s*,?\s*$/iu;
// A possessive outlet or a programme someone appeared on: CNN’s “State of the Union”, television’s “Scandal”, on “The View”,
// told “Fox and Friends”.
const MEDIA_BEFORE = /(?:\b[A-Z][\p{L}.&-]*['’]s|\b(?:television|channel|network|station|radio)['’]s|(?:^|[^\p{L}])(?:on|told|to|for|star of|host of|hosts|co-hosts|edits|in|from|during|with))\s*$/u;
const WORK_AFTER = /^\s*(?:,?\s*(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:movie|film|book|novel|documentary|play|musical|song|album|show|series|podcast)\b|star|stars|host|co-host|actress|actor|anchor|creator|episode|show|podcast|program|broadcast|segment|theme|slogan|signs?|T-shirts?|shirts?|hats?|banner|movement|rally|crowd|campaign|initiative|bill|act|ad|video|franchise|reboot|sequel|series|tote)\b/iu;

const HEADLINE_BYLINE = /^\s*,?\s*by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*['’]s?\s+\p{Lu}/u;

/** A name of a work, show or slogan in title case, by its context: the nobody-said-it kind of quotation. */
function isWorkTitle(text: string, w: Work, inner: string): boolean {
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu) ?? [];
  const head = words[0];
  const after = text.slice(w.span.end, Math.min(text.length, w.span.end + 40));
  if (standsAlone(text, w) && words.length >= 3 && /^\s*,?\s*by\s+(?:the\s+)?\p{Lu}[\p{L}.]*['’]s?\s/u.test(after)) return true;
  // A headline with its byline anywhere: “Museum to close in May,” by the Courier’s Jo Roe.
  if (words.length >= 3 && HEADLINE_BYLINE.test(after)) return true;
  if (head === undefined || !/^\p{Lu}/u.test(head)) return false;
  const titleCase = words.length === 1 ? !/^\p{Lu}+$/u.test(head) || head.length <= 4 : isTitle(inner);
  if (!titleCase) return false;
  const before = text.slice(Math.max(w.pre.start, w.span.start - 40), w.span.start);
  if (WORK_BEFORE.test(before) || WORK_AFTER.test(after)) return true;
  // A headline with its byline: “Museum to close in December,” by the Times’ Jane Roe.
  if (standsAlone(text, w) && /^\s*,?\s*by\s+(?:the\s+)?\p{Lu}/u.test(after)) return true;
  return (words.length >= 2 || /['’]s\s*$/.test(before)) && MEDIA_BEFORE.test(before);
}

/** Whether a subject phrase can name a speaker: not a bare thing ("The rationale", "The latest example"). */
function namesSomebody(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end).split(/\s+/);
  if (!DETERMINERS.has(words[0].toLowerCase())) return true;
  // "The Bank of England", not "the restoration of the Star Wars films".
  const head = words.indexOf('of') > 0 ? words.slice(0, words.indexOf('of')) : words;
  return head.slice(1).some((w) => /^\p{Lu}/u.test(w)) || /(?:man|woman|men|women|er|ers|or|ors|ist|ists|ian|ians|ent|ents|ant|ants|aide|aides|official|officials|people|voters|leader|leaders|staff|team|campaign|committee|office|group|party|board|spokesman|spokeswoman|spokesperson)$/i.test(words.at(-1) ?? '');
}

/** A short phrase for people: "Tory delegates", "the tourists", "dial-up net users". */
function peopleNoun(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end).split(/\s+/);
  return words.length <= 4 && PEOPLE_NOUN.test(words[words.length - 1]);
}

function personLike(text: string, span: Span): boolean {
  const phrase = text.slice(span.start, span.end);
  return PERSONAL_PRONOUNS.has(phrase.toLowerCase()) || /^(?:they|who)$/i.test(phrase) || nameOf(phrase) !== undefined;
}

/** A title, or one capitalised word that is not a sentence: “Apollo 13”, “Brokers”. */
function namesWork(inner: string): boolean {
  return isTitle(inner) || /^\p{Lu}[\p{L}\p{N}'’-]*(?:\s\p{N}+)?[,.]?$/u.test(inner.trim());
}

/** Whether every longer word is capitalised: the name of a book, show or slogan. */
function isTitle(inner: string): boolean {
  const words = inner.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  // Capitals throughout ("GET IT DONE!") are a shout, not a title.
  if (words.length < 2 || !/\p{Ll}/u.test(inner)) return false;
  const long = words.filter((w) => w.length > 3 && !/^(?:with|from|into|over|about|than|upon|onto|that|this|your|their|from)$/.test(w));
  // Short words only ("New Day", "The View"): all of them capitalised, and no exclamation ("Ted! Ted!" is a chant).
  if (!long.length && /[!?]/.test(inner)) return false;
  const checked = long.length ? long : words;
  return checked.every((w) => /^\p{Lu}/u.test(w)) && /^\p{Lu}/u.test(words[0] ?? '');
}

function endOfWords(text: string, span: Span): number {
  let e = span.end;
  while (e > span.start && /[\s,:—–-]/.test(text[e - 1])) e--;
  return e;
}

function collectMentions(context: QuoteContext): EntityMention[] {
  const out: EntityMention[] = [];
  const add = (entity: Leader | Person, leaderId?: string) => {
    const feminine = genderOf(entity.mentions ?? []) ?? (entity.gender ? entity.gender === 'female' : undefined);
    for (const m of entity.mentions ?? []) out.push({ start: m.start, end: m.end, kind: m.kind, leaderId, name: entity.name, feminine });
  };
  for (const l of context.leaders ?? []) add(l, l.id);
  for (const p of context.people ?? []) add(p);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** True or false when the titles before a person's name say "Ms" or "Mr" (and never the other), else undefined. */
function genderOf(mentions: Mention[]): boolean | undefined {
  let male = false;
  let female = false;
  for (const m of mentions) {
    const gender = m.title ? honorificGender(m.title.text) : undefined;
    if (gender === false) male = true;
    else if (gender === true) female = true;
  }
  return male === female ? undefined : female;
}

/** An article's entity mentions sorted by start, with the furthest end so far, for overlap and nearest-before queries. */
class MentionIndex {
  private readonly maxEnd: number[];

  constructor(readonly list: EntityMention[]) {
    this.maxEnd = new Array<number>(list.length);
    let max = -Infinity;
    for (let i = 0; i < list.length; i++) this.maxEnd[i] = max = Math.max(max, list[i].end);
  }

  /** Index of the last mention whose start is before `pos` (`inclusive`: at or before), or -1. */
  lastStarting(pos: number, inclusive: boolean): number {
    return countStartingBefore(this.list, pos, inclusive) - 1;
  }

  /** The mentions that overlap a span, in index order. */
  overlapping(span: Span): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = this.lastStarting(span.end, false); i >= 0 && this.maxEnd[i] > span.start; i--) {
      if (this.list[i].end > span.start) out.push(this.list[i]);
    }
    return out.reverse();
  }
}

/**
 * The quotations attributed so far, in document order. When their starts and ends both grow (the mark scanner's
 * quotations never overlap), containment and the last named speaker are answered without a scan over all of them.
 */
class QuoteTrail {
  private readonly maxEnd: number[] = [];
  private ordered = true;
  private lastNamed = -1;

  constructor(readonly quotes: Quote[]) {}

  push(q: Quote): void {
    const n = this.quotes.length;
    if (n && (q.start < this.quotes[n - 1].start || q.end < this.quotes[n - 1].end)) this.ordered = false;
    this.maxEnd.push(n ? Math.max(this.maxEnd[n - 1], q.end) : q.end);
    if (q.speaker?.name) this.lastNamed = n;
    this.quotes.push(q);
  }

  /** Whether a quotation so far holds the span. */
  holds(m: Span): boolean {
    const quotes = this.quotes;
    if (!this.ordered) return quotes.some((q) => q.start <= m.start && m.end <= q.end);
    const lo = countStartingBefore(quotes, m.start, true);
    return lo > 0 && this.maxEnd[lo - 1] >= m.end;
  }

  /** The last quotation with a named speaker that ended less than `distance` before `pos`. */
  lastNamedBefore(pos: number, distance: number): Quote | undefined {
    const quotes = this.quotes;
    if (!this.ordered) {
      for (let i = quotes.length - 1; i >= 0; i--) if (quotes[i].speaker?.name && pos - quotes[i].end < distance) return quotes[i];
      return undefined;
    }
    // Ends grow with the index: if the last named one ended too long ago, so did every earlier one.
    const q = quotes[this.lastNamed];
    return q && pos - q.end < distance ? q : undefined;
  }
}

/** What speaks for its possessor: "Tanzi’s statement said", "the prime minister’s office said". */
const SPOKEN_FOR = /\s(?:statements?|office|campaign|camp|team|government|administration|book|memoir|film|movie|documentary|letter|memo|tweets?|post|website|blog|column|account|speech|remarks|comments|words|message|note|report|interview|lawyers?|attorneys?)$/i;

/** One or two lower-case words after a name that end the speaker's phrase: the noun it modifies. */
const MODIFIED_NOUN = /^(?:\s+(?!(?:afterwards?|meanwhile|later|also|then|too|again|himself|herself|themselves|instead|however|yesterday|today|tonight|now|still|earlier|alone|once|first|last|time|\p{Ll}+ly)(?![\p{L}-]))\p{Ll}[\p{Ll}-]*){1,2}$/u;

/** Links a speaker span to the entity whose mention overlaps it, resolving pronouns to the person they refer to. */
function link(text: string, sentences: Span[], span: Span, mentions: MentionIndex, earlier: QuoteTrail, antecedent?: Span, quote?: Span): Speaker {
  const speaker: Speaker = slice(text, span);
  if (antecedent) {
    const named = link(text, sentences, antecedent, mentions, earlier);
    if (named.leaderId) speaker.leaderId = named.leaderId;
    if (named.name) speaker.name = named.name;
    return speaker;
  }
  // "Baker’s neighbour", "Blair’s spokesman": somebody else speaks; "Tanzi’s statement", "Blair’s office": the possessor.
  const possessed = (m: Span) => /^['’]s?\s/.test(text.slice(m.end, m.end + 3)) && m.end + 2 < span.end && !SPOKEN_FOR.test(text.slice(m.end, span.end));
  // "former Bush speechwriter Noam Neusner": a name before a role and another name modifies it; the last one speaks.
  const modifies = (m: Span, k: number, all: Span[]) => all.slice(k + 1).some((n) => n.start >= m.end && titleWords(text.slice(m.end, n.start), 3, true));
  // "Clinton supporters", "an Abraham Lincoln impersonator": a name before the phrase's lower-case noun modifies it
  // (not "the Trump campaign", which speaks for him).
  // Not an adverb after the name ("Nadal afterwards said").
  const describes = (m: EntityMention) => m.kind === 'name' && MODIFIED_NOUN.test(text.slice(m.end, span.end)) && !SPOKEN_FOR.test(text.slice(m.end, span.end));
  const overlapping = mentions.overlapping(span).filter((m, k, all) => !possessed(m) && !modifies(m, k, all) && !describes(m));
  if (overlapping.length) {
    // Prefer a name over a description, then the longest mention.
    overlapping.sort((a, b) => (a.kind === 'name' ? 0 : 1) - (b.kind === 'name' ? 0 : 1) || b.end - b.start - (a.end - a.start));
    const m = overlapping[0];
    if (m.leaderId) speaker.leaderId = m.leaderId;
    speaker.name = m.name;
    return speaker;
  }
  // German and French he and she. "His message was: “…”": the his of what speaks for him.
  const word = FOREIGN_PRONOUNS.get(speaker.text)
    ?? (/^(?:his|her)\s/i.test(speaker.text) && SPOKEN_FOR.test(speaker.text) ? speaker.text.slice(0, 3).toLowerCase() : speaker.text.toLowerCase());
  // He or she, or the his/her of "her remark that “…”".
  if (PERSONAL_PRONOUNS.has(word) || word === 'his' || word === 'her') {
    const referent = resolvePronoun(text, sentences, span, mentions, earlier, word === 'she' || word === 'her', quote);
    if (referent) {
      if (referent.leaderId) speaker.leaderId = referent.leaderId;
      if (referent.name) speaker.name = referent.name;
    }
    return speaker;
  }
  // "said the 34-year-old", "the Irishman added": an age or a nationality stands for the person named before who
  // opens a sentence, as a pronoun does (of either sex, unless the noun says which).
  const described = DESCRIBED_BY_AGE_OR_NATION.exec(speaker.text);
  if (described) {
    const referent = resolvePronoun(text, sentences, span, mentions, earlier, /woman$/.test(described[1]) ? true : /man$/.test(described[1]) ? false : undefined, quote, true);
    if (referent?.leaderId) speaker.leaderId = referent.leaderId;
    if (referent?.name) speaker.name = referent.name;
    return speaker;
  }
  const name = nameOf(speaker.text);
  if (name) speaker.name = name;
  return speaker;
}

const DESCRIBED_BY_AGE_OR_NATION = /^[Tt]he\s+(\d{1,3}-year-old|\p{Lu}\p{Ll}+(?:man|woman|ard|ian|an|ine|ese)|Scot|Briton|Swede|Dane|Pole|Finn|Croat|Serb|Czech|Swiss|Greek|Turk)$/u;

const SHAPE_WORDS: Record<Attribution['shape'], string> = {
  after: 'the speaker and the speech verb after the quotation',
  inverted: 'the speech verb and then the speaker after the quotation',
  before: 'the speaker and the speech verb before the quotation',
  'according-to': '“according to” and the speaker',
  participle: 'the subject of the clause whose speech verb ends in -ing',
  colon: 'the speaker named before a colon that opens the quotation',
  subject: 'the subject of the sentence that holds the quotation',
  possessor: 'the one whose words they are (“her remark that …”)',
  previous: 'carried over from the speaker named just before it',
  signature: 'the name signed under the quotation',
};

/** "the speaker and the speech verb after the quotation: “he”, that is Vladimir Putin, the nearest person named before who can be “he”". */
function explainAttribution(shape: Attribution['shape'], speaker: Speaker, antecedent?: string): string {
  const who = speaker.name;
  const words = `${SHAPE_WORDS[shape]}: “${speaker.text}”`;
  if (antecedent) return `${words}, which stands for “${antecedent}”${who && !antecedent.includes(who) ? `, that is ${who}` : ''}`;
  if (PRONOUN_WORDS.has(speaker.text.toLowerCase())) {
    return who ? `${words}, that is ${who}, the nearest person named before who can be “${speaker.text}”` : `${words}; no person named before can be “${speaker.text}”`;
  }
  return who && !speaker.text.includes(who) ? `${words}, that is ${who}` : words;
}
const PRONOUN_WORDS = new Set([...PERSONAL_PRONOUNS, 'his', 'her', ...FOREIGN_PRONOUNS.keys()]);

function resolvePronoun(text: string, sentences: Span[], span: Span, mentions: MentionIndex, earlier: QuoteTrail, feminine: boolean | undefined, quote?: Span, subjectOnly = false): { leaderId?: string; name?: string } | undefined {
  // The nearest person mentioned before the pronoun, outside quotations (the one it speaks included: "“…what Bach
  // wrote,” he said"), within a few paragraphs, who can be the pronoun (see agrees). Mentions that start after the
  // pronoun also end after it: the search starts at the last one starting at or before it.
  const list = mentions.list;
  const own = sentences[countStartingBefore(sentences, span.start, true) - 1];
  const relative = feminine === undefined || subjectOnly ? undefined : relativeBefore(text, span, list, feminine);
  for (let i = mentions.lastStarting(span.start, true); i >= 0; i--) {
    const m = list[i];
    if (m.end > span.start) continue;
    if (relative && relative.at > m.end) return relative.person;
    if (span.start - m.end > 1500) break;
    if (earlier.holds(m) || (quote && quote.start <= m.start && m.end <= quote.end) || !agrees(m, feminine)) continue;
    // An unnamed speaker in a sentence after the person's, or opening it ("A Labour spokesman criticised Michael
    // Howard's record. He said: “…”"), is the nearer one the pronoun stands for, and has no name to link; not when the
    // person is the subject of what was said ("The source said Grayson demanded …").
    const theirs = sentences[countStartingBefore(sentences, m.start, true) - 1];
    if (unnamedSpeakerIn(text.slice(m.end, Math.max(m.end, own?.start ?? span.start)))
      || (theirs && unnamedSpeakerIn(text.slice(theirs.start, m.start), !/^['’]s?\s/.test(text.slice(m.end, m.end + 3))))) return undefined;
    const subject = subjectOfSentence(text, sentences, mentions, i, earlier, feminine);
    // A description ("the 23-year-old") stands only for a person who opens a sentence, not for one acted on.
    if (subjectOnly && !subject && !opensSentence(text, theirs, m)) return undefined;
    return subject ? { leaderId: subject.leaderId, name: subject.name } : { leaderId: m.leaderId, name: m.name };
  }
  if (subjectOnly) return undefined;
  if (relative) return relative.person;
  // Without entities, the last named speaker, unless an unnamed one speaks between them ("A Labour spokesman told
  // the BBC …. “…,” he said").
  const s = earlier.lastNamedBefore(span.start, 1500)?.speaker;
  if (s && agrees(s, feminine) && !unnamedSpeakerIn(text.slice(s.end, Math.max(s.end, own?.start ?? span.start)))) return { leaderId: s.leaderId, name: s.name };
  // Nobody before: the pronoun may look ahead to a name later in its sentence ("“…,” she said after Kelly Holmes won").
  for (let i = mentions.lastStarting(span.end, true) + 1; i < list.length; i++) {
    const m = list[i];
    if (m.start - span.end > 200) break;
    // In its own sentence, not into a quotation.
    if (/[\n"“”«»„]|[.!?]\s/.test(text.slice(span.end, m.start))) break;
    if (m.kind === 'name' && agrees(m, feminine)) return { leaderId: m.leaderId, name: m.name };
  }
  return undefined;
}

// "His wife Sharon", "Tom Hale's daughter, Amy": a relative named by a given name alone, whose sex the noun says.
const RELATIVE = /(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|['’]s?)\s+(?:(wife|widow|mother|daughter|sister|girlfriend|fiancée|fiancee|granddaughter|grandmother|aunt)|husband|widower|son|brother|father|boyfriend|fiancé|grandson|grandfather|uncle),?\s+(\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu})/gu;

/**
 * The last relative named by a given name alone within a few sentences before a pronoun that agrees with the noun
 * ("His wife Sharon agreed. “…,” she said."): linked to a person of the article with that given name, if any.
 */
function relativeBefore(text: string, span: Span, list: EntityMention[], feminine: boolean): { at: number; person: { leaderId?: string; name?: string } } | undefined {
  const from = Math.max(0, span.start - 400);
  let found: RegExpExecArray | undefined;
  for (const m of text.slice(from, span.start).matchAll(RELATIVE)) if (!!m[1] === feminine) found = m;
  if (!found) return undefined;
  const given = found[2];
  const full = list.find((m) => m.name.startsWith(given + ' '));
  return { at: from + found.index! + found[0].length, person: full ? { leaderId: full.leaderId, name: full.name } : { name: given } };
}

// "a Home Office spokesman said", "The official added": one unnamed person, then a speech verb.
const UNNAMED_SPEAKER = /(?:^|[.!?]["”’]?\s+|,\s+)(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:spokes(?:man|woman|person)|official|source|aide|insider)\s+(?:for\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4})?(\p{Ll}+)/gu;

function unnamedSpeakerIn(gap: string, objectAfter = false): boolean {
  for (const m of gap.matchAll(UNNAMED_SPEAKER)) {
    // "Cole, a spokesman said, has told staff": set off by commas, the unnamed speaker only vouches for the sentence.
    const rest = gap.slice(m.index + m[0].length);
    if (!CUE_FORMS.has(m[1]) || /ing$/.test(m[1]) || (m[0].startsWith(',') && rest.startsWith(','))) continue;
    if (!objectAfter || !/^\s*(?:that\s+)?$/.test(rest)) return true;
  }
  return false;
}

/**
 * The person who speaks in or opens the sentence of mention `at`, when another one that can be the pronoun is named
 * later in it: "Ortega said Ward had played injured. “He's a warrior,” he said." — the subject, not the last name, is
 * "he"; so is the speaker of "“No deal,” Jones told Fox News’ Sean Hannity."
 */
function subjectOfSentence(text: string, sentences: Span[], mentions: MentionIndex, at: number, earlier: QuoteTrail, feminine: boolean | undefined): { leaderId?: string; name?: string } | undefined {
  const list = mentions.list;
  const sentence = sentences[countStartingBefore(sentences, list[at].start, true) - 1];
  if (!sentence) return undefined;
  // A speaker named in the sentence (not a pronoun read as somebody) who can be the pronoun.
  const speaker = earlier.lastNamedBefore(list[at].end, WINDOW)?.speaker;
  const named = speaker && speaker.start >= sentence.start && speaker.end <= sentence.end && speaker.name !== list[at].name
    && mentions.overlapping(speaker).some((m) => m.name === speaker.name && m.kind === 'name');
  if (named && agrees(speaker, feminine)) return speaker;
  // "Yet Trump is a “change agent,” Cole said.": the mention before the speech verb that closes the sentence speaks,
  // whoever opens it (not in a clause of its own: "… as Mr Renner believed.", "… when Tapper asked").
  const next = /^\s+(\p{Ll}+)\s*[.,;]/u.exec(text.slice(list[at].end, list[at].end + 20));
  if (next && CUE_FORMS.has(next[1]) && !/ing$/.test(next[1])
    && !/\b(?:as|when|while|after|before|if|because|since|that|until|unless|though|although|what|than)\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prof)\.?\s+)?$/i.test(text.slice(Math.max(sentence.start, list[at].start - 20), list[at].start))) return undefined;
  // The first mention in the sentence outside quotations; a subject opens it, so the search stops a few words in.
  const near = sentence.start + 200;
  let first = countStartingBefore(list, sentence.start);
  while (first < at && list[first].start < near && earlier.holds(list[first])) first++;
  // "McConnell spokesman Don Stewart": a name that modifies the next one is not the subject; the next one is.
  while (first < at && list[first + 1].start < near && titleWords(text.slice(list[first].end, list[first + 1].start), 3, true)) first++;
  const m = list[first];
  if (first === at || m.name === list[at].name || earlier.holds(m) || !agrees(m, feminine)) return undefined;
  // "After the match, Keane accused Vieira …", "But Keane said …": an opening phrase or conjunction comes before it.
  const lead = text.slice(sentence.start, m.start).replace(OPENING_PHRASE, '');
  if (!titleWords(lead, 4) || !/^\p{Lu}|^$/u.test(lead)) return undefined;
  // "Ortega's captain": a possessor is not the subject.
  return /^['’]/.test(text.slice(m.end, m.end + 1)) ? undefined : m;
}

/** Whether a mention opens its sentence, after an opening phrase and a few title words, and is no possessor. */
function opensSentence(text: string, sentence: Span | undefined, m: Span): boolean {
  if (!sentence) return false;
  const lead = text.slice(sentence.start, m.start).replace(OPENING_PHRASE, '');
  return titleWords(lead, 4) && /^\p{Lu}|^$/u.test(lead) && !/^['’]/.test(text.slice(m.end, m.end + 1));
}

const OPENING_PHRASE = /^(?:(?:After|Before|During|In|On|At|Since|Following|Despite|Meanwhile|However|Earlier|Later|Afterwards|Elsewhere)\b[^,.;:"“”]{0,40},\s*|(?:And|But|So|Yet)\s+)/;

/**
 * Whether `gap` is at most `max` words of title or role, spaces around them: no punctuation, clause word, speech
 * verb or past form ("Police arrested Jo Roe", "After Jo Roe left"). `roles`: lower-case words must read as nouns for
 * a role ("spokesman", "consultant", "aide"), not as a verb ("Mosman saw Santilli's words").
 */
function titleWords(gap: string, max: number, roles = false): boolean {
  const words = gap.trim().split(/\s+/).filter(Boolean);
  return /^\s*$|\s$/.test(gap) && words.length <= max && words.every((w) => /^[\p{L}.’'-]+$/u.test(w) && !NP_STOPS.has(w.toLowerCase()) && !CUE_FORMS.has(w.toLowerCase()) && !/^\p{Ll}+ed$/u.test(w)
    && (!roles || /^\p{Lu}/u.test(w) || TITLES.has(w) || ROLE_NOUN.test(w)));
}

const ROLE_NOUN = /(?:man|woman|person|er|or|ist|ant|ent|ian|ide|ief|al|ly|ee|tion)$/;

/**
 * Whether a person can be the pronoun. The titles the article gives them decide ("Mr Howard" is no "she"); otherwise
 * a woman's given name is no "he" and a man's is no "she" (names given to both, such as Lindsey or Jan, are left
 * open); a given name that is in neither list says nothing.
 */
function agrees(m: { name?: string; feminine?: boolean }, feminine: boolean | undefined): boolean {
  if (feminine === undefined) return true;
  if (m.feminine !== undefined) return m.feminine === feminine;
  if (!m.name) return true;
  if (feminine) return !hasMansGivenName(m.name);
  return !hasWomansGivenName(m.name) || UNISEX_GIVEN_NAMES.has(m.name.split(' ')[0].toLowerCase());
}

/** Whether a full name starts with a listed given name that is neither a woman's nor given to both ("Lee" alone is a surname). */
function hasMansGivenName(name: string): boolean {
  const words = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/\s+/);
  return words.length > 1 && GIVEN_NAMES.has(words[0]) && !hasWomansGivenName(name) && !UNISEX_GIVEN_NAMES.has(words[0]);
}

/** The name in a speaker phrase that reads as one ("Sen. John McCain" -> "John McCain"), or undefined. */
function nameOf(phrase: string): string | undefined {
  let words = phrase.split(/\s+/);
  // "Former Arizona governor Jan Brewer": the name after a lowercase title.
  // "Former treasurer and city councillor Nell Park": after a title adjective, any lower-case words are titles.
  const opener = TITLES.has(words[0].toLowerCase()) && words[0].toLowerCase() !== 'state';
  // "Keane frontman Tom Chaplin", "Reggae star Sizzla": a word for a role works as a title.
  const title = words.findLastIndex((w, i) => i > 0 && i < words.length - 1 && /^\p{Ll}/u.test(w) && (TITLES.has(w) || /^\p{Ll}+(?:man|woman|star|host|ist|ian)$/u.test(w) || (opener && !/^(?:de|van|von|al|bin|da|di|la|le)$/.test(w))));
  if (title > 0 && /^\p{Lu}/u.test(words[0])) words = words.slice(title + 1);
  if (!words.length || DETERMINERS.has(words[0].toLowerCase()) || SUBJECT_PRONOUNS.has(words[0].toLowerCase())) return undefined;
  if (!words.every((w) => /^[\p{Lu}]/u.test(w) || /^(?:de|van|von|al|bin|da|di|la|le)$/.test(w))) return undefined;
  let i = 0;
  // "US Senator Jo Roe", but "Us Weekly" is a name.
  while (i < words.length - 1 && TITLES.has(words[i].toLowerCase()) && words[i] !== 'Us') i++;
  const name = words.slice(i).join(' ').replace(/[’']s$/, '');
  return /\p{Ll}/u.test(name) ? name : undefined;
}

const REPORT_BY = /^(?:\S+\s+)?(?:report|reports|article|story|investigation|editorial|analysis)\s+(?:by|in|from)\s/;

function sourceOf(article: Article, w: Work, speaker: Speaker | undefined): TextSpan | undefined {
  const { text } = article;
  // A cue before a quotation that closes its sentence keeps the source of its own sentence, not the next one's:
  // 'Baxter wrote on X that it was “a surrender.” He later told Fox News: …'.
  const cueFirst = !!w.attribution?.cue && w.attribution.cue.end <= w.span.start;
  const regions = w.postIsNextSentence && cueFirst ? [w.pre, w.post] : [w.post, w.pre];
  for (const r of regions) {
    if (r.end <= r.start) continue;
    // "a report by Politico": the outlet inside such a speaker is its source.
    const found = findSource(text.slice(r.start, r.end), r.start, speaker && !REPORT_BY.test(speaker.text) ? speaker : undefined);
    if (found) return found;
  }
  // A platform named in the sentence before, by the same speaker: "Trump confirmed the call on Truth Social. “…” Trump announced."
  const prev = article.sentences[w.first - 1];
  if (prev && speaker && indexAt(article.paragraphs, prev.start) === w.paragraph) {
    const start = Math.max(prev.start, prev.end - WINDOW);
    const sentence = text.slice(start, prev.end);
    const found = findSource(sentence, start, undefined);
    const key = (speaker.name ?? speaker.text).split(/\s+/).at(-1) ?? '';
    if (found && key && /^\p{Lu}/u.test(key) && sentence.includes(key) && /^(?:Truth Social|Twitter|X|Facebook|Instagram|Telegram|TikTok|YouTube|Weibo|Threads|Bluesky)/.test(found.text)) return found;
  }
  return undefined;
}

const EXCERPT_WORDS = 4;

/** The cue with whom it was told to: "told the media", "told reporters". */
function cuePhrase(text: string, cue: TextSpan): string {
  if (!/^(?:told|tells|tell|telling|asked|informed)$/i.test(cue.text)) return cue.text;
  const m = /^\s+((?:the\s+|a\s+)?[\p{L}’'-]+)/u.exec(text.slice(cue.end, cue.end + 40));
  return m && !/^(?:that|in|on|at|during|after|before|him|her|them)$/i.test(m[1]) ? `${cue.text} ${m[1]}` : cue.text;
}

const NON_SPACE = /\S+/g;

function excerpt(quote: Quote): string {
  // The first words, spaces between them collapsed: only as many as the excerpt shows, and one to know it goes on.
  const inner = quotedWords(quote.text, { start: 0, end: quote.text.length });
  const words: string[] = [];
  NON_SPACE.lastIndex = 0;
  for (let m = NON_SPACE.exec(inner); m && words.length <= EXCERPT_WORDS; m = NON_SPACE.exec(inner)) words.push(m[0]);
  const body = words.length > EXCERPT_WORDS ? words.slice(0, EXCERPT_WORDS).join(' ').replace(/[,.;:!?]+$/, '') + '…' : words.join(' ');
  const open = openingMark(quote.text, 0);
  return `${open}${body}${closingFor(open)}`;
}

function closingFor(open: string): string {
  return { '“': '”', '"': '"', '«': '»', '„': '“', '”': '”', '``': "''", '‘': '’', '‚': '‘', '‹': '›' }[open] ?? open;
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

function quoteFindings(text: string, quotes: Quote[]): Finding[] {
  const findings: Finding[] = [];
  const said = new Map<string, { who: string; quote: Quote }>();
  for (const q of quotes) {
    if (q.kind === 'scare') continue;
    if (q.speaker) {
      const who = q.speaker.name ?? q.speaker.text;
      // "told BBC Sport": the outlet told is the source, named once.
      const toldSource = !!q.cue && !!q.source && q.source.start > q.cue.end && !/\S/.test(text.slice(q.cue.end, q.source.start));
      const how = toldSource ? `${q.cue!.text} ${q.source!.text}` : [q.cue ? cuePhrase(text, q.cue) : undefined, q.source ? `via ${q.source.text}` : undefined].filter(Boolean).join(', ');
      findings.push({ start: q.start, end: q.end, severity: 'information', code: 'quote.statement', message: `${who}: ${excerpt(q)}${how ? ` — ${how}` : ''}` });
      const identity = q.speaker.leaderId ?? q.speaker.name;
      const words = identity ? q.text.slice(1, -1).toLowerCase().replace(NOT_WORD, ' ').trim() : '';
      // Three words or more; a partial quote of fewer than six is often echoed ("not quite there yet", a slogan).
      if (identity && words.indexOf(' ', words.indexOf(' ') + 1) > 0) {
        const first = said.get(words);
        const echo = (q.kind === 'partial' || first?.quote.kind === 'partial') && words.split(' ').length < 6;
        if (first && first.who !== identity && !echo) {
          findings.push({
            start: q.start,
            end: q.end,
            severity: 'warning',
            code: 'quote.conflicting-speakers',
            message: `These words are attributed to ${q.speaker.name ?? q.speaker.text} here but to ${first.quote.speaker!.name ?? first.quote.speaker!.text} earlier in the article. Check who said them.`,
          });
        } else if (!first) said.set(words, { who: identity, quote: q });
      }
    } else if (q.kind === 'statement' && !speakerUnnamedOnPurpose(text, q.start)) {
      findings.push({
        start: q.start,
        end: q.end,
        severity: 'warning',
        code: 'quote.unattributed',
        message: `No speaker found for ${excerpt(q)}. Say who said it (“…,” the minister said).`,
      });
    }
  }
  return findings;
}

// "Jo was asked, “…”", "his staff were told: “…”": the sentence names who heard the words, not who put them.
const ASKED = /\b(?:was|were|is|are|been|being|get|gets|got)\s+(?:\p{Ll}+ly\s+)?(?:asked|told)\s*[,:]?\s*$/u;

/** Whether the words before a quotation say it was put to somebody, or chanted by a crowd: nobody is left out. */
function speakerUnnamedOnPurpose(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return ASKED.test(before) || CHANTED.test(before);
}

/** A document with more unbalanced marks than this is not prose: the rest are summed up in one finding. */
const MAX_UNBALANCED_LISTED = MAX_PROBLEMS_KEPT - 1;

/** Copy that writes ''…'' for double marks, read without the setting: a hint at the first '' that opens, naming the setting. */
function doubledApostropheHint(text: string, article: Article): Finding[] {
  const body = article.paragraphs[0]?.start ?? text.length;
  const openers: number[] = [];
  for (let i = text.indexOf("''", body); i >= 0 && openers.length < DOUBLED_APOSTROPHES_SEEN; i = text.indexOf("''", i + 2)) if (wireOpening(text, i)) openers.push(i);
  if (openers.length < DOUBLED_APOSTROPHES_SEEN) return [];
  return [{
    start: openers[0],
    end: openers[0] + 2,
    severity: 'hint',
    code: 'quote.doubled-apostrophes',
    message: "This article seems to write ''…'' for quotation marks, as newspaper archive copy does; they are read as quotations with the setting newslens.quotes.doubledApostrophes (command line: --doubled-apostrophes).",
  }];
}
const DOUBLED_APOSTROPHES_SEEN = 2;

function markFindings(text: string, scan: MarkScan, article: Article, wholeDocument: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const [i, p] of scan.problems.entries()) {
    if (i === MAX_UNBALANCED_LISTED) {
      findings.push({
        start: p.start,
        end: p.end,
        severity: 'error',
        code: 'quote.unbalanced',
        message: `This mark and ${scan.problemCount - i - 1} more after it open or close no quotation; they are not listed one by one. Check the quotation marks of this document.`,
      });
      break;
    }
    findings.push({
      start: p.start,
      end: p.end,
      severity: 'error',
      code: 'quote.unbalanced',
      message: p.kind === 'unclosed'
        ? `This ${p.mark} opens a quotation that is never closed. Add the closing mark where the quoted words end.`
        : `This ${p.mark} closes a quotation that was never opened. Add the opening mark or remove this one.`,
    });
  }
  const straightQuotes = scan.quotes.filter((q) => q.straight);
  if (scan.style.typographic && straightQuotes.length) {
    const fixes = wholeDocument ? [straightFix(text, scan, article)] : undefined;
    for (const q of straightQuotes) {
      findings.push({
        start: q.start,
        end: q.end,
        severity: 'hint',
        code: 'quote.straight',
        message: `Straight quotation marks among typographic ones. Use ${q.open === "'" ? '‘…’' : '“…”'} (and ’ for apostrophes) throughout.`,
        fixes,
      });
    }
  }
  return findings;
}

function straightFix(text: string, scan: MarkScan, article: Article): Fix {
  const edits: Fix['edits'] = [];
  for (const code of scan.straightMarks) {
    const at = Math.floor(code / 4);
    const replacement = TYPOGRAPHIC[code % 4];
    if (at >= article.body.start && text[at] !== replacement) edits.push({ start: at, end: at + 1, newText: replacement });
  }
  return { title: 'Convert all straight quotes in the document to typographic ones', edits, preferred: true };
}
