// Finds who said a quotation and with which cue, from the words around it in its sentence.
import { tokenize } from '../article';
import { countAtOrBefore, countEndingBefore, countStartingBefore } from '../spans';
import type { Span, TextSpan, Token } from '../types';
import {
  AUXILIARIES, COUNTRY_REPUBLIC, CUE_FORMS, DETERMINERS, FOREIGN_AUXILIARIES, FOREIGN_CUE_FORMS, FOREIGN_PARTICIPLES,
  NP_LINKS, NP_STOPS, OUTLET_ACRONYM, OUTLET_LAST_WORD, OUTLET_WORDS, PEOPLE_NOUN, PLATFORMS, STRONG_CUES, SUBJECT_PRONOUNS,
} from './lexicon';

export interface Attribution {
  speaker?: Span;
  /** What a relative pronoun speaker ("who") stands for. */
  antecedent?: Span;
  cue?: Span;
  /** How the attribution was found, for tests and hovers. */
  shape: 'after' | 'inverted' | 'before' | 'according-to' | 'participle' | 'colon' | 'subject' | 'possessor' | 'previous' | 'signature';
  /** The cue is a passive ("was described as"): its grammatical subject is not the speaker. */
  passive?: boolean;
}

/** The particle of a phrasal speech verb, by lemma: "points out", "chimes in". */
const PARTICLES: Record<string, string> = { point: 'out', chime: 'in' };

/**
 * The article's tokens, read when first asked for: only those around quotations are. A paragraph is read in chunks
 * of about `chunkLength` characters cut at spaces (tokens never cross a space, so they are the paragraph's tokens),
 * and only the chunks read last are kept: requests follow the quotations through the document, and a long document
 * does not hold all its tokens at once.
 */
export class TokenIndex {
  private static readonly KEPT = 64;
  private readonly chunks = new Map<number, Token[]>();
  private readonly cuts = new Map<number, number[]>();

  constructor(
    private readonly text: string,
    private readonly paragraphs: Span[],
    private readonly chunkLength = 4096,
  ) {}

  /** Tokens that lie wholly inside [start, end). */
  within(start: number, end: number): Token[] {
    const out: Token[] = [];
    const ps = this.paragraphs;
    for (let p = countEndingBefore(ps, start); p < ps.length && ps[p].start < end; p++) {
      const para = ps[p];
      if (para.end - para.start <= this.chunkLength) {
        this.collect(this.chunk(para.start, para.end), start, end, out);
        continue;
      }
      const cuts = this.cutsOf(para);
      // The last cut at or before `start`, then chunk after chunk up to `end`.
      let i = Math.max(0, countAtOrBefore(cuts, start) - 1);
      for (; i < cuts.length - 1 && cuts[i] < end; i++) this.collect(this.chunk(cuts[i], cuts[i + 1]), start, end, out);
    }
    return out;
  }

  private collect(tokens: Token[], start: number, end: number, out: Token[]): void {
    for (let i = countStartingBefore(tokens, start); i < tokens.length && tokens[i].end <= end; i++) out.push(tokens[i]);
  }

  /** Where a long paragraph's chunks start and end: a cut at the first space `chunkLength` or more after the last. */
  private cutsOf(para: Span): number[] {
    let cuts = this.cuts.get(para.start);
    if (cuts) return cuts;
    cuts = [para.start];
    const text = this.text;
    for (let at = para.start + this.chunkLength; at < para.end; at += this.chunkLength) {
      for (let c = text.charCodeAt(at); at < para.end && c !== 32 && c !== 10 && c !== 9 && c !== 13; c = text.charCodeAt(++at));
      if (at < para.end) cuts.push(at);
    }
    cuts.push(para.end);
    this.cuts.set(para.start, cuts);
    return cuts;
  }

  private chunk(from: number, to: number): Token[] {
    let tokens = this.chunks.get(from);
    if (tokens) return tokens;
    tokens = tokenize(this.text, { start: from, end: to });
    if (this.chunks.size >= TokenIndex.KEPT) this.chunks.delete(this.chunks.keys().next().value!);
    this.chunks.set(from, tokens);
    return tokens;
  }

  private readonly memo = new Map<number, Token[]>();

  /**
   * Like `within`, remembered: many quotations of one sentence ask for the same head of it. The array is shared;
   * callers must not change it. Only the last heads asked for are kept.
   */
  withinShared(start: number, end: number): Token[] {
    if (end - start >= 0x10000) return this.within(start, end);
    const key = start * 0x10000 + (end - start);
    let out = this.memo.get(key);
    if (!out) {
      out = this.within(start, end);
      if (this.memo.size >= TokenIndex.KEPT) this.memo.delete(this.memo.keys().next().value!);
      this.memo.set(key, out);
    }
    return out;
  }
}

const lower = (t: Token) => t.lower;
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind !== 'punct';
const isCapitalised = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);
const isCueToken = (t: Token | undefined) => isWord(t) && CUE_FORMS.has(lower(t));
const isStrongCue = (t: Token | undefined) => isWord(t) && STRONG_CUES.has(CUE_FORMS.get(lower(t)) ?? '');
const isAdverb = (t: Token) => /^[a-z]+ly$/.test(t.text) && !/^(?:family|ally|rally|italy|bully|belly|july|lily)$/.test(t.text);
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const LEADING_NOISE = new Set(['last', 'week', 'earlier', 'later', 'on', 'yesterday', 'today', 'also', 'but', 'and', 'then', 'so', 'now', 'meanwhile', 'instead', 'still', 'however', 'here', 'there', 'again', 'in', 'at', 'as']);

/** A capitalised word that is also a common word, used as a name: "Will Doyle", "Theresa May". */
function nameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^(?:Will|May|Hope|Faith|Grant|Rich|Bill|Mark|Dean|Pat|Bob)$/.test(t.text)) return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // "which Will claims", "“…,” Will wrote": capitalised mid-sentence or after a quotation, right before a speech verb.
  if ((!prev || prev.kind !== 'punct' || prev.text === ',') && next && isCueToken(next) && !isCapitalised(next)) return true;
  return (!!next && next.kind !== 'punct' && /^\p{Lu}\p{Ll}/u.test(next.text)) || (!!prev && prev.kind !== 'punct' && /^\p{Lu}\p{Ll}/u.test(prev.text) && !CUE_FORMS.has(lower(prev)));
}

// Not the small words of a headline in capitals ("TEAM REFUSES TO STAY IN VILLAGE").
const ACRONYM = /^(?!(?:TO|IN|OF|ON|AT|BY|IS|BE|OR|AN|NO|SO|UP|IF|THE|AND|FOR|ARE|WAS|HAS|NOT|BUT|WITH|FROM|THAT|THIS|OVER|INTO)$)[A-Z]{2,}$/;

/** Whether a word can belong to a speaker's noun phrase. */
function npWord(t: Token): boolean {
  if (t.kind === 'punct') return false;
  const w = lower(t);
  // "Spanish daily AS", "the WHO": a word in capitals is an acronym, whatever word it spells; "Us" capitalised is
  // the magazine.
  if (isCapitalised(t)) return !(NP_STOPS.has(w) && !NP_LINKS.has(w)) || ACRONYM.test(t.text) || /^(?:Will|May|Us)$/.test(t.text);
  if (NP_STOPS.has(w) && !NP_LINKS.has(w)) return false;
  if (CUE_FORMS.has(w)) return false;
  return true;
}

/**
 * A cue form after a determiner is a noun: "the report", "his statement", "some reports"; so is one after "of" that
 * is no gerund: "secretary of state" ("accused him of saying" keeps its cue).
 */
function nounCue(tokens: Token[], j: number): boolean {
  return j > 0 && isCueToken(tokens[j]) && ((DETERMINERS.has(lower(tokens[j - 1])) && !SUBJECT_PRONOUNS.has(lower(tokens[j - 1])))
    || (tokens[j - 1].text === 'of' && !/ing$/.test(tokens[j].text)));
}

/** Whether a word can open a speaker's noun phrase. */
function npStart(t: Token): boolean {
  const w = lower(t);
  if (t.kind === 'punct' || NP_LINKS.has(w) || (INTRODUCERS.test(w) && !nameWord([t], 0) && !ACRONYM.test(t.text)) || (/(?:ly|wise)$/.test(w) && (!isCapitalised(t) || OPENING_ADVERB.test(t.text)))) return false;
  return npWord(t) || SUBJECT_PRONOUNS.has(w) || w === 'who';
}

function spanOf(tokens: Token[], from: number, to: number): Span | undefined {
  if (to < from) return undefined;
  return { start: tokens[from].start, end: tokens[to].end };
}

/** Trims links and time words from the ends of a noun phrase [from, to]. */
function trimNp(tokens: Token[], from: number, to: number): [number, number] {
  // "Earlier this year the Royal College …": a lower-case time word ("Evening Standard" is a name).
  while (from < to && ((NP_LINKS.has(lower(tokens[from])) && !isCapitalised(tokens[from])) || LEADING_NOISE.has(lower(tokens[from])) || WEEKDAY.test(lower(tokens[from]))
    || /^(?:year|month|morning|afternoon|evening)$/.test(tokens[from].text))) from++;
  while (to >= from && (NP_LINKS.has(lower(tokens[to])) || (AUXILIARIES.has(lower(tokens[to])) && !isCapitalised(tokens[to])))) to--;
  return [from, to];
}

/** Whether tokens [from, to] are one to three capitalised words that make a name (not a state: "Rubio, Texas said"). */
function isBareName(tokens: Token[], from: number, to: number): boolean {
  if (to < from || to - from > 2) return false;
  for (let k = from; k <= to; k++) if (tokens[k].kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(tokens[k].text) || NP_STOPS.has(lower(tokens[k]))) return false;
  return !STATE.test(tokens.slice(from, to + 1).map((t) => t.text).join(' '));
}

/** A capitalised adverb opening a sentence ("Usually", "Suddenly", "Coincidentally"), not a name such as Kelly or Emily. */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}{2,}(?:ally|ously|ently|antly|edly|ately|ively|enly|arly|ibly|ably|ssly|ully|ctly|ntly|rtly|stly|ily)$/u;

/** A plausible speaker phrase: a name, a determiner phrase, a pronoun or a plural noun ("officials"). */
function plausibleSpeaker(tokens: Token[], from: number, to: number): boolean {
  if (to < from) return false;
  const first = tokens[from];
  const w = lower(first);
  if (from === to && SENTENCE_ADVERB.test(first.text)) return false;
  // A number alone ("in 2006 saying") speaks for no one.
  if (from === to && first.kind === 'number') return false;
  // An article alone ("the term “urban”") names no one; "one", "another", "those" or "their" (chants) may.
  if (from === to && /^(?:the|a|an|this|that|these|such|no|every|other)$/.test(w)) return false;
  // "by Easter", "until Monday": a date alone (a month may be a name: "May said").
  if (from === to && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|easter|christmas|midnight|noon)$/.test(w)) return false;
  // "Her campaign": a determiner opening the sentence is one.
  if (isCapitalised(first) && !(DETERMINERS.has(w) && to > from)) return !NP_STOPS.has(w) || /^[A-Z]{2,}$/.test(first.text) || first.text === 'Us' || nameWord(tokens, from);
  if (DETERMINERS.has(w) || SUBJECT_PRONOUNS.has(w) || w === 'who') return to - from < 12;
  // „…“, sagte die Kanzlerin. / «…», a dit le président.
  if (/^(?:der|die|das|ein|eine|le|la|les|un|une)$/.test(w) && to > from && to - from < 6) return true;
  for (let i = from; i <= to; i++) if (isCapitalised(tokens[i])) return true;
  // A bare plural: "officials", "officials at the agency", "local officials", "former employees".
  return to - from < 4 && (/s$/.test(w) || (/^[a-z]+[a-rtv-z]s$/.test(lower(tokens[to])) && !/ing$/.test(w)));
}

// Third-person forms that are as often nouns ("percentage points", "his claims"): a cue only after a name or pronoun.
const NOUNISH = /^(?:states|posts|notes|claims|answers|reports|calls|questions|quotes|reads|demands|promises|praises|attacks|blasts|charges|points|cries|remarks|counters|signals|hints|laughs|sighs|jokes|boasts|tweets|replies|responds|thinks|believes|slams|mocks|touts|labels|brands|dubs|urges|warns|vows|pledges|cites|repeats|agrees|accuses|references|comments|words|appeals|reasons|concerns|records|complaints|thanks)$/;

/** Past forms that read as participles: "described", "told", "written". */
const isPastForm = (w: string) => /ed$/.test(w) || /^(?:told|said|written|wrote|thought|read)$/.test(w);

// Cue forms that are as often nouns: "Trump's call for", "a press call", "AP's report".
const NOUN_FORMS = /^(?:call|calls|report|reports|charge|charges|attack|attacks|claim|claims|answer|answers|reply|replies|post|posts|tweet|tweets|quote|quotes|question|questions|remark|remarks|promise|promises|demand|demands|praise|note|notes|point|points|signal|signals|hint|hints|vow|vows|pledge|pledges|cry|cries|plea|read|reads|state|states|label|labels|brand|warning|call-out|slam|blast|mock|joke|jokes|boast|boasts|retort|counter|concern|question|term|terms)$/;

const QUANTIFIERS = new Set(['some', 'many', 'several', 'few', 'both', 'most', 'one', 'another', 'others', 'two', 'three']);

/** "Boeing continues to enjoy a lead": going on doing something else is no speaking ("continued to warn" is). */
function goesOnDoing(tokens: Token[], k: number): boolean {
  return /^continu(?:e|es|ed|ing)$/.test(lower(tokens[k])) && tokens[k + 1]?.text === 'to' && !isCueToken(tokens[k + 2]);
}

