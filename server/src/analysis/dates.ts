// Finds date and time expressions and resolves them against the reference date.
//
// Pipeline: the rules in dates/rules.ts propose candidate spans; overlapping candidates are settled longest first;
// the survivors are resolved in document order (so "the next day" and "a year earlier" can lean on what came
// before); then the checks that span two mentions (a time and its conversion) run, and every mention becomes a finding.
//
// Without a reference date, relative expressions keep TimeML's underspecified form: X for every unknown digit
// ("XXXX-XX-XX" for "today", "XXXX-WXX-4" for "Thursday", "XXXX-07" for "in July", "XXXX-XX-XXT10:00" for "10 am"),
// and each gets a `date.unresolved` warning.
import { C_L, classOf } from './chars';
import type { Article, DateMention, Finding, Span } from './types';
import { addDays, dateInWords, diffDays, formatOffset, isoDate, offsetInWords, pad, parseIso, weekday, zoneOffset, type Ymd } from './dates/calendar';
import { describeValue, type Candidate, type ResolveContext, type Resolution, type Tense } from './dates/resolve';
import { recognise } from './dates/rules';

export interface DateOptions {
  /** How to read 03/07/2025. */
  numericOrder: 'month-first' | 'day-first';
}

export function findDates(article: Article, options: DateOptions): { dates: DateMention[]; findings: Finding[] } {
  const { text } = article;
  const candidates = select(recognise(text, article.body.start, article.body.end), text.length);
  const ref = parseIso(article.referenceDate);
  const refLabel = ref ? referenceLabel(article) : 'no reference date';
  const sentences = article.sentences;
  // A rule may ask for the tense at the same position more than once; the answer depends only on the position.
  const tenses = new Map<number, Tense>();
  const sentencesAround = (at: number) => textOfSentencesAround(text, sentences, at, article.body);
  const tenseAt = (at: number): Tense => {
    let t = tenses.get(at);
    if (t === undefined) {
      t = clauseTense(text, sentenceAt(sentences, at, article.body), at);
      tenses.set(at, t);
    }
    return t;
  };

  const dates: DateMention[] = [];
  const findings: Finding[] = [];
  const resolutions: Resolution[] = [];
  let anchor: Ymd | null = null;
  let anchorSentence = -2;
  let anchorFromEvent = false;
  let anchorValue: string | null = null;
  let lastQuarter: { y: number; q: number } | null = null;
  let lastQuarterAt = 0;
  let sentenceDay: { sentence: number; day: Ymd } | null = null;

  for (const c of candidates) {
    const sentence = sentenceIndex(sentences, c.start);
    const ctx: ResolveContext = {
      text,
      ref,
      refLabel,
      numericOrder: options.numericOrder,
      // A rule may ask at the preposition it leaves out of the span ("on Friday").
      tense: (at) => (at <= c.start && at >= c.start - 6 ? subjectTense(text, c.start, c.end) ?? tenseAt(at) : tenseAt(at)),
      sentencesAround,
      anchor,
      anchorNear: anchor !== null && sentence - anchorSentence <= 4 && !anchorFromEvent,
      anchorValue,
      sentenceDay: nearbyDay(text, sentenceDay, sentence, sentences, article.paragraphs, ref, () => tenseAt(c.start)),
      // A quarter stays under discussion for a few sentences of an earnings report, not for the whole article.
      lastQuarter: lastQuarter && c.start - lastQuarterAt < 800 ? lastQuarter : null,
    };
    let r: Resolution | null;
    try {
      r = c.resolve(ctx);
    } catch {
      r = null;
    }
    if (!r) continue;
    if (r.type === 'DATE' && /^\d{4}(?:-\d{2}){0,2}$/.test(r.value)) anchorValue = r.value;
    if (r.day && r.type === 'DATE') {
      anchor = r.day;
      anchorSentence = sentence;
      anchorFromEvent = r.fromEvent === true;
      sentenceDay = { sentence, day: r.day };
    }
    if (r.quarter) {
      // An earnings report is about its latest quarter: a passing mention of an earlier one ("after a flat second
      // quarter") does not change which quarter "a year ago" and "the year-earlier period" are compared with.
      const current = lastQuarter && c.start - lastQuarterAt < 800 ? lastQuarter : null;
      // Nor does the outlook for a quarter that has not ended yet ("expects the fourth quarter to be weaker").
      const key = r.quarter.y * 4 + r.quarter.q;
      const completed = ref ? ref.y * 4 + Math.floor((ref.m - 1) / 3) : Infinity;
      if (!current || (key >= current.y * 4 + current.q && key <= completed)) lastQuarter = r.quarter;
      lastQuarterAt = c.start;
    }
    // "sales between October and December": two months that bound a calendar quarter put it under discussion, as
    // "the fourth quarter" does ("… from the same period in 2003").
    const spanned = quarterBetween(text, dates[dates.length - 1], c.start, r.value) ?? quarterOfYear(text, c.start, r);
    if (spanned) {
      lastQuarter = spanned;
      lastQuarterAt = c.start;
    }
    const mention: DateMention = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: r.type,
      value: r.value,
      rule: c.rule,
      relative: r.relative,
      explanation: r.explanation,
    };
    if (r.time && r.time.offset !== null && r.time.day) {
      mention.utcOffset = formatOffset(r.time.offset);
      mention.utc = utcInstant(r.time.day, r.time.hour, r.time.minute, r.time.offset);
    }
    dates.push(mention);
    resolutions.push(r);
  }

  overnightRanges(text, dates, resolutions);
  if (ref) weekdayPairs(text, ref, dates, resolutions);
  checkConversions(text, dates, resolutions, findings);

  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const r = resolutions[i];
    findings.push({
      start: d.start,
      end: d.end,
      severity: 'information',
      code: 'date.annotation',
      message: annotation(d),
    });
    for (const issue of r.issues ?? []) findings.push({ start: d.start, end: d.end, ...issue });
    if (!ref && d.relative) {
      findings.push({
        start: d.start,
        end: d.end,
        severity: 'warning',
        code: 'date.unresolved',
        message: `'${d.text}' is relative, but this article has no publication date to resolve it against. Add \`date: YYYY-MM-DD\` to the front matter, pass \`--reference-date YYYY-MM-DD\` on the command line, or set \`newslens.referenceDate\`.`,
      });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { dates, findings };
}

