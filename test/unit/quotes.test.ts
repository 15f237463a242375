import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/analysis/article';
import { createLanguageService } from '../../server/src/analysis/index';
import { findQuotes, type QuoteContext } from '../../server/src/analysis/quotes';
import type { Finding, Leader, Mention, Person, Quote } from '../../server/src/analysis/types';
import { parseFixture } from '../support/fixture';
import { bundledKnowledge } from '../support/knowledge';

// Fixture labels: `statement`, `partial`, `scare` (a quotation, marks included), `speaker`, `cue`, `source`.
interface Case {
  name: string;
  text: string;
  /** People the leaders module would have found: name -> phrases that mention them. */
  people?: Record<string, string[]>;
  /** leaderId or name of each attributed quotation's speaker, in document order. */
  speakers?: (string | undefined)[];
  /** Codes of every finding except `quote.statement`, in document order. */
  codes?: string[];
  /** Messages of the `quote.statement` findings, in document order. */
  messages?: string[];
  /** The `quotes.doubledApostrophes` setting. */
  doubledApostrophes?: boolean;
}

function context(text: string, people: Record<string, string[]> = {}): QuoteContext {
  const leaders: Leader[] = [];
  const others: Person[] = [];
  for (const [name, phrases] of Object.entries(people)) {
    const mentions: Mention[] = [];
    for (const phrase of phrases) {
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
        const kind = /^(?:the|a)\s/i.test(phrase) ? 'description' : 'name';
        mentions.push({ start: at, end: at + phrase.length, text: phrase, kind });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    // A name with an id ("putin:Vladimir Putin") is a leader; otherwise a person.
    const [id, full] = name.includes(':') ? name.split(':') : [undefined, name];
    if (id) leaders.push({ id, name: full, office: '', country: '', countryName: '', term: null, known: true, mentions });
    else others.push({ name: full, mentions });
  }
  return { leaders, people: others };
}

function marksOf(quotes: Quote[]): string[] {
  const marks = new Set<string>();
  for (const q of quotes) {
    marks.add(`${q.start}-${q.end} ${q.kind} ${q.text}`);
    for (const [label, span] of [['speaker', q.speaker], ['cue', q.cue], ['source', q.source]] as const) {
      if (span) marks.add(`${span.start}-${span.end} ${label} ${span.text}`);
    }
  }
  return [...marks].sort();
}

/** The one place that calls findQuotes: every quotation, speaker, cue and source must be marked, and nothing more. */
function check(c: Case): { quotes: Quote[]; findings: Finding[] } {
  const { text, marks } = parseFixture(c.text);
  const result = findQuotes(parseArticle(text), { ...context(text, c.people), doubledApostrophes: c.doubledApostrophes });
  assert.deepEqual(marksOf(result.quotes), marks.map((m) => `${m.start}-${m.end} ${m.label} ${m.text}`).sort(), c.name);
  for (const q of result.quotes) assert.equal(q.text, text.slice(q.start, q.end));
  if (c.speakers) {
    const attributed = result.quotes.filter((q) => q.speaker);
    assert.deepEqual(attributed.map((q) => q.speaker!.leaderId ?? q.speaker!.name), c.speakers, `${c.name}: speakers`);
  }
  const codes = result.findings.filter((f) => f.code !== 'quote.statement').map((f) => f.code);
  assert.deepEqual(codes, c.codes ?? [], `${c.name}: findings`);
  if (c.messages) {
    assert.deepEqual(result.findings.filter((f) => f.code === 'quote.statement').map((f) => f.message), c.messages, `${c.name}: messages`);
  }
  return result;
}

const cases: Case[] = [
  {
    // The phenomena of the reference article, in other words: a description speaker with "told" and a wire
    // service; a post announced on a social network named in the sentence before; two partial quotes; apostrophes.
    name: 'reference article phenomena',
    text: `
      Chancellor Friedrich Merz has said he will meet French President Emmanuel Macron in Geneva on Friday.
      Merz did not say what the chancellor’s team hoped to achieve.
      [[“I will see the French president on Friday,”|statement]] [[the German leader|speaker]] [[told|cue]] reporters at a trade fair in Hanover, [[Reuters|source]] reported.
      Macron confirmed the meeting on [[X|source]], saying it would begin at noon. [[“Looking forward to meeting Chancellor Merz in Geneva at 12:00. Merci!”|statement]] [[Macron|speaker]] [[announced|cue]].
      [[Merz|speaker]] [[said|cue]] last month that he had [[“deep admiration”|partial]] for Macron. [[Macron|speaker]] [[said|cue]] Merz’s remarks were [[“very kind”|partial]].
      The leaders’ aides won’t comment, as in the ’90s when talks failed.
    `,
    people: { 'merz:Friedrich Merz': ['Friedrich Merz', 'Merz', 'the German leader'], 'macron:Emmanuel Macron': ['Emmanuel Macron', 'Macron'] },
    speakers: ['merz', 'macron', 'merz', 'macron'],
    messages: [
      'Friedrich Merz: “I will see the…” — told reporters, via Reuters',
      'Emmanuel Macron: “Looking forward to meeting…” — announced, via X',
      'Friedrich Merz: “deep admiration” — said',
      'Emmanuel Macron: “very kind” — said',
    ],
  },
  {
    name: 'a participle after a preposition and its noun describes the noun: the verb further back is the cue',
    text: `
      [[Dana Voss|speaker]] [[said|cue]] in a video posted to [[Telegram|source]] that [[“the line is holding”|partial]].
      When someone in [[the crowd|speaker]] [[shouted|cue]], [[“Louder,”|statement]] the band played on.
      The mayor tore up the plan, in a move [[branded|cue]] a [[“cowardly retreat”|partial]] by [[the opposition|speaker]].
    `,
  },
  {
    name: 'a word inside the quotation of the sentence before is no speaker of the next one',
    text: `
      The report was damning.

      [[‘Nobody knew what was happening,’|statement]] the two of them admitted later. [[‘Nobody.’|statement]]
    `,
    codes: ['quote.unattributed', 'quote.unattributed'],
  },
  {
    name: 'a part of a group named by a pronoun speaks ("one of them", "some of us")',
    text: `
      [[“It was chaos,”|statement]] [[one of them|speaker]] [[admitted|cue]] later. [[“Never,”|statement]] [[some of us|speaker]] [[replied|cue]].
    `,
  },
  {
    name: 'a quotation in single marks is shown in its own marks',
    text: `
      [[‘We will not let the system be abused,’|statement]] [[she|speaker]] [[told|cue]] MPs.
    `,
    messages: ['she: ‘We will not let…’ — told MPs'],
  },
  {
    // Hard-wrapped copy and quoted posts break lines inside straight quotation marks.
    name: 'a straight quotation goes on over a line break to its closing mark',
    text: `
      [["We will not stop until the
      job is done,"|statement]] [[the mayor|speaker]] [[said|cue]].
      [["Nobody leaves before the vote.
      Everyone stays."|statement]]
      "Nobody leaves, she said.
      The rest went home.
    `,
    codes: ['quote.unbalanced'],
  },
  {
    // Straight copy that nests straight marks: a mark between a space and a word opens a quotation inside the open
    // one when the marks after it pair so (its closer, then the outer one's closer or a paragraph that reopens).
    name: 'straight marks nested in a straight quotation',
    text: `
      [[Mr Hale|speaker]] [[said|cue]]: [["When I arrived he was the "Father of the House" and he helped me.
      "He was always kind."|statement]]
      [["You skip work because you "had stuff to do at home"; you skip dinners,"|statement]] [[he|speaker]] [[wrote|cue]].
    `,
    people: { 'Ann Hale': ['Mr Hale'] },
  },
  {
    // A block quotation over paragraphs: the other style of marks nested in its first paragraph does not end it.
    name: 'typographic marks nested in a straight quotation that goes on into the next paragraph',
    text: `
      [[Dr. Vale|speaker]] stated:
      [["The city is not about “Equal Access” anymore. It is about money.
      "The latest example is the ferry."|statement]]
    `,
    codes: ['quote.straight'],
  },
  {
    // Copy that lost its paragraph breaks: a straight mark after a sentence's end, even one closed by a single mark,
    // reopens the quotation before a capital or a number.
    name: 'a straight quotation reopened after a lost paragraph break',
    text: `
      [["He ran at me saying 'what do you want?' "To not apologise is a disgrace. "2005 will be different,"|statement]] [[Ferguson|speaker]] [[said|cue]].
    `,
  },
  {
    name: 'feet and inches are no quotation marks, and a fragment may open with ” and an ellipsis',
    text: `
      [[“He is taller than me; he is like 6’2”,”|statement]] [[Rubio|speaker]] [[said|cue]]. The guard is 5'11" tall.
      [[” … they are so not like him,”|statement]] [[Jane Doe|speaker]] [[said|cue]].
    `,
    speakers: ['Rubio', 'Jane Doe'],
  },
  {
    name: 'an aspect verb before a cue in -ing and loose words before a name are no part of the speaker',
    text: `
      It is all well and good [[Robert Kilroy-Silk|speaker]] [[claiming|cue]] [["no spin"|partial]], but few agree.
      [[Jo Roe|speaker]] keeps [[claiming|cue]] [["the vote was rigged"|partial]].
    `,
  },
  {
    name: 'an inch sign after a number is no stray quotation mark',
    text: `Police said the man was about 5' 10" tall. The 12" single and a 27" screen were sold.`,
  },
  {
    name: 'a nickname between a given name and a surname is no quotation',
    text: `Rap mogul Marion [[“Suge”|scare]] Knight and John [[“Tig”|scare]] Tiegen were there.`,
  },
  {
    name: '“he” is not a woman mentioned last, but the man before her',
    text: `John Roe met Jane Doe in Geneva. [[“We agreed on nothing,”|statement]] [[he|speaker]] [[said|cue]].`,
    people: { 'John Roe': ['John Roe'], 'Jane Doe': ['Jane Doe'] },
    speakers: ['John Roe'],
  },
  {
    name: 'a phrasal cue before the speaker: points out, chimes in',
    text: `
      [[“It is easier being champion,”|statement]] [[points out|cue]] [[Steve Cram|speaker]].
      [[“We lost,”|statement]] [[chimes in|cue]] [[Jo Roe|speaker]].
    `,
    speakers: ['Steve Cram', 'Jo Roe'],
  },
  {
    name: 'a pull quote signed on its last line, inside the marks',
    text: `
      [["Everyone believes in the rules until they start losing.
      [[Jane Doe|speaker]]."|statement]]
      [["Rates will have to rise sooner or later.
      [[Max Roe|speaker]], Institute for Fiscal Studies."|statement]]
    `,
    speakers: ['Jane Doe', 'Max Roe'],
  },
  {
    // Corpora that join paragraphs into one line keep the reopening mark of a multi-paragraph quotation.
    name: 'a straight quotation reopened after a sentence end in the same line goes on',
    text: `[[Jane Doe|speaker]] [[said|cue]]: [["The plan is sound. "It will pass the vote."|statement]] Then she left.`,
    speakers: ['Jane Doe'],
  },
  {
    name: 'speaker and cue before the quotation, with a colon',
    text: `[[Jane Doe|speaker]] [[said|cue]]: [[“We will not back down.”|statement]]`,
    speakers: ['Jane Doe'],
  },
  {
    name: 'inverted cue and a title before the name',
    text: `[[“It is over,”|statement]] [[said|cue]] [[Sen. Jane Doe|speaker]], a Democrat.`,
    speakers: ['Jane Doe'],
  },
  {
    // A capitalised small word between capitalised words ("CBS This Morning") is part of the speaker's name phrase.
    name: 'a programme name with a small word before the role and name after a quotation',
    text: `[[“Not often, senator,”|statement]] [[Lark This Week co-host Ann Bell|speaker]] [[said|cue]].`,
    people: { 'Ann Bell': ['Ann Bell'] },
    speakers: ['Ann Bell'],
  },
  {
    // A participle after a subordinate clause that follows the cue goes with that clause's subject.
    name: 'a participle after a when- or as-clause that follows the cue',
    text: `
      Jo Roe asks for quiet as [[a waiter|speaker]] walks past her, [[saying|cue]] he is [[“here to fix the lights.”|partial]]
      Ann Bell tweeted when [[Sam Hill|speaker]] ended his talk with a joke, [[remarking|cue]], [[“May the road rise to meet you.”|statement]]
    `,
  },
  {
    // "many Asian states": a form that is as often a noun, after a quantifier and a capitalised adjective, is a noun.
    name: 'a noun-like cue form after a quantifier and a place adjective is a noun',
    text: `It worried many African states, and it used [[“soft power”|partial]] there, [[said|cue]] [[Ann Bell|speaker]], an expert.`,
    speakers: ['Ann Bell'],
  },
  {
    // Two named experts and their institute, without commas, make a long phrase before the cue.
    name: 'a long speaker phrase without commas after a quotation',
    text: `[[“The risk is real,”|statement]] [[aid experts Ann Bell and Sam Hill of the Royal Institute for Peace and Global Security|speaker]] [[wrote|cue]] in May.`,
  },
  {
    name: 'an amount inside the name of a group before the role and name after a quotation',
    text: `[[“We cannot wait,”|statement]] [[Fight for £12 organiser Ann Bell|speaker]] [[told|cue]] [[the BBC|source]].`,
    people: { 'Ann Bell': ['Ann Bell'] },
    speakers: ['Ann Bell'],
  },
  {
    // A role set off before the name ("said EEF chief economist, Steve Radley"): the name speaks.
    name: 'inverted cue, a role, a comma and the name',
    text: `[[“Rates will hold,”|statement]] [[said|cue]] Lark chief economist, [[Ann Bell|speaker]].`,
    speakers: ['Ann Bell'],
  },
  {
    name: 'a pronoun speaker is resolved to the person it refers to',
    text: `
      Jane Doe spoke after the vote.
      [[“We tried,”|statement]] [[she|speaker]] [[said|cue]], adding that the party would try again.
    `,
    people: { 'Jane Doe': ['Jane Doe'] },
    speakers: ['Jane Doe'],
  },
  {
    name: 'an appositive between speaker and cue',
    text: `[[“The numbers are strong,”|statement]] [[John Roe|speaker]], the campaign manager, [[said|cue]] in a [[statement|source]].`,
    speakers: ['John Roe'],
  },
  {
    // The phrase after the quotation's comma goes on the quotation; the name before the cue is the speaker.
    name: 'a phrase, a comma and a name before the cue',
    text: `
      [[“It is like the 1960s,”|statement]] the dawn of the movement, [[Jo Bozell|speaker]] [[says|cue]].
      [[“It helped,”|statement]] a friend, [[Mariam Emara|speaker]] [[told|cue]] reporters.
      [[“We won,”|statement]] [[Sam Ruiz|speaker]], Texas [[said|cue]].`,
  },
  {
    // A share of those polled speaks; a number alone ("in 2006 saying") does not.
    name: 'a year between the subject and the cue, and a share of those polled',
    text: `
      Instead, [[Tony Blair|speaker]] had in 1997 [[complained|cue]] about [["abusive campaigning"|partial]].
      [[About four in 10|speaker]] [[said|cue]] they were [["angry"|partial]] with the government.`,
  },
  {
    name: 'a quotation interrupted by its attribution',
    text: `[[“Not today,”|statement]] [[Doe|speaker]] [[said|cue]], [[“but maybe tomorrow.”|statement]]`,
    speakers: ['Doe', 'Doe'],
  },
  {
    // A cue and its speaker set off inside the clause vouch for it; the clause's subject does not speak, nor does an
    // object with a relative clause.
    name: 'an inverted cue set off by commas or dashes inside the clause',
    text: `
      The scheme would cut bills, [[says|cue]] [[the charity|speaker]] - and so use the money more [["wisely"|partial]] than now.
      The puzzle of the case, [[says|cue]] [[Ann Lee|speaker]], lawyer for the family, is that it was [["never tried"|partial]].
      The minister, [[Jo Roe|speaker]], agreed the old law, which dates from 1850, was unfair but [[added|cue]] that [["its effects are small"|partial]].
    `,
    speakers: [undefined, 'Ann Lee', 'Jo Roe'],
  },
  {
    // A quotation with no cue of its own does not take the speaker who introduces a later one in its sentence.
    name: 'a later quotation introduced by its own speaker lends it to no earlier one',
    text: `
      [[Tom Lee|speaker]] sniped that the coach was [[“past it,”|partial]] while [[Ann Bell|speaker]] [[called|cue]] him [[“a legend.”|partial]]
    `,
    people: { 'Tom Lee': ['Tom Lee'], 'Ann Bell': ['Ann Bell'] },
    speakers: ['Tom Lee', 'Ann Bell'],
  },
  {
    // A word in capitals is an acronym even when it spells a small word; "Us" capitalised is the magazine.
    name: 'outlets named AS, WHO or Us',
    text: `
      On a quiet evening, [[AS|speaker]] offers one view: [[“Spain played better.”|statement]]
      A [[“funding gap”|partial]] still stood in the way, [[the WHO|speaker]] [[said|cue]].
      [[Us magazine|speaker]] was unrepentant, [[saying|cue]]: [[“She should start her own magazine.”|statement]]
      [[“They are happy,”|statement]] [[Us Weekly|speaker]] [[reported|cue]].
    `,
    speakers: [undefined, undefined, undefined, 'Us Weekly'],
  },
  {
    // What an inquiry looked into is its subject; the inquiry (and whoever owns it) speaks.
    name: 'an inquiry into something speaks, not the something',
    text: `
      [[Lord Hale's report|speaker]] last year into the rail crash [[said|cue]] the checks were [[“far too thin”|partial]].
      [[A report|speaker]] on the trial [[said|cue]]: [[“Pupils asked better questions.”|statement]]
    `,
    people: { 'Tom Hale': ['Lord Hale'] },
    speakers: ['Tom Hale', undefined],
  },
  {
    // A past form between a possessive and its noun is an adjective, no cue: the possessor does not speak.
    name: 'a past form after a possessive and before a noun is no cue',
    text: `
      [[Jo Roe|speaker]] also decried Ann Bell’s repeated calls to shut the mine, [[noting|cue]] she had [[“never worked a day there”|partial]].
    `,
    people: { 'Jo Roe': ['Jo Roe'], 'Ann Bell': ['Ann Bell'] },
    speakers: ['Jo Roe'],
  },
  {
    // A word in -ing before a determiner ("following", "wearing") links two phrases: the nearer one carries the words.
    name: 'a word in -ing before a determiner ends the phrase that speaks',
    text: `
      It was a nod to the inquiry following [[a newspaper story|speaker]] [[claiming|cue]] ministers had [[“tidied up”|partial]] the file.
    `,
  },
  {
    // "commented" is a speech verb; "a comment", "his comments" stay nouns.
    name: 'commented is a cue, a comment is not',
    text: `
      He was the better man [[“by a mile,”|partial]] [[one reader|speaker]] [[commented|cue]].
      [[Jo Roe|speaker]] rejected Ann Bell’s comment and [[said|cue]] it was [[“silly”|partial]].
    `,
    people: { 'Jo Roe': ['Jo Roe'], 'Ann Bell': ['Ann Bell'] },
  },
  {
    // The outer speaker reports a that-clause after a phrase of place or medium, even one whose noun is a cue form.
    name: 'the speaker who said in her remarks that a thing should do something',
    text: `
      [[Ann Bell|speaker]] [[said|cue]] in her opening remarks that the plan should repeat its support for the city's [[“loyal friends,”|partial]] naming two.
    `,
    people: { 'Ann Bell': ['Ann Bell'] },
  },
  {
    name: 'a name with an ampersand between capitals is one word',
    text: `
      [[“Prices will fall,”|statement]] [[said|cue]] [[M&S|speaker]].
      [[“We will wait,”|statement]] [[the AT&T spokesman|speaker]] [[said|cue]].
    `,
  },
  {
    name: 'a quotation in the sentence after the one that introduced its speaker',
    text: `
      [[Doe|speaker]] told the council she would resign. [[“I have done my part.”|statement]]
    `,
    speakers: ['Doe'],
  },
  {
    // A bare plural with an adjective before it names a group of speakers; a gerund phrase does not.
    name: 'an adjective and a plural noun speak',
    text: `
      [[“We will not stop here,”|statement]] [[local officials|speaker]] [[said|cue]].
      It is what [[former employees|speaker]] have [[called|cue]] a [[“fraudulent scheme”|partial]].
    `,
  },
  {
    name: 'an age with hyphens and a demonstrative in the speaker after the quotation',
    text: `
      [[“We won,”|statement]] [[the 71-year-old senator|speaker]] [[said|cue]].
      [[“We lost,”|statement]] [[this Doe look-alike|speaker]] [[declared|cue]].
      [[“I buy downloads,”|statement]] [[says|cue]] [[27-year-old Jo Roe|speaker]]. I’m confused. [[“Downloads are best.”|statement]]
      [[“He can try,”|statement]] [[she|speaker]] [[said|cue]], [[“but it seems unlikely”|partial]] that Doe can win.
    `,
    // "I’m" is not a person the quotation after it could be given to.
    codes: ['quote.unattributed'],
  },
  {
    // Without a speech verb, a quotation standing alone after a sentence whose subject is a named person (or he or
    // she) gives that person's words; a sentence without a verb after its subject (a credit line) gives nobody.
    name: 'a quotation standing alone after a sentence about a person',
    text: `
      [[Doe|speaker]] spoke only in vague terms during the interview. [[“We have to do something.”|statement]]
      Photo by Jane Roe via Getty Images. [[“What if we lost?”|statement]]
    `,
    codes: ['quote.unattributed'],
  },
  {
    // A cue in an opening subordinate clause, even after a phrase of time, does not own the quotation after the main
    // clause: the main clause's subject speaks.
    name: 'the main clause after an opening phrase and a when-clause with a cue',
    text: `
      Last week, when I asked Jo Roe if he would run, [[he|speaker]] looked at me, smiled and said, [[“Maybe next year.”|statement]]
    `,
  },
  {
    // The comma after the quotation closes the opening "When …"/"Although …" clause; what follows is the main clause.
    name: 'a quotation in an opening subordinate clause belongs to that clause’s cue',
    text: `
      When [[a man|speaker]] [[shouted|cue]], [[“Doe!”|statement]] Roe joked that he agreed.
      Although [[she|speaker]] [[says|cue]] she [[“loves the city,”|partial]] Doe also accuses it of neglect.
      But even as [[Roe|speaker]] [[claimed|cue]] that [[“nothing went wrong,”|partial]] one of the prosecutors said the cases differed.
    `,
  },
  {
    // Without a speech verb and without a subject that opens the sentence, the subject of the clause around the
    // quotation speaks.
    name: 'the subject of an inner clause with a verb',
    text: `
      When [[Doe|speaker]] finally wrapped up — [[“We will win this!”|partial]] — the balloons came down.
      As the debate went on and [[Roe|speaker]] stood by the view that [[“taxes are theft,”|partial]] the room went quiet.
    `,
  },
  {
    name: 'a place after the speaker’s noun, and a person in an inner clause of the sentence before',
    text: `
      [[“We are tired,”|statement]] [[a voter in Iowa|speaker]] [[said|cue]].
      Nobody knows what it means, since [[Doe|speaker]] spoke only in vague terms. [[“We have to do something.”|statement]] [[“We will.”|statement]]
    `,
    speakers: [undefined, 'Doe', 'Doe'],
  },
  {
    name: 'an inverted cue that is as often a noun, right after the quotation',
    text: `
      [[“Nobody has less spine,”|statement]] [[reads|cue]] [[an editorial|speaker]] in [[the Courier|source]].
      [[“No,”|statement]] [[notes|cue]] [[the report|speaker]]. [[“Fine,”|statement]] [[agrees|cue]] [[Jo Roe|speaker]].
    `,
  },
  {
    name: 'a name before the colon that introduces the quotation, after a source word or with a title',
    text: `
      More from [[Jo Roe and Ann Lee|speaker]]: [[“Our data confirm it.”|statement]]
      The timing does not surprise [[pollster Dan Shaw|speaker]]: [[“Unknown candidates often rise early.”|statement]]
      Analysts agree - [[Ann Bell|speaker]]: [[“Late polls did best.”|statement]]
    `,
  },
  {
    // A quotation that closes its sentence looks into the next one for "…,” she said."; it does not share that
    // sentence with a quotation there.
    name: 'a quotation in the sentence after a closed quotation has its own speaker',
    text: `
      [[Jo Roe|speaker]] [[said|cue]]: [[“The data help.”|statement]] [[He|speaker]] flew to Oslo: [[“It was cold.”|statement]]
    `,
  },
  {
    // A name's claim, pledge or conclusion, with only its own clause before the quotation: the name's words. A
    // characterisation by somebody else ("played down Doe’s comments as …") is that somebody's.
    name: 'the words of a name’s pledge or conclusion',
    text: `
      Many leaders go beyond [[Doe|speaker]]’s controversial pledge to be [[“neutral”|partial]] in the talks.
      Critics return to [[Director Jo Roe|speaker]]’s conclusion that her actions were [[“extremely careless.”|partial]]
    `,
  },
  {
    name: 'a party and state in parentheses, then a comma, before the cue',
    text: `After winning Ohio in the primary, [[Gov. Jo Roe|speaker]] (R-Ohio), [[said|cue]], [[“We are ready.”|statement]]`,
    speakers: ['Jo Roe'],
  },
  {
    // The words of the quotation that opens the sentence ("The circumstances") never speak.
    name: 'a name that is also a common word, right after a quotation',
    text: `[[“The circumstances changed,”|statement]] [[From|speaker]] [[said|cue]]. [[“It was a war,”|statement]] [[Will|speaker]] [[wrote|cue]].`,
  },
  {
    // Slogans on posters, dated: nobody said them here. Without the years, "in May" goes on with the words said.
    name: 'the words of a quotation that opens the sentence are not its subject',
    text: `
      The party ran two posters. [[“Jo Roe lied”|scare]] (2015) — [[“No to the plan!”|scare]] (2016).

      The party ran two posters. [[“Jo Roe lied”|statement]] in May — [[“No to the plan!”|partial]] in June.
    `,
    codes: ['quote.unattributed'],
  },
  {
    // The nested quotation is part of the outer one (see the nested spans test); no mark is unbalanced.
    name: 'the same double marks nested inside a quotation',
    text: `[[Jo Roe|speaker]] [[tweeted|cue]]: [[“Fans wore “Vote for Doe” shirts at her event. Ouch.”|statement]]`,
  },
  {
    // Web copy mixes the styles: straight marks inside curly ones and curly inside straight ones are nested quotations.
    name: 'the other style of double marks nested inside a quotation',
    text: `
      [[“We call it "the plan" around here,”|statement]] [[Roe|speaker]] [[said|cue]].

      [[Doe|speaker]] [[wrote|cue]]: [["The party is not about “Equal Justice” any more."|statement]]`,
    codes: ['quote.straight'],
  },
  {
    // A line break inside a quotation, and an opening mark typed for the closing one before a bracket.
    name: 'a quotation broken over two lines, and a closer typed as “ before [',
    text: `
      [[“The party has not been united since the election in
      1992. Someone has to unite it,”|statement]] [[Roe|speaker]] [[says|cue]].
      More from [[Ann Lee|speaker]]: [[“Polls are the only thing we have.“|statement]][Courier.]
    `,
  },
  {
    name: 'a word for a role between a capitalised modifier and a name',
    text: `
      [[Band member Flea|speaker]] shared the news last week, [[writing|cue]] [[“Feels great to support him.”|statement]]
      [[Keane frontman Tom Chaplin|speaker]] [[thanked|cue]] fans for enduring [[“rubbish gigs”|partial]] on tour.
    `,
  },
  {
    name: 'a dateline in title case with its agency before the subject',
    text: `Oslo (AFP) – [[Democrat Jo Roe|speaker]] has taken a swipe at Doe, [[saying|cue]] that [[“bombastic comments”|partial]] do harm.`,
  },
  {
    // His or her stands for the person it refers to, like he or she.
    name: 'the words of his or her remark',
    text: `
      Jo Roe spoke on Monday. Critics seized on [[her|speaker]] remark that [[“we are fine”|partial]] in the fight.
      While [[Doe|speaker]]’s call for a [[“revolution”|partial]] draws crowds, Roe waits.
    `,
    people: { 'Jo Roe': ['Jo Roe'], Doe: ['Doe'] },
    speakers: ['Jo Roe', 'Doe'],
  },
  {
    name: 'alternating speakers',
    text: `
      [[“Will you run again?”|statement]] [[asked|cue]] [[a reporter|speaker]].
      [[“Not this year,”|statement]] [[Doe|speaker]] [[replied|cue]].
    `,
    speakers: [undefined, 'Doe'],
  },
  {
    name: 'a quotation over two paragraphs',
    text: `
      [[Doe|speaker]] [[said|cue]]: [[“The first part of the plan is done.
      “The second part starts in May.”|statement]]
    `,
    speakers: ['Doe'],
  },
  {
    name: 'single quotes nested in double quotes, and apostrophes inside',
    text: `[[“He told me, ‘go home,’ and I didn’t,”|statement]] [[Doe|speaker]] [[said|cue]].`,
  },
  {
    name: 'guillemets and low-high quotes',
    text: `
      [[«Nous sommes prêts»|statement]], a [[déclaré|cue]] [[le ministre|speaker]]. [[Doe|speaker]] [[wrote|cue]]: [[„Alles ist gut.“|statement]]
    `,
  },
  {
    name: 'straight quotes are paired, and apostrophes are not quotes',
    text: `[["We're ready,"|statement]] [[she|speaker]] [[said|cue]]. Then [[Doe|speaker]] [[said|cue]], [["It's '90s rock 'n' roll."|statement]]`,
  },
  {
    name: 'scare quotes have no speaker and no finding',
    text: `The so-called [[“peace plan”|scare]] was never published. The match, billed as [[“the derby of the decade”|scare]], is off.`,
  },
  {
    name: 'apostrophes are never quotation marks',
    text: `Kyiv’s allies won’t say what happened in the ’90s, when rock ’n’ roll was banned.`,
  },
  {
    name: 'a statement without a speaker is flagged',
    text: `[[“Nobody knows what happens next.”|statement]]`,
    codes: ['quote.unattributed'],
  },
  {
    // The one asked, or the crowd, is named: nobody is missing from the sentence.
    name: 'a question put to somebody, or a chant, is not flagged as unattributed',
    text: `
      At the hearing Ann Vale was [[asked|cue]], [[“Did you read the report before you signed it?”|statement]]
      The new staff were [[told|cue]]: [[“You sell the dream, not the house.”|statement]]
      Outside there were loud [[chants|cue]] of [[“Save our ferry!”|statement]]
    `,
  },
  {
    name: 'an opening mark that never closes, and a stray closing mark',
    text: `
      The minister said “the talks will continue.
      Nothing else” was said.
    `,
    codes: ['quote.unbalanced', 'quote.unbalanced'],
  },
  {
    // "secretary of state", "head of state": after "of", a speech verb's form is a noun of the speaker's phrase.
    name: 'a speech verb form after "of" belongs to the speaker’s phrase',
    text: `
      [[“We will not sign it,”|statement]] [[former secretary of state Ann Vale|speaker]] [[said|cue]].
      [[“It is over,”|statement]] [[said|cue]] [[the head of state|speaker]] on Monday.
    `,
  },
  {
    // A capitalised first word before lower-case words with a title among them opens the titles before the name.
    name: 'a subject with lower-case titles between a capitalised word and the name',
    text: `
      [[Shadow home secretary Ann Vale|speaker]] offered a [[“gracious apology”|partial]] to the families.
      [[Democratic presidential candidate Jo Roe|speaker]] wants voters to [[“send a message”|partial]] in May.
    `,
  },
  {
    // A name before a noun for people or a publication, then the verb, modifies the noun; a group of people speaks a
    // word or two of a sentence as a person does.
    name: 'a group of people named by a name before a plural noun is the speaker',
    text: `
      [[Vale protesters|speaker]] were [[shouting|cue]] [[“she wins, we lose!”|statement]] at the gate.
      [[Legal observers|speaker]] note the plan would not [[“close”|partial]] the camp.
      [[Harbour magazine|speaker]] was unrepentant, [[saying|cue]]: [[“We print what we like.”|statement]]
    `,
  },
  {
    // "notes", "reads", "states" are as often nouns; right before the colon that introduces a quotation they are verbs.
    name: 'a noun-like speech verb before the colon that introduces a quotation',
    text: `
      [[The report|speaker]] [[notes|cue]]: [[“The ferry lost money in every month of the year.”|statement]]
      [[The sign|speaker]] [[reads|cue]]: [[“Closed for the winter.”|statement]]
    `,
  },
  {
    // An opening phrase without its comma: the article after its noun opens the phrase that speaks.
    name: 'an opening "In his message" without a comma before the speaker',
    text: `
      In his New Year message [[the party leader|speaker]] [[said|cue]] the plans were [[“populist scares”|partial]].
    `,
  },
  {
    name: 'according to',
    text: `[[According to|cue]] [[the minister|speaker]], [[“the vote is final.”|statement]]`,
  },
  {
    name: 'a news agency citing a source',
    text: `[[“Talks are close,”|statement]] [[a diplomat|speaker]] [[said|cue]], [[Bloomberg|source]] reported, citing two officials.`,
  },
  {
    name: 'the same words attributed to two people',
    text: `
      [[“We will win this election,”|statement]] [[Doe|speaker]] [[said|cue]].
      Later [[Roe|speaker]] [[said|cue]]: [[“We will win this election.”|statement]]
    `,
    speakers: ['Doe', 'Roe'],
    codes: ['quote.conflicting-speakers'],
  },
  {
    // The subject of a passive never speaks: the by-agent does, or nobody.
    name: 'a passive speech verb gives its agent, never its subject',
    text: `
      The deal was [[called|cue]] a [[“breakthrough”|partial]] by [[two negotiators|speaker]].
      The ceasefire was [[described|cue]] as [[“fragile.”|partial]]
    `,
  },
  {
    // British copy quotes with single marks; double marks then nest, and apostrophes stay apostrophes.
    name: 'single quotation marks in copy that quotes with them',
    text: `
      Minister [['to quit'|scare]] over row
      [[‘We will not back down,’|statement]] [[the minister|speaker]] [[said|cue]].
      [[‘He told me “never again”, and I believed him,’|statement]] [[she|speaker]] [[said|cue]].
      [[The aide|speaker]] [[said|cue]] the leaders’ talks were [[‘a waste of time’|partial]].
      [['It's over,'|statement]] [[said|cue]] [[Jo Roe|speaker]]. [['We lost.'|statement]]
    `,
    codes: ['quote.straight', 'quote.straight', 'quote.straight'],
  },
  {
    name: 'double marks that outnumber single ones keep single marks nested or apostrophes, or set words apart',
    text: `
      The officials’ plan was [[“a shambles,”|partial]] [[Ann Lee|speaker]] [[said|cue]]. Fans called it [['the plan'|scare]].
      [[“It is ‘done’,”|statement]] [[she|speaker]] [[added|cue]].
    `,
    codes: ['quote.straight'],
  },
  {
    name: 'a cue form after an article is a noun; an article alone speaks for no one',
    text: `
      [[“The changes add to the urgency,”|statement]] [[the report|speaker]] [[stated|cue]].
      The term [[“dance music”|partial]] misleads many listeners.
    `,
  },
  {
    name: 'a month that is a name speaks; "term" as a noun is no cue',
    text: `
      [[May|speaker]] [[said|cue]]: [[“We are on the road again.”|statement]]
      [[The report|speaker]] [[said|cue]]: [[“Aid is an obligation.”|statement]]
      [[Jo Roe|speaker]] voted for it in the long term and [[said|cue]] there would be [[“radical reform”|partial]].
      [[“You can call it a peace dividend,”|statement]] [[smiles|cue]] [[one broker|speaker]].
      [[“Artists doubt it,”|statement]] [[said|cue]] [[report author Mary Madden|speaker]].
    `,
  },
  {
    // LDC news text: ``…'' for double marks; a paragraph break lost between ``… and ``… joins one quotation.
    name: "wire copy's `` and '' quotation marks",
    text: [
      "[[``I want a referendum,''|statement]] [[Howard|speaker]] [[said|cue]]. [[He|speaker]] [[added|cue]]: [[``We will win. ``It is time.''|statement]]",
      "The [[``peace process''|scare]] goes on.",
    ].join('\n'),
    speakers: ['Howard', 'Howard'],
  },
  {
    // Archive copy, read with the setting: '' opens and closes; ''' closes a nested single quotation and then the double one.
    name: "archive copy's '' quotation marks, opening after a space and closing before one",
    doubledApostrophes: true,
    text: [
      "[[''We will win,''|statement]] [[Ms. Dale|speaker]] [[said|cue]]. [[She|speaker]] [[added|cue]]: [[''Nobody can yell 'tax bad' and win.''|statement]]",
      "[[Mr. Odum|speaker]] [[said|cue]] the plan was [[''misconstrued.''|partial]] [[''The answer is not to yell, 'China bad.'''|statement]] [[he|speaker]] [[said|cue]].",
      "The players' union and the Smiths' house stayed quiet.",
    ].join('\n\n'),
    speakers: ['Dale', 'Dale', 'Odum', 'Odum'],
    messages: [
      "Dale: ''We will win,'' — said",
      "Dale: ''Nobody can yell 'tax…'' — added",
      "Odum: ''misconstrued.'' — said",
      "Odum: ''The answer is not…'' — said",
    ],
  },
  {
    name: "without the setting, '' is no quotation mark, and copy that opens two quotations with it gets a hint naming the setting",
    text: "''We will win,'' Ms. Dale said. The players' union and the Smiths' house stayed quiet. ''Never,'' he said.",
    codes: ['quote.doubled-apostrophes'],
  },
  {
    name: "in wire copy ''' closes a nested quotation and then the double one",
    text: "[[``The answer is not to yell, 'China bad.'''|statement]] [[Mr. Odum|speaker]] [[said|cue]].",
  },
  {
    name: 'a cue without a subject goes on with the speaker before',
    text: `
      [[Mr Blair|speaker]] told the BBC he had not yet read the report. But [[told|cue]] the paper: [[“We have drawn a line under that.”|statement]]
      [[“We can do this,”|statement]] [[Ms Jowell|speaker]] [[said|cue]]. And [[continued|cue]]: [[“We can be proud of it.”|statement]]
    `,
    speakers: ['Blair', 'Jowell', 'Jowell'],
  },
  {
    name: 'an adverb of time without a comma opens the sentence before its subject',
    text: `Earlier [[Tory leader Jo Roe|speaker]] sent the president her [[“warmest wishes”|partial]], [[saying|cue]]: [[“We look to you to unite us.”|statement]]`,
  },
  {
    name: 'British spelling of a speech verb',
    text: `
      The plan was [[labelled|cue]] a [[“shambles”|partial]] by [[the opposition|speaker]].
      [[Ann Lee|speaker]] [[labelled|cue]] the deal [[“an eye-opener.”|partial]]
    `,
  },
  {
    name: 'a speech verb coordinated with the verb of an opening subject, after a weekday',
    text: `Sunday morning, [[Jo Roe|speaker]] rejected the bill and [[accused|cue]] her rival of a [[“flip-flop.”|partial]]`,
    speakers: ['Jo Roe'],
  },
  {
    name: 'reported speech inside reported speech keeps the outer speaker',
    text: `[[Jane Doe|speaker]] [[told|cue]] reporters she thought the count had been [[“badly rushed.”|partial]]`,
    speakers: ['Jane Doe'],
  },
  {
    name: 'a statement put out by somebody is theirs, not the statement’s',
    text: `[[The mayor’s office|speaker]] released a note [[saying|cue]] the city [[“will reopen the bridge on Monday.”|partial]]`,
  },
  {
    name: 'titles of shows and books are not quotations',
    text: `
      Doe spoke to NBC’s [[“Meet the Nation”|scare]] on Sunday. Her memoir, [[“Long Roads,”|scare]] came out in May.
      The [[“Sunset Valley”|scare]] star stayed quiet.
    `,
  },
  {
    // Short capitalised words, a broadcaster in lower case, what someone wrote or played in, a name given, and a
    // title listed after a title; a chant stays somebody's words.
    name: 'more titles of shows, books, songs and accounts',
    text: `
      On Monday, Doe told CBS’s [[“New Day”|scare]] she would run. Roe, star of television’s [[“Harbor,”|scare]] backed her.
      Lee, author of [[“Paper Cities,”|scare]] starred in [[“Blue Hour”|scare]] and [[“Apollo 9,”|scare]] and once performed [[“Rain Song.”|scare]]
      The clip came from an account called [[“Hypo-Doe”|scare]] and a show called [[“Brokers.”|scare]]
      FAREWELL—[[“Old ferry to be retired in May,”|scare]] by the Courier’s Ann Lee.
      [[Fans|speaker]] greeted her with [[chants|cue]] of [[“Doe! Doe!”|statement]]
    `,
  },
  {
    // A year after the marks, a work named right after its title, a title before a role in a headline, a project;
    // a few words opening a sentence that goes on without a stop.
    name: 'dated slogans, titles in apposition and terms opening a sentence are not statements',
    text: `
      [[“Road pricing”|scare]] tops the agenda again.

      Posters from those years: [[“Lose the toll? Lose the town? No to the bridge”|scare]] (2008) — [[“Stop the tower, yes to parks”|scare]] (2011).
      To cap it all, [[“Harbor-Town,”|scare]] a film about the docks, opens on Friday.
      [[“Blue Hour”|scare]] Star Quits The Show.
      Lee talked about her next comedy project, [[“Songs for Nobody,”|scare]] at length.

      [[“We laugh at ourselves first,”|statement]] [[said|cue]] [[Ana Ruiz|speaker]], who stars in the play.
      [[“Sons of the Mayor”|scare]] is an adaptation of an older show.
    `,
  },
  {
    // A newsletter's digest: a headline of any length, its byline, and the opening lines of the story after a colon.
    name: 'the excerpt after a headline and its byline is the writer’s',
    text: `
      HARBOR—[[“Ferry service to end after forty years of crossings between the two old river towns,”|scare]] by the Courier’s [[Ann Lee|speaker]]: [[“The last boat will leave the pier in May. Few riders are left.”|statement]] http://example.com/x
    `,
    speakers: ['Ann Lee'],
  },
  {
    // The outlet that quotes somebody "as saying" is not the speaker, before the quotation or after it.
    name: 'the person an outlet quotes as saying something is the speaker',
    text: `
      [[“Talks have stalled,”|statement]] the news desk quoted [[a union official|speaker]] as [[saying|cue]].
      The agency reports [[one trader|speaker]] as [[saying|cue]]: [[“Nobody is buying.”|statement]]
    `,
  },
  {
    name: 'a surname that is also a preposition speaks before a closing cue; “That said” is no attribution',
    text: `
      [[“We had lost the middle ground,”|statement]] [[Over|speaker]] [[said|cue]]. [[“Nobody trusted us.”|statement]]

      [[Lee|speaker]] likes films. [[“Short ones leave you free.”|statement]] That said, she is writing a long one.
    `,
    people: { 'Ann Over': ['Over'], 'Jo Lee': ['Lee'] },
    speakers: ['Ann Over', 'Ann Over', 'Jo Lee'],
  },
  {
    // Whoever a causative verb makes speak is the speaker, a relative clause after the name left out; urging
    // somebody to say something is no saying.
    name: 'the one prompted or led to say something speaks, not what prompted it',
    text: `
      The result prompted [[the County Almanac|speaker]], which tracks every race, to [[state|cue]], [[“No county picks winners better.”|statement]]
      The vote led [[the mayor|speaker]] to [[declare|cue]]: [[“We are the bellwether.”|statement]]
    `,
  },
  {
    // The appositive's closing comma is left out; its relative clause has a verb of its own before the cue.
    name: 'a name before an appositive with a relative clause and no closing comma speaks',
    text: `
      [[“Doe needs the young voters,”|statement]] [[Nat Gold|speaker]], the analyst who runs the polling site [[tweeted|cue]] on Monday.
    `,
    people: { 'Nat Gold': ['Nat Gold'] },
    speakers: ['Nat Gold'],
  },
  {
    // A sentence about a person whose subject carries an appositive, then a quotation standing alone; a view given
    // "for" somebody before a colon.
    name: 'a person named before an appositive, or after “For” before a colon, gives the quotation that follows',
    text: `
      Is the tablet a breakthrough? [[Jo Marsh|speaker]], editor of a gadget magazine, plainly has a strong opinion. [[“It is small, and that changes everything.”|statement]]

      Schools now lend phones. For [[Ben Ortiz|speaker]], this is progress: [[“Every child can take pictures now.”|statement]]
    `,
    people: { 'Jo Marsh': ['Jo Marsh'], 'Ben Ortiz': ['Ben Ortiz'] },
    speakers: ['Jo Marsh', 'Ben Ortiz'],
  },
  {
    // A brand before "of" and a thing "called" by its name are nouns, not speech verbs; a named thing is a term.
    name: 'a brand or a thing called by its name is no cue, and its name is a term',
    text: `
      The firm, which makes the well-known Zest brand of soap, would not comment on [["market talk"|scare]].

      [[She|speaker]] wiped the disk with a program called Shredder. [["Nobody can read it now."|statement]]

      Old engines suffered from a problem called [["early pinging"|scare]] for years.

      The sites host links, called [["beacons"|scare]], that point to files. The card, launched in May and dubbed [["Zap"|scare]], sold well.
      It was what [[Ann Bell|speaker]], treasurer of the club, [[called|cue]] [["a bun fight."|statement]]
    `,
  },
  {
    name: 'a nickname explained by a name set off with dashes after it is a term',
    text: `
      Another young striker is heading north. [[“The next Pele”|scare]] - Jo Silva Costa - signs for the club today.
    `,
  },
  {
    name: 'a song quoted after “As the band sang” is the band’s',
    text: `
      Taxes only grow. As [[the Wandering Hats|speaker]] [[sang|cue]] back in the 1970s, [[“They take it all and call it fair.”|statement]]
    `,
  },
  {
    name: 'words credited with “attributed to” a name are that person’s, in the sentence or the one before',
    text: `
      I keep thinking of a line attributed to [[Tom Brandt|speaker]]. [["Nobody wins a war of words."|statement]]

      Or of one attributed to [[Ada Kell|speaker]]: [["Speak softly and rarely."|statement]]
    `,
    people: { 'Tom Brandt': ['Tom Brandt'], 'Ada Kell': ['Ada Kell'] },
    speakers: ['Tom Brandt', 'Ada Kell'],
  },
  {
    // Somebody breaking in speaks the next words, not the speaker of the quotation before.
    name: 'whoever cuts in or chimes in speaks the quotation after',
    text: `
      [[“Bring the photos,”|statement]] [[Ann Vance|speaker]] [[said|cue]], and [[her son|speaker]] [[cut in|cue]]. [[“Not the old ones.”|statement]]

      Vance laughed. Then [[Tom Vance|speaker]] [[chimed in|cue]]: [[“All of them.”|statement]]
    `,
  },
  {
    // A thing that "revealed" a thing is no speaker; the quotation has none nearby, which is worth a warning.
    name: 'a thing that revealed some things in the sentence before does not speak the quotation after',
    text: `
      The cleaning of the old Moon Patrol reels revealed some surprises too. [[“There are frames nobody had ever seen.”|statement]]
    `,
    codes: ['quote.unattributed'],
  },
  {
    // A demonstrative opens the speaker's phrase; "This week" before a subject is when, not who.
    name: 'a phrase opened by “this” speaks, but “this week” is no part of the speaker',
    text: `
      Between races, [[this remarkably fit old runner|speaker]] [[reveals|cue]] his plan: [[“I will run until I am a hundred.”|statement]]

      This week [[a coach|speaker]] [[claimed|cue]] the rules were [[“plainly unfair”|partial]] to older runners.
    `,
  },
  {
    // The subject of a sentence without a speech verb ends before its verb in -s and the verb's object.
    name: 'a subject opened by a determiner and a name ends at its verb in -s',
    text: `
      [[The Labour leader|speaker]] supports a cap on [[“payday piracy by lenders”|partial]] in his speech.
    `,
  },
  {
    // A retweet: the words quoted inside the post are signed with the handle after a dash.
    name: 'a quotation signed with a handle after a dash is that account’s',
    text: `
      <tweet tweet-author="@jo_roe" tweet-date="May 1, 2016">“@fan_2016: [[“A lion lives one day better than a sheep lives a hundred.”|statement]] – [[@jo_roe|speaker]] #Win“<tweet/>
    `,
    // The post's stray opening marks (the markup's quoted values are no quotations).
    codes: ['quote.unbalanced', 'quote.unbalanced'],
  },
  {
    // Markup in typographic copy: its quoted values are neither straight quotations nor unbalanced marks, even when
    // a value runs over a line break or is typed with ” on both sides.
    name: 'quoted values in markup tags are no quotation marks',
    text: `
      [[“We are ready,”|statement]] [[Jo Roe|speaker]] [[said|cue]].

      <tweet tweet-author="@jo_roe" tweet-date="May 1,
      ">Ready for the vote<tweet/>

      <a href=”https://example.com/vote” target=”_blank”>The vote</a>
    `,
    people: { 'Jo Roe': ['Jo Roe'] },
  },
  {
    // A quotation opening a paragraph, and the sentence after it naming whose the words are.
    name: 'the sentence after a quotation may name its speaker: “That quote from …”, “These are the questions …”',
    text: `
      Ferry fares rise

      [[“I would rather swim than pay that fare.”|statement]] That quote from harbour commissioner [[Ann Lee|speaker]] ran on every front page.

      [[“Can you swim? Will you pay?”|statement]] These are the questions [[Tom Vance|speaker]] asks every commuter.
    `,
    people: { 'Ann Lee': ['Ann Lee'], 'Tom Vance': ['Tom Vance'] },
    speakers: ['Ann Lee', 'Tom Vance'],
  },
  {
    // The person quoted last with a speech verb goes on speaking after a sentence or two of narration; not after a
    // sentence about a document, whose words the quotation then gives.
    name: 'the person quoted last goes on speaking after two sentences of narration, but not after minutes are cited',
    text: `
      [[“The lenses are cheap,”|statement]] [[said|cue]] [[Mr Hale|speaker]]. The company grew out of a hospital lab. Its sales doubled last year. [[“We are just getting started.”|statement]]

      [[“We will not join,”|statement]] [[Mr Cope|speaker]] [[said|cue]]. The minutes of the meeting record what came next. [[“The chair said the offer was closed.”|statement]]
    `,
    people: { 'Ben Hale': ['Mr Hale'], 'Al Cope': ['Mr Cope'] },
    speakers: ['Ben Hale', 'Ben Hale', 'Al Cope'],
    codes: ['quote.unattributed'],
  },
  {
    name: 'the person quoted last goes on speaking when the speaker phrase opens with a name and where they are from',
    text: `
      [[“Everything is going online,”|statement]] [[Nina Ostrova from the Retail Guild|speaker]], [[told|cue]] the paper. The fair showed the new models. [[“Buyers are in charge now.”|statement]]
    `,
  },
  {
    // The quoted letter is a term; the person it stands for speaks.
    name: 'a person known by a quoted letter speaks',
    text: `
      In a [[letter|source]], [[witness [[‘C’|scare]]|speaker]] in Greyfield Jail [[wrote|cue]]: [[“I only want to go home to my children.”|statement]]
    `,
  },
  {
    name: 'a name with a lower-case particle speaks after a quotation, whatever its first word',
    text: `
      [[“We rebuilt every tool,”|statement]] [[Us van Dijk|speaker]] [[said|cue]] on Monday.
    `,
  },
  {
    // A collection of somebody's sayings under a headline that names them.
    name: 'a headline “NAME in quotes” gives the quotations below it without a speaker',
    text: `
      [[Ann Vance|speaker]] in quotes

      The mayor has stepped down after ten years.

      [["I gave this city everything I had."|statement]]

      [["Nobody should stay in a job forever."|statement]]
    `,
    people: { 'Ann Vance': ['Ann Vance'] },
    speakers: ['Ann Vance', 'Ann Vance'],
  },
  {
    // A chant is a whole utterance however short; "Some", "Another" alone before a past form are its subject, and a
    // verb guessed after "as" is no cue.
    name: 'chants are statements, and a quantifier alone speaks',
    text: `
      [[Some|speaker]] [[chanted|cue]] [[“Go Roe! Go Roe!”|statement]] as the mayor spoke.
      The night brought calls of [[“Free the port”|statement]] again.
      [[Another|speaker]] [[added|cue]] that the fares were [[“far too high”|partial]].
      [[Many|speaker]] [[shouted|cue]] [[“Shame!”|statement]] as she left.
    `,
  },
  {
    // Chants of “…” after a preposition: the subject of the clause's verb chants, or the possessor; the subject of
    // a passive is who was chanted at.
    name: 'whose chants they are',
    text: `
      When the vote passed, [[delegates|speaker]] erupted in a roar of booing and loud [[chants|cue]] of [[“no.”|statement]]
      Actor Jo Roe, who stars in a play, was greeted by [[cries|cue]] of [[“Jo, Jo”|statement]] by [[the vocal crowd|speaker]].
      On Monday, a team from Perry, a school in Iowa, was met with [[chants|cue]] of [[“Out, out”|statement]] and jeers.
      [[Their|speaker]] [[chants|cue]] of [[“Ted! Ted!”|statement]] faded. [[The group|speaker]] joined in a [[chant|cue]] of [[“Feel the heat!”|statement]]
    `,
  },
  {
    // Whoever cites or denies the report, the words in its that-clause are the report's; a month is no outlet.
    name: 'a report by an outlet that somebody did “…”',
    text: `
      On Friday it was [[a [[report|cue]] by [[Courier|source]]|speaker]] that she had [[“misled”|partial]] the board.
      Roe denied [[a [[story|cue]] in [[the Daily Star|source]]|speaker]] that he had [[“lied”|partial]] to the court.
      [[Doe|speaker]] forwarded an article in May that included the line [[“Rates will fall.”|partial]]
    `,
  },
  {
    name: 'a programme or station named without its broadcaster is the source',
    text: `
      [[Roe|speaker]] [[told|cue]] [[Today|source]]: [[“We will win.”|statement]]
      [[“It was close,”|statement]] [[she|speaker]] [[told|cue]] [[Five Live|source]].
      [[He|speaker]] [[told|cue]] [[Five Live|source]]’s Sportsweek: [[“We lost.”|statement]]
      Speaking on [[BBC Radio 4|source]]’s Today programme, [[Mr Doe|speaker]] [[said|cue]] the rules were [[“rigid”|partial]].
      [[Mr Lee|speaker]] [[told|cue]] [[the Radio 4|source]] programme: [[“No comment.”|statement]]
    `,
  },
  {
    // A turn label names who speaks the turn; a quotation inside the turn goes to the sentence's own subject.
    name: 'a transcript turn label is not the subject of its sentence',
    text: `
      Q: [[Your critics|speaker]] call the plan [[“reckless.”|partial]] Are they right?

      [[A|speaker]]: [[“Absolutely,”|statement]] is my answer.

      TAPPER: [[Some voters|speaker]] [[think|cue]] the tax is [[“unfair.”|partial]] Do you?
    `,
  },
  {
    name: 'a name set off by dashes before the cue; a bare verb after a quotation is no inversion',
    text: `
      [[“Rates will not rise again,”|statement]] [[Jo Roe|speaker]] - then adviser to the governor - [[told|cue]] reporters.
      [[“The fund needs no more help,”|statement]] [[Ann Lee|speaker]], head of the Farm Bank - one of its lenders - [[said|cue]].
      [[Tom Doe|speaker]] has [[pledged|cue]] to [[“never, ever”|partial]] attack Mayor Jo Roe over her faith.
    `,
  },
  {
    name: 'after an opening preposition, the phrase up to a lower-case noun is no part of the speaker',
    text: `
      In the Courier interview [[Mr Roe|speaker]] [[said|cue]]: [[“I will stay.”|statement]]
      During her speech [[Ann Lee|speaker]] [[said|cue]] the plan was [[“a mess”|partial]].
    `,
  },
  {
    name: 'a party and state in parentheses between the speaker and the cue',
    text: `
      As [[House Speaker Jo Roe|speaker]] (R-Wis.) has [[pointed|cue]] out, that is the [[“textbook case”|partial]] of bias.
      [[Sen. Ann Lee|speaker]] (D-Ohio) [[said|cue]] the bill was [[“a disaster”|partial]].
    `,
  },
  {
    name: 'a speech verb coordinated nearer the quotation is its cue',
    text: `
      [[Mr Doe|speaker]] said he knew of the worries but [[argued|cue]]: [[“He has said sorry and that is enough.”|statement]]
      [[The mayor|speaker]] said she had seen the claims and [[dismissed|cue]] them as a [[“pack of lies”|partial]].
    `,
  },
  {
    name: 'reporting to somebody is no speaking',
    text: `[[She|speaker]] wants a [[“farm tsar”|partial]] who reports directly to the premier, and [[called|cue]] for [[“more inspectors”|partial]].`,
  },
  {
    // "the Harbor attack" is a noun phrase; "Said the Lark report:" opens with its cue; an opening sentence adverb
    // is no subject.
    name: 'a bare cue form after the and a name is a noun',
    text: `
      [[It|speaker]] [[said|cue]] fans were sharing news of the Harbor attack and [[“cheering the chaos.”|partial]]
      [[Said|cue]] [[the Lark report|speaker]]: [[“This finding is ironic.”|statement]]
      Coincidentally it is also the Welsh word for [[“butcher”|scare]].
      Usually you can spot a [[“ghost”|scare]] on the screen.
    `,
  },
  {
    name: '"and" after a lower-case word that is no role joins clauses, not speakers',
    text: `
      Lark makes software for the phone market and [[Mr Babinet|speaker]] [[said|cue]] there was [[“real momentum”|partial]].
      Leeds won after a 1-1 draw at Elland Road and [[Ann Bell|speaker]] [[said|cue]] it was [[“a fair result”|partial]].
      [[Chat show host and Bristol MEP Jo Roe|speaker]] [[said|cue]] it was [[“a farce”|partial]].
    `,
  },
  {
    name: 'a time word before the speaker and a verb after it are no part of it',
    text: `
      Earlier this year [[the Royal College of Nurses|speaker]] [[said|cue]] it saw an [[“epidemic”|partial]] of stress.
      [[The board’s chief Jo Roe|speaker]] quit last autumn, [[claiming|cue]] she was [[“deeply let down”|partial]].
    `,
  },
  {
    name: 'an adverb before a past form does not make it an adjective, and "given" opens no speaker',
    text: `
      At one point [[the crowd|speaker]] loudly reprised the old [[chant|cue]] [[“Out! Out!”|statement]]
      [[Party chairman Jo Roe|speaker]] fairly scolded Lee, [[suggesting|cue]] he [[“self-destruct.”|partial]]
      [[Roe|speaker]] got in trouble by [[saying|cue]] the judge was [[“biased,”|partial]] given Roe’s plan to sue him.
    `,
  },
  {
    name: 'the name after "Here’s" or the thing after "From" before a colon speaks',
    text: `
      Here’s [[Roe|speaker]] in May 1992: [[“Our new course must rest on what we can learn.”|statement]]
      Here is [[Ann Lee|speaker]] on the budget: [[“It is a mess.”|statement]]
      Here are the rules: [[“No dogs.”|statement]]
      From [[the report|speaker]]: [[“Larger samples did better.”|statement]]
    `,
    codes: ['quote.unattributed'],
  },
  {
    name: 'a participle alone before a quotation goes on with the last speaker, and their source',
    text: `
      [[Roe|speaker]] [[said|cue]] the plan was [[“bad.”|partial]] [[Adding|cue]], [[“It will not last.”|statement]]
      [[“It is over,”|statement]] [[Lee|speaker]] [[told|cue]] [[the Courier|source]]’s [[“Late Show,”|scare]] [[adding|cue]], [[“We lost.”|statement]]
    `,
    speakers: ['Roe', 'Roe', 'Lee', 'Lee'],
  },
  {
    name: 'a share of those polled speaks',
    text: `
      [[Nearly seven out of 10 voters|speaker]] [[said|cue]] the plan was [[“unfair.”|partial]]
    `,
  },
  {
    name: 'a name alone after a quotation, its speech verb left out',
    text: `[[“Harbor has a strong record,”|statement]] [[Mr Lark|speaker]]. Analysts agree.`,
  },
  {
    name: 'an approximate number opens the subject',
    text: `Outside the hall, [[about 200 farmers|speaker]] gathered in groups, holding signs and [[chanting|cue]] [[“Water now.”|statement]]`,
  },
  {
    name: 'a weekday after "during a" between the subject and the cue',
    text: `[[Roe|speaker]] during a Sunday [[thanked|cue]] the nurses [[“for their support.”|partial]]`,
  },
  {
    name: 'a phrase after "in" between the subject and the cue says where, not who',
    text: `
      When [[Roe|speaker]] in his opening speech [[called|cue]] the rival plan [[“a fantasy”|partial]], few clapped.
      [[A kinder review|speaker]] in the Courier [[dubbed|cue]] it [[“quietly charming”|partial]].
    `,
  },
  {
    name: 'adding a thing is no speaking',
    text: `The new version adds a [[“price history”|scare]] tab.`,
  },
  {
    name: 'words in capitals throughout are a shout, not a title',
    text: `In a late-night post, [[she|speaker]] [[urged|cue]] members to [[“PASS IT NOW!”|partial]]`,
  },
  {
    name: 'a characterising fragment is somebody’s word, not a scare quote',
    text: `[[Critics|speaker]] have [[portrayed|cue]] the levy as a [[“job killer”|partial]] that hurts small firms.`,
  },
  {
    name: 'a headline with its byline is a title, and a thing introducing a quotation is not its speaker',
    text: `
      [[“Old ferry to be retired after forty years,”|scare]] by the Courier’s Ann Lee.
      The reasoning is simple:
      [[“Nobody rides it in winter.”|statement]]
    `,
    codes: ['quote.unattributed'],
  },
  {
    // The cue right before a fragment owns it; the clause after the fragment is about something else.
    name: 'a speech verb that introduces a fragment outweighs a clause after it',
    text: `[[Jane Doe|speaker]] [[said|cue]] [[“it makes me angry”|partial]] whenever she hears the figures.`,
    speakers: ['Jane Doe'],
  },
  {
    // A fragment that closes somebody else's sentence is not introduced by the sentence after it.
    name: 'the sentence after a fragment does not attribute it',
    text: `
      The rules turn murky once a trip becomes [[“official business.”|scare]] Ethics lawyers say travellers must split the costs.
    `,
  },
  {
    name: 'introductory phrases before the subject of a participle cue',
    text: `
      On Monday, after weeks of silence, [[Jane Doe|speaker]] endorsed the mayor, [[saying|cue]], [[“She has earned a second term.”|statement]]
      In a note to staff, her chief of staff, [[John Roe|speaker]], [[said|cue]]: [[“We start at once.”|statement]]
      Shortly after the vote, [[the council|speaker]] issued a statement [[saying|cue]] it was [[“deeply disappointed.”|partial]]
    `,
    speakers: ['Jane Doe', 'John Roe', undefined],
  },
  {
    // Curly marks typed the wrong way round still pair: an opening mark where the closer belongs, a single closing
    // mark for a double one, a closing mark used to open after a comma, a closing mark after an invisible character.
    name: 'curly marks typed the wrong way round',
    text: `
      [[Jo Roe|speaker]] [[said|cue]] the union wants [[“a full audit“|partial]] of the fund.
      [[Lee|speaker]] [[posted|cue]]: [[“Vote early. Vote today.’|statement]] Lee then left the hall.
      [[She|speaker]] [[says|cue]],[[” nobody asked the tenants.”|statement]]
      ‪[[”Keep the library open,”|statement]] [[wrote|cue]] [[Ann Ray|speaker]].
    `,
    speakers: ['Jo Roe', 'Lee', 'Lee', 'Ann Ray'],
  },
  {
    // A sentence that ends right before a quotation does not introduce it; the words after it do.
    // Surnames ending in -ly are names, not adverbs; "according to" after a fragment names its source.
    name: 'a surname that looks like an adverb, and according to after the quotation',
    text: `
      [[“Turnout decides it,”|statement]] [[Kelly|speaker]] [[said|cue]].
      The audit left the agency [[“badly exposed,”|partial]] [[according to|cue]] [[its own inspectors|speaker]].
    `,
    speakers: ['Kelly', undefined],
  },
  {
    name: 'a quotation after a closed sentence takes the attribution that follows it',
    text: `Jane Doe said no. [[“Would you reconsider?”|statement]] [[Tom Roe|speaker]] [[pressed|cue]].`,
    speakers: ['Tom Roe'],
  },
  {
    // "told" takes the one spoken to as its object; the speaker is the subject before the appositive.
    name: 'the object of "told" after a comma is the listener, not the speaker',
    text: `[[Ann Fell|speaker]], who sits on the county board, [[told|cue]] [[Reuters|source]], [[“I like the second plan best.”|statement]]`,
    speakers: ['Ann Fell'],
  },
  {
    name: 'as somebody put it',
    text: `The vote was close. As [[columnist Ben Hale|speaker]] [[put it|cue]], [[“Nobody won and everybody lost.”|statement]]`,
    people: { 'Ben Hale': ['Ben Hale'] },
    speakers: ['Ben Hale'],
  },
  {
    name: 'a cue opening the sentence, its speaker followed by a relative clause',
    text: `[[Said|cue]] [[Rosa Lind|speaker]], who grew up on the same street, [[“We were all so proud of him.”|statement]]`,
    speakers: ['Rosa Lind'],
  },
  {
    // A short opening phrase of any words ends at its comma when a subject pronoun follows.
    name: 'a pronoun subject after an opening phrase of time or manner',
    text: `
      Tom Weir ran twice.
      Nine years ago, [[he|speaker]] backed the mayor and [[called|cue]] the plan [[“a fine idea.”|partial]]
      Usually, [[he|speaker]] greets reporters with his trademark [[“not today.”|partial]]
    `,
    people: { 'Tom Weir': ['Tom Weir'] },
    speakers: ['Tom Weir', 'Tom Weir'],
  },
  {
    name: '"in the past" between the relative pronoun and the cue',
    text: `Kay Moss, [[who|speaker]] has in the past [[described|cue]] the tax as [[“a disaster,”|partial]] voted for it.`,
    people: { 'Kay Moss': ['Kay Moss'] },
    speakers: ['Kay Moss'],
  },
  {
    // The quotation sits in the that-clause of the first cue; the pronoun clause after it is a new statement.
    name: 'a quotation inside an earlier cue\'s that-clause keeps that cue even when it ends with a comma',
    text: `Although [[Lena Park|speaker]] [[conceded|cue]] that the two had [[“talked now and then,”|partial]] she insisted they were never close.`,
    people: { 'Lena Park': ['Lena Park'] },
    speakers: ['Lena Park'],
  },
  {
    name: 'a negated cue does not claim the quotation from the clause after it',
    text: `The inspectors cannot say that [[“it was planned,”|partial]] [[Omar Reyes|speaker]] [[said|cue]].`,
    people: { 'Omar Reyes': ['Omar Reyes'] },
    speakers: ['Omar Reyes'],
  },
  {
    // A share of respondents is what a poll found, not who spoke.
    name: 'a share of those polled is attributed to the poll the sentence names',
    text: `In [[a Harbor Institute poll released Friday|speaker]], 41 percent of renters [[said|cue]] rents were [[“out of reach.”|partial]]`,
  },
  {
    name: 'an opening phrase of time is not the subject',
    text: `Rita Vance backed the bill. But a few weeks later, [[Vance|speaker]] changed course, [[telling|cue]] a radio host that the bill was [[“badly rushed.”|partial]]`,
    people: { 'Rita Vance': ['Rita Vance', 'Vance'] },
    speakers: ['Rita Vance'],
  },
  {
    name: 'a time phrase between the subject and its cue',
    text: `[[The county board|speaker]] only three days ago [[said|cue]] that the bridge was [[“perfectly safe.”|partial]]`,
  },
  {
    name: 'a that-clause after a short phrase of place or medium still belongs to the outer speaker',
    text: `[[Jane Doe|speaker]] [[said|cue]] on her radio show that the council should [[“think again,”|partial]] before the vote.`,
    speakers: ['Jane Doe'],
  },
  {
    name: 'a sign, a hat or an advert carries the words it reads',
    text: `
      Outside the hall, Tom Lee held up [[a sign|speaker]] [[reading|cue]] [[“Farmers first.”|statement]]
      The mayor ran [[one of her adverts|speaker]] [[asking|cue]], [[“Who will fix the roads?”|statement]]
    `,
  },
  {
    // "that" or "which" right before the cue speaks, as "who" does, for the thing before it, which carries the words;
    // a thing somebody put out speaks for them.
    name: 'a thing before "that" or "which" carries the words its relative clause reads',
    text: `
      Volunteers handed out caps [[that|speaker]] [[said|cue]], [[“Vote early.”|statement]]
      Tom Lee held up the banner — [[which|speaker]] [[read|cue]] [[“Farmers first”|statement]] — and left.
      [[Ann Bell|speaker]] released a video that [[said|cue]], [[“Come and see.”|statement]]
    `,
    people: { 'Ann Bell': ['Ann Bell'] },
    speakers: [undefined, undefined, 'Ann Bell'],
  },
  {
    name: 'the noun of a with-clause is the subject of its participle',
    text: `Nurses backed the mayor, with [[the city nurses union|speaker]] [[calling|cue]] her [[“our best friend at city hall”|partial]] last week.`,
  },
  {
    name: 'the object of a preposition before the cue does not speak',
    text: `
      [[Ann Bell|speaker]] answered a question on [[Facebook|source]] [[writing|cue]], [[“I will run again.”|statement]]
      [[A senior aide|speaker]] speaking to [[Reuters|source]] [[said|cue]], [[“The talks are over.”|statement]]
      [[Her union|speaker]] quickly sent an email to members [[stating|cue]], [[“The strike is on.”|statement]]
      [[Her lawsuit|speaker]] [[said|cue]] she had [[“never cheated”|partial]].
    `,
  },
  {
    name: 'a name set off after a common noun speaks; a possessor speaks only through a statement or an office',
    text: `
      [[“I don’t believe it,”|statement]] [[said|cue]] [[Tom Baker|speaker]].
      Baker’s neighbour, [[Ann Lee|speaker]], [[agreed|cue]]: [[“They lied before.”|statement]]
      [[Baker’s brother|speaker]] [[said|cue]]: [[“We will appeal.”|statement]]
      [[Baker’s statement|speaker]] [[said|cue]]: [[“I am innocent.”|statement]]
      The Chancellor, [[Ann Reed|speaker]], [[said|cue]]: [[“Growth is back.”|statement]]
    `,
    people: { 'Tom Baker': ['Tom Baker', 'Baker'], 'Ann Lee': ['Ann Lee'], 'Ann Reed': ['Ann Reed'] },
    speakers: ['Tom Baker', 'Ann Lee', undefined, 'Tom Baker', 'Ann Reed'],
  },
  {
    name: 'a speech verb set off with its speaker in the sentence before gives the speaker of a quotation standing alone',
    text: `
      Then, says [[Mr Jones|speaker]], the market turned. [[“All my friends sold their shares.”|statement]]
    `,
  },
  {
    name: 'a surname that ends like a participle opens the sentence as its subject',
    text: `
      [[Streeting|speaker]], 42, who has led the department since July, [[said|cue]]: [[“I am confident.”|statement]]
      Speaking to reporters, [[Harding|speaker]] [[said|cue]]: [[“We are ready.”|statement]]
    `,
  },
  {
    name: 'an outlet named with what it is, met in an interview, or a post, is the source',
    text: `
      [[“We have a lot to discuss,”|statement]] [[Ann Bell|speaker]] [[told|cue]] Italian broadcaster [[RAI|source]].
      [[“I loved every minute,”|statement]] [[Joe Roe|speaker]] [[told|cue]] [[Us magazine|source]].
      In an interview with [[the Financial Times|source]], [[Bell|speaker]] [[said|cue]]: [[“Germany will pay its share.”|statement]]
      [[“Never,”|statement]] [[Roe|speaker]] [[told|cue]] the Senate committee.
      In a [[tweet|source]] on Wednesday, [[Bell|speaker]] [[wrote|cue]]: [[“This bill is a disaster.”|statement]]
      [[“We won,”|statement]] [[Roe|speaker]] [[said|cue]] in a [[Facebook|source]] post.
      [[“Fine,”|statement]] [[Roe|speaker]] [[told|cue]] Britain’s [[ITV|source]] television.
      [[“It was a mistake,”|statement]] [[Roe|speaker]] [[told|cue]] [[CNN|source]]’s [[“State of the Union”|scare]] on Sunday.
    `,
  },
  {
    name: 'a common word used as a name before a speech verb is the speaker',
    text: `Critics panned the plan, which [[Will|speaker]] [[claims|cue]] would [[“save the county money.”|partial]]`,
  },
  {
    name: 'a cue inside an opening after-clause does not own a quotation after the main clause',
    text: `After Tom Reyes criticized the budget, [[Mara Quinn|speaker]] hit back, [[“We balanced it twice.”|statement]]`,
  },
  {
    name: 'a lowercase title between capitalised words stays in the subject',
    text: `[[Former Ohio governor Ann Dale|speaker]], an early backer, calls the bill [[“a priority”|partial]] for farmers.`,
    speakers: ['Ann Dale'],
  },
  {
    name: 'a state after the place in an opening phrase is not the subject',
    text: `
      Speaking at a diner in Keene, New Hampshire, [[Jo Roe|speaker]] turned on her rival, [[calling|cue]] him [[“a total fraud.”|partial]]
      Immediately after the storm, [[Ed Kim|speaker]] put out a statement: [[“We will rebuild.”|statement]]
    `,
  },
  {
    name: 'a title adjective with lower-case titles and a conjunction opens the subject of a participle cue',
    text: `[[Former treasurer and city councillor Nell Park|speaker]], who chairs the panel, faulted the audit on radio, [[calling|cue]] it [[“a shambles”|partial]] from the start.`,
    speakers: ['Nell Park'],
  },
  {
    name: 'an age before the name in the subject',
    text: `41-year-old [[Ivo Stern|speaker]], a farmer from the valley, backed the levy, [[saying|cue]] it [[“finally pays for the roads.”|partial]]`,
    speakers: ['Ivo Stern'],
  },
  {
    name: 'names before a colon joined by and, or with lower-case titles',
    text: `
      WHY TURNOUT FELL - [[Rosa Diaz and Tom Hale|speaker]]: [[“Rain kept the older voters at home.”|statement]]
      [[Former minister of state Alma Reyes|speaker]]: [[“We saw it coming.”|statement]]
    `,
  },
  {
    name: 'a dash line after a quotation names its speaker, with who or where they are',
    text: `
      [[“Nobody asked us about the dam.”|statement]]

      — [[Lena Ortiz|speaker]], a fisher from the lower valley.
    `,
    speakers: ['Lena Ortiz'],
  },
  {
    name: 'a sentence with neither subject nor cue goes on reporting the speaker of the sentence before',
    text: `
      Prices will keep rising through spring, [[Ada Moss|speaker]] said. As a result, there is no relief until [[“the harvest is in and the ports reopen.”|partial]]
    `,
    speakers: ['Ada Moss'],
  },
  {
    name: 'a noun-like cue form ends the clause after an open-ended quotation',
    text: `[[“Staff will get no paid leave,”|statement]] [[the handbook|speaker]] [[states|cue]].`,
  },
  {
    // A relative clause with no commas between the subject and its speech verb does not hide the subject.
    name: 'a who-clause between the speaker and the cue',
    text: `[[A hospital nurse|speaker]] who spoke on condition of anonymity to describe the ward [[said|cue]] on Monday, [[“We ran out of beds by noon.”|statement]]`,
    speakers: [undefined],
  },
  {
    // A participle after a "when" clause belongs to that clause: its subject chants, not the sentence's.
    name: 'a participle after a when-clause takes the clause subject',
    text: `The vote was delayed, when [[dozens of farmers|speaker]] filled the gallery, [[chanting|cue]] [[“Water for the valley!”|statement]]`,
    speakers: [undefined],
  },
  {
    name: 'an adjective in -ed between a determiner and the speaker noun',
    text: `The council met again. [[The retired teacher|speaker]] has given no reason for leaving, [[saying|cue]] only that she was [[“tired of the noise.”|partial]]`,
    speakers: [undefined],
  },
  {
    // Empty marks quote nothing: an empty field “”, a placeholder “ ”, an elision '…'.
    name: 'marks around no words are no quotation',
    text: `Leave the field “” empty, she wrote, and the placeholder “ ” or “…” stays. [[“Fine,”|statement]] [[he|speaker]] [[said|cue]].`,
    speakers: [undefined],
  },
  {
    name: 'her after an inverted cue is a possessive that opens the speaker',
    text: `
      [[“I have never missed a vote,”|statement]] [[added|cue]] [[her husband|speaker]], Luis. [[“Nor have I,”|statement]] [[said|cue]] [[her daughter|speaker]].
    `,
  },
  {
    // The subject of the sentence before, not the last name in it, is "he"; a name that modifies a role before
    // another name is not the subject, nor is a name after a verb.
    name: 'a pronoun speaker is the subject of the sentence before rather than the last person named in it',
    text: `
      Luis Ortega added that Ben Ward had played through a knee injury. [[“A warrior,”|statement]] [[he|speaker]] [[said|cue]].
      McConnell spokesman Don Stewart would not say when Chuck Grassley will hold the vote. [[“No news yet,”|statement]] [[he|speaker]] [[said|cue]].
      Police arrested Jim Roe after Tom Lee called them. [[“He ran,”|statement]] [[he|speaker]] [[said|cue]].
    `,
    people: { 'Luis Ortega': ['Luis Ortega'], 'Ben Ward': ['Ben Ward'], 'Mitch McConnell': ['McConnell'], 'Don Stewart': ['Don Stewart'], 'Chuck Grassley': ['Chuck Grassley'], 'Jim Roe': ['Jim Roe'], 'Tom Lee': ['Tom Lee'] },
    speakers: ['Luis Ortega', 'Don Stewart', 'Tom Lee'],
  },
  {
    name: 'a quotation after its cue takes the source of its own sentence, not of the next one',
    text: `
      [[Tom Baxter|speaker]] [[wrote|cue]] on [[X|source]] that the deal was [[“a surrender.”|partial]] [[He|speaker]] later [[told|cue]] [[Fox News|source]]: [[“I will vote no.”|statement]]
    `,
    people: { 'Tom Baxter': ['Tom Baxter'] },
    speakers: ['Tom Baxter', 'Tom Baxter'],
  },
  {
    name: 'a cue in its bare form after a singular phrase is a noun, not the verb of a speaker after the quotation',
    text: `
      [[The ministry|speaker]] [[dismissed|cue]] as [[“pure fiction”|partial]] a newspaper report that troops had moved.
    `,
    speakers: [undefined],
  },
  {
    // The outlet, not its host or show, is the medium: "CNN's Jake Tapper", "Fox News' Sean Hannity".
    name: 'an outlet that owns the person or show a speaker told is the source',
    text: `
      [[“We are winning,”|statement]] [[Smith|speaker]] [[told|cue]] [[CNN|source]]'s Jake Tapper.
      [[“No deal,”|statement]] [[Jones|speaker]] [[said|cue]] in an interview with [[Fox News|source]]’ Sean Hannity.
      [[“Not now,”|statement]] [[the senator|speaker]] [[told|cue]] [[the BBC|source]]’s Today programme.
    `,
  },
  {
    // The speaker of the sentence before, not the interviewer named after it, is "he"; in a speaker phrase, a name
    // before a role and another name modifies it.
    name: 'a pronoun speaker is the named speaker of the sentence before; a name before a role does not speak',
    text: `
      [[“No deal,”|statement]] [[Ben Jones|speaker]] [[said|cue]] in an interview with [[Fox News|source]]’ Sean Hannity. [[“Never,”|statement]] [[he|speaker]] [[added|cue]].
      [[“Dark days,”|statement]] [[former Bush speechwriter Noam Neusner|speaker]] [[wrote|cue]].
    `,
    people: { 'Ben Jones': ['Ben Jones'], 'Sean Hannity': ['Sean Hannity'], 'George W. Bush': ['Bush'], 'Noam Neusner': ['Noam Neusner'] },
    speakers: ['Ben Jones', 'Ben Jones', 'Noam Neusner'],
  },
  {
    name: 'a man’s given name is no “she”, a name given to both may be',
    text: `
      The award went to Mary Stone and then to Jake Tapper. [[“Thank you,”|statement]] [[she|speaker]] [[said|cue]].
      The award went to Jan Brewer. [[“Thanks,”|statement]] [[she|speaker]] [[said|cue]].
    `,
    people: { 'Mary Stone': ['Mary Stone'], 'Jake Tapper': ['Jake Tapper'], 'Jan Brewer': ['Jan Brewer'] },
    speakers: ['Mary Stone', 'Jan Brewer'],
  },
  {
    name: 'the subject of a raising verb speaks the words of the verb after it',
    text: `
      [[Mayor Ann Cole|speaker]] is reported to have [[called|cue]] the council [[“free riders”|partial]] on Monday.
      [[The senator|speaker]] was said to have [[described|cue]] the plan as [[“dead on arrival.”|partial]]
    `,
    speakers: ['Ann Cole', undefined],
  },
  {
    name: 'a noun-like cue form after a name set off by commas is the verb',
    text: `
      Her chief policy aide, [[Jake Sullivan|speaker]], [[calls|cue]] her record a [[“blueprint”|partial]] for jobs.
      In Paris, talks went on. The reports of the week, [[“grim”|scare]] as ever, came late.
    `,
    speakers: ['Jake Sullivan'],
  },
  {
    name: 'a name before an appositive that ends in a relative clause speaks',
    text: `
      [[State Sen. Paula Grant|speaker]], a Democrat who represents the district, [[urged|cue]] both sides to [[“get back to the table.”|partial]]
    `,
    people: { 'Paula Grant': ['Paula Grant'] },
    speakers: ['Paula Grant'],
  },
  {
    name: 'a sentence that opens with a preposition and a speech verb in -ing gives the words to the main subject',
    text: `
      After [[describing|cue]] the plan as [[“reckless,”|partial]] [[the governor|speaker]] left the stage.
      In [[declaring|cue]] the remarks [[“not Christian,”|partial]] [[the pope|speaker]] again made headlines.
      After the storm, [[“Relief”|scare]] was the word of the day.
    `,
    speakers: [undefined, undefined],
  },
  {
    name: 'newspapers named by their title words are sources',
    text: `
      [[A Downing Street source|speaker]] [[told|cue]] [[the Mail|source]]: [[“The PM has full confidence in her.”|statement]]
      [[His wife|speaker]] [[told|cue]] [[the Echo|source]]: [[“We had weddings here.”|statement]]
    `,
  },
  {
    name: 'a broadcaster or newspaper named in full is the source',
    text: `
      [[“We will win,”|statement]] [[Smith|speaker]] [[told|cue]] [[BBC Sport|source]].
      [[“It was close,”|statement]] [[the coach|speaker]] [[told|cue]] [[BBC Radio 5 Live|source]] on Monday.
      [[“No regrets,”|statement]] [[Jones|speaker]] [[told|cue]] [[the Arizona Republic|source]].
      [[“We are ready,”|statement]] [[Lee|speaker]] [[told|cue]] [[the Evening Standard|source]].
      [[“Fine,”|statement]] [[Roe|speaker]] [[told|cue]] the Czech Republic squad.
      In an interview with [[the BBC|source]]'s political editor, [[Roe|speaker]] [[said|cue]]: [[“We are close.”|statement]]
    `,
  },
  {
    name: 'telling an outlet, or an outlet with a number that owns a show, gives the source; a body told is none',
    text: `
      [[Roe|speaker]] denied it, [[telling|cue]] [[the BBC|source]] there was [["a recognition that something is wrong"|partial]].
      [["I think so,"|statement]] [[Lord Lee|speaker]] [[told|cue]] [[BBC1|source]]'s Breakfast With Frost.
      [["Wake up,"|statement]] [[Blair|speaker]] [[tells|cue]] EU leaders.
    `,
  },
  {
    name: 'a quotation that goes on with the cue of the one before has its source',
    text: `
      [[“We were unlucky,”|statement]] [[Smith|speaker]] [[told|cue]] [[BBC Sport|source]]. [[“We will come back.”|statement]]
      The club was sold. [[“It is over,”|statement]] [[Jones|speaker]] [[said|cue]]. [[“I am sad.”|statement]]
    `,
    messages: [
      'Smith: “We were unlucky,” — told BBC Sport',
      'Smith: “We will come back.” — told BBC Sport',
      'Jones: “It is over,” — said',
      'Jones: “I am sad.” — said',
    ],
  },
  {
    name: 'a platform or a written statement opening the sentence is the source',
    text: `
      On [[Facebook|source]], [[Smith|speaker]] [[wrote|cue]]: [[“We will win.”|statement]]
      In a [[statement|source]], [[the club|speaker]] [[said|cue]]: [[“We wish him well.”|statement]]
      [[“We regret the delay,”|statement]] [[the firm|speaker]] [[said|cue]] in a [[statement|source]].
      In an email to [[Reuters|source]], [[Roe|speaker]] [[said|cue]]: [[“I stand by it.”|statement]]
      [[“I am fit again,”|statement]] [[she|speaker]] [[wrote|cue]] on her [[website|source]].
    `,
  },
  {
    name: 'a name set off after the description that follows the cue is the speaker',
    text: `
      [[“We are delighted,”|statement]] [[said|cue]] the coach, [[Pep Guardiola|speaker]].
      [[“It was a fair result,”|statement]] [[said|cue]] the club's manager, [[Sir Tom Roe|speaker]], after the game.
      [[“We will appeal,”|statement]] [[said|cue]] [[his wife|speaker]], adding that the family was shocked.
    `,
    people: { 'Pep Guardiola': ['Pep Guardiola'] },
    speakers: ['Pep Guardiola', 'Tom Roe', undefined],
  },
  {
    name: 'shouts from a crowd or the benches are the words of that group',
    text: `
      [[“Out! Out!”|statement]] came [[shouts|cue]] from [[the crowd|speaker]].
      [[Shouts|cue]] of [[“Resign!”|statement]] rang out from [[the opposition benches|speaker]].
      [[“Shame!”|statement]] came the [[cry|cue]] from [[the public gallery|speaker]].
    `,
    codes: [],
  },
  {
    name: 'a question naming whose answer follows gives the speaker',
    text: `
      Jane Smith was asked about the deal. [[Her|speaker]] [[response|cue]]? [[“It is a disgrace.”|statement]]
      Ministers were asked about the cost. [[The Treasury|speaker]]'s [[answer|cue]]: [[“We will not pay.”|statement]]
      [[“It is late,”|statement]] [[he|speaker]] [[said|cue]]. The response? [[“We know.”|statement]]
    `,
    people: { 'Jane Smith': ['Jane Smith'] },
    speakers: ['Jane Smith', undefined, undefined],
    // Whose response is not said: not the speaker before.
    codes: ['quote.unattributed'],
  },
  {
    name: 'in an exchange, an answer goes to the one asked and a question back to the asker',
    text: `
      [[“Will you resign?”|statement]] [[Tom Roe|speaker]] [[asked|cue]] [[Ann Bell|speaker]]. [[“No, I will not.”|statement]]
      [[“Did you overrule him?”|statement]] [[asked|cue]] [[Jo Lane|speaker]]. [[“I did not,”|statement]] [[replied|cue]] [[Ben Hall|speaker]]. [[“Did you threaten to?”|statement]] [[“I was not entitled to.”|statement]]
      [[“Will I have the desire?”|statement]] [[Kate Moss|speaker]] [[asked|cue]]. [[“This is a big decision.”|statement]]
    `,
    speakers: ['Tom Roe', 'Ann Bell', 'Jo Lane', 'Ben Hall', 'Jo Lane', 'Ben Hall', 'Kate Moss', 'Kate Moss'],
  },
  {
    name: 'a headline quotes in single marks: with a speech verb and a bare noun after it, or as a claim',
    text: `
      [[‘Tax office could close’|statement]], [[says|cue]] [[minister|speaker]]

      [[“We are looking at it,”|statement]] [[the minister|speaker]] [[said|cue]].
    `,
  },
  {
    name: 'a single-quoted phrase in a headline without a speech verb is a claim, not unattributed words',
    text: `
      Rover deal [['may cost 2,000 jobs'|scare]]

      Union leaders fear the deal will cost jobs.
    `,
  },
  {
    name: 'a headline passive or noun before a quotation speaks no words',
    text: `
      Parties warned over [['grey vote'|scare]]

      [[Kennedy|speaker]] [[criticised|cue]] the [["unfair"|partial]] taxes.
    `,
  },
  {
    name: 'thanking somebody is a cue; a speech verb coordinated after it is the nearer one',
    text: `
      [[Ann Bell|speaker]] [[thanked|cue]] the fans: [[“You have been wonderful.”|statement]]
      [[He|speaker]] thanked the director and [[described|cue]] the film as [[“a labour of love”|partial]].
      Thanks to the rain, [[“the pitch was a bog,”|statement]] [[the coach|speaker]] [[said|cue]].
      Although Roe thanked the crowd, [[he|speaker]] sounded a rare note, [[saying|cue]], [[“I am not sure I deserve it.”|statement]]
    `,
  },
  {
    name: 'German and French marks with the comma outside, and German and French cues',
    text: `
      [[„Wir schaffen das“|statement]], [[sagte|cue]] [[die Kanzlerin|speaker]] am Montag.
      [[Anna Roth|speaker]] [[erklärte|cue]]: [[„Das ist gut.“|statement]]
      [[« Nous allons gagner »|statement]], a [[déclaré|cue]] [[le président|speaker]].
      [[Jean Roux|speaker]] a [[ajouté|cue]] : [[« Rien n'est fait. »|statement]]
      [[«We will win»|statement]], [[Jo Roe|speaker]] [[said|cue]].
    `,
  },
  {
    name: 'a pronoun with nobody before it looks ahead to a name later in its sentence',
    text: `
      Bob Brown lost in the first round.

      [[“I have never felt better,”|statement]] [[she|speaker]] [[said|cue]] after Kelly Holmes won her second gold.
    `,
    people: { 'Bob Brown': ['Bob Brown'], 'Kelly Holmes': ['Kelly Holmes'] },
    speakers: ['Kelly Holmes'],
  },
  {
    name: 'a pronoun does not look ahead past its sentence',
    text: `
      [[“It was hard,”|statement]] [[she|speaker]] [[said|cue]]. Ann Lee came second.
    `,
    people: { 'Ann Lee': ['Ann Lee'] },
    speakers: [undefined],
  },
  {
    name: 'single-quoted words in copy that quotes with double marks are terms',
    text: `
      [["We are ready,"|statement]] [[Ann Lee|speaker]] [[said|cue]]. [["It will work,"|statement]] [[she|speaker]] [[added|cue]].
      [["We know,"|statement]] [[Tom Hill|speaker]] [[said|cue]]. [["Fine,"|statement]] [[he|speaker]] [[added|cue]]. [["Go,"|statement]] [[he|speaker]] [[said|cue]].
      Ireland's economic [['miracle'|scare]] goes on, and the firm's [['put option'|scare]] is valid, Jo Roe's lawyers argue.
      Customers are calling [['on the move'|scare]] more often, [["the word 'quick' is nested,"|statement]] [[he|speaker]] [[said|cue]].
      [[Jo Roe|speaker]] [[says|cue]] that [['Veritas'|scare]] is a party against [["lies and spin"|partial]].
    `,
  },
  {
    name: 'a French or German pronoun after the cue speaks and stands for the person before',
    text: `
      Jean Roux arrived late. [[«Nous allons gagner»|statement]], [[dit|cue]]-[[il|speaker]].
      Anne Morel spoke next. [[«Non, jamais»|statement]], a-t-[[elle|speaker]] [[répondu|cue]].
      Anna Roth nodded. [[„Ja, gut“|statement]], [[sagte|cue]] [[sie|speaker]].
    `,
    people: { 'Jean Roux': ['Jean Roux'], 'Anne Morel': ['Anne Morel'], 'Anna Roth': ['Anna Roth'] },
    speakers: ['Jean Roux', 'Anne Morel', 'Anna Roth'],
  },
  {
    // Not the speaker of the paragraph before: the sentence names who answered.
    name: 'a quotation that is the answer or reply from somebody',
    text: `
      [[Ann Lee|speaker]] [[said|cue]] the state was [[“ready.”|partial]]
      [[“Absolutely not,”|statement]] was the [[answer|cue]] from [[the White House|speaker]].
      [[“No comment,”|statement]] came the [[reply|cue]] from [[his lawyer|speaker]].
    `,
    people: { 'Ann Lee': ['Ann Lee'] },
    speakers: ['Ann Lee', undefined, undefined],
  },
  {
    // The cue before a colon introduces the quotation after it; the closed one before goes on from the sentence before.
    name: 'a speaker and cue before a colon do not attribute the closed quotation before them',
    text: `
      [[“We lost,”|statement]] [[Sam Hill|speaker]] [[said|cue]]. [[“It was a bad night.”|statement]] [[Coach Ann Lee|speaker]] [[added|cue]]: [[“We go again.”|statement]]
    `,
    people: { 'Sam Hill': ['Sam Hill'], 'Ann Lee': ['Ann Lee'] },
    speakers: ['Sam Hill', 'Sam Hill', 'Ann Lee'],
  },
  {
    // After the auxiliary of the next sentence's subject, a verb that is no cue starts a clause of its own.
    name: 'the subject of a sentence after a closed quotation is no speaker when a verb other than the cue follows its auxiliary',
    text: `
      [[“We are nearly there,”|statement]] [[said|cue]] [[Dr Ann Roe|speaker]]. [[“It will be invisible.”|statement]] Deployment has started and the rules are settled, said Dr Roe.
    `,
    people: { 'Ann Roe': ['Ann Roe', 'Roe'] },
    speakers: ['Ann Roe', 'Ann Roe'],
  },
  {
    // “…” The league said the result …: a cue that goes on with a clause reports those words, not the quotation.
    name: 'a speech verb with a reported clause of its own after a closed quotation does not attribute it',
    text: `
      [[“We lost,”|statement]] [[Sam Hill|speaker]] [[said|cue]]. [[“It was a bad night.”|statement]] The league said the result would stand.
    `,
    people: { 'Sam Hill': ['Sam Hill'] },
    speakers: ['Sam Hill', 'Sam Hill'],
  },
  {
    // The sentence after a closed quotation reports somebody else's words: that person speaks the next quotation.
    name: 'a quotation after a sentence reporting somebody else goes on with that person, not the speaker before',
    text: `
      [[“We lost,”|statement]] [[Sam Hill|speaker]] [[said|cue]]. [[“It was a bad night.”|statement]] [[Coach Ann Lee|speaker]] says the club will appeal. [[“We have the evidence.”|statement]]
    `,
    people: { 'Sam Hill': ['Sam Hill'], 'Ann Lee': ['Ann Lee'] },
    speakers: ['Sam Hill', 'Sam Hill', 'Ann Lee'],
  },
  {
    // "continued to break" goes on doing something; "continued to warn" still speaks.
    name: 'continue to with a verb that is no speech verb is no cue',
    text: `
      [[The report|speaker]] [[said|cue]] it was [[“plain”|partial]] the firm continued to break the rules.
      [[“We chose the cheaper plane,”|statement]] [[said|cue]] [[a company spokesman|speaker]]. [[“It fits our routes.”|statement]] Boeing continues to enjoy a lead.
      [[Analysts|speaker]] [[continued|cue]] to warn that a [[“bubble”|partial]] was growing.
    `,
  },
  {
    // The sentence after a closed quotation: ", he said," sets off its speaker, not the subject before it.
    name: 'a pronoun and cue set off by commas after a subject are the attribution',
    text: `
      [[“Taxes went up.”|statement]] The Tories, [[he|speaker]] [[said|cue]], can cut crime. [[“We can do better.”|statement]]
    `,
  },
  {
    // The outlet that quotes somebody is no speaker, in the passive too, and before a reported clause.
    name: 'the one quoted by an outlet as saying speaks, not the outlet',
    text: `
      [[Chief executive Jo Roe|speaker]] was quoted by the Courier as [[saying|cue]] the firm could no longer stay [[“all-local”|partial]].
      [[The Courier|source]] quoted [[Sam Hill|speaker]] as [[saying|cue]] the plan was [[“dead”|partial]].
    `,
  },
  {
    // A role noun between capitalised words titles the name before the colon; after "the", it names a hearer.
    name: 'a name with a role noun before a colon speaks the quotation after it',
    text: `
      The show returns in May. [[RTV Two controller Ann Roe|speaker]]: [[“It is a new era.”|statement]]
      [[Jo Lee|speaker]] [[explained|cue]] it all to the local newspaper Daily Echo: [[“Nobody asked us.”|statement]]
    `,
  },
  {
    // The wording of a question is quoted text, nobody's words: no unattributed warning.
    name: 'the quoted wording of a question is a term',
    text: `
      The proposed question for the town vote is: [[“Should the bridge be rebuilt?”|scare]]
    `,
  },
  {
    // A name in -ing opening a sentence before a verb in the past is its subject, not an opening participle.
    name: 'a name that looks like a participle is the subject of a participle cue',
    text: `
      [[Fielding|speaker]] recently heaped praise on the band, [[saying|cue]]: [[“They are the best live act around.”|statement]]
    `,
  },
  {
    name: 'a bare name after the quotation may carry a long appositive before its cue',
    text: `
      Trump met the press. [[“Very good reporter,”|statement]] [[Trump|speaker]], the party's front-runner nationally and the current polling leader in the state by a very wide margin after winning the New Hampshire primary last week, [[said|cue]] on Monday.
    `,
  },
];

describe('quotes', () => {
  for (const c of cases) it(c.name, () => void check(c));

  it('converts every straight quote of the document when they sit among typographic ones', () => {
    const source = `[[“Ready,”|statement]] [[Doe|speaker]] [[said|cue]]. [["Go,"|statement]] [[Roe's aide|speaker]] [[said|cue]].`;
    const { text } = parseFixture(source);
    const { findings } = check({ name: 'straight among typographic', text: source, codes: ['quote.straight'] });
    const hint = findings.find((f) => f.code === 'quote.straight')!;
    assert.equal(hint.severity, 'hint');
    const [fix] = hint.fixes!;
    let fixed = text;
    for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
    assert.equal(fixed, '“Ready,” Doe said. “Go,” Roe’s aide said.');
  });

  it('converts straight single quotation marks to typographic single ones in copy that quotes with them', () => {
    const text = "‘Ready,’ Doe said. 'Go,' Roe's aide said.";
    const hint = findQuotes(parseArticle(text), context(text)).findings.find((f) => f.code === 'quote.straight')!;
    assert.match(hint.message, /Use ‘…’/);
    let fixed = text;
    for (const e of [...hint.fixes![0].edits].sort((a, b) => b.start - a.start)) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
    assert.equal(fixed, '‘Ready,’ Doe said. ‘Go,’ Roe’s aide said.');
  });

  it('records nested quotations', () => {
    const text = '“He told me, ‘go home,’ and I did,” Doe said.';
    const [quote] = findQuotes(parseArticle(text), context(text)).quotes;
    assert.deepEqual(quote.nested?.map((n) => n.text), ['‘go home,’']);
    const same = '“Fans wore “Vote for Doe” shirts,” Roe said.';
    assert.deepEqual(findQuotes(parseArticle(same), context(same)).quotes.map((q) => [q.text, q.nested?.map((n) => n.text)]), [
      ['“Fans wore “Vote for Doe” shirts,”', ['“Vote for Doe”']],
    ]);
    const mixed = '“We call it "the plan" here,” Roe said. "It is about “Equal Justice” now," Doe said.';
    assert.deepEqual(findQuotes(parseArticle(mixed), context(mixed)).quotes.map((q) => q.nested?.map((n) => n.text)), [['"the plan"'], ['“Equal Justice”']]);
  });

  it('terminates with well-formed spans on a megabyte of unbalanced quotation marks', () => {
    const chunks = ['“open ', 'close” ', '"straight ', '‘single ', 'it’s ', '« ', '„ ', 'said Doe, ', '\n'];
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += chunks[(i * 7) % chunks.length];
    // Speed is measured in benchmarks; here the scan must finish, not throw, and give well-formed spans.
    const result = findQuotes(parseArticle(text), context(''));
    assert.ok(result.findings.length > 1000);
    for (const q of result.quotes) {
      assert.ok(q.start >= 0 && q.start < q.end && q.end <= text.length);
      assert.equal(q.text, text.slice(q.start, q.end));
    }
    for (const f of result.findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length);
  });

  it('lists the first thousand unbalanced marks one by one and sums up the rest in one finding', () => {
    const text = '“'.repeat(2500);
    const unbalanced = findQuotes(parseArticle(text), context('')).findings.filter((f) => f.code === 'quote.unbalanced');
    assert.equal(unbalanced.length, 1001);
    assert.match(unbalanced[1000].message, /and \d+ more after it/);
    assert.equal(unbalanced[1000].start, unbalanced[999].end);
  });

  it('resolves a pronoun to the last person named outside quotations, however many quotations came before', () => {
    // The quotation trail and the mention index answer what a scan over every earlier quotation did.
    const lines: string[] = [];
    for (let i = 0; i < 200; i++) lines.push('Macron said “yes” on Monday.');
    lines.push('Scholz arrived and said: “Ask Macron.”', '“Later,” he said.');
    const text = lines.join('\n');
    const { quotes } = findQuotes(parseArticle(text), context(text, { 'macron:Emmanuel Macron': ['Macron'], 'scholz:Olaf Scholz': ['Scholz'] }));
    assert.equal(quotes.length, 202);
    assert.ok(quotes.slice(0, 200).every((q) => q.speaker?.leaderId === 'macron' && q.kind === 'partial'));
    assert.equal(quotes[200].speaker?.leaderId, 'scholz');
    // "Macron" inside the quotation before is not the referent of "he".
    assert.equal(quotes[201].speaker?.text, 'he');
    assert.equal(quotes[201].speaker?.leaderId, 'scholz');
  });

  it('does not resolve a pronoun to a person named inside the quotation it speaks', () => {
    const text = 'Ravi Cole restored the lost score. “Nobody can say what Handel meant here,” he said.';
    const { quotes } = findQuotes(parseArticle(text), context(text, { 'Ravi Cole': ['Ravi Cole'], 'George Handel': ['Handel'] }));
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['he', 'Ravi Cole']]);
  });

  it('links his or her before what speaks for somebody to the person the pronoun stands for', () => {
    const text = 'Ravi Cole wrote to the council. His message was: “Keep the library open.”';
    const { quotes } = findQuotes(parseArticle(text), context(text, { 'Ravi Cole': ['Ravi Cole'] }));
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['His message', 'Ravi Cole']]);
  });

  it('does not resolve a pronoun past an unnamed speaker to a person named before', () => {
    const text = 'Ravi Cole opened the depot. A company spokesman said the plans were final. He added: “Nothing will change.”\n'
      + 'A union spokesman criticised Ravi Cole’s plans. He said: “We will fight them.”\n'
      + 'Ravi Cole, a spokesman said, has told staff he will stay. “I will not budge,” he said.';
    const { quotes } = findQuotes(parseArticle(text), context(text, { 'Ravi Cole': ['Ravi Cole'] }));
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['He', undefined], ['He', undefined], ['he', 'Ravi Cole']]);
  });

  it('does not carry a pronoun past an unnamed speaker to the last named speaker', () => {
    const text = 'Greenpeace said the plan was “a disgrace”.\n'
      + 'A Department for Roads and Local Transport spokeswoman said the plan was sound. She added: “We stand by it.”\n'
      + 'A council spokesman told the paper the road would open. “It is on time,” he said.';
    const { quotes } = findQuotes(parseArticle(text), context(text));
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['Greenpeace', 'Greenpeace'], ['She', undefined], ['he', undefined]]);
  });

  it('links "who" to the phrase right before it, with or without a comma, not to who acted on it', () => {
    const text = 'The plan was backed by Culture Secretary Ann Bell who said: “It is overdue.”\n'
      + 'Jo Roe praised Sam Hill, who vowed to “fight on”.';
    const { quotes } = findQuotes(parseArticle(text), context(text, { 'Ann Bell': ['Ann Bell'], 'Jo Roe': ['Jo Roe'], 'Sam Hill': ['Sam Hill'] }));
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['who', 'Ann Bell'], ['who', 'Sam Hill']]);
  });

  it('does not link a speaker to a name that modifies its noun', () => {
    const text = '“We will win,” a senior Cole adviser said. “Not yet,” Cole supporters chanted. “Fine,” the Cole campaign said. “Good,” Cole afterwards said.';
    const { quotes } = findQuotes(parseArticle(text), context(text, { 'Ravi Cole': ['Cole'] }));
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['a senior Cole adviser', undefined], ['Cole supporters', undefined], ['the Cole campaign', 'Ravi Cole'], ['Cole afterwards', 'Ravi Cole']]);
  });

  it('resolves she or he to a relative named by a given name alone when the noun agrees', () => {
    const text = 'Ravi Cole won the race. His wife Mina, who trained him, was in tears. “I am so proud,” she said.\n'
      + 'Sam Hill spoke next. His sister Ann agreed. “He earned it,” she said. Ann Hill runs the club.\n'
      + 'Jo Lee thanked his wife Amy. “It was a long road,” he said.';
    const { quotes } = findQuotes(parseArticle(text), context(text, { 'Ravi Cole': ['Ravi Cole'], 'Sam Hill': ['Sam Hill'], 'Ann Hill': ['Ann Hill'], 'Jo Lee': ['Jo Lee'] }));
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['she', 'Mina'], ['she', 'Ann Hill'], ['he', 'Jo Lee']]);
  });

  it('resolves a pronoun to the subject of the sentence before after an opening phrase, not to its object', () => {
    const text = 'After the match, Ravi Cole accused Sam Hill of starting it. “He pushed me,” he said.\n'
      + 'But Ann Roe praised Jo Lee. “She was superb,” she said.\n'
      + 'Yet Sam Hill is a “fine player,” Ravi Cole said. “I like him,” he said.';
    const { quotes } = findQuotes(parseArticle(text), context(text, { 'Ravi Cole': ['Ravi Cole'], 'Sam Hill': ['Sam Hill'], 'Ann Roe': ['Ann Roe'], 'Jo Lee': ['Jo Lee'] }));
    assert.deepEqual(quotes.filter((q) => q.kind === 'statement').map((q) => [q.speaker?.text, q.speaker?.name]), [['he', 'Ravi Cole'], ['she', 'Ann Roe'], ['he', 'Ravi Cole']]);
  });

  it('links an age or a nationality for a speaker to the person named before who opens a sentence', () => {
    const text = 'Ravi Cole won again. “I felt strong,” said the 28-year-old.\n'
      + 'Sam Hill lost to Ann Roe. “She was better,” the Scot said.\n'
      + 'The club signed striker Jo Lee. “It is a dream,” the 21-year-old said.';
    const { quotes } = findQuotes(parseArticle(text), context(text, { 'Ravi Cole': ['Ravi Cole'], 'Sam Hill': ['Sam Hill'], 'Ann Roe': ['Ann Roe'], 'Jo Lee': ['Jo Lee'] }));
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['the 28-year-old', 'Ravi Cole'], ['the Scot', 'Sam Hill'], ['the 21-year-old', undefined]]);
  });

  it('resolves she and he to the people whose titles say Ms and Mr, whoever was named last', () => {
    const text = '---\ndate: 2025-07-03\n---\nThe minister, Ms Alex Morgan, met the mayor, Mr Sam Cole, on Monday.\n\n“We agreed on nothing,” she said.\n\n“Nothing at all,” he added.\n';
    const { quotes } = createLanguageService({ knowledge: bundledKnowledge() }).analyze(text);
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['she', 'Alex Morgan'], ['he', 'Sam Cole']]);
  });

  it("resolves he and she past people whose given names are mostly the other sex's, and not past names given to both", () => {
    const text = [
      '---\ndate: 2005-01-15\n---',
      'Norman Pike wrote the songs after his wife Zoe Hartley left.',
      '“They are jolly on purpose,” he explained.',
      'Gemma Rudd met Rory Vance on Monday.',
      '“It went well,” she said.',
      'Bishop Rowan Leigh spoke.',
      '“We pray,” he said.',
    ].join('\n\n') + '\n';
    const { quotes } = createLanguageService({ knowledge: bundledKnowledge() }).analyze(text);
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['he', 'Norman Pike'], ['she', 'Gemma Rudd'], ['he', 'Rowan Leigh']]);
    assert.match(quotes[0].explanation ?? '', /“he”, that is Norman Pike, the nearest person named before who can be “he”/);
  });

  it('opens a sentence at every quotation after a closed sentence, in one long paragraph', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Minister ${i} left. “We won,” Trump said.`).join(' ');
    const { quotes } = findQuotes(parseArticle(text), { leaders: [], people: [] });
    assert.equal(quotes.length, 50);
    assert.ok(quotes.every((q) => q.kind === 'statement' && q.speaker?.text === 'Trump' && q.cue?.text === 'said'));
  });

  it('shows the first words of a quotation, spaces collapsed, in its finding', () => {
    const text = 'Trump said: “We  will\tnot   back down, ever.”\nMacron said: “Fine.”';
    const { findings } = findQuotes(parseArticle(text), { leaders: [], people: [] });
    assert.deepEqual(findings.filter((f) => f.code === 'quote.statement').map((f) => f.message), [
      'Trump: “We will not back…” — said',
      'Macron: “Fine.” — said',
    ]);
  });

  it('warns when the same words of three or more are given to two speakers, whatever their punctuation and case', () => {
    const text = 'Trump said: “We will win.”\nMacron said: “we WILL, win!”\nScholz said: “We win.”\nMerz said: “We win.”';
    const { findings } = findQuotes(parseArticle(text), { leaders: [], people: [] });
    assert.deepEqual(findings.filter((f) => f.code === 'quote.conflicting-speakers').map((f) => text.slice(f.start, f.end)), ['“we WILL, win!”']);
  });

  it('does not warn when a short partial quotation echoes words given to someone else', () => {
    const text = 'Trump said: “We will make it great.”\nClinton said the goal was not to “make it great” but to “make it whole.”\nRoe said he was “not quite there yet.”\nDoe said she was “not quite there yet.”';
    const { findings } = findQuotes(parseArticle(text), { leaders: [], people: [] });
    assert.deepEqual(findings.filter((f) => f.code === 'quote.conflicting-speakers'), []);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '“', '”', '"', '“”', '""', "''", '«»', '„“', '“\n“\n“', 'said', ', said .']) {
      assert.doesNotThrow(() => findQuotes(parseArticle(text), { leaders: [], people: [] }));
    }
  });

  it('links speakers through the language service (leaders module)', () => {
    const service = createLanguageService({ knowledge: bundledKnowledge() });
    const text = [
      '---', 'date: 2025-07-03', '---',
      'Russian President Vladimir Putin said he would speak with US President Donald Trump on Thursday.',
      '“I will call the American president today,” the Russian leader told reporters in Moscow, AFP reported.',
      'Trump confirmed the call on Truth Social. “Talking to President Putin at 10:00 A.M.!” Trump announced.',
      'Putin said he had “great respect” for Trump. Trump said Putin’s words were “very nice”.',
    ].join('\n');
    const { quotes, findings } = service.analyze(text);
    assert.deepEqual(quotes.map((q) => [q.kind, q.speaker?.text, q.cue?.text, q.source?.text]), [
      ['statement', 'the Russian leader', 'told', 'AFP'],
      ['statement', 'Trump', 'announced', 'Truth Social'],
      ['partial', 'Putin', 'said', undefined],
      ['partial', 'Trump', 'said', undefined],
    ]);
    const ids = quotes.map((q) => q.speaker?.leaderId ?? q.speaker?.name ?? null);
    assert.equal(ids[1], ids[3], 'both Trump quotes link to the same speaker');
    assert.equal(ids[2], ids[0] ?? ids[2]);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('quote.') && f.severity !== 'information'), []);
  });
});