function isVerbCue(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!isCueToken(t) || (isCapitalised(t) && k > 0)) return false;
  const w = lower(t);
  // "Declaring his intent, the mogul …": a participle opening the sentence.
  // "Adding, “…”" right before the quotation is the cue of a subject left out.
  if (k === 0 && /ing$/.test(w) && !(tokens.length === 2 && /^[,:]$/.test(tokens[1].text))) return false;
  const prev = tokens[k - 1];
  // "a statement", "his tweet": a noun, not a verb ("Macron a déclaré" is French). "Some chanted", "Another
  // added": a quantifier alone is the subject of a past form.
  if (prev && DETERMINERS.has(lower(prev)) && !SUBJECT_PRONOUNS.has(lower(prev)) && !(FOREIGN_PARTICIPLES.has(w) && FOREIGN_AUXILIARIES.has(prev.text))
    && !(QUANTIFIERS.has(lower(prev)) && isPastForm(w) && !isWord(tokens[k - 2]))
    // "caps that said": after a word, "that" before a verb of saying or reading is a relative pronoun.
    && !(prev.text === 'that' && isWord(tokens[k - 2]) && /^(?:said|says|read|reads|stated|states|declared|declares|proclaimed|proclaims|warned|warns|called|calls)$/.test(w))) return false;
  // "said in a video posted to Telegram that …": a participle after a preposition's noun, and before where it went,
  // describes that noun; the clause's verb is further back. Not after an auxiliary ("has in the past described"), and
  // "someone in the audience shouted, “…”" is a verb.
  if (/ed$/.test(w) && prev && isWord(prev) && !isCapitalised(prev) && tokens[k - 2] && DETERMINERS.has(lower(tokens[k - 2])) && tokens[k - 3] && /^(?:in|on|at|with|during|via|through|from)$/.test(lower(tokens[k - 3]))
    && !(tokens[k - 4] && AUXILIARIES.has(lower(tokens[k - 4]))) && /^(?:to|on|in|at|via|onto)$/.test(lower(tokens[k + 1] ?? t))) return false;
  // "The report notes: “…”": right before the colon that introduces the quotation, a form after a noun is the verb.
  const introducesQuotation = tokens[k + 1]?.text === ':' && k + 2 === tokens.length && /s$/.test(w);
  if (prev && NOUN_FORMS.test(w) && !introducesQuotation) {
    const p = lower(prev);
    // "Trump’s call for" (but "Trump’s said" is "has said"), "a press call", "the campaign's report".
    if (/['’]s?$/.test(prev.text) && prev.text.length > 2) return false;
    if (isWord(prev) && !isCapitalised(prev) && !SUBJECT_PRONOUNS.has(p) && !AUXILIARIES.has(p) && !isAdverb(prev) && !/^(?:to|who|that|which|and|or|but|then)$/.test(p)) return false;
  }
  // "the Nice attack", "the Mueller report": a bare form after a determiner and a name is the phrase's noun (not
  // "the Tories claim").
  // "the famous Durex brand of condom": likewise before "of" or at the end of the clause.
  if (prev && NOUN_FORMS.test(w) && !/(?:s|ing)$/.test(w) && isCapitalised(prev) && !/s$/.test(prev.text)
    && (/^(?:the|a|an|this|that)$/.test(lower(tokens[k - 2] ?? prev)) || /^(?:of|,|\.|;)$/.test(tokens[k + 1]?.text ?? ''))) return false;
  // "a program called BleachBit", "a group named Fair Fight": a thing given its name, not words said.
  if (/^(?:called|named|dubbed)$/.test(w) && prev && isWord(prev) && !isCapitalised(prev) && !SUBJECT_PRONOUNS.has(lower(prev)) && /^(?:a|an)$/i.test(tokens[k - 2]?.text ?? '')
    && (!tokens[k + 1] || isCapitalised(tokens[k + 1]))) return false;
  // "Merz’s remarks": a possessive makes it a noun; "Trump’s repeated calls": an adjective before the noun.
  if (prev && /['’]s$/.test(prev.text) && NOUNISH.test(w)) return false;
  const next = tokens[k + 1];
  if (prev && /['’]s$/.test(prev.text) && /ed$/.test(w) && isWord(next) && !isCapitalised(next) && !DETERMINERS.has(lower(next)) && !SUBJECT_PRONOUNS.has(lower(next)) && !NP_STOPS.has(lower(next))) return false;
  // "a prosecutor who reports directly to the president": answering to somebody is no speaking.
  if (/^report(?:s|ed|ing)?$/.test(w) && !isPassive(tokens, k) && (lower(tokens[k + 1] ?? t) === 'to' || (isAdverb(tokens[k + 1] ?? t) && lower(tokens[k + 2] ?? t) === 'to'))) return false;
  if (goesOnDoing(tokens, k)) return false;
  // "the update adds a “price history” tab": adding a thing is no speaking.
  if (/^add(?:s|ed|ing)?$/.test(w) && tokens[k + 1] && /^(?:a|an|the|its|their|new|another|more)$/.test(lower(tokens[k + 1]))) return false;
  // "many Asian states": after a quantifier and an adjective of place, the form is the noun.
  if (NOUNISH.test(w) && prev && isCapitalised(prev) && QUANTIFIERS.has(lower(tokens[k - 2] ?? prev)) && lower(tokens[k - 2] ?? prev) !== 'one') return false;
  if (NOUNISH.test(w)) return !!prev && (isCapitalised(prev) || SUBJECT_PRONOUNS.has(lower(prev)) || lower(prev) === 'who' || afterAppositiveName(tokens, k) || introducesQuotation);
  return true;
}

/** "Her aide, Jake Sullivan, calls": right after a name set off by commas, which ends the subject. */
function afterAppositiveName(tokens: Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== ',') return false;
  let j = k - 2;
  while (j >= 0 && k - j <= 6 && tokens[j].kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[j].text)) j--;
  return j < k - 2 && j >= 1 && tokens[j].text === ',' && isWord(tokens[j - 1]);
}

const NAME_PARTICLE = /^(?:van|von|de|den|der|du|da|di|le|la|al|bin|ter)$/;

const PARTITIVE_HEADS = new Set(['one', 'some', 'many', 'most', 'all', 'both', 'each', 'either', 'neither', 'none', 'several', 'few', 'two', 'three', 'another']);

const CLOSING_CUE = /^(?:said|says|added|adds|wrote|writes|recalled|recalls|explained|explains|noted|notes|continued|continues)$/;

/**
 * “…,” Trump said. / “…,” the Russian leader told reporters. / “…” he added. / “…,” Smith, a spokesman, said.
 * `anyVerb`: the quotation ended with a comma inside, so any verb after a short name phrase is the cue ("Bennett shot back").
 */
export function speakerThenCue(tokens: Token[], anyVerb = false): Attribution | null {
  let i = 0;
  while (i < tokens.length && /^[,—–\-]$/.test(tokens[i].text)) i++;
  // "…,” as Cruz said on the radio.
  const afterAs = !!tokens[i] && lower(tokens[i]) === 'as' && !!tokens[i + 1] && (isCapitalised(tokens[i + 1]) || DETERMINERS.has(lower(tokens[i + 1])) || SUBJECT_PRONOUNS.has(lower(tokens[i + 1])));
  if (afterAs) i++;
  const from = i;
  // “…,” this Trump look-alike declared: after a quotation that ends with a comma, a demonstrative before a noun
  // opens the phrase (without the comma, "that" goes on the sentence: “…” that Sanders can win).
  const demonstrative = anyVerb && !!tokens[from + 1] && /^(?:this|that|these|those)$/i.test(tokens[from]?.text ?? '') && npWord(tokens[from + 1]) && !AUXILIARIES.has(lower(tokens[from + 1])) && !isCueToken(tokens[from + 1]);
  // “…,” From said.: a capitalised word alone before a closing speech verb is a name, even one like a preposition
  // (not "That said,").
  if (!afterAs && tokens[from]?.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(tokens[from].text) && !/^(?:that|this|which|what|enough|needless)$/.test(lower(tokens[from]))
    && !DETERMINERS.has(lower(tokens[from])) && !SUBJECT_PRONOUNS.has(lower(tokens[from])) && CLOSING_CUE.test(tokens[from + 1]?.text ?? '')
    && (!tokens[from + 2] || /^[.,;]$/.test(tokens[from + 2].text))) return { speaker: spanOf(tokens, from, from), cue: spanOf(tokens, from + 1, from + 1), shape: 'after' };
  // “…,” Me den Hartog told …: a name with a lower-case particle, whatever its first word.
  let p = from + 1;
  while (p < tokens.length && p - from <= 2 && NAME_PARTICLE.test(tokens[p].text)) p++;
  if (!afterAs && p > from + 1 && tokens[from]?.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(tokens[from].text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[p]?.text ?? '')
    && isCueToken(tokens[p + 1]) && !isCapitalised(tokens[p + 1])) return { speaker: spanOf(tokens, from, p), cue: spanOf(tokens, p + 1, p + 1), shape: 'after' };
  if (!tokens[from] || !(npStart(tokens[from]) || demonstrative)) return null;
  // Where the noun phrase stopped: at an appositive's comma or at an auxiliary before the cue.
  let npEnd = -1;
  let lastComma = -1;
  let depth = 0;
  // Whether an auxiliary (not a comma) ended the noun phrase.
  let byAuxiliary = false;
  // A bare name before a comma may carry a long appositive: "“…,” Trump, the front-runner nationally and … , said".
  const reach = () => (npEnd < 0 ? 18 : isBareName(tokens, from, npEnd) ? 40 : 24);
  for (; i < tokens.length && i - from < reach(); i++) {
    const t = tokens[i];
    const w = lower(t);
    // "Sen. Marco Rubio (R-Fla.) said": a parenthesis inside the name phrase.
    if (t.text === '(') depth++;
    if (depth > 0) {
      if (t.text === ')') depth--;
      continue;
    }
    // “…,” the ad states. — a noun-like cue form that ends the clause after an open-ended quotation is the verb.
    // "the report stated": a cue form after a determiner is a noun.
    // "a newspaper report that": a cue's bare form cannot be the verb of a singular phrase ("a spokesman will say"
    // has its auxiliary); it is the phrase's noun.
    const noun = i > from && (nounCue(tokens, i) || (npEnd < 0 && /^(?:a|an|another|each|every)$/.test(lower(tokens[from])) && CUE_FORMS.get(w) === w && w !== 'read'));
    const cueHere = isCueToken(t) && !isCapitalised(t) && !/ing$/.test(w) && !noun && !goesOnDoing(tokens, i) && (npEnd >= 0 || !NOUNISH.test(w) || isVerbCue(tokens, i)
      || (anyVerb && i - from <= 6 && DETERMINERS.has(lower(tokens[from])) && /s$/.test(w) && (!tokens[i + 1] || /^[.,;]$/.test(tokens[i + 1].text))));
    // "“Go home!” as he spoke": after "as", only a speech verb ("as Cruz said") is the cue.
    const guessed = !cueHere && anyVerb && !afterAs && npEnd < 0 && i > from && i - from <= 4 && t.kind === 'word' && /^\p{Ll}+$/u.test(t.text) && !NP_STOPS.has(w) && !DETERMINERS.has(w)
      && (isCapitalised(tokens[i - 1]) || SUBJECT_PRONOUNS.has(lower(tokens[i - 1]))) && (/ed$/.test(w) || /^(?:shot|fired|snapped|spat|quipped|wrote|went|put|let|cut|laughed)$/.test(w) || !tokens[i + 1] || tokens[i + 1].kind === 'punct' || /^(?:back|out|up|in|on|at|to|with)$/.test(lower(tokens[i + 1])));
    if (i > from && (cueHere || guessed)) {
      if (lastComma >= 0 && i - lastComma > 3) {
        // "“…,” Nate Roe, the pollster who founded the site tweeted": an appositive with a relative clause, its
        // closing comma left out; the relative clause has its own verb before the cue.
        const who = tokens.findIndex((x, j) => j > lastComma && j < i && /^(?:who|whose)$/.test(lower(x)));
        if (who > lastComma && who < i - 2 && anyVerb && isBareName(tokens, from, npEnd) && tokens.slice(lastComma + 1, i).every((x) => x.text !== ',' && !isCueToken(x))
          && (!tokens[i + 1] || /^[.,;]$/.test(tokens[i + 1].text) || /^(?:on|in|at|last|this|earlier|yesterday|today)$/.test(lower(tokens[i + 1])))) {
          return { speaker: spanOf(tokens, from, npEnd), cue: spanOf(tokens, i, i), shape: 'after' };
        }
        return null;
      }
      // “…,” the dawn of the movement, Bozell says. — a name right before the cue, after a comma, is its subject; so is
      // a pronoun ("The Tories, he said, can …").
      if (lastComma >= 0 && (isBareName(tokens, lastComma + 1, i - 1) || (i - lastComma === 2 && SUBJECT_PRONOUNS.has(lower(tokens[i - 1])) && lower(tokens[i - 1]) !== 'who'))) {
        return { speaker: spanOf(tokens, lastComma + 1, i - 1), cue: spanOf(tokens, i, i), shape: 'after' };
      }
      let [a, b] = trimNp(tokens, from, npEnd >= 0 ? npEnd : i - 1);
      // The party and state after a name are not part of it: "Sen. Marco Rubio (R-Fla.)".
      if (tokens[b]?.text === ')') {
        let o = b;
        while (o > a && tokens[o].text !== '(') o--;
        if (o > a) b = o - 1;
      }
      if (!plausibleSpeaker(tokens, a, b)) return null;
      return { speaker: spanOf(tokens, a, b), cue: spanOf(tokens, i, i), shape: 'after' };
    }
    if (t.kind === 'punct') {
      // "Jo Roe, director of the bank - one of its creditors - said": a spaced dash sets off an appositive as a comma does.
      // Only after a name or an appositive, and in pairs ("White - has admitted", "prices - which … -" are no such thing).
      const spacedDash = (k: number) => /^[-—–]$/.test(tokens[k]?.text ?? '') && tokens[k - 1]?.end !== tokens[k].start && tokens[k + 1]?.start !== tokens[k].end;
      let dash = spacedDash(i) && (npEnd >= 0 || isBareName(tokens, from, i - 1));
      if (dash && !(lastComma >= 0 && spacedDash(lastComma))) {
        let k = i + 1;
        while (k < tokens.length && k - i < 20 && !spacedDash(k)) k++;
        dash = spacedDash(k);
      }
      if ((t.text === ',' || dash) && i > from) {
        if (npEnd < 0) npEnd = i - 1;
        lastComma = i;
        continue;
      }
      // "Fight for $15 organizing director Jo Roe": an amount inside a name.
      if (t.text === '(' || t.text === ')' || t.text === '&' || t.text === '’' || t.text === "'" || (/^[$£€]$/.test(t.text) && tokens[i + 1]?.kind === 'number')) continue;
      // A hyphen inside a word: "the 71-year-old senator".
      if (t.text === '-' && i > from && tokens[i - 1].end === t.start && tokens[i + 1]?.start === t.end) continue;
      // The period of an abbreviation the tokenizer split off: "Rep. Glenn Thompson, R-Pa., said".
      if (t.text === '.' && i > from && /^[A-Z][A-Za-z-]{0,6}$/.test(tokens[i - 1].text) && tokens[i + 1] && tokens[i + 1].text !== '.') continue;
      return null;
    }
    if (i > from && !isCapitalised(t) && (AUXILIARIES.has(w) || isAdverb(t))) {
      if (npEnd < 0) {
        npEnd = i - 1;
        byAuxiliary = /^(?:has|have|had|is|was|were|are|would|will|could|should|might|must|can|did|does)$/.test(w);
      }
      continue;
    }
    // "“…” Deployment has started and …, said Dr Roe": after the auxiliary, another verb than the cue is another clause.
    if (byAuxiliary && lastComma < 0) return null;
    // "a voter in Iowa said", "a voice-over in the ad states": where the speaker is, after the noun.
    if (anyVerb && npEnd < 0 && i > from && /^(?:in|from)$/.test(t.text) && tokens[i + 1] && npWord(tokens[i + 1])) continue;
    // "CBS This Morning co-anchor Jo Roe": a capitalised small word between capitalised words belongs to a name.
    const inName = isCapitalised(t) && i > from && isCapitalised(tokens[i - 1]) && !!tokens[i + 1] && isWord(tokens[i + 1]) && isCapitalised(tokens[i + 1]) && npWord(tokens[i + 1]);
    // "one of them", "some of us": a part of a group named by a pronoun.
    const partitive = npEnd < 0 && i === from + 2 && /^(?:them|us|those)$/.test(w) && lower(tokens[i - 1]) === 'of' && PARTITIVE_HEADS.has(lower(tokens[from]));
    if (partitive) continue;
    if (npEnd < 0 && !npWord(t) && !SUBJECT_PRONOUNS.has(w) && !(i === from && demonstrative) && !noun && !inName) return null;
  }
  return null;
}

const QUOTING = /^(?:quoted|quotes|quoting|reported|reports|cited|cites)$/;
const AS_CUE = /^(?:saying|telling|stating|writing|adding)$/;

/**
 * "Reuters quoted a union source as saying": the person quoted speaks, not the outlet quoting. Tokens [from, to)
 * are searched for the verb (after a quotation, among the first eight), a noun phrase of at most ten words and "as saying"; `atEnd` wants nothing after but a
 * colon or comma (before a quotation).
 */
export function quotedAs(tokens: Token[], from: number, to: number, atEnd: boolean): Attribution | null {
  // After a quotation, the verb comes within a few words of it.
  for (let k = from; k < (atEnd ? to : Math.min(to, from + 8)); k++) {
    if (!isWord(tokens[k]) || !QUOTING.test(tokens[k].text)) continue;
    let j = k + 1;
    while (j < to && j - k <= 11 && !(lower(tokens[j]) === 'as' && AS_CUE.test(tokens[j + 1]?.text ?? ''))) {
      if (tokens[j].kind === 'punct' && tokens[j].text !== ',' && tokens[j].text !== '.' && tokens[j].text !== '-') break;
      j++;
    }
    if (j >= to || j - k > 11 || lower(tokens[j]) !== 'as' || j === k + 1) continue;
    // Before the quotation, only punctuation after "as saying", or the clause it reports ("as saying the firm was
    // “sound”"), with no cue of its own.
    if (atEnd && !tokens.slice(j + 2, to).every((t) => /^[,:]$/.test(t.text) || (isWord(t) && !isCueToken(t)))) continue;
    // "Chief executive Jo Roe was quoted by the Courier as saying": the one quoted is the subject before the verb.
    if (/^(?:was|were|is|are|been|being)$/.test(lower(tokens[k - 1] ?? tokens[k])) && /^(?:by|in)$/.test(lower(tokens[k + 1] ?? tokens[k]))) {
      let a = k - 2;
      while (a - 1 >= 0 && isWord(tokens[a - 1]) && (isCapitalised(tokens[a - 1]) || (isCapitalised(tokens[a]) && isWord(tokens[a - 2]) && isCapitalised(tokens[a - 2])))) a--;
      if (a <= k - 2 && isWord(tokens[a]) && isCapitalised(tokens[a]) && plausibleSpeaker(tokens, a, k - 2)) return { speaker: spanOf(tokens, a, k - 2), cue: spanOf(tokens, j + 1, j + 1), shape: 'after' };
      continue;
    }
    // "quoted Wassim Roe, a local man, as saying": the name before its appositive.
    let b = j - 1;
    while (b > k && tokens[b].text === ',') b--;
    const comma = tokens.slice(k + 1, b + 1).findIndex((t) => t.text === ',');
    if (comma > 0) b = k + comma;
    // "quoted its plan as saying": a document quoted is no speaker to name.
    if (!plausibleSpeaker(tokens, k + 1, b) || /^(?:it|its|this|that|the|a|an)$/.test(lower(tokens[b]))
      || tokens.slice(k + 1, b + 1).some((t) => /^(?:plan|plans|report|document|statement|letter|paper|manifesto|strategy|bill|study|website)$/.test(lower(t)))) continue;
    return { speaker: spanOf(tokens, k + 1, b), cue: spanOf(tokens, j + 1, j + 1), shape: 'after' };
  }
  return null;
}

/** “…,” according to her lawyers. / “…” according to the report. */
export function accordingToAfter(tokens: Token[]): Attribution | null {
  let i = 0;
  while (i < tokens.length && /^[,—–\-]$/.test(tokens[i].text)) i++;
  if (lower(tokens[i] ?? tokens[0] ?? ({ text: '' } as Token)) !== 'according' || lower(tokens[i + 1] ?? tokens[i]) !== 'to') return null;
  let j = i + 2;
  const from = j;
  if (tokens[j] && DETERMINERS.has(lower(tokens[j]))) j++;
  while (j < tokens.length && j - from < 10 && npWord(tokens[j])) j++;
  const [a, b] = trimNp(tokens, from, j - 1);
  if (!plausibleSpeaker(tokens, a, b)) return null;
  return { speaker: spanOf(tokens, a, b), cue: spanOf(tokens, i, i + 1), shape: 'according-to' };
}

const OUTCRY = /^(?:reply|answer|response|retort|verdict|shouts?|cry|cries|chants?|calls?|jeers?|screams?|roars?|yells?)$/;

/**
 * “…,” was the answer from the White House. / “…,” came the reply from his lawyer. / “…!” came shouts from the
 * crowd. / Shouts of “…” rang out from the benches (`pre` holds the words before the quotation).
 */
export function answerFrom(tokens: Token[], pre: Token[] = []): Attribution | null {
  let i = 0;
  while (i < tokens.length && /^[,—–\-]$/.test(tokens[i].text)) i++;
  if (!tokens[i] || !/^(?:was|is|came|comes|rang|rings|went|goes|rose|rises|echoed|echoes)$/.test(lower(tokens[i]))) return null;
  let n = i + 1;
  if (tokens[n] && /^(?:out|up|again)$/.test(lower(tokens[n]))) n++;
  let cue: Span | undefined;
  // "Shouts of “…” rang out from …": the outcry was named before the quotation.
  const named = pre.length >= 2 && lower(pre[pre.length - 1]) === 'of' && OUTCRY.test(lower(pre[pre.length - 2])) ? pre[pre.length - 2] : undefined;
  if (named && lower(tokens[n] ?? tokens[i]) === 'from' && !/^(?:was|is)$/.test(lower(tokens[i]))) cue = spanOf(pre, pre.length - 2, pre.length - 2);
  else {
    if (tokens[n] && DETERMINERS.has(lower(tokens[n]))) n++;
    if (!tokens[n] || !OUTCRY.test(lower(tokens[n])) || lower(tokens[n + 1] ?? tokens[n]) !== 'from') return null;
    cue = spanOf(tokens, n, n);
    n++;
  }
  const from = n + 1;
  let j = from;
  while (j < tokens.length && j - from < 10 && npWord(tokens[j])) j++;
  const [a, b] = trimNp(tokens, from, j - 1);
  if (!plausibleSpeaker(tokens, a, b)) return null;
  return { speaker: spanOf(tokens, a, b), cue, shape: 'after' };
}

// «…», dit-il. / «…», a-t-elle répondu. / „…“, sagte er.
const INVERTED_PRONOUN = /^(\p{L}+)-(?:t-)?(il|elle)$/u;

function foreignPronoun(tokens: Token[], i: number): Attribution | null {
  const t = tokens[i];
  if (!isWord(t)) return null;
  const m = INVERTED_PRONOUN.exec(t.text);
  const pronoun = (at: number, text: string) => ({ start: at, end: at + text.length });
  if (m && CUE_FORMS.has(m[1].toLowerCase())) {
    return { speaker: pronoun(t.end - m[2].length, m[2]), cue: { start: t.start, end: t.start + m[1].length }, shape: 'inverted' };
  }
  const next = tokens[i + 1];
  if (m && FOREIGN_AUXILIARIES.has(m[1]) && next && FOREIGN_PARTICIPLES.has(lower(next))) {
    return { speaker: pronoun(t.end - m[2].length, m[2]), cue: spanOf(tokens, i + 1, i + 1), shape: 'inverted' };
  }
  if (FOREIGN_CUE_FORMS.has(lower(t)) && next && /^(?:er|sie|il|elle)$/.test(next.text)) return { speaker: spanOf(tokens, i + 1, i + 1), cue: spanOf(tokens, i, i), shape: 'inverted' };
  return null;
}

/** “…,” said Trump. / “…,” says a spokesman for the campaign. / “…,” said former Gov. Ed Rendell. */
export function cueThenSpeaker(tokens: Token[], anyVerb = false): Attribution | null {
  let i = 0;
  while (i < tokens.length && /^[,—–\-]$/.test(tokens[i].text)) i++;
  // «…», a déclaré Macron.
  if (FOREIGN_AUXILIARIES.has(tokens[i]?.text ?? '') && tokens[i + 1] && FOREIGN_PARTICIPLES.has(lower(tokens[i + 1]))) i++;
  const foreign = foreignPronoun(tokens, i);
  if (foreign) return foreign;
  const cue = tokens[i];
  // “…,” points out Jo Roe. / “…,” chimes in Jo Roe: a phrasal cue is as strong as "says".
  const particle = isWord(cue) && isWord(tokens[i + 1]) && PARTICLES[CUE_FORMS.get(lower(cue)) ?? ''] === lower(tokens[i + 1]) ? 1 : 0;
  // After a quotation that ends with a comma, "?" or "!", a past-tense verb before a name is its cue: “…!” beamed Jo Roe.
  const guessed = anyVerb && isWord(cue) && /^\p{Ll}+ed$/u.test(cue.text) && !!tokens[i + 1] && isCapitalised(tokens[i + 1]);
  // Not a bare form of a weak cue: "pledged to “never, ever” attack Tory leader Jo Roe" is no inversion.
  const weak = isCueToken(cue) && !!tokens[i + 1 + particle] && (particle === 1 || (isCapitalised(tokens[i + 1]) && !/^(?:the|a|an)$/i.test(tokens[i + 1].text) && CUE_FORMS.get(lower(cue)) !== lower(cue)));
  // “…,” notes the report. / “…” reads an editorial: right after the quotation, before a determiner or a name, a
  // form that is as often a noun is the verb.
  const verbForm = !!cue && NOUNISH.test(lower(cue)) && !!tokens[i + 1] && (particle === 1 || DETERMINERS.has(lower(tokens[i + 1])) || isCapitalised(tokens[i + 1]));
  if (!(isStrongCue(cue) || guessed || weak) || isCapitalised(cue) || /ing$/.test(cue.text) || (NOUNISH.test(lower(cue)) && !verbForm)) return null;
  const from = i + 1 + particle;
  let j = from;
  while (j < tokens.length && j - from < 12) {
    const t = tokens[j];
    // A hyphen inside a word: "says 27-year-old Jo Roe".
    if (t.text === '-' && j > from && tokens[j - 1].end === t.start && tokens[j + 1]?.start === t.end) {
      j++;
      continue;
    }
    if (t.kind === 'punct') break;
    const w = lower(t);
    // “…,” said her husband: right after the cue, "her" is a possessive before a noun, not an object.
    const possessive = j === from && w === 'her' && isWord(tokens[j + 1]) && npWord(tokens[j + 1]) && !isCapitalised(tokens[j + 1]);
    if (!isCapitalised(t) && NP_STOPS.has(w) && !(NP_LINKS.has(w) && j > from) && !possessive) break;
    // "the report", "a tweet": after a determiner, a cue form is a noun of the phrase.
    // "said report author Mary Madden": first, before another noun, a cue form is a modifier.
    const modifier = j === from && isWord(tokens[j + 1]) && !CUE_FORMS.has(lower(tokens[j + 1])) && !NP_STOPS.has(lower(tokens[j + 1]));
    if (!isCapitalised(t) && CUE_FORMS.has(w) && !(j > from && nounCue(tokens, j)) && !modifier) break;
    j++;
  }
  const [a, b] = trimNp(tokens, from, j - 1);
  const cueSpan = spanOf(tokens, i, i + particle);
  if (a > b || !plausibleSpeaker(tokens, a, b)) return { cue: cueSpan, shape: 'inverted' };
  const named = appositiveName(tokens, a, b);
  return { speaker: named ?? spanOf(tokens, a, b), cue: cueSpan, shape: 'inverted' };
}

/** “…,” said the coach, Pep Guardiola.: the name set off after a description of somebody is the speaker. */
function appositiveName(tokens: Token[], a: number, b: number): Span | undefined {
  // "said the paper's editor, Jo Roe", "said EEF chief economist, Steve Radley": a determiner or a role noun.
  if (!(DETERMINERS.has(lower(tokens[a])) || TITLE_WORDS.test(lower(tokens[b])) || isRole(lower(tokens[b]))) || tokens[b + 1]?.text !== ',' || isCapitalised(tokens[b])) return undefined;
  let e = b + 2;
  while (e < tokens.length && e - b - 2 < 4 && tokens[e].kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[e].text) && !NP_STOPS.has(lower(tokens[e]))) e++;
  const end = tokens[e];
  if (e - b - 2 < 2 || (end && !/^[.,;:!?)—–]$/.test(end.text)) || WEEKDAY.test(lower(tokens[b + 2]))) return undefined;
  return spanOf(tokens, b + 2, e - 1);
}

/**
 * X said: “…” / X said that he had “…” / According to X, “…”. `tokens` run from the sentence start to the opening
 * mark; `head` is the sentence's first tokens, for participle cues whose subject opens the sentence.
 */
export function cueBefore(tokens: Token[], head: Token[], preferFirst = false): Attribution | null {
  let orphan: Attribution | null = null;
  let participle: Attribution | null = null;
  for (let n = 0; n < tokens.length; n++) {
    const k = preferFirst ? n : tokens.length - 1 - n;
    const t = tokens[k];
    const w = lower(t);
    if (w === 'according' && lower(tokens[k + 1] ?? t) === 'to') {
      let j = k + 2;
      const from = j;
      if (tokens[j] && DETERMINERS.has(lower(tokens[j]))) j++;
      // "according to the report".
      if (j > from && nounCue(tokens, j)) j++;
      while (j < tokens.length && j - from < 10 && npWord(tokens[j])) j++;
      const [a, b] = trimNp(tokens, from, j - 1);
      if (!plausibleSpeaker(tokens, a, b)) continue;
      return { speaker: spanOf(tokens, a, b), cue: spanOf(tokens, k, k + 1), shape: 'according-to' };
    }
    // "As the columnist put it, “…”": the phrase between "as" and "put it" speaks.
    if (/^(?:put|puts)$/.test(w) && lower(tokens[k + 1] ?? t) === 'it') {
      let a = k - 1;
      while (a >= 0 && k - a <= 10 && lower(tokens[a]) !== 'as' && !/^[,.;:!?]$/.test(tokens[a].text)) a--;
      if (a >= 0 && lower(tokens[a]) === 'as' && plausibleSpeaker(tokens, a + 1, k - 1)) return { speaker: spanOf(tokens, a + 1, k - 1), cue: spanOf(tokens, k, k + 1), shape: 'before' };
    }
    // "As the band sang in 1985, “…”": a song's words, sung by the phrase between "As" and the verb.
    if (/^(?:sang|sings|sung)$/.test(w)) {
      let a = k - 1;
      while (a >= 0 && k - a <= 6 && lower(tokens[a]) !== 'as' && isWord(tokens[a])) a--;
      if (a >= 0 && lower(tokens[a]) === 'as' && (a === 0 || /^[,;:]$/.test(tokens[a - 1].text)) && tokens.at(-1)?.text === ',' && plausibleSpeaker(tokens, a + 1, k - 1)) {
        return { speaker: spanOf(tokens, a + 1, k - 1), cue: spanOf(tokens, k, k), shape: 'before' };
      }
    }
    // "a report by Politico that he “…”": the report's words, whoever cites or denies it.
    if (REPORT_NOUNS.test(w) && /^(?:by|in|from)$/.test(lower(tokens[k + 1] ?? t))) {
      const report = reportBy(tokens, k);
      if (report) return report;
    }
    if (CHANT_NOUNS.test(w) && lower(tokens[k + 1] ?? t) === 'of') {
      const chant = chantOwner(tokens, k, head);
      if (chant) return chant;
    }
    if (!isVerbCue(tokens, k)) continue;
    // "he thanked the fans, he sounded a note, saying “…”": the participle goes with the nearer clause.
    if (participle && CUE_FORMS.get(w) === 'thank') continue;
    const prev = tokens[k - 1];
    if (isPassive(tokens, k)) {
      // "was described as a “reset” by some diplomats": the agent, if any, speaks; the subject never does.
      const agent = byAgent(tokens, k + 1);
      if (agent) return { speaker: agent, cue: spanOf(tokens, k, k), shape: 'before' };
      return { cue: spanOf(tokens, k, k), shape: 'before', passive: true };
    }
    if (/ing$/.test(w) && (!prev || prev.text === ',' || prev.text === '—' || prev.text === '–')) {
      // "…, Trump said, adding that …": the subject of the clause before the participle.
      participle ??= { cue: spanOf(tokens, k, k), shape: 'participle' };
      continue;
    }
    // "But, said Solovey, “…”": the speaker follows the cue. Not after "told", whose object is the listener:
    // "Dever, who was on the slate, told POLITICO, “…”".
    if (k + 2 < tokens.length && /^[,:]$/.test(tokens[tokens.length - 1].text) && (k === 0 || tokens[k - 1].text === ',') && (isCapitalised(tokens[k + 1]) || (k === 0 && lower(tokens[k + 1]) === 'the')) && !LISTENER_CUES.test(CUE_FORMS.get(w) ?? '')) {
      let j = k + 1;
      // "Said the Pew report: “…”": a cue form after the first word is the phrase's noun.
      while (j < tokens.length - 1 && (npWord(tokens[j]) || (j > k + 1 && NOUN_FORMS.test(lower(tokens[j]))))) j++;
      if (j === tokens.length - 1) return { speaker: spanOf(tokens, k + 1, j - 1), cue: spanOf(tokens, k, k), shape: 'before' };
      // "Said Jo Roe, who grew up with him, “…”": the name ends at the relative clause.
      if (j > k + 1 && tokens[j].text === ',' && lower(tokens[j + 1] ?? t) === 'who') return { speaker: spanOf(tokens, k + 1, j - 1), cue: spanOf(tokens, k, k), shape: 'before' };
    }
    // "The plan would save money, says the party - and …", "The paradox, says Jo Roe, historian, is that she was “…”":
    // a cue and its speaker set off inside the clause vouch for it; its subject does not speak.
    const setOff = (x: Token | undefined) => !!x && (x.text === ',' || (/^[-—–]$/.test(x.text) && tokens[tokens.indexOf(x) - 1]?.end !== x.start));
    if (k > 0 && setOff(tokens[k - 1]) && (isCapitalised(tokens[k + 1] ?? t) || lower(tokens[k + 1] ?? t) === 'the') && !LISTENER_CUES.test(CUE_FORMS.get(w) ?? '')) {
      let j = k + 1;
      while (j < tokens.length && j - k <= 6 && npWord(tokens[j])) j++;
      // Not an object with a relative clause: "Lord Roe, agreed the Act, which governs …".
      if (j < tokens.length - 1 && setOff(tokens[j]) && !/^(?:which|who|whose)$/.test(lower(tokens[j + 1])) && plausibleSpeaker(tokens, k + 1, j - 1)) return { speaker: spanOf(tokens, k + 1, j - 1), cue: spanOf(tokens, k, k), shape: 'before' };
    }
    // "prompted the almanac, which tracks votes, to state, “…”", "led the mayor to declare": the one made to speak.
    const made = prev && lower(prev) === 'to' ? causedToSpeak(tokens, k) : undefined;
    if (made) return { speaker: made, cue: spanOf(tokens, k, k), shape: 'before' };
    // "a sign reading “…”", "one of her ads asking “…”": the sign or the ad carries the words.
    const carrier = carrierBefore(tokens, k);
    if (carrier) return { speaker: carrier, cue: spanOf(tokens, k, k), shape: 'before' };
    let subject = subjectBefore(tokens, k, head);
    if (subject && !subject.antecedent) {
      const at = tokens.findIndex((t) => t.start === subject!.speaker.start);
      const before = tokens[at - 1];
      // "a source speaking to Fox News said", "responded on Facebook writing": the object of a preposition is not
      // the subject; the sentence's is.
      if (before && isWord(before) && /^(?:to|on|via|in|at)$/.test(before.text) && /^\p{Lu}/u.test(tokens[at].text)) {
        // A finite cue: the phrase the preposition belongs to ("a woman in Worcester, Massachusetts, told him").
        let holder = /ing$/.test(w) ? undefined : npEndingAt(tokens, at - 2);
        if (holder) {
          const last = tokens.findIndex((t) => t.end === holder!.end);
          if (last > 0 && /ing$/.test(lower(tokens[last])) && tokens[last - 1].start >= holder.start) holder = { start: holder.start, end: tokens[last - 1].end };
          if (!plausibleSpeaker(tokens, tokens.findIndex((t) => t.start === holder!.start), tokens.findIndex((t) => t.end === holder!.end))) holder = undefined;
        }
        const opener = holder ? undefined : sentenceSubject(head);
        subject = holder ? { speaker: holder } : opener && opener.speaker.end <= before.start ? opener : undefined;
      } else if (/ing$/.test(w) && before && lower(before) === 'with') {
        // "…, with the union calling her “…”": the noun of a with-clause is the participle's subject.
        return withCue(subject, spanOf(tokens, k, k), 'before');
      }
    }
    if (!subject) {
      // "Clinton slammed the shift and accused Sanders of a “flip-flop”": a verb coordinated with the subject's.
      if (isStrongCue(t) || coordinated(tokens, k)) orphan ??= { cue: spanOf(tokens, k, k), shape: 'before' };
      continue;
    }
    let cueAt = k;
    // "a statement saying “…”", "signs saying “…”": a participle after a thing; who put it out opens the sentence.
    if (/ing$/.test(w) && !subject.antecedent && !startsWithPersonWord(tokens, subject.speaker)) {
      const opener = sentenceSubject(head);
      if (opener && opener.speaker.end <= subject.speaker.start) subject = opener;
    }
    // "Trump told reporters he thought …", "Lapp said she thinks …": the outer speaker reports the words.
    for (let depth = 0; depth < 2; depth++) {
      const outer = outerSpeaker(tokens, subject.speaker, head);
      if (!outer) break;
      subject = outer.subject;
      cueAt = outer.cue;
    }
    // "He tweeted when Clinton ended the debate with a joke, remarking, “…”": a participle after a subordinate clause
    // that comes after the cue goes with that clause's subject.
    if (participle) {
      const clause = clauseSubjectBefore(tokens, participle.cue!);
      if (clause && clause.start > tokens[cueAt].end) return { speaker: clause, cue: participle.cue, shape: 'participle' };
      return withCue(subject, participle.cue, 'participle');
    }
    // "After Brown criticized him, Hillary shot back, “…”": a cue in an opening subordinate clause does not own a
    // quotation that follows the main clause.
    const main = mainClauseSubject(head, tokens, cueAt);
    if (main) return main;
    // "He thanked Eastwood and described the film as “…”": thanking is no way of saying; a verb nearer the quotation
    // coordinated with it is the cue.
    // "Paul said the plan would fail, and called him “…”": a speech verb coordinated nearer the quotation is its cue.
    if (orphan?.cue && coordinated(tokens, tokens.findIndex((x) => x.start === orphan!.cue!.start))) return withCue(subject, orphan.cue, 'before');
    return withCue(subject, spanOf(tokens, cueAt, cueAt), 'before');
  }
  const found = participle ?? orphan;
  if (found && found === participle) {
    const clause = clauseSubjectBefore(tokens, found.cue!);
    if (clause) return { speaker: clause, cue: found.cue, shape: found.shape };
  }
  if (found) {
    const subject = sentenceSubject(head);
    if (subject && found.cue && subject.speaker!.end <= found.cue.start) return withCue(subject, found.cue, found.shape);
  }
  return found;
}

const CAUSATIVE = /^(?:prompted|prompting|prompts|led|leading|leads|caused|causes|forced|forcing|forces|moved|compelled|inspired|inspires)$/;

/** The object of a causative verb before "to" and the cue at `k`, its relative clause left out. */
function causedToSpeak(tokens: Token[], k: number): Span | undefined {
  let c = k - 2;
  while (c >= 0 && k - c <= 26 && !(isWord(tokens[c]) && CAUSATIVE.test(lower(tokens[c])))) {
    if (/^[.;:!?"“”]$/.test(tokens[c].text)) return undefined;
    c--;
  }
  if (c < 0 || k - c > 26 || c + 1 > k - 2) return undefined;
  let b = k - 2;
  const comma = tokens.slice(c + 1, k - 1).findIndex((t) => t.text === ',');
  if (comma >= 0) b = c + comma;
  if (b < c + 1 || b - c > 10 || !plausibleSpeaker(tokens, c + 1, b) || tokens.slice(c + 1, b + 1).some((t) => AUXILIARIES.has(t.text))) return undefined;
  return spanOf(tokens, c + 1, b);
}

const INQUIRY = /^(?:report|inquiry|enquiry|review|investigation|study|probe|survey|audit|analysis)$/;
const REPORT_NOUNS = /^(?:report|reports|article|story|investigation|editorial|analysis)$/;

/** "a report by Politico that …", "a story in the Times that …" up to the quotation: the report and its outlet. */
function reportBy(tokens: Token[], k: number): Attribution | undefined {
  let j = k + 2;
  if (lower(tokens[j] ?? tokens[k]) === 'the') j++;
  const name = j;
  while (j < tokens.length && isWord(tokens[j]) && isCapitalised(tokens[j])) j++;
  if (j === name || CALENDAR.test(lower(tokens[name])) || lower(tokens[j] ?? tokens[k]) !== 'that') return undefined;
  for (let i = j + 1; i < tokens.length; i++) if (!isWord(tokens[i])) return undefined;
  const a = k > 0 && /^(?:a|an|the|this|that|new|latest)$/.test(lower(tokens[k - 1])) ? k - 1 : k;
  return { speaker: spanOf(tokens, a, j - 1), cue: spanOf(tokens, k, k), shape: 'before' };
}

const CHANT_NOUNS = /^(?:chants|chant|cries|shouts|calls|cheers|jeers|roars|chorus)$/;

/**
 * "their chants of “…”": the possessor chants. "Fans greeted her with chants of", "delegates erupted in loud chants
 * of": the subject of the clause's verb. "She was met with chants of": a passive; its subject is no speaker.
 */
function chantOwner(tokens: Token[], k: number, head: Token[]): Attribution | undefined {
  const cue = spanOf(tokens, k, k);
  if (/^(?:their|his|her|its|our)$/.test(lower(tokens[k - 1] ?? tokens[k]))) return { speaker: spanOf(tokens, k - 1, k - 1), cue, shape: 'before' };
  for (let v = k - 1; v >= 1 && k - v < 10 && isWord(tokens[v]); v--) {
    const w = lower(tokens[v]);
    if (isCapitalised(tokens[v]) || !(/ed$/.test(w) || IRREGULAR_PAST.test(w))) continue;
    let b = v - 1;
    while (b >= 0 && isWord(tokens[b]) && isAdverb(tokens[b])) b--;
    if (b >= 0 && /^(?:is|was|were|are|be|been|being|get|got|gets)$/.test(lower(tokens[b]))) return { cue, shape: 'before', passive: true };
    const subject = subjectBefore(tokens, v, head);
    return subject ? withCue(subject, cue, 'before') : undefined;
  }
  return undefined;
}

/** Whether the cue at `k` is a finite verb after "and" or "but" (auxiliaries and adverbs aside), sharing an earlier subject. */
function coordinated(tokens: Token[], k: number): boolean {
  if (!isPastForm(lower(tokens[k]))) return false;
  let j = k - 1;
  while (j >= 0 && isWord(tokens[j]) && !isCapitalised(tokens[j]) && (AUXILIARIES.has(lower(tokens[j])) || isAdverb(tokens[j]))) j--;
  return j > 0 && /^(?:and|but)$/.test(lower(tokens[j]));
}

/** Whether a sentence's first token (dashes and brackets aside) opens a quotation that closes in it. */
function opensWithQuotation(sentence: Token[]): boolean {
  const at = sentence.findIndex((t) => !/^[—–\-(]$/.test(t.text));
  const close = { '"': '"', '“': '”', '«': '»', '„': '“' }[sentence[at]?.text ?? ''];
  if (!close) return false;
  for (let i = at + 1; i < sentence.length; i++) if (sentence[i].text === close) return true;
  return false;
}

const CLAUSE_OPENERS = /^(?:when|where|while|whereas|as|which)$/;

/**
 * "…, when Sanders protesters interrupted her speech, shouting “…”": a participle after a comma goes with the clause
 * right before it; when that clause opens with a subordinator, its subject is the one speaking.
 */
function clauseSubjectBefore(tokens: Token[], cue: Span): Span | undefined {
  const k = tokens.findIndex((t) => t.start === cue.start);
  if (k < 2 || tokens[k - 1].text !== ',') return undefined;
  let r = k - 2;
  while (r >= 0 && k - r < 25 && (isWord(tokens[r]) || /^['’]s?$/.test(tokens[r].text)) && !CLAUSE_OPENERS.test(lower(tokens[r]))) r--;
  if (r < 0 || !isWord(tokens[r]) || !CLAUSE_OPENERS.test(lower(tokens[r]))) return undefined;
  // "as a ladder to the middle class": "as" opens a clause only before a pronoun ("even as he defended her") or a
  // phrase and its verb ("as a guard walks in").
  const next = tokens[r + 1];
  let verb = -1;
  if (lower(tokens[r]) === 'as' && next && DETERMINERS.has(lower(next))) {
    for (let v = r + 2; v < Math.min(k - 1, r + 6) && verb < 0; v++) if (isWord(tokens[v]) && !isCapitalised(tokens[v]) && /[^s]s$|ed$/.test(lower(tokens[v]))) verb = v;
    if (verb > r + 2) return spanOf(tokens, r + 1, verb - 1);
  }
  const asClause = lower(tokens[r]) === 'as' && !!next && SUBJECT_PRONOUNS.has(lower(next));
  if (lower(tokens[r]) === 'as' && !asClause) return undefined;
  const clause = tokens.slice(r + 1, k - 1);
  const subject = sentenceSubject(clause);
  if (!subject) return undefined;
  // The subject has a verb of its own after it: "protesters interrupted her speech".
  const after = clause.find((t) => t.start >= subject.speaker.end);
  if (!after || !isWord(after) || isCapitalised(after)) return undefined;
  return subject.speaker;
}

const CARRIER_NOUNS = /^(?:sign|signs|placard|placards|banner|banners|poster|posters|billboard|billboards|hat|hats|cap|caps|shirt|shirts|t-shirt|t-shirts|sticker|stickers|button|buttons|headline|headlines|ad|ads|advert|adverts|advertisement|advertisements|mailer|mailers|flyer|flyers|sweatshirt|mug|mugs)$/;

/** "a sign reading", "a hat saying", "one of her ads asking": a thing with words on it, right before the participle. */
function carrierBefore(tokens: Token[], k: number): Span | undefined {
  if (!/^(?:reading|saying|asking|declaring|proclaiming|stating|urging|warning|bearing)$/.test(lower(tokens[k]))) return undefined;
  let end = k - 1;
  if (tokens[end]?.text === ',') end--;
  if (end < 0 || !CARRIER_NOUNS.test(lower(tokens[end]))) return undefined;
  let j = end - 1;
  while (j >= 0 && end - j < 7 && (npWord(tokens[j]) || DETERMINERS.has(lower(tokens[j]))) && !IRREGULAR_PAST.test(lower(tokens[j])) && !/ed$/.test(lower(tokens[j])) && !(isCueToken(tokens[j]) && !isCapitalised(tokens[j]))) j--;
  let a = j + 1;
  while (a < end && !DETERMINERS.has(lower(tokens[a])) && !/^(?:one|some|many|several|two|three|\d+)$/.test(lower(tokens[a])) && !isCapitalised(tokens[a])) a++;
  if (a === end && !DETERMINERS.has(lower(tokens[a - 1] ?? tokens[a]))) return spanOf(tokens, end, end);
  return spanOf(tokens, a, end);
}

/** The subject of the main clause when the cue at k sits in an opening "After …," / "When …," clause of the sentence. */
const SUBORDINATORS = /^(?:after|when|while|although|though|once|before|since|whenever)$/i;

function mainClauseSubject(head: Token[], tokens: Token[], k: number): Attribution | undefined {
  let first = head.find((t) => t.kind !== 'punct');
  // "Last month, when I asked him, …": after a short opening phrase and its comma.
  const comma1 = head.findIndex((t, i) => i < 5 && t.text === ',');
  if (first && !SUBORDINATORS.test(first.text) && comma1 > 0 && head.slice(0, comma1).every((t) => t.kind !== 'punct')) first = head[comma1 + 1];
  if (!first || !SUBORDINATORS.test(first.text)) return undefined;
  const cue = tokens[k];
  if (cue.start < first.start) return undefined;
  // A comma after the cue and before the quotation, closing the opening clause.
  const comma = tokens.findIndex((t, i) => i > k && t.text === ',');
  if (comma < 0) return undefined;
  const subject = sentenceSubject(head);
  if (!subject || subject.speaker.start !== tokens[comma + 1]?.start) return undefined;
  const at = comma + 1;
  // The subject is followed by a verb of its own before the quotation.
  const after = tokens.findIndex((t) => t.start >= subject.speaker.end);
  if (after < 0 || after <= at || !isWord(tokens[after]) || isCapitalised(tokens[after])) return undefined;
  return { speaker: subject.speaker, shape: 'before' };
}

/** Whether the cue at k is a passive participle: "was described", "has been called", "is widely labeled". */
function isPassive(tokens: Token[], k: number): boolean {
  if (!isPastForm(lower(tokens[k]))) return false;
  let j = k - 1;
  while (j >= 0 && isWord(tokens[j]) && !isCapitalised(tokens[j]) && (isAdverb(tokens[j]) || /^(?:also|not|never|often|once|later|first|then|already|even|still|since)$/.test(lower(tokens[j])))) j--;
  return j >= 0 && /^(?:is|was|were|are|be|been|being|get|got|gets|getting)$/.test(lower(tokens[j]));
}

/** "by some diplomats": the agent of a passive, starting at or after `from` (skipping a few words before it). */
export function byAgent(tokens: Token[], from: number): Span | undefined {
  let i = from;
  while (i < tokens.length && i - from < 8 && lower(tokens[i]) !== 'by') {
    if (/^[.;:!?]$/.test(tokens[i].text)) return undefined;
    i++;
  }
  if (i >= tokens.length || lower(tokens[i]) !== 'by') return undefined;
  let j = i + 1;
  const start = j;
  while (j < tokens.length && j - start < 10 && (npWord(tokens[j]) || tokens[j].text === '’s' || tokens[j].text === "'s")) j++;
  const [a, b] = trimNp(tokens, start, j - 1);
  if (!plausibleSpeaker(tokens, a, b)) return undefined;
  return spanOf(tokens, a, b);
}

function startsWithPersonWord(tokens: Token[], span: Span): boolean {
  const first = tokens.find((t) => t.start === span.start);
  if (!first) return false;
  const w = lower(first);
  return isCapitalised(first) || SUBJECT_PRONOUNS.has(w) || w === 'who';
}

/** Cues whose object is the one spoken to: "told POLITICO", "assured the crowd". */
const LISTENER_CUES = /^(?:tell|assure|inform|remind|ask|thank|urge)$/;

const SAY_LIKE = new Set(['say', 'tell', 'write', 'add', 'claim', 'insist', 'argue', 'note', 'explain', 'state', 'declare', 'assert', 'contend', 'acknowledge', 'admit', 'warn', 'assure', 'inform', 'remind', 'announce', 'predict', 'suggest', 'recall', 'testify', 'confirm']);

/**
 * The speaker of a speech clause that embeds the one whose subject is `inner`: "Trump told reporters [he thought …]",
 * "Cruz said [he's certain …]". Returns the outer subject and the index of its cue.
 */
function outerSpeaker(tokens: Token[], inner: Span, head: Token[]): { subject: { speaker: Span; antecedent?: Span }; cue: number } | undefined {
  let s = tokens.findIndex((t) => t.start === inner.start);
  if (s <= 0) return undefined;
  s--;
  const afterThat = lower(tokens[s]) === 'that';
  if (afterThat) s--;
  // An object of "told"/"assured": "told reporters", "told the newspaper".
  let m = s;
  // A cue form used as a noun ("her opening remarks") is no cue.
  while (m >= 0 && s - m < 4 && isWord(tokens[m]) && !isVerbCue(tokens, m)) m--;
  const candidates = [s, m];
  // "said in her opening remarks that the platform should …", "said on Twitter that he was …": a short phrase of
  // place, time or medium between the cue and its that-clause.
  let gapped = -1;
  if (afterThat) {
    let p = s;
    while (p >= 0 && s - p < 8 && isWord(tokens[p]) && !isVerbCue(tokens, p)) p--;
    if (p >= 0 && p < s && /^(?:in|on|at|during|to|via|after|before|from|with|last|this|earlier|late|later)$/.test(lower(tokens[p + 1]))) {
      const lemma = CUE_FORMS.get(lower(tokens[p])) ?? '';
      if (SAY_LIKE.has(lemma) && !/^(?:tell|assure|inform|remind|warn)$/.test(lemma)) {
        candidates.push(p);
        gapped = p;
      }
    }
  }
  for (const c of candidates) {
    if (c < 0 || !isVerbCue(tokens, c) || /ing$/.test(lower(tokens[c])) || isPassive(tokens, c)) continue;
    const lemma = CUE_FORMS.get(lower(tokens[c])) ?? '';
    if (!SAY_LIKE.has(lemma)) continue;
    if (c !== s && c !== gapped && !/^(?:tell|assure|inform|remind|warn)$/.test(lemma)) continue;
    const subject = subjectBefore(tokens, c, head);
    if (subject) return { subject, cue: c };
  }
  return undefined;
}

/** A speaker (and what a relative pronoun stands for) with its cue: built field by field, as spreading is slow. */
function withCue(subject: { speaker: Span; antecedent?: Span }, cue: Span | undefined, shape: Attribution['shape']): Attribution {
  return subject.antecedent ? { speaker: subject.speaker, antecedent: subject.antecedent, cue, shape } : { speaker: subject.speaker, cue, shape };
}

/** The noun phrase that ends right before the cue at k, over auxiliaries and appositives. */
const RAISING = /^(?:reported|said|alleged|believed|thought|understood|known|rumou?red|expected|set|due|going|likely|scheduled)$/;

const ASPECT_VERBS = new Set('keeps kept keep continues continued continue began begins begin started starts start stopped stops went goes on'.split(' '));

function subjectBefore(tokens: Token[], k: number, head: Token[] = []): { speaker: Span; antecedent?: Span } | undefined {
  let j = k - 1;
  // "Macron a déclaré : « … »".
  if (j >= 1 && FOREIGN_AUXILIARIES.has(tokens[j].text) && FOREIGN_PARTICIPLES.has(lower(tokens[k]))) j--;
  // "Jo Roe keeps claiming", "he went on saying": an aspect verb before a cue in -ing belongs to the verb.
  const aspect = /ing$/.test(lower(tokens[k]));
  const skipAuxiliaries = () => {
    while (j >= 0 && isWord(tokens[j]) && !isCapitalised(tokens[j]) && (AUXILIARIES.has(lower(tokens[j])) || isAdverb(tokens[j]) || (aspect && ASPECT_VERBS.has(lower(tokens[j]))))) j--;
  };
  skipAuxiliaries();
  // "Beck, who has in the past described", "Sanders in the past has called".
  if (j >= 2 && lower(tokens[j]) === 'past' && lower(tokens[j - 1]) === 'the' && lower(tokens[j - 2]) === 'in') {
    j -= 3;
    skipAuxiliaries();
  }
  // "Obama on Tuesday said", "Putin last week told".
  while (j >= 1 && isWord(tokens[j]) && (WEEKDAY.test(lower(tokens[j])) || /^(?:week|month|year|night)$/.test(lower(tokens[j])))) {
    j--;
    // "Sanders during a Sunday thanked".
    while (j >= 0 && /^(?:on|last|this|earlier|late|later|during|a)$/.test(lower(tokens[j]))) j--;
  }
  // "Blair had in 1997 complained", "comments Trump made in 2006 saying".
  if (j >= 1 && /^\d{4}$/.test(tokens[j].text) && /^(?:in|since|by)$/.test(lower(tokens[j - 1]))) {
    j -= 2;
    skipAuxiliaries();
  }
  // "The State Department less than two weeks ago said".
  if (j >= 2 && /^(?:ago|later|earlier)$/.test(lower(tokens[j])) && /^(?:days|weeks|months|years|hours|minutes|day|week|month|year|hour)$/.test(lower(tokens[j - 1]))) {
    let b = j - 2;
    while (b >= 0 && j - b <= 6 && isWord(tokens[b]) && !isCapitalised(tokens[b]) && TIME_AMOUNT.test(lower(tokens[b]))) b--;
    if (b >= 0 && b < j - 2 && isWord(tokens[b])) {
      j = b;
      skipAuxiliaries();
    }
  }
  // "Obama is reported to have called", "the senator was said to have described", "Trump is expected to call":
  // the subject of the raising verb speaks.
  if (j >= 2 && lower(tokens[j]) === 'to' && RAISING.test(lower(tokens[j - 1])) && isWord(tokens[j - 2]) && /^(?:is|was|are|were|be|been|seems?|seemed|appears?|appeared)$/.test(lower(tokens[j - 2]))) {
    j -= 2;
    skipAuxiliaries();
  }
  if (j < 0) return undefined;
  // "Carson took the stage and called …": a coordinated verb; the subject opens the sentence.
  if (/^(?:and|but|or|then)$/.test(lower(tokens[j]))) return undefined;
  // "Smith, who said", "Tessa Jowell who said", "Donald Trump - who said": the relative pronoun is the speaker; the
  // phrase before it is who it stands for.
  if (lower(tokens[j]) === 'who') {
    const speaker = spanOf(tokens, j, j)!;
    const end = j > 0 && isWord(tokens[j - 1]) ? j - 1 : /^[,—–-]$/.test(tokens[j - 1]?.text ?? '') ? j - 2 : -1;
    let antecedent = end >= 0 ? npEndingAt(tokens, end) : undefined;
    // The phrase right before it, not who acted on it ("rebuked critics who say", "praised Franklin Graham, who").
    if (antecedent && antecedent.end !== tokens[end].end) {
      let v = end;
      while (v > 0 && !(isWord(tokens[v]) && !isCapitalised(tokens[v]) && (/ed$/.test(lower(tokens[v])) || IRREGULAR_PAST.test(lower(tokens[v]))))) v--;
      antecedent = v > 0 ? npEndingAt(tokens.slice(v + 1), end - v - 1) : undefined;
    }
    return antecedent ? { speaker, antecedent } : { speaker };
  }
  // "water bottles that said", "the sign — which read": as with "who", the relative pronoun is the speaker; the
  // phrase it stands for carries the words.
  if (j >= 1 && /^(?:that|which)$/.test(tokens[j].text)) {
    const end = /^[,—–-]$/.test(tokens[j - 1].text) ? j - 2 : j - 1;
    const carrier = npEndingAt(tokens, end);
    if (carrier) {
      // "Trump released a video that said": who put the thing out speaks.
      if (carrier.end !== tokens[end].end) return { speaker: carrier };
      // A phrase with a determiner or a name, or a bare plural; not one cut out of a longer phrase ("appeared in
      // front of the headquarters that", "has seen schools that").
      const a = tokens.findIndex((t) => t.start === carrier.start);
      const phrase = tokens.slice(a, end + 1);
      if (!(isWord(tokens[a - 1]) && AUXILIARIES.has(lower(tokens[a - 1])))
        && (DETERMINERS.has(lower(tokens[a])) || (tokens[a].kind === 'word' && isCapitalised(tokens[a])) || (/s$/.test(lower(tokens[end])) && !phrase.some((t) => t.text === 'of')))) {
        return { speaker: spanOf(tokens, j, j)!, antecedent: carrier };
      }
    }
  }
  // "a White House official who spoke anonymously to discuss strategy said": a relative clause without commas sits
  // between the subject and its cue; the phrase before "who" speaks.
  const relative = relativeClauseHead(tokens, j);
  if (relative) {
    // "Paula Grant, a Democrat who represents the district, urged": the relative clause ends an appositive; the
    // name it describes speaks.
    const at = tokens.findIndex((t) => t.start === relative.start);
    const named = tokens[j].text === ',' && tokens[at - 1]?.text === ',' ? npEndingAt(tokens, at - 2) : undefined;
    return { speaker: named && /^\p{Lu}/u.test(tokens.find((t) => t.start === named.start)!.text) ? named : relative };
  }
  // "About four in 10 said", "Seven in 10 voters say": a share of those polled.
  const share = /^(?:\d+|ten)$/i.test(tokens[j].text) ? j : tokens[j - 1] && /^(?:\d+|ten)$/i.test(tokens[j - 1].text) && /s$/.test(lower(tokens[j])) && !isCapitalised(tokens[j]) ? j - 1 : -1;
  // "four out of 10 voters said".
  const outOf = share >= 3 && lower(tokens[share - 1]) === 'of' && lower(tokens[share - 2]) === 'out' ? 1 : 0;
  if (share >= 2 + outOf && /^(?:in|of)$/.test(lower(tokens[share - 1])) && /^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$/i.test(tokens[share - 2 - outOf].text)) {
    let a = share - 2 - outOf;
    if (a > 0 && /^(?:about|nearly|almost|roughly|some|only|just|around|over|fewer|more|than)$/i.test(tokens[a - 1].text)) a--;
    return { speaker: spanOf(tokens, a, j)! };
  }
  // "Paul Ryan (R-Wis.) has pointed out": a party and state in parentheses right before the cue.
  if (tokens[j].text === ')') {
    let o = j - 1;
    while (o > 0 && j - o < 8 && tokens[o].text !== '(') o--;
    const named = tokens[o]?.text === '(' && o > 0 && isCapitalised(tokens[o - 1]) ? npEndingAt(tokens, o - 1) : undefined;
    // Not the end of a name cut at a plural possessive ("the British Bankers' Association (BBA)").
    const cut = named && /^['’]$/.test(tokens[tokens.findIndex((t) => t.start === named.start) - 1]?.text ?? '');
    if (named && !cut) return { speaker: named };
  }
  const direct = npEndingAt(tokens, j);
  // "Trump in his announcement speech called", "a voter in Iowa said": the phrase after "in" says where; the one
  // before it speaks.
  if (direct) {
    const at = tokens.findIndex((t) => t.start === direct.start);
    // "The inquiry into the crash said", "Lord Roe's report earlier this year into the war said": what an inquiry
    // looked into is its subject; the inquiry speaks.
    if (at >= 2 && /^(?:into|on|of)$/.test(tokens[at - 1].text)) {
      let n = at - 2;
      while (n > 0 && at - 2 - n < 3 && /^(?:earlier|last|this|year|month|week)$/.test(lower(tokens[n]))) n--;
      // "Lord Roe's report": the possessor's phrase and the noun.
      const owner = n > 0 && /['’]s?$/.test(tokens[n - 1].text) ? npEndingAt(tokens, n - 1) : undefined;
      const inquiry = !INQUIRY.test(lower(tokens[n])) ? undefined : owner ? { start: owner.start, end: tokens[n].end } : npEndingAt(tokens, n);
      if (inquiry) return { speaker: inquiry };
    }
    if (at >= 2 && /^(?:in|during)$/.test(tokens[at - 1].text) && isWord(tokens[at - 2]) && !/^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$/i.test(tokens[at - 2].text)) {
      const before = npEndingAt(tokens, at - 2);
      const first = before && tokens.find((t) => t.start === before.start);
      if (before && first && !SUBJECT_PRONOUNS.has(lower(tokens[at - 2])) && (isCapitalised(first) || DETERMINERS.has(lower(first))) && tokens.filter((t) => t.start >= before.start && t.end <= before.end).length <= 5) return { speaker: before };
    }
    return { speaker: direct };
  }
  // "Smith, a spokesman, said" / "Clinton, during a town hall in Columbus, Ohio, said": skip the appositive.
  if (tokens[j].text !== ',') return undefined;
  // "Gov. Jo Roe (R-Ohio), said": a party and state in parentheses before the comma.
  if (tokens[j - 1]?.text === ')') {
    let o = j - 2;
    while (o > 0 && j - o < 8 && tokens[o].text !== '(') o--;
    const named = tokens[o]?.text === '(' ? npEndingAt(tokens, o - 1) : undefined;
    if (named) return { speaker: named };
  }
  // "Baker’s neighbour, Ann Lee, agreed", "The Chancellor, Rachel Reeves, said": a full name set off after a common
  // noun or a title is who speaks.
  let a = j - 1;
  while (a >= 0 && j - a <= 4 && isWord(tokens[a]) && isCapitalised(tokens[a])) a--;
  const commonNoun = isWord(tokens[a - 1]) && (!isCapitalised(tokens[a - 1]) || (isWord(tokens[a - 2]) && DETERMINERS.has(lower(tokens[a - 2]))));
  if (j - a - 1 >= 2 && tokens[a]?.text === ',' && commonNoun) return { speaker: spanOf(tokens, a + 1, j - 1)! };
  const subject = sentenceSubject(head);
  if (subject && subject.speaker.end < tokens[j].start) {
    const after = head.find((t) => t.start >= subject.speaker.end);
    if (after?.text === ',' && tokens[j].start - subject.speaker.end < 200) return subject;
  }
  let s = j - 1;
  while (s >= 0 && j - s < 14 && !/^[,.:;]$/.test(tokens[s].text)) s--;
  if (s < 0 || tokens[s].text !== ',') return undefined;
  const before = npEndingAt(tokens, s - 1);
  return before ? { speaker: before } : undefined;
}

/** The noun phrase before a "who" clause that ends at `end` with no punctuation in it: "an aide who asked not to be named". */
function relativeClauseHead(tokens: Token[], end: number): Span | undefined {
  if (end < 0 || SUBJECT_PRONOUNS.has(lower(tokens[end]))) return undefined;
  for (let r = end - 1; r >= 1 && end - r < 12; r--) {
    const t = tokens[r];
    // "who gained attention when he yelled": a clause of its own, with its own subject.
    if (!isWord(t) || /^(?:when|while|after|before|because|since|if|as|that|where|which)$/.test(lower(t))) return undefined;
    if (lower(t) !== 'who') continue;
    const next = tokens[r + 1];
    if (!next || isCapitalised(next) || SUBJECT_PRONOUNS.has(lower(next))) return undefined;
    if (!isWord(tokens[r - 1])) return undefined;
    return npEndingAt(tokens, r - 1);
  }
  return undefined;
}

const TIME_AMOUNT = /^(?:\d+|a|an|few|several|some|couple|of|less|more|than|about|around|nearly|almost|just|only|barely|roughly|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many)$/;

function npEndingAt(tokens: Token[], end: number): Span | undefined {
  // "told reporters he thought": a subject pronoun is a phrase of its own.
  if (end >= 0 && SUBJECT_PRONOUNS.has(lower(tokens[end])) && !isCapitalised(tokens[end])) return spanOf(tokens, end, end);
  let j = end;
  // A finite verb ends the phrase: "the council issued a statement saying" gives "a statement".
  // "the newly elected mayor" is a phrase; "the crowd loudly reprised" has a verb.
  const verbAt = (i: number) => !isCapitalised(tokens[i]) && (/ed$/.test(lower(tokens[i])) || IRREGULAR_PAST.test(lower(tokens[i]))) && i > 0 && !DETERMINERS.has(lower(tokens[i - 1]))
    && !(isAdverb(tokens[i - 1]) && (i < 2 || !isWord(tokens[i - 2]) || DETERMINERS.has(lower(tokens[i - 2]))));
  // "the inquiry following a BBC story": a word in -ing before a determiner links two phrases.
  const linkAt = (i: number) => i < end && !isCapitalised(tokens[i]) && /ing$/.test(lower(tokens[i])) && DETERMINERS.has(lower(tokens[i + 1]));
  while (j >= 0 && end - j < 9 && (npWord(tokens[j]) || (j === end && nounCue(tokens, j))) && !(j < end && verbAt(j)) && !linkAt(j)) j--;
  // "this remarkably active senior citizen": a demonstrative opens the phrase ("that" may open a clause instead).
  if (j >= 0 && j < end && /^(?:this|these|those)$/i.test(tokens[j].text) && !DETERMINERS.has(lower(tokens[j + 1]))
    && !/^(?:week|weekend|year|month|morning|afternoon|evening|time|season|summer|winter|spring|autumn|days|weeks|months|years)$/.test(lower(tokens[j + 1])) && (j === 0 || !isWord(tokens[j - 1]) || /^(?:and|but|then|so)$/.test(lower(tokens[j - 1])))) j--;
  // The object of that verb is a thing; whoever did it speaks: "Carson shared a syllabus saying …".
  if (j >= 1 && j < end && verbAt(j) && !SUBJECT_PRONOUNS.has(lower(tokens[j + 1]))) {
    let v = j - 1;
    while (v >= 1 && isAdverb(tokens[v])) v--;
    // "The campaign on Tuesday released …".
    while (v >= 1 && (WEEKDAY.test(lower(tokens[v])) || /^(?:week|month|year|night|morning|evening)$/.test(lower(tokens[v])))) {
      v--;
      while (v >= 0 && /^(?:on|last|this|earlier|late|later)$/.test(lower(tokens[v]))) v--;
    }
    const agent = v >= 0 ? npEndingAt(tokens, v) : undefined;
    const first = agent && tokens.find((t) => t.start === agent.start);
    // A chant is no thing that carries words: "the crowd loudly reprised the caustic chant “…”" is the crowd's.
    if (agent && first && (isCapitalised(first) || SUBJECT_PRONOUNS.has(lower(first)) || CHANT_NOUNS.test(lower(tokens[end + 1] ?? first)))) return agent;
  }
  if (j === end) {
    if (j >= 0 && SUBJECT_PRONOUNS.has(lower(tokens[j]))) return spanOf(tokens, j, j);
    return undefined;
  }
  let [a, b] = trimNp(tokens, j + 1, end);
  // "In the Cosmopolitan interview Mr Howard said", "During his speech Blair said": after an opening preposition,
  // the phrase up to a lower-case noun is where; the name after it speaks.
  if (a > 0 && /^(?:in|during|at|on)$/i.test(tokens[a - 1].text) && isCapitalised(tokens[b])) {
    for (let m = b - 1; m > a; m--) {
      if (isCapitalised(tokens[m])) continue;
      if (!DETERMINERS.has(lower(tokens[m])) && !TITLE_WORDS.test(lower(tokens[m])) && !NP_LINKS.has(lower(tokens[m])) && !/['’]s?$/.test(tokens[m].text)) a = m + 1;
      break;
    }
  }
  // "In a statement the RSPCA said", "In his New Year message the party leader said": after an opening preposition,
  // an article after the phrase's noun opens the phrase that speaks.
  if (a > 0 && /^(?:in|during|at|on)$/i.test(tokens[a - 1].text)) {
    for (let m = a + 2; m < b; m++) {
      if (/^(?:the|a|an)$/.test(lower(tokens[m])) && isWord(tokens[m - 1]) && !DETERMINERS.has(lower(tokens[m - 1])) && !NP_LINKS.has(lower(tokens[m - 1]))) {
        a = m;
        break;
      }
    }
  }
  // "…, Obama's press secretary": keep it; "campaign Trump": a noun before a name belongs to another phrase unless a title.
  while (a < b && !isCapitalised(tokens[a]) && !DETERMINERS.has(lower(tokens[a])) && isCapitalised(tokens[b]) && isCapitalised(tokens[a + 1]) && !TITLE_WORDS.test(lower(tokens[a]))) a++;
  // "provides the software for the market and Mr Babinet said", "a late strike and Benitez said": "and" after a
  // lower-case word that is no role joins clauses, not people; the name after it speaks.
  for (let m = b - 1; m > a; m--) {
    if (lower(tokens[m]) !== 'and') continue;
    const left = tokens[m - 1];
    // "a 0-0 draw at Old Trafford and Ancelotti said": likewise after a phrase with a number or a place.
    const clause = tokens.slice(a, m).some((t) => t.kind === 'number' || /^(?:at|in|on|by|with)$/.test(t.text));
    if (isWord(left) && (!isCapitalised(left) || clause) && !TITLE_WORDS.test(lower(left)) && tokens.slice(m + 1, b + 1).every((t) => isWord(t) && isCapitalised(t))) a = m + 1;
    break;
  }
  // "all well and good Robert Kilroy-Silk claiming": lower-case words that are neither a determiner nor a title
  // before a name are no part of it.
  let r = b;
  while (r > a && isWord(tokens[r - 1]) && isCapitalised(tokens[r - 1])) r--;
  if (r > a && isCapitalised(tokens[b]) && tokens.slice(a, r).every((t) => isWord(t) && !isCapitalised(t) && !DETERMINERS.has(lower(t)) && !NP_PREPOSITIONS.has(lower(t)) && !TITLE_WORDS.test(lower(t)) && !/['’]s?$/.test(t.text))) a = r;
  return plausibleSpeaker(tokens, a, b) ? spanOf(tokens, a, b) : undefined;
}

// "footage of Trump", "majorities of Americans": a name after a preposition is inside its own phrase.
const NP_PREPOSITIONS = new Set('of for with by to from in on at about into over under than as'.split(' '));

/** Nouns for a publication or a campaign, which a name before them modifies as it does PEOPLE_NOUN. */
const PUBLICATION_NOUN = /^(?:magazine|newspaper|paper|campaign|spokesman|spokeswoman|spokesperson)$/;

/** After one or two lower-case words from `i` ending in a PEOPLE_NOUN followed by a verb, the next index; else `i`. */
function modifiedNounEnd(sentence: Token[], i: number): number {
  for (let j = i; j < sentence.length && j - i < 2; j++) {
    const t = sentence[j];
    const w = lower(t);
    if (!isWord(t) || isCapitalised(t) || NP_STOPS.has(w) || CUE_FORMS.has(w) || AUXILIARIES.has(w) || DETERMINERS.has(w)) return i;
    const next = sentence[j + 1];
    const n = next ? lower(next) : '';
    if ((PEOPLE_NOUN.test(w) || PUBLICATION_NOUN.test(w)) && isWord(next) && !isCapitalised(next) && (AUXILIARIES.has(n) || CUE_FORMS.has(n) || /ed$/.test(n) || IRREGULAR_PAST.test(n))) return j + 1;
  }
  return i;
}

/** A word for a role: "frontman", "producer", "star", "host", "coach". */
function isRole(w: string): boolean {
  return /(?:man|woman|er|or|ist|ian|star|host|chief|head|boss|coach)$/.test(w) && !CUE_FORMS.has(w) && !AUXILIARIES.has(w) && !NP_STOPS.has(w) && !/(?:ed|ly|ing)$/.test(w);
}

const TITLE_OPENER = /^(?:Former|Ex|Then|Longtime|Veteran|Retired|Outgoing|Incoming|Acting|Deputy|Senior|Chief|Top)$/;

const TITLE_WORDS = /^(?:former|then|longtime|senior|top|chief|deputy|acting|spokesman|spokeswoman|spokesperson|secretary|director|chairman|chairwoman|leader|president|senator|governor|adviser|advisor|aide|strategist|manager|attorney|lawyer|official|ambassador|minister|representative|candidate|nominee|host|analyst|professor|pollster|economist|founder|executive|congressman|congresswoman|mayor|rep\.|sen\.|gov\.)$/;

const INTRODUCERS = /^(?:given|whilst|amidst|monday|tuesday|wednesday|thursday|friday|saturday|sunday|after|when|in|on|at|as|while|although|though|before|since|if|during|despite|following|asked|speaking|like|unlike|with|for|earlier|later|meanwhile|still|but|and|however|yet|also|likewise|instead|now|then|today|yesterday|last|this|so|indeed|separately|similarly|still|by|from|under|over|to|once|here|there|elsewhere|addressing|responding|writing|according|throughout|within|amid|of|because|until|whether|what|even|just|only|perhaps|for|nevertheless|moreover|furthermore|regardless|ultimately|finally|first|second|third|yes|no|well|oh)$/;

const CLAUSE_START = new Set('that when while though although as because if since perhaps and but whether where after before once until'.split(' '));
const NOT_A_VERB = new Set('of in on at for with by from to and or but as than that who whom which during after before about into over under'.split(' '));

/**
 * The subject of the last clause that opens inside a sentence and has a verb after it: "When Trump finally wrapped
 * up —", "… on the trail that Sanders thanked its members", "Perhaps young voters prefer …".
 */
export function clauseSubject(sentence: Token[]): { speaker: Span } | undefined {
  for (let i = sentence.length - 2; i >= 0; i--) {
    if (!isWord(sentence[i]) || !CLAUSE_START.has(lower(sentence[i]))) continue;
    const rest = sentence.slice(i + 1);
    const subject = sentenceSubject(rest);
    const first = subject && rest.find((t) => t.start === subject.speaker.start);
    if (!subject || !first || !(isCapitalised(first) || DETERMINERS.has(lower(first)) || SUBJECT_PRONOUNS.has(lower(first)))) continue;
    let v = rest.findIndex((t) => t.start >= subject.speaker.end);
    while (v >= 0 && v < rest.length && isWord(rest[v]) && !isCapitalised(rest[v]) && (isAdverb(rest[v]) || /^(?:also|then|later|still|never|not|just|already|even|once)$/.test(lower(rest[v])))) v++;
    const verb = rest[v];
    if (verb && isWord(verb) && !isCapitalised(verb) && !NOT_A_VERB.has(lower(verb))) return subject;
  }
  return undefined;
}

/** The noun phrase that opens a sentence: "The Russian leader", "Trump", "A spokesman for the Kremlin". */
export function sentenceSubject(sentence: Token[]): { speaker: Span } | undefined {
  // A sentence that opens with a quotation has its subject after it, if anywhere: the quoted words never speak.
  if (opensWithQuotation(sentence)) return undefined;
  let i = 0;
  while (i < sentence.length && sentence[i].kind === 'punct') i++;
  // A transcript's turn label ("Q:", "A:", "TAPPER:", "JAKE TAPPER:") names who speaks the turn, not a subject.
  let label = i;
  while (label < sentence.length && label - i < 3 && isWord(sentence[label]) && /^(?:Q|A|\p{Lu}[\p{Lu}’'.-]+)$/u.test(sentence[label].text)) label++;
  // "UN: PEACEKEEPERS PAYING …" is a headline's source, in capitals after the colon too.
  if (label > i && sentence[label]?.text === ':' && sentence[label + 1] && !/^\p{Lu}[\p{Lu}\p{N}’'-]+$/u.test(sentence[label + 1].text)) i = label + 1;
  while (i < sentence.length && /^(?:and|but|so|yet|also|then|still|now|or)$/.test(lower(sentence[i]))) i++;
  // "Washington (AFP) – Democrat Jo Roe …": a dateline in title case, with its agency and a dash.
  let d = i;
  while (d < sentence.length && d - i < 4 && isWord(sentence[d]) && isCapitalised(sentence[d])) d++;
  if (d > i && sentence[d]?.text === '(' && /^[A-Z]{2,}$/.test(sentence[d + 1]?.text ?? '') && sentence[d + 2]?.text === ')' && /^[—–-]$/.test(sentence[d + 3]?.text ?? '')) i = d + 4;
  // Skip introductory phrases: "In December, the prince called …", "On Thursday, after a long wait, Warren said …",
  // "Shortly after the call, his campaign said …", a dateline ("WASHINGTON, Dec. 8 (UPI) — The minister …").
  for (let round = 0; round < 3 && i < sentence.length; round++) {
    const t = sentence[i];
    // Any short opening phrase before a subject pronoun: "Eight years ago, he …", "Typically, she …".
    let short = i;
    while (short < sentence.length && short - i < 6 && isWord(sentence[short])) short++;
    // "A few days later, Trump …", "Two weeks ago, the campaign …": an opening phrase of time.
    const timed = short - i >= 2 && /^(?:later|ago|earlier|afterward|afterwards|before)$/.test(lower(sentence[short - 1]));
    if (short > i && sentence[short]?.text === ',' && sentence[short + 1] && (SUBJECT_PRONOUNS.has(sentence[short + 1].text) || timed)) {
      i = short + 1;
      break;
    }
    // An opening participle ("Speaking to reporters, …", "Encouraging, pressuring and …"); "Streeting, 42, …" and
    // "Harding, who …" are names with an apposition.
    const after = sentence[i + 1]?.text === ',' ? sentence[i + 2]?.text ?? '' : '';
    // "Groening (recently) heaped praise …": a name in -ing is the subject when a verb in the past follows it.
    const past = (x: Token | undefined) => !!x && isWord(x) && !isCapitalised(x) && (/ed$/.test(lower(x)) || IRREGULAR_PAST.test(lower(x)) || (CUE_FORMS.has(lower(x)) && !/ing$/.test(lower(x))));
    const pastNext = past(sentence[i + 1]) || (!!sentence[i + 1] && isAdverb(sentence[i + 1]) && past(sentence[i + 2]));
    const participle = /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(t.text) && !/^(?:\d|who$)/.test(after) && !(pastNext && /ing$/.test(t.text) && !/thing$/.test(t.text));
    // "Coincidentally it is …": a sentence adverb (not a name such as Kelly or Connolly).
    const adverb = SENTENCE_ADVERB.test(t.text);
    if (!((INTRODUCERS.test(lower(t)) && !ACRONYM.test(t.text)) || participle || OPENING_ADVERB.test(t.text) || adverb || (round === 0 && /^[A-Z]{3,}$/.test(t.text)))) break;
    // "Earlier Tory leader Michael Howard sent …": an adverb of time without a comma, before a capitalised subject.
    if (/^(?:earlier|later|meanwhile|separately|now|then|today|yesterday|also|still)$/.test(lower(t)) && sentence[i + 1] && isCapitalised(sentence[i + 1]) && isWord(sentence[i + 1])) {
      i++;
      break;
    }
    let c = i;
    while (c < sentence.length && c - i < 20 && sentence[c].text !== ',' && !/^[—–]$/.test(sentence[c].text)) c++;
    if (c >= sentence.length || c - i >= 20) return undefined;
    // A dateline runs to its dash.
    if (/^[A-Z]{3,}$/.test(t.text) && sentence[c].text === ',') {
      let d = c;
      while (d < sentence.length && d - c < 10 && !/^[—–]$/.test(sentence[d].text)) d++;
      if (d < sentence.length && /^[—–]$/.test(sentence[d].text)) c = d;
      else break;
    }
    i = c + 1;
    // "Speaking in Salem, New Hampshire, Trump …", "At a conference in Aspen, Colo., the chief …": the state after a
    // place ends the opening phrase, not the subject.
    let e = i;
    while (e < sentence.length && e - i < 4 && sentence[e].text !== ',') e++;
    if (e > i && sentence[e]?.text === ',' && STATE.test(sentence.slice(i, e).map((t) => t.text).join(' ').replace(/ \./g, '.'))) i = e + 1;
    while (i < sentence.length && /^(?:and|but|so|yet)$/.test(lower(sentence[i]))) i++;
  }
  // "76-year-old Morton Blackwell": an age before a name.
  if (sentence[i]?.kind === 'number' && sentence[i + 1]?.text === '-' && /^years?-old$/.test(lower(sentence[i + 2] ?? sentence[i])) && sentence[i + 3] && isCapitalised(sentence[i + 3])) i += 3;
  const from = i;
  // "about 200 protesters": an approximate number opens the phrase as a determiner does.
  const det = i < sentence.length && (DETERMINERS.has(lower(sentence[i])) || (/^(?:about|nearly|almost|roughly|around|some|over)$/.test(lower(sentence[i])) && sentence[i + 1]?.kind === 'number'));
  let capitalRun = false;
  // "Former prosecutor and New York City Mayor Rudy Giuliani", "Former secretary of state Hillary Clinton": a title
  // adjective opens lower-case titles before the name; so does any capitalised word when a title or role is among
  // them ("Democratic presidential candidate Bernie Sanders", "Shadow home secretary David Davis").
  if (i < sentence.length && isWord(sentence[i]) && isCapitalised(sentence[i])) {
    let e = i + 1;
    let titled = TITLE_OPENER.test(sentence[i].text);
    for (; e < sentence.length && e - i <= 5 && isWord(sentence[e]) && !isCapitalised(sentence[e]); e++) {
      const w = lower(sentence[e]);
      if (TITLE_WORDS.test(w) || isRole(w)) titled = true;
      else if (!/^(?:of|and)$/.test(w) && !(lower(sentence[e - 1]) === 'of' && !/ing$/.test(w)) && (NP_STOPS.has(w) || CUE_FORMS.has(w) || AUXILIARIES.has(w) || DETERMINERS.has(w)
        || /(?:ed|ly|ing)$/.test(w) || IRREGULAR_PAST.test(w) || (!TITLE_OPENER.test(sentence[i].text) && /[^s]s$/.test(w)))) break;
    }
    if (titled && e > i + 1 && e < sentence.length && isWord(sentence[e]) && isCapitalised(sentence[e])) {
      i = e;
      capitalRun = true;
    }
  }
  while (i < sentence.length && i - from < 9) {
    const t = sentence[i];
    if (t.kind === 'punct') break;
    const w = lower(t);
    if (i === from && det && (!isCapitalised(t) || /^(?:Her|His|Its|Their|Our|My|Your)$/.test(t.text))) {
      // "her senior policy adviser", "Her campaign": a determiner that is also a stop word opens the phrase.
      i++;
      continue;
    }
    if (isCapitalised(t) && !(i === from && NP_STOPS.has(w) && !/^[A-Z]{2,}$/.test(t.text) && t.text !== 'Us')) {
      capitalRun = true;
      i++;
      continue;
    }
    if (NP_LINKS.has(w) && i > from && sentence[i + 1] && isCapitalised(sentence[i + 1])) {
      i++;
      continue;
    }
    // "Former prosecutor Rudy Giuliani": a title word between capitalised words.
    // "Keane frontman Tom Chaplin", "Huggy Bear actor Antonio Fargas": a word for a role, likewise.
    if (capitalRun && !det && (TITLE_WORDS.test(w) || isRole(w)) && sentence[i + 1] && isCapitalised(sentence[i + 1]) && sentence[i + 1].kind !== 'punct') {
      i++;
      continue;
    }
    if (capitalRun && !det) {
      // "Clinton supporters say", "Time magazine said", "Obama administration officials have": a name before a
      // noun for people or a publication, then its verb, is that noun's modifier.
      i = modifiedNounEnd(sentence, i);
      break;
    }
    // "The Times offers one view": a verb in -s after the name, before its object's determiner.
    if (capitalRun && /[^s]s$/.test(w) && !DETERMINERS.has(w) && !NP_LINKS.has(w) && sentence[i + 1] && (DETERMINERS.has(lower(sentence[i + 1])) || /^(?:one|two|no)$/.test(lower(sentence[i + 1])))) break;
    // "The retired neurosurgeon", "the embattled senator": a participle adjective between a determiner and its noun.
    const noun = sentence[i + 1];
    if (det && i === from + 1 && /ed$/.test(w) && !CUE_FORMS.has(w) && noun && isWord(noun) && !isCapitalised(noun) && !NP_STOPS.has(lower(noun)) && !CUE_FORMS.has(lower(noun)) && !AUXILIARIES.has(lower(noun)) && !DETERMINERS.has(lower(noun)) && !isAdverb(noun)) {
      i++;
      continue;
    }
    if (CUE_FORMS.has(w) || AUXILIARIES.has(w) || (NP_STOPS.has(w) && !NP_LINKS.has(w)) || /ed$/.test(w) || isAdverb(t) || IRREGULAR_PAST.test(w)) break;
    if (SUBJECT_PRONOUNS.has(w) && i === from) {
      i++;
      break;
    }
    i++;
  }
  const [a, b] = trimNp(sentence, from, i - 1);
  if (!plausibleSpeaker(sentence, a, b) || !subjectLike(sentence, a, b)) return undefined;
  return { speaker: spanOf(sentence, a, b)! };
}

const STATE = /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|D\.C\.|Ala\.|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Del\.|Fla\.|Ga\.|Ill\.|Ind\.|Kan\.|Ky\.|La\.|Md\.|Mass\.|Mich\.|Minn\.|Miss\.|Mo\.|Mont\.|Neb\.|Nev\.|N\.H\.|N\.J\.|N\.M\.|N\.Y\.|N\.C\.|N\.D\.|Okla\.|Ore\.|Pa\.|R\.I\.|S\.C\.|S\.D\.|Tenn\.|Vt\.|Va\.|Wash\.|W\.Va\.|Wis\.|Wyo\.)$/;

/** Adverbs and prepositions that open a sentence before its subject: "Shortly after", "Hastily", "Outside the arena". */
const OPENING_ADVERB = /^(?:Shortly|Immediately|Hastily|Quickly|Briefly|Recently|Previously|Initially|Eventually|Later|Earlier|Soon|Overall|Notably|Privately|Publicly|Separately|Similarly|Additionally|Meanwhile|Outside|Inside|Near|Across|Beyond|Behind|Around|Throughout|Upon|Against|Without|Along|Days|Weeks|Months|Hours|Minutes|Moments|Years)$/;

const IRREGULAR_PAST = /^(?:put|quit|sent|got|made|took|gave|went|came|ran|set|kept|held|left|found|felt|began|brought|spent|won|lost|met|paid|sat|stood|saw|knew|became|built|led|drew|threw|fought|sought|bought|caught|taught|hit|cut|let|struck|rose|fell|broke|chose|spoke|wore|shook|hung|heard|meant|dealt)$/;
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|tomorrow)$/;

/** Whether an opening phrase can be the subject of a speaker: not a contraction ("It’s"), a date, a dateline or an imperative. */
function subjectLike(tokens: Token[], a: number, b: number): boolean {
  const first = tokens[a];
  const w = lower(first);
  if (/^(?:it|that|there|here|what|who|this|where|let)['’]s$/.test(w) || /['’](?:re|ll|ve|d)$/.test(w)) return false;
  if (CALENDAR.test(w) || (/^\d/.test(w) && !/^\d+-year-old$/.test(w))) return false;
  if (OPENING_ADVERB.test(first.text)) return false;
  // A dateline ("PHILADELPHIA") or a heading in capitals.
  if (a === b && /^[A-Z]{4,}$/.test(first.text)) return false;
  if (/^(?:given|ask|imagine|consider|remember|note|look|see|take|make|let|more|most|good|bad|former|many|few|some)$/.test(w) && a === b) return false;
  if (/^(?:given|ask|imagine|consider|remember|look|take|let|wait|please|so|well|yes|no)$/.test(w)) return false;
  return true;
}

/** "Pollsters agree - Carl Bialik: “…”": a name right before the colon that introduces the quotation. */
export function nameBeforeColon(tokens: Token[]): Span | undefined {
  const n = tokens.length;
  if (n < 2 || tokens[n - 1].text !== ':') return undefined;
  // "From the report:", "From her statement:": the thing quoted from.
  if (n <= 7 && /^from$/i.test(tokens[0].text) && DETERMINERS.has(lower(tokens[1])) && tokens.slice(2, n - 1).every((t) => isWord(t))) return spanOf(tokens, 1, n - 2);
  // "Here's Clinton in December 1992:", "Here is Jo Roe on the budget:": the name after "Here's" speaks.
  const here = /^here['’]s$/i.test(tokens[0].text) ? 1 : /^here$/i.test(tokens[0].text) && /^(?:is|are)$/.test(tokens[1].text) ? 2 : 0;
  if (here) {
    let e = here;
    while (e < n - 1 && e - here < 4 && tokens[e].kind === 'word' && /^\p{Lu}/u.test(tokens[e].text)) e++;
    if (e > here && (e === n - 1 || /^(?:on|in|at|about|,)$/.test(tokens[e].text))) return spanOf(tokens, here, e - 1);
  }
  let j = n - 2;
  // "Frank Newport and Jim Harter:", "Former secretary of state Hillary Clinton:": names joined by "and", and
  // lower-case title words between capitalised ones.
  const inside = (t: Token, i: number) => isWord(t) && (isCapitalised(t)
    ? !NP_STOPS.has(lower(t))
    : i < n - 2 && i > 0 && (/^(?:and|of)$/.test(t.text) || TITLE_WORDS.test(t.text) || isRole(t.text) || /^(?:state|defense|staff|city|county|party|house)$/.test(t.text)));
  while (j >= 0 && n - 2 - j < 9 && inside(tokens[j], j)) j--;
  if (j === n - 2) return undefined;
  // After a word, only a source ("More from Jo Roe and Ann Lee:") or a person by title ("… surprise pollster Jo Roe:").
  // "BBC Two controller Roly Keating:": a role noun between capitalised words is a title too, not after an article or
  // a preposition ("told the Dutch newspaper NRC Handelsblad:" names a hearer).
  const roleAfterWord = j >= 0 && (DETERMINERS.has(lower(tokens[j])) || /^(?:to|with|by|on|in|at|for|of)$/.test(lower(tokens[j])));
  const titled = tokens.slice(j + 1, n - 1).some((t) => !isCapitalised(t) && (TITLE_WORDS.test(t.text) || (isRole(t.text) && !roleAfterWord)));
  if (j >= 0 && tokens[j].kind !== 'punct' && !/^(?:from|From)$/.test(tokens[j].text) && !titled) return undefined;
  let a = j + 1;
  while (a < n - 2 && !isCapitalised(tokens[a]) && !TITLE_WORDS.test(tokens[a].text) && !isRole(tokens[a].text)) a++;
  if (!isCapitalised(tokens[a]) && !titled) return undefined;
  return spanOf(tokens, a, n - 2);
}

const PLATFORM_RE = new RegExp(`\\b(?:[Oo]n|via|to)\\s+(${PLATFORMS.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'u');
// "told CNN’s “State of the Union”", "on NBC’s “Meet the Press”": the network of a programme named in quotation marks.
const SHOW_RE = /\b(?:on|to|told)\s+((?:[Tt]he\s+)?[A-Z][\p{L}&.-]*(?:\s+[A-Z][\p{L}&.-]*){0,3})['’]s?\s*(?:[“"]|$)/u;
// "In a tweet", "in a Facebook post", "in an Instagram video": the medium named by the message.
// "In a statement", "in a letter", "on her blog": the written medium, when no outlet is named.
const POST_RE = new RegExp(`\\b(?:[Ii]n\\s+an?\\s+(?:(${PLATFORMS.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\s+(?:post|video|message|livestream)|((?:joint\\s+|written\\s+)?statement|tweet|letter|press\\s+release|e-?mail|blog\\s+post))|[Oo]n\\s+(?:his|her|their|its)\\s+(blog|website))(?![\\p{L}\\p{N}])`, 'u');
const REPORTED_RE = /((?:[Tt]he\s+)?[A-Z][\p{L}\p{N}&.’'-]*(?:\s+[A-Z][\p{L}\p{N}&.’'-]*){0,4})\s+(?:reported|reports|quoted|cited)(?![\p{L}])/u;
// What an outlet is, before its name ("Italian broadcaster RAI") or after it ("Us magazine").
const OUTLET_KIND = '(?:broadcaster|newspaper|daily|weekly|magazine|tabloid|paper|news\\s+agency|agency|news\\s+site|website|channel|network|radio|station|television|TV|outlet)';
// "BBC Radio 4", "Radio 5 Live", "News 24": a station's number.
// Not a count ("told BBC News 10 people died"): no noun after the number.
const STATION_NUMBER = '(?<=(?:Radio|News|Channel|TV)\\s+)\\d{1,2}(?![\\p{N},:%]|\\.\\p{N}|\\s+(?!(?:that|on|in|at|about|last|this|how|why|what|when|he|she|they|it|we|the|and|but|programme|program|show|bulletin|interview)(?![\\p{L}]))\\p{Ll})';
const REPORTED_BY_RE = new RegExp(
  `\\b(?:reported\\s+by|(?:report|article|story|investigation|editorial|analysis)\\s+(?:by|in|from)|according\\s+to|told|tell(?:s|ing)?|[Ii]n\\s+an\\s+interview\\s+with|interviewed\\s+by|speaking\\s+to|(?:[Ss]peaking|[Aa]ppearing)\\s+on|(?:statement|letter|e-?mail)\\s+to)\\s+((?:(?:[Tt]he\\s+)?(?:[\\p{L}-]+\\s+){0,2}${OUTLET_KIND}\\s+)?)` +
    `((?:[Tt]he\\s+)?[A-Z][\\p{L}\\p{N}&.’'-]*(?:\\s+(?:[A-Z][\\p{L}\\p{N}&.’'-]*|${STATION_NUMBER})){0,4}(?:(?<!['’]s)\\s+${OUTLET_KIND}(?![\\p{L}]))?)`,
  'u',
);
const REPORTED_BY_ALL = new RegExp(REPORTED_BY_RE.source, 'gu');
// The words REPORTED_BY_RE needs after "report", "story" and the like, checked first: those nouns alone are common.
const REPORT_IN = /(?:report|article|story|investigation|editorial|analysis)\s+(?:by|in|from)\s/;
const ENDS_WITH_OUTLET_KIND = new RegExp(`\\s+${OUTLET_KIND}\\s*$`);

/**
 * The medium a quotation was taken from, in a piece of sentence text outside the quotation (`from` is the offset
 * of `text` in the document).
 */
export function findSource(text: string, from: number, exclude: Span | undefined): TextSpan | undefined {
  const candidates: TextSpan[] = [];
  let writtenMedium: TextSpan | undefined;
  let m = PLATFORM_RE.exec(text);
  if (m) {
    const s = m.index + m[0].length - m[1].length;
    candidates.push({ start: from + s, end: from + s + m[1].length, text: m[1] });
  }
  m = text.includes('’') || text.includes("'") ? SHOW_RE.exec(text) : null;
  if (m && isOutlet(m[1])) candidates.push(outlet(m[1], from + m.index + m[0].indexOf(m[1])));
  m = text.includes('n a') || text.includes('blog') || text.includes('website') ? POST_RE.exec(text) : null;
  if (m) {
    const medium = m[1] ?? m[2] ?? m[3];
    const s = m.index + (m[1] ? m[0].indexOf(m[1]) : m[0].length - medium.length);
    const found = { start: from + s, end: from + s + medium.length, text: medium };
    // "In a statement to Reuters": an outlet named too is the source.
    if (m[1] || medium === 'tweet') candidates.push(found);
    else writtenMedium = found;
  }
  // Each pattern needs one of its words: most texts have none, and skip the pattern.
  m = text.includes('report') || text.includes('quoted') || text.includes('cited') ? REPORTED_RE.exec(text) : null;
  if (m) candidates.push(outlet(m[1], from + m.index));
  const told =
    text.includes('according') || text.includes('told') || text.includes('tell') || text.includes('interview') || text.includes('peaking') || text.includes('ppearing') || text.includes('ment to') || text.includes('letter to') || text.includes('mail to') || text.includes('reported by') || REPORT_IN.test(text);
  // The first of a few that names an outlet: "sources tell the FT. But Rover told BBC News that …".
  let tries = 0;
  for (const m of told ? text.matchAll(REPORTED_BY_ALL) : []) {
    if (++tries > 3) break;
    const count = candidates.length;
    const [, described, written] = m;
    const writtenAt = from + m.index + m[0].length - written.length;
    // "Britain’s ITV television": the place that owns the outlet is not part of its name.
    const owner = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){0,3}?['’]s?\s+(?=\p{Lu})/u.exec(written)?.[0] ?? '';
    const ownerName = owner.replace(/['’]s?\s+$/, '');
    // "CNN's Jake Tapper", "the BBC’s Today programme", "Fox News’ Sean Hannity": an outlet owns its people and shows.
    const ownsOutlet = !!owner && (ENDS_WITH_OUTLET_KIND.test(written) || isOutlet(written.slice(owner.length)));
    const named = ownsOutlet ? written.slice(owner.length) : written;
    const at = from + m.index + m[0].length - named.length;
    // "the Associated Press news agency": the outlet is named before what it is, not after.
    const before = described.replace(ENDS_WITH_OUTLET_KIND, '').trim();
    if (described && /^(?:[Tt]he\s+)?\p{Lu}/u.test(before) && OUTLET_WORDS.test(before)) candidates.push(outlet(before, at - described.length));
    else if (owner && !ownsOutlet && (isOutlet(ownerName) || PROGRAMME.test(ownerName))) candidates.push(outlet(ownerName, writtenAt));
    else {
      // "Reuters news agency" is Reuters; "Us magazine" needs its kind to be an outlet.
      const bare = named.replace(ENDS_WITH_OUTLET_KIND, '');
      if (isOutlet(bare)) candidates.push(outlet(bare, at));
      // "told Today", "told the Today programme", "told Five Live": a broadcaster's programme or station.
      else if (PROGRAMME.test(bare.replace(/[.,]+$/, ''))) candidates.push(outlet(bare.replace(/^[Tt]he\s+/, ''), at + (/^[Tt]he\s+/.exec(bare)?.[0].length ?? 0)));
      else if (described || bare !== named) candidates.push(outlet(named, at));
    }
    if (candidates.length > count) break;
  }
  if (writtenMedium) candidates.push(writtenMedium);
  return candidates.find((c) => c.text && !(exclude && c.start < exclude.end && exclude.start < c.end));
}

function outlet(name: string, at: number): TextSpan {
  const trimmed = name.replace(/(?:['’]s\b|[.,’'])+$/, '');
  return { start: at, end: at + trimmed.length, text: trimmed };
}

// Bodies and places written in capitals that are told things but publish nothing: "Blair tells EU".
const NOT_OUTLETS = /^(?:the )?(?:EU|UN|US|USA|UK|NATO|IMF|WTO|OPEC|FBI|CIA|FA|IOC|ECB|NHS|CBI|TUC|IRA|MPS|MEPS|UEFA|FIFA)$/;

/** Programmes and stations named without their broadcaster, in British copy. */
const PROGRAMME = /^(?:[Tt]he\s+)?(?:Today|Five Live|5 Live|Newsnight|Breakfast|Panorama|Question Time|GMTV|Sportsweek|World at One|Westminster Hour|Politics Show|Newsbeat|Newsround|Breakfast with Frost)$/;

function isOutlet(name: string): boolean {
  const bare = name.replace(/[.,]+$/, '');
  return OUTLET_WORDS.test(name) || (OUTLET_ACRONYM.test(bare) && !NOT_OUTLETS.test(bare)) || (OUTLET_LAST_WORD.test(bare) && !COUNTRY_REPUBLIC.test(bare));
}