function referenceLabel(article: Article): string {
  const source =
    article.referenceDateSource === 'front-matter'
      ? 'from the front matter'
      : article.referenceDateSource === 'option'
        ? 'from the --reference-date option'
        : article.referenceDateSource === 'setting'
          ? 'from the newslens.referenceDate setting'
          : '';
  return `the publication date ${article.referenceDate}${source ? ' ' + source : ''}`;
}

function annotation(d: DateMention): string {
  const words = describeValue(d.value);
  const what = words === d.value ? d.value : `${d.value} (${words})`;
  const utc = d.utc ? `, ${d.utc} UTC (offset ${d.utcOffset})` : '';
  return `${d.text} → ${what}${utc}`;
}

/** Longest candidates first; an earlier start wins a tie; a candidate that overlaps a chosen one is dropped. */
function select(candidates: Candidate[], length: number): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // The marks live in one buffer kept from call to call, cleared again below: no text-sized allocation per article.
  if (TAKEN.length < length + 1) TAKEN = new Uint8Array(Math.max(length + 1, TAKEN.length * 2));
  const taken = TAKEN;
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  for (const c of chosen) taken.fill(0, c.start, c.end);
  return chosen.sort((a, b) => a.start - b.start);
}
let TAKEN = new Uint8Array(1 << 16);

/**
 * The day a clock time or a part of the day without a day of its own falls on: the day named earlier in its sentence,
 * or in the sentence right before it in the same paragraph ("… on Wednesday night. In a post at 10:42 p.m., …").
 */
function nearbyDay(text: string, named: { sentence: number; day: Ymd } | null, sentence: number, sentences: Span[], paragraphs: Span[], ref: Ymd | null, tense: () => Tense): ResolveContext['sentenceDay'] {
  if (!named) return null;
  if (named.sentence === sentence) return { day: named.day, how: 'the day named earlier in the sentence' };
  if (named.sentence !== sentence - 1 || sentence < 1) return null;
  const paragraph = paragraphs[sentenceIndex(paragraphs, sentences[sentence].start)];
  if (!paragraph) return null;
  // A fixtures card gives each item a line of its own ("Saturday, 26 February" then "1400 GMT"): a line with no word
  // but the time takes the day of the short line right before it.
  const card = paragraph.end - paragraph.start <= 24 && !/[a-z]{3}/.test(text.slice(paragraph.start, paragraph.end)) && sentences[sentence - 1].end - sentences[sentence - 1].start <= 40 && !text.slice(sentences[sentence - 1].end, paragraph.start).trim();
  if (paragraph.start > sentences[sentence - 1].start && !card) return null;
  // "… until 06:00 on Saturday. Gusts were recorded at 15:00": a past clause does not happen on a day still to come.
  if (ref) {
    const t = tense();
    const days = diffDays(named.day, ref);
    if ((t === 'past' && days > 0) || (t === 'future' && days < 0)) return null;
  }
  return { day: named.day, how: 'the day named in the sentence before' };
}

const MONTH_VALUE = /^(\d{4})-(\d{2})$/;
function quarterBetween(text: string, previous: DateMention | undefined, start: number, value: string): { y: number; q: number } | null {
  if (!previous || previous.type !== 'DATE') return null;
  const a = MONTH_VALUE.exec(previous.value);
  const b = MONTH_VALUE.exec(value);
  if (!a || !b || a[1] !== b[1] || +a[2] % 3 !== 1 || +b[2] !== +a[2] + 2) return null;
  if (!/^\s{1,3}(?:and|to|until)\s{1,3}$/.test(text.slice(previous.end, start))) return null;
  if (!/\b(?:between|from)\s{1,3}$/i.test(text.slice(Math.max(0, previous.start - 10), previous.start))) return null;
  return { y: +a[1], q: (+a[2] + 2) / 3 };
}

// "profit in the last three months of 2004 … a year earlier": the opening or closing three months of a year are its
// first or fourth quarter.
const THREE_MONTHS_OF = /\b(first|opening|last|final|closing)\s{1,3}three\s{1,3}months\s{1,3}of\s{1,3}$/i;
function quarterOfYear(text: string, start: number, r: Resolution): { y: number; q: number } | null {
  if (r.type !== 'DATE' || !/^\d{4}$/.test(r.value)) return null;
  const m = THREE_MONTHS_OF.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return null;
  return { y: +r.value, q: /^(?:first|opening)$/i.test(m[1]) ? 1 : 4 };
}

function sentenceIndex(sentences: Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The text from the sentence before the one at `at` to the sentence after it. */
function textOfSentencesAround(text: string, sentences: Span[], at: number, body: Span): string {
  const i = sentenceIndex(sentences, at);
  if (i < 0) return text.slice(Math.max(body.start, at - 300), Math.min(body.end, at + 300));
  return text.slice(sentences[Math.max(0, i - 1)].start, sentences[Math.min(sentences.length - 1, i + 1)].end);
}

function sentenceAt(sentences: Span[], at: number, body: Span): Span {
  const i = sentenceIndex(sentences, at);
  if (i >= 0) return sentences[i];
  return { start: Math.max(body.start, at - 200), end: Math.min(body.end, at + 200) };
}

// Tense cues: the nearest one before the expression in its sentence decides; failing that, the nearest one after.
const FUTURE_CUES = new Set([
  'will', "'ll", '’ll', 'shall', "won't", 'won’t', 'going', 'gonna', 'scheduled', 'expected', 'due', 'plans', 'plan',
  'planning', 'planned', 'intends', 'intend', 'upcoming', 'next', 'would', 'likely', 'set', 'aims', 'hopes', 'hope',
  'until', 'tomorrow', 'coming', 'later', 'prepares', 'preparing', 'might', 'may', 'should', 'must', 'can', 'supposed', 'slated',
  'expects', 'expect', 'expecting', 'intended', 'promised', 'vowed', 'pledged', 'agreed', 'decided', 'threatened',
  // "payable Jan. 2", "effective Feb. 1": a payment or a change that an announcement dates ahead of it.
  'payable', 'effective',
  // A timetable in the present: "the agreement expires on Dec. 31", "the trial opens Monday".
  'begins', 'starts', 'opens', 'reopens', 'resumes', 'ends', 'closes', 'expires', 'convenes', 'commences',
  // A trip or a fixture in the present: "returns to Washington on Thursday", "faces trial Monday", "hosts Chelsea Sunday",
  // "Wisconsin holds its primary on Tuesday".
  'returns', 'arrives', 'departs', 'leaves', 'travels', 'flies', 'visits', 'hosts', 'faces', 'plays', 'holds',
  // An appearance in the present: "Obama speaks Wednesday at a rally", "the panel meets Monday".
  'speaks', 'meets', 'testifies', 'attends',
  // A warning, an offer or a show in the present: "the warning covers … from 9pm on Saturday", "the trial continues
  // on Monday".
  'covers', 'applies', 'lasts', 'continues', 'runs',
  // A broadcast in the present: "the interview airs on Sunday".
  'airs',
  // "goes on sale on Friday", "goes on trial on Monday".
  'goes',
]);
// The same timetable with a plural subject ("Talks resume Monday", "They meet Monday"), when the verb is finite: not
// after "to", "did", a determiner or a modal ("failed to resume on Monday" is the past, "the meet on Sunday" a noun).
// Forms that are as often nouns ("start", "end") are left out.
const TIMETABLE_PLURAL = new Set(['begin', 'resume', 'reopen', 'expire', 'convene', 'commence', 'meet', 'arrive', 'travel', 'return', 'depart', 'fly', 'face', 'host', 'play', 'hold']);
// "rates have been on hold since September": after "on", "hold" is a noun.
const NOT_FINITE_BEFORE = /\b(?:to|did|didn['’]t|not|never|could|can|cannot|would|will|should|might|must|may|does|do|don['’]t|doesn['’]t|the|a|an|his|her|their|its|our|on)\s+$/i;
// "agreed to sell", not "agreed to a merger": "to" before a verb, not before a noun phrase.
const TO_INFINITIVE = /^\s+to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|it|him|them|us|me|\d)\b)[a-z]/;
// After "is" or "are": a time or day next ("is on Monday", "Election Day is Nov. 3"), "to" and a verb ("is to shut"), a
// verb in -ing ("is girding for a fight"), or an aim in -ing and "to" ("is aiming to start", not "is continuing to").
const ARRANGEMENT_AFTER_BE = /^\s+(?:(?:on|at|from|between)\s+(?:[A-Z0-9]|noon|midnight)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d|\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|to\s+(?!be\b)[a-z]{2,}\s|(?!being\b|going\b)[a-z]{3,}ing\s+(?:on|at|in|the|a|an|with|for|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|(?:aiming|planning|hoping|preparing|rushing|seeking|looking|pushing|working|scrambling|racing|moving)\s+to\s)/;
const FORECAST_FOR = /^\s+(?:for|to)\s/;
// Words that are future cues only in one construction: "plans to", "is set to", "later this week".
// "is", "are", and "be" contracted onto a pronoun (straight and curly apostrophes), in lower case.
const PRESENT_BE = new Set(['is', 'are', ...["he's", "she's", "it's", "they're", "we're"].flatMap((w) => [w, w.replace("'", '’')])]);

const FUTURE_IF_NEXT: Record<string, RegExp> = {
  set: /^\s+(?:to|for)\b/,
  plans: TO_INFINITIVE,
  plan: TO_INFINITIVE,
  later: /^\s+(?:this|today|tonight|in\s+the|next|on)\b/,
  // "next to the embassy" is a place.
  next: /^(?!\s+to\b)/,
  // "The vote is on Friday", "the launch is at 10 a.m. on Friday", "the deadline is Monday", "the event is from 2pm on
  // Saturday": a timetable.
  // "The carmaker is to shut its plant on Monday", "ministers are meeting in Rome on Tuesday": an arrangement.
  // "said he's campaigning Wednesday in Ohio": "be" contracted onto a pronoun too.
  ...Object.fromEntries([...PRESENT_BE].map((w) => [w, ARRANGEMENT_AFTER_BE])),
  // "the festival, which takes place from 10-12 June", "the law takes effect on 1 April": a timetable.
  takes: /^\s+(?:place|effect|office|over|charge)\b/,
  // "between now and June", "from now until Friday": the stretch runs ahead.
  now: /^\s+(?:and|until|till|to)\s+(?!then|again|forever|for)/,
  // "The move comes ahead of a meeting on Monday": what it comes before is still to come; "the ban comes into force on
  // Friday" is a timetable, as "takes effect" is.
  comes: /^\s+(?:ahead\s+of|just\s+before|before|into\s+(?:force|effect|operation))\b/,
  // "postponed due to snow on Saturday": "due to" before a noun is "because of".
  due: /^(?!\s+to\s+(?:the|a|an|his|her|their|its|our|this|that|these|those|some|poor|bad|heavy|high|low|falling|rising|safety|widespread|snow|rain|fog|ice|illness|injury|concerns?|fears?|lack|problems?|pressure|demand)\b)/i,
  intended: TO_INFINITIVE,
  // "widely predicted for May", "tipped to win in March", "is forecast to drop in the March survey": a forecast is of
  // what is to come.
  predicted: FORECAST_FOR,
  tipped: FORECAST_FOR,
  forecast: FORECAST_FOR,
  // "planned to leave on Thursday", "planned a large demonstration on Saturday"; "the planned merger" says nothing.
  planned: /^\s+(?:to|a|an)\b/,
  promised: TO_INFINITIVE,
  vowed: TO_INFINITIVE,
  pledged: TO_INFINITIVE,
  agreed: TO_INFINITIVE,
  decided: TO_INFINITIVE,
  threatened: TO_INFINITIVE,
};
// A participle of a plan, before "for", "on", "to", that is not part of a verb group ("is scheduled", "had been due")
// qualifies a noun.
const REDUCED_PLAN = /^(?:scheduled|planned|slated|due|set)$/i;
const AUXILIARY_BEFORE_PLAN = /(?:\b(?:is|are|am|was|were|be|been|being|has|have|had|will|would)|['’]s)\s+(?:(?:not|now|also|still|[a-z]{3,12}ly)\s+)?$/i;
// Words of a plan: after "had been" ("had been due to expire Friday") the planned day has gone by.
const PLANS = new Set(['due', 'scheduled', 'expected', 'set', 'slated', 'supposed', 'planned', 'intended', 'going']);
// A verb of intention with "to" points ahead ("decided to admit them in March"); without it, it is a past verb.
// Past forms that are also nouns: "a cut", "the hit", "a good read", "the shot", "the left", "the forecast".
const NOUN_TOO = new Set(['cut', 'hit', 'read', 'shot', 'left', 'lost', 'won', 'forecast']);
const PAST_UNLESS_NEXT = new Set(['set', 'intended', 'promised', 'vowed', 'pledged', 'agreed', 'decided', 'threatened', 'predicted', 'tipped', 'forecast']);
const PAST_PLANS = new Set(['planned', ...PAST_UNLESS_NEXT]);
// Auxiliaries are past cues on their own; participles after "is", "will be" are not ("the case is heard in May").
const AUXILIARIES = new Set(['said', 'says', 'told', 'was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'since', 'yesterday', 'been', 'has', 'have']);
const PAST_CUES = new Set([
  'said', 'says', 'told', 'was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'since', 'met', 'came', 'went', 'took',
  'made', 'gave', 'began', 'saw', 'held', 'left', 'sold', 'rose', 'fell', 'won', 'lost', 'got', 'paid', 'spoke', 'wrote',
  'became', 'ran', 'brought', 'thought', 'found', 'kept', 'led', 'sent', 'struck', 'yesterday', 'been', 'reported', 'announced',
  'began', 'knew', 'felt', 'stood', 'hit', 'quit', 'cut', 'shut', 'put', 'read', 'bought', 'fought', 'sought', 'caught',
  'taught', 'meant', 'heard', 'drew', 'grew', 'threw', 'flew', 'chose', 'rode', 'broke', 'spoke', 'woke', 'froze', 'stole',
  'forecast', 'has', 'have', 'spent', 'built', 'fled', 'drove', 'withdrew', 'upheld', 'oversaw', 'underwent', 'overcame',
  'understood', 'forgot', 'swore', 'sank', 'slept', 'lent', 'dealt', 'hung', 'arose', 'shook', 'sang', 'swept', 'wept',
  'dug', 'stuck', 'hid', 'sat', 'shot', 'ate', 'rang', 'wore', 'tore', 'spun', 'lit', 'sped', 'withstood', 'undertook',
  'slid', 'swung', 'clung', 'stung', 'strode', 'crept', 'leapt', 'knelt', 'bled', 'drank', 'swam', 'sprang', 'shrank',
  'shone', 'forbade', 'foresaw', 'mistook', 'misled', 'overtook', 'overran', 'outgrew', 'rebuilt', 'retook', 'rewrote',
  'withheld', 'laid', 'slew', 'stank', 'strove', 'cast',
  // Past forms in "-ed" too short for the "-ed" rule below.
  'died', 'sued', 'tied', 'owed', 'axed', 'eyed', 'lied',
]);
// Irregular past participles, read as the "-ed" forms are ("a painting stolen on 28 December"): past unless after a
// form of "be" or a determiner ("will be taken", "the stolen car"). Forms that are often adjectives or prepositions
// ("given", "known", "done", "mistaken") are left out.
const IRREGULAR_PARTICIPLES = new Set([
  'taken', 'stolen', 'written', 'driven', 'beaten', 'broken', 'chosen', 'fallen', 'frozen', 'hidden', 'ridden', 'risen',
  'shaken', 'spoken', 'sworn', 'thrown', 'torn', 'bitten', 'blown', 'drawn', 'flown', 'grown', 'shown', 'sunk', 'begun',
  'withdrawn', 'overtaken', 'undertaken', 'slain', 'arisen', 'seen', 'eaten', 'forgotten', 'overthrown', 'rewritten',
]);
// Participles that follow "to be" or act as adjectives look past but often point ahead ("is expected", "is scheduled").
const NOT_PAST = new Set(['need', 'proceed', 'exceed', 'succeed', 'indeed', 'speed', 'feed', 'seed', 'bed', 'red', 'shed', 'embed', 'bred', 'ped', 'united', 'limited', 'related', 'based', 'detailed', 'used', 'supposed', 'proposed', 'required', 'needed', 'hundred', 'sacred', 'naked', 'wicked']);

const MID_SENTENCE_BEFORE = /[\p{L}\p{N},]\s{1,2}$/u;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const HAVE_NOT_PERFECT = /^\s+(?:to|a|an|the|no|some|any|his|her|their|its|our|my|your|this|these|those|enough|plenty|nothing|something|\d)\b/;
const QUOTE_CLOSE = /[,.!?]["”]|”/;

function clauseTense(text: string, sentence: Span, at: number): Tense {
  // Only the neighbourhood of the expression counts, which also keeps a run-on "sentence" from costing quadratic time.
  const from = Math.max(sentence.start, at - 160);
  const source = text.slice(from, Math.min(sentence.end, at + 160));
  let best: { distance: number; tense: Tense; before: boolean } | null = null;
  let plan = -1; // where the nearest cue before is a plan in a reduced relative ("talks scheduled for Friday")
  let pastAfter = false; // the nearest cue after is "was", "were" or "had"
  let afterDistance = Infinity;
  // '… heading into July," she said': a cue after the closing mark of a quotation that holds the expression tells of
  // the telling, not of what is quoted.
  const close = QUOTE_CLOSE.exec(text.slice(at, Math.min(sentence.end, at + 160)));
  const quoteEnd = close ? at + close.index : Infinity;
  const consider = (pos: number, length: number, tense: Tense): void => {
    const before = pos < at;
    if (pos > quoteEnd) return;
    const distance = before ? at - (pos + length) : pos - at;
    if (!before && distance < afterDistance) {
      afterDistance = distance;
      pastAfter = tense === 'past' && /^(?:was|were|had)$/i.test(text.slice(pos, pos + length));
    }
    if (before && (!best || !best.before || distance < best.distance)) plan = tense === 'future' && REDUCED_PLAN.test(text.slice(pos, pos + length)) && /^\s+(?:for|on|to|in|at)\s/.test(text.slice(pos + length, pos + length + 5)) && !AUXILIARY_BEFORE_PLAN.test(text.slice(Math.max(0, pos - 28), pos)) ? pos : -1;
    // The verb group before the expression governs it; a cue after it is often attribution ("…, Bloomberg reported").
    if (!best || (before && !best.before) || (before === best.before && distance < best.distance)) best = { distance, tense, before };
  };
  // Tense cues in direct speech belong to the speaker: only use them when the expression is inside that quote.
  // The words are the runs of [\p{L}'’] in `source`. Speed: they are found without a regular expression, and only a
  // word that may be a cue (by a hash of its lower-case form, or by its "-ed" ending) is cut out and looked at.
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    const kind = wordChar(c);
    if (kind === SURROGATE) return clauseTenseByRegex(text, from, source, at);
    if (kind === NOT_WORD) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    let plain = true; // ASCII letters and apostrophes only
    for (; i < n; i++) {
      const d = source.charCodeAt(i);
      const k = wordChar(d);
      if (k === SURROGATE) return clauseTenseByRegex(text, from, source, at);
      if (k === NOT_WORD) break;
      if (k === OTHER_LETTER) plain = false;
      h = (h * 31 + (d >= 65 && d <= 90 ? d | 32 : d)) | 0;
    }
    const pos = from + start;
    if (pos === at) continue;
    const length = i - start;
    if (plain && !CUE_HASHES.has(h)) {
      // Not a cue word: only the "-ed" rule can apply.
      const e = source.charCodeAt(i - 2) | 32;
      const d = source.charCodeAt(i - 1) | 32;
      if (!(length >= 5 && e === 101 && d === 100) && !(length >= 4 && e === 108 && d === 108 && isApostrophe(source.charCodeAt(i - 3)))) continue;
    }
    let tense = wordTense(source, start, source.slice(start, i));
    // "On Friday, the government planned to pay …": a date before its clause dates the verb, and a plan told in the
    // past tense was made on it.
    if (tense === 'future' && pos > at && PAST_PLANS.has(source.slice(start, i).toLowerCase()) && !passiveBefore(source, start)) tense = 'past';
    // "shoppers put off buying presents until December", "stayed until March": "until" before the expression takes the
    // past of the verb before it in its clause; not after a deferral ("delayed until Thursday", "froze duty until
    // September"), which reaches past the telling, nor after "has", "have" ("They have until 12 November").
    const prior = best as { distance: number; tense: Tense; before: boolean } | null;
    if (tense && length <= 5 && prior && prior.before && prior.tense === 'past' && pos < at && at - pos <= 30 && /^(?:until|till)$/i.test(source.slice(start, i)) && untilInPastClause(text, at - prior.distance, pos, at)) continue;
    // "The race is taking on a testier tone, with Clinton taking on protesters twice Thursday": a progressive tells of an
    // arrangement only for a date in its own clause, not one after a comma (that of a place, "San Jose, Calif.,", aside).
    if (tense === 'future' && pos < at && PRESENT_BE.has(source.slice(start, i).toLowerCase()) && /^\s+(?!being\b|going\b)[a-z]{3,}ing\b/.test(source.slice(i, i + 24)) && /[,;:]/.test(text.slice(pos, at).replace(/,\s\p{Lu}[\p{L}.]*,/gu, ''))) continue;
    // "July's summit - chaired by the prime minister - will ...": a participle set off by a dash or a comma before "by",
    // after the expression, is a passive aside, not the verb of its clause.
    if (tense === 'past' && pos > at && passiveAside(source, start, i)) continue;
    if (tense) consider(pos, length, tense);
  }
  // "The talks, scheduled for Friday, were postponed": a plan told of in the past was for a day gone by.
  if (plan >= 0 && pastAfter) return 'past';
  return settleTense(text, at, best);
}

const DEFERRAL_BEFORE = /\b(?:delay|delayed|postponed?|deferred|defer|adjourned?|extended|extend|suspended|suspend|froze|frozen|freeze|halted|put\s+back|pushed\s+back|held\s+over|has|have|says)\b/i;
function untilInPastClause(text: string, cueEnd: number, until: number, at: number): boolean {
  if (/[,;:.!?"“”]/.test(text.slice(cueEnd, at))) return false;
  return !DEFERRAL_BEFORE.test(text.slice(Math.max(0, cueEnd - 12), until));
}

function passiveAside(source: string, start: number, end: number): boolean {
  return /ed$/i.test(source.slice(end - 2, end)) && /[,–—-]\s{1,2}$/.test(source.slice(Math.max(0, start - 3), start)) && /^\s{1,2}by\s/.test(source.slice(end, end + 5));
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

const NOT_WORD = 0;
const ASCII_WORD = 1;
const OTHER_LETTER = 2;
const SURROGATE = 3;
/** Whether a UTF-16 unit belongs to a word of [\p{L}'’] (surrogates are told apart for the caller). */
function wordChar(c: number): number {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39) return ASCII_WORD;
  if (c < 128) return NOT_WORD;
  if (c === 0x2019) return ASCII_WORD;
  if (c >= 0xd800 && c <= 0xdfff) return SURROGATE;
  return classOf(c) & C_L ? OTHER_LETTER : NOT_WORD;
}

/** The same as clauseTense, word by word with a regular expression: for text with characters outside the BMP. */
function clauseTenseByRegex(text: string, from: number, source: string, at: number): Tense {
  const words = /[\p{L}'’]+/gu;
  let best: { distance: number; tense: Tense; before: boolean } | null = null;
  let m: RegExpExecArray | null;
  while ((m = words.exec(source))) {
    const pos = from + m.index;
    if (pos >= at && pos < at + 1) continue;
    const tense = wordTense(source, m.index, m[0]);
    if (!tense) continue;
    const before = pos < at;
    const distance = before ? at - (pos + m[0].length) : pos - at;
    if (!best || (before && !best.before) || (before === best.before && distance < best.distance)) best = { distance, tense, before };
  }
  return settleTense(text, at, best);
}

/** The tense a word at `index` in `source` points to, if it is a cue. */
function wordTense(source: string, index: number, raw: string): Tense {
  // "spoke on Meet the Press", "Will Smith said", "Face the Nation": a capitalised word inside a sentence is a name or a
  // title, not a verb.
  if (isUpper(raw.charCodeAt(0)) && MID_SENTENCE_BEFORE.test(source.slice(Math.max(0, index - 3), index))) return null;
  const word = raw.toLowerCase();
  let tense: Tense = null;
  // Speed: the text after the word and the passive check are computed only for the few words that are cues.
  if (Object.hasOwn(FUTURE_IF_NEXT, word)) {
    const next = source.slice(index + raw.length, index + raw.length + 30);
    if (FUTURE_IF_NEXT[word].test(next)) tense = 'future';
    else if (PAST_UNLESS_NEXT.has(word) && !passiveBefore(source, index)) tense = 'past';
  } else if (word === 'may' && raw !== 'may') tense = null;
  // "We’ll be meeting on Friday", "I'll go on Sunday": "will" contracted onto its subject.
  else if (word.length >= 4 && /['’]ll$/.test(word)) tense = 'future';
  // "to be presented by Easter", "is to be held on Monday": an infinitive of "be" looks ahead.
  else if (word === 'be' && /\bto\s+$/i.test(source.slice(Math.max(0, index - 4), index))) tense = REPORTED_TO_BE.test(source.slice(Math.max(0, index - 24), index)) ? null : 'future';
  // "had pinned its hopes on a launch in November": a noun after a determiner, not a verb of hoping.
  else if ((word === 'hopes' || word === 'hope') && determinerBefore(source, index)) tense = null;
  // "withdrew, as expected, on Sunday", "rose faster than expected in December", "a slower-than-expected fourth
  // quarter": a comparison tells no time.
  else if (word === 'expected' && /\b(?:as|than)(?:\s+|-)$/i.test(source.slice(Math.max(0, index - 6), index))) tense = null;
  else if (FUTURE_CUES.has(word)) tense = 'future';
  // "If Cruz wins the contest Tuesday, …": a sentence that opens with a condition speaks of what is still to come.
  else if ((raw === 'If' || raw === 'Unless') && SENTENCE_OPENING.test(source.slice(Math.max(0, index - 4), index))) tense = 'future';
  // "When Democrats get to Philadelphia in late July, …": so does one that opens with "when" and a verb in the present.
  else if (raw === 'When' && SENTENCE_OPENING.test(source.slice(Math.max(0, index - 4), index)) && WHEN_PRESENT_AFTER.test(source.slice(index + 4, index + 60))) tense = 'future';
  else if (TIMETABLE_PLURAL.has(word)) tense = NOT_FINITE_BEFORE.test(source.slice(Math.max(0, index - 10), index)) ? null : 'future';
  // "the last Saturday of the month", "for the last time": after "the", "last" means final, not past.
  else if (word === 'last' && /\bthe\s+$/i.test(source.slice(Math.max(0, index - 5), index))) tense = null;
  // "plans to cut jobs", "could put": after "to" or a modal, "cut", "put", "shut" are the base form, not the past.
  else if (PAST_CUES.has(word)) {
    // "expect a cut in February", "a big hit": after a determiner, a form that is also a noun is the noun.
    const noun = NOUN_TOO.has(word) && determinerBefore(source, index);
    tense = !noun && (AUXILIARIES.has(word) || (!passiveBefore(source, index) && !BASE_FORM_BEFORE.test(source.slice(Math.max(0, index - 8), index)))) ? 'past' : null;
  }
  else if (IRREGULAR_PARTICIPLES.has(word)) tense = !passiveBefore(source, index) && !determinerBefore(source, index) ? 'past' : null;
  else if (
    word.length >= 5 &&
    word.charCodeAt(word.length - 1) === 100 /* d */ &&
    word.charCodeAt(word.length - 2) === 101 /* e */ &&
    /^[a-z]{3,}ed$/.test(word) &&
    !NOT_PAST.has(word) &&
    !passiveBefore(source, index) &&
    !determinerBefore(source, index) &&

    !/\bbeen\s+$/i.test(source.slice(Math.max(0, index - 12), index)) &&
    // "expires on Dec. 31 unless renewed", "takes effect once approved": a condition, not the past.
    !/\b(?:unless|if|once|until|when)\s+$/i.test(source.slice(Math.max(0, index - 8), index))
  )
    tense = 'past';
  if (!tense) return null;
  // "had expected sales to fall in November", "had hoped to finish by June": a plan or a hope told in the past
  // perfect was for a time now gone by.
  if (tense === 'future' && /\bhad\s+$/i.test(source.slice(Math.max(0, index - 5), index)) && /(?:ed|set)$/.test(word)) return 'past';
  if (tense === 'future' && PLANS.has(word) && /\bhad\s+been\s+$/i.test(source.slice(Math.max(0, index - 16), index)) && /^\s+(?:to|for)\b/.test(source.slice(index + raw.length, index + raw.length + 5))) return 'past';
  // "has to", "have to" speak of obligation, "has a desire", "have no plans" of possession, not of the past.
  if ((word === 'has' || word === 'have') && HAVE_NOT_PERFECT.test(source.slice(index + raw.length, index + raw.length + 10))) return null;
  // "could have big consequences": after a modal, "have" before a word that is no participle is possession.
  if (word === 'have' && MODAL_BEFORE.test(source.slice(Math.max(0, index - 8), index)) && !participleAfter(source.slice(index + raw.length, index + raw.length + 24))) return null;
  return tense;
}

const MODAL_BEFORE = /\b(?:could|would|should|might|may|must|can|will)\s+$/i;
/** Whether the next word is a past participle ("won", "liked", "been"), an adverb ("already") aside. */
function participleAfter(next: string): boolean {
  const m = /^\s+(?:[a-z]+ly\s+|already\s+|never\s+|not\s+)?([a-z]+)/i.exec(next);
  if (!m) return false;
  const w = m[1].toLowerCase();
  return /(?:ed|en|wn)$/.test(w) || w === 'been' || IRREGULAR_PARTICIPLES.has(w) || PAST_CUES.has(w);
}
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s{1,2}|^\s*["“‘])$/;

function settleTense(text: string, at: number, best: { distance: number; tense: Tense; before: boolean } | null): Tense {
  if (best && best.before && best.tense === 'past') {
    // "had not signed an agreement … if they lose a fight when the case is heard in May": a conditional or temporal
    // clause in the present tense after the past verb speaks of what is still to come.
    const between = text.slice(at - best.distance, at);
    if (CONDITIONAL_PRESENT.test(between)) return 'future';
  }
  return best ? best.tense : null;
}

/** Hashes (as clauseTense computes them) of every lower-case word wordTense does more than skip. */
const CUE_HASHES = new Set(
  [...Object.keys(FUTURE_IF_NEXT), 'may', 'be', 'if', 'unless', 'when', ...FUTURE_CUES, ...TIMETABLE_PLURAL, ...PAST_CUES, ...IRREGULAR_PARTICIPLES, 'has', 'have'].map((word) => {
    let h = 0;
    for (let k = 0; k < word.length; k++) h = (h * 31 + word.charCodeAt(k)) | 0;
    return h;
  }),
);

// "were said to be better than December", "is thought to be": a report of a state, not an infinitive of the future.
const REPORTED_TO_BE = /\b(?:said|thought|believed|reported|seemed|seem|seems|appeared|appear|appears|known|found|understood|alleged|claimed|considered|estimated|rumoured|rumored)\s+to\s+$/i;

const BASE_FORM_BEFORE = /\b(?:to|can|could|may|might|must|shall|should|did|does|do|not)\s+$/i;
// "stay shut", "remains closed": a participle after a linking verb describes a state.
const PASSIVE_BEFORE = /\b(?:is|are|am|be|being|will|would|stay|stays|remain|remains)\s+(?:[a-z]{2,12}ly\s+)?$/i;
/** The word at `index` follows "is", "are", "be", "will", "stays", …, perhaps with an adverb between ("is to be formally presented"). */
function passiveBefore(source: string, index: number): boolean {
  return PASSIVE_BEFORE.test(source.slice(Math.max(0, index - 28), index));
}
// "the reduced dividend", "a still unspecified date": after a determiner an -ed word is an adjective, not a verb.
const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|our|my|your)\s+(?:[a-z]{2,12}ly\s+|still\s+)?$/i;
function determinerBefore(source: string, index: number): boolean {
  return DETERMINER_BEFORE.test(source.slice(Math.max(0, index - 24), index));
}
const WHEN_PRESENT_AFTER = /^\s(?:[\p{L}'’.-]+\s){1,4}(?:is|are|gets|get|goes|go|begins|begin|starts|start|opens|open|meets|meet|comes|come|arrives|arrive|returns|return|takes|take|reaches|reach|votes|vote)\s/u;
const CONDITIONAL_PRESENT = /\b(?:if|unless|when|once|until|as soon as)\s(?:[\p{L}'’.-]+\s){0,4}(?:is|are|gets|get|goes|go|begins|begin|starts|start|opens|open|meets|meet|comes|come)\s(?:[\p{L}'’-]+\s){0,2}$/u;

// "Whitfield said the second half would benefit", "warned that next month will be hard": a date that opens a reported
// clause is its subject, and the verb after it, not the verb of saying before it, tells its tense.
const REPORTED_CLAUSE_BEFORE = /\b(?:that|said|says|say|warned|warns|predicted|predicts|believes|believe|thinks|think|expects|expect|added|noted|insisted|argued|cautioned|forecast)\s+$/i;
const RELATIVE_BEFORE = /\b(?:who|which)\s{1,2}(?:on\s{1,2})?$/i;
// "Saturday would have been his birthday": a modal with the perfect looks back.
const SUBJECT_VERB_AFTER = /^\s+(?:(?:would|could|should|might|may|must)\s+have\s+(?!to\b)|(will|would|could|should|might|may|can|is\s+(?:expected|likely|set|due|going)\s+to|are\s+(?:expected|likely|set|due|going)\s+to)\b|(?:was|were|had)\b)/i;
function subjectTense(text: string, start: number, end: number): Tense {
  // "critics who on Sunday cast his remarks as rude": between a relative pronoun and its verb, the date is that verb's.
  if (RELATIVE_BEFORE.test(text.slice(Math.max(0, start - 14), start))) {
    const verb = /^\s{1,2}([\p{L}'’]+)/u.exec(text.slice(end, end + 30));
    const tense = verb ? wordTense(text, end + verb[0].length - verb[1].length, verb[1]) : null;
    if (tense) return tense;
  }
  if (!REPORTED_CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return reportedSubjectTense(text, start, end);
  const verb = SUBJECT_VERB_AFTER.exec(text.slice(end, end + 30));
  return verb ? (verb[1] ? 'future' : 'past') : null;
}

// "EMI said music sales for the year to March will fall": a date inside the subject of a reported clause, right before
// its verb, takes that verb's tense; not when a verb comes between ("said the man arrested on Friday would appear").
const REPORTED_SUBJECT_BEFORE = /\b(?:said|says|added|warned|predicted|predicts|expects|believes|forecast)\s+(?:that\s+)?((?:[\p{L}'’-]+\s+){1,8})$/u;
const SUBJECT_WORDS_PREPOSITION = /\b(?:for|in|of|to|during|until|from|on|at|since)\s/;
const SUBJECT_WORDS_VERB = /ed\s|\b(?:was|were|is|are|has|had|have|be|been|will|would|could|did|do|does)\s/i;
function reportedSubjectTense(text: string, start: number, end: number): Tense {
  const verb = SUBJECT_VERB_AFTER.exec(text.slice(end, end + 30));
  if (!verb) return null;
  const words = REPORTED_SUBJECT_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  if (!words || !SUBJECT_WORDS_PREPOSITION.test(words[1]) || SUBJECT_WORDS_VERB.test(words[1])) return null;
  return verb[1] ? 'future' : 'past';
}

// "from 10pm to 3am": the end of a range of times that comes before its start on the clock is on the next day (unless
// a day is written after it, or the time was moved from one to the other).
const RANGE_JOIN = /^\s{0,2}(?:to|until|till|and|[-–])\s{0,2}$/;
const DAY_WRITTEN_AFTER = /^,?\s{1,2}(?:on\s{1,2})?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|tomorrow|yesterday|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s{1,2}\d)/;
const MOVED_FROM = /\b(?:forward|back|moved|changed|switched|delayed|rescheduled|shifted|altered|put|earlier|later)\b[^.;]{0,24}\bfrom\s+$/i;
function overnightRanges(text: string, dates: DateMention[], resolutions: Resolution[]): void {
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = resolutions[i].time;
    const b = resolutions[i + 1].time;
    if (!a || !b || !a.day || !b.day || diffDays(a.day, b.day) !== 0) continue;
    if (b.hour * 60 + b.minute >= a.hour * 60 + a.minute || b.hour === 24) continue;
    if (!RANGE_JOIN.test(text.slice(dates[i].end, dates[i + 1].start))) continue;
    if (DAY_WRITTEN_AFTER.test(text.slice(dates[i + 1].end, dates[i + 1].end + 16))) continue;
    // "kick-off was moved from 2000 GMT to 1730 GMT" is a change of time, not a range.
    if (MOVED_FROM.test(text.slice(Math.max(0, dates[i].start - 40), dates[i].start))) continue;
    const day = addDays(b.day, 1);
    b.day = day;
    const d = dates[i + 1];
    d.value = isoDate(day) + d.value.slice(10);
    d.explanation += ` It ends a range that starts at ${dates[i].text}, so it falls on the next day.`;
    if (d.utc && b.offset !== null) d.utc = utcInstant(day, b.hour, b.minute, b.offset);
  }
}

// "on Friday and Saturday", "Friday or Saturday", "from Monday to Wednesday": two weekdays joined so are in one week,
// the second after the first. Each was resolved alone, so when the second came out before the first, the pair is
// moved to the side of the reference date both were on: back in the past, ahead in the future.
const WEEKDAY_PAIR_JOIN = /^,?\s{1,2}(?:(and|or)|to|through|thru|until|till|into)\s{1,2}(?:on\s{1,2})?$|^\s{0,2}[-–—]\s{0,2}$/;
function weekdayPairs(text: string, ref: Ymd, dates: DateMention[], resolutions: Resolution[]): void {
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i], dates[i + 1]];
    const [ra, rb] = [resolutions[i], resolutions[i + 1]];
    if (a.rule !== 'weekday' || b.rule !== 'weekday' || !ra.day || !rb.day) continue;
    const join = WEEKDAY_PAIR_JOIN.exec(text.slice(a.end, b.start));
    if (!join) continue;
    const gap = (weekday(rb.day) - weekday(ra.day) + 7) % 7;
    // "on Saturday and Friday" lists two days, not a stretch of six.
    if (gap === 0 || (join[1] && gap > 4) || diffDays(rb.day, ra.day) >= 0) continue;
    if (diffDays(ra.day, ref) <= 0) {
      ra.day = addDays(rb.day, -gap);
      a.value = isoDate(ra.day) + a.value.slice(10);
      a.explanation += ` It comes before ${b.text} in one week, so it is ${isoDate(ra.day)}.`;
    } else {
      rb.day = addDays(ra.day, gap);
      b.value = isoDate(rb.day) + b.value.slice(10);
      b.explanation += ` It comes after ${a.text} in one week, so it is ${isoDate(rb.day)}.`;
    }
  }
}

function utcInstant(day: Ymd, hour: number, minute: number, offset: number): string {
  let total = hour * 60 + minute - offset;
  let d = day;
  while (total < 0) {
    total += 1440;
    d = addDays(d, -1);
  }
  while (total >= 1440) {
    total -= 1440;
    d = addDays(d, 1);
  }
  return `${isoDate(d)}T${pad(Math.floor(total / 60))}:${pad(total % 60)}Z`;
}

// "10 am ET (1500 GMT)" and "10.00 am (1400 GMT)": a local time followed by its conversion into another zone.
function checkConversions(text: string, dates: DateMention[], resolutions: Resolution[], findings: Finding[]): void {
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = resolutions[i].time;
    const b = resolutions[i + 1].time;
    if (!a || !b || b.offset === null) continue;
    const between = text.slice(dates[i].end, dates[i + 1].start);
    if (!/^\s{0,2}(?:\(|\/|or|,)\s{0,2}$/.test(between)) continue;
    const bDay = b.day ?? a.day;
    const bMinutes = b.hour * 60 + b.minute - b.offset;
    if (a.offset !== null) {
      const expected = a.hour * 60 + a.minute - a.offset + b.offset;
      const norm = (x: number) => ((x % 1440) + 1440) % 1440;
      // "8 p.m. Eastern (0000 GMT)": a conversion that crosses midnight falls on the day before or after the one the
      // local time is on, when both were dated alike.
      const dayShift = Math.floor(expected / 1440);
      if (norm(expected) === norm(b.hour * 60 + b.minute) && dayShift !== 0 && a.day && b.day && diffDays(a.day, b.day) === 0) {
        const day = addDays(a.day, dayShift);
        b.day = day;
        const d = dates[i + 1];
        d.value = isoDate(day) + d.value.slice(10);
        d.explanation += ` As the conversion of ${dates[i].text}, it falls on ${dateInWords(day)}.`;
        if (d.utc) d.utc = utcInstant(day, b.hour, b.minute, b.offset);
      }
      if (norm(expected) !== norm(b.hour * 60 + b.minute)) {
        const hh = pad(Math.floor(norm(expected) / 60));
        const mm = pad(norm(expected) % 60);
        const bText = dates[i + 1].text;
        const digits = /^(\d{1,2})([:.]?)(\d{2})/.exec(bText);
        const newTime = digits ? (digits[2] ? `${hh}${digits[2]}${mm}` : `${hh}${mm}`) : `${hh}:${mm}`;
        const zoneNote = a.zone && a.day ? ` (${a.zone} is ${offsetInWords(a.offset)} on ${dateInWords(a.day)})` : '';
        findings.push({
          start: dates[i].start,
          end: dates[i + 1].end,
          severity: 'warning',
          code: 'date.time-conversion',
          message: `${dates[i].text} is ${hh}:${mm} ${b.zone}${zoneNote}, not ${bText}.`,
          fixes: digits
            ? [{ title: `Change '${bText}' to '${bText.replace(digits[0], newTime)}'`, edits: [{ start: dates[i + 1].start, end: dates[i + 1].start + digits[0].length, newText: newTime }], preferred: true }]
            : undefined,
        });
      }
      continue;
    }
    // No zone on the local time: the conversion says which offset it was in.
    let implied = a.hour * 60 + a.minute - bMinutes;
    implied = ((implied + 720) % 1440 + 1440) % 1440 - 720;
    if (implied < -12 * 60 || implied > 14 * 60) continue;
    dates[i].utcOffset = formatOffset(implied);
    if (a.day) dates[i].utc = utcInstant(a.day, a.hour, a.minute, implied);
    dates[i].explanation += ` The conversion to ${b.zone} that follows implies ${offsetInWords(implied)}.`;
    void bDay;
    void zoneOffset;
  }
}
