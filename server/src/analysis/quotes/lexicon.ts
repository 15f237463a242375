// Words that attribution hangs on: speech verbs (cues), auxiliaries between a subject and its cue, and words that
// end a speaker's noun phrase.

const CUE_LEMMAS = [
  'say', 'tell', 'announce', 'add', 'write', 'state', 'declare', 'tweet', 'post', 'note', 'explain', 'argue', 'insist',
  'claim', 'ask', 'reply', 'respond', 'answer', 'continue', 'recall', 'warn', 'acknowledge', 'admit', 'assert',
  'contend', 'suggest', 'complain', 'exclaim', 'quip', 'joke', 'boast', 'conclude', 'promise', 'predict', 'recount',
  'remark', 'observe', 'testify', 'shout', 'yell', 'vow', 'pledge', 'concede', 'emphasize', 'emphasise', 'stress',
  'maintain', 'confirm', 'deny', 'describe', 'call', 'dub', 'label', 'brand', 'caution', 'counter', 'retort',
  'scoff', 'sigh', 'muse', 'opine', 'proclaim', 'report', 'reveal', 'reiterate', 'repeat', 'urge', 'demand',
  'believe', 'think', 'mention', 'point', 'chime', 'tout', 'praise', 'criticize', 'criticise', 'blast', 'slam', 'mock',
  'attack', 'accuse', 'charge', 'question', 'wonder', 'agree', 'disagree', 'predict', 'hint', 'signal', 'allege',
  'characterize', 'characterise', 'refer', 'read', 'whisper', 'murmur', 'cry', 'snap', 'laugh', 'reason', 'interject',
  'quote', 'cite', 'tell', 'inform', 'assure', 'advise', 'remind', 'concur', 'thunder', 'plead', 'beg', 'lament',
  'chant', 'scream', 'riff', 'bark', 'fume', 'retaliate', 'wonder', 'grumble', 'rage', 'gush', 'chuckle',
  'smile', 'grin', 'beam', 'enthuse', 'implore', 'thank', 'comment',
  // Characterisations: somebody's word for something ("portrayed them as “rapists”").
  'portray', 'deem', 'term', 'dismiss', 'denounce', 'decry',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  read: ['read', 'reads', 'reading'],
  cry: ['cry', 'cries', 'cried', 'crying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  // "a comment", "Howard's comments": the bare and -s forms are nouns far more often than verbs.
  comment: ['commented', 'commenting'],
};

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma];
  const forms = [lemma];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const double = /^(?:quip|admit|snap|dub|plead|refer)$/.test(lemma) ? lemma + lemma.at(-1) : stem;
  forms.push(/(?:s|sh|ch|x)$/.test(lemma) ? lemma + 'es' : lemma + 's');
  forms.push(lemma.endsWith('e') ? lemma + 'd' : double + 'ed');
  forms.push(double + 'ing');
  // British spelling doubles a final l after one vowel: "labelled", "signalling".
  if (/[^aeiou][aeiou]l$/.test(lemma)) forms.push(lemma + 'led', lemma + 'ling');
  return forms;
}

/** German and French speech verbs met around „…“ and «…» («…», a déclaré Macron; „…“, sagte Merkel), by lemma. */
const FOREIGN_CUES: Record<string, string[]> = {
  say: ['sagte', 'sagt', 'sagten', 'meinte', 'dit', 'déclaré', 'déclare', 'affirmé', 'affirme', 'estimé', 'estime', 'indiqué', 'indique'],
  add: ['ergänzte', 'ajouté', 'ajoute'],
  explain: ['erklärte', 'erklärt', 'expliqué', 'explique'],
  stress: ['betonte', 'betont', 'souligné', 'souligne'],
  write: ['schrieb', 'schreibt', 'écrit'],
  warn: ['warnte', 'warnt', 'averti', 'avertit'],
  ask: ['fragte', 'demandé', 'demande'],
  answer: ['antwortete', 'répondu', 'répond'],
  assure: ['assuré'],
  insist: ['insisté'],
};

/** French auxiliaries before a participle cue: «…», a déclaré Macron. */
export const FOREIGN_AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient']);
export const FOREIGN_CUE_FORMS = new Set(Object.values(FOREIGN_CUES).flat());
export const FOREIGN_PARTICIPLES = new Set(['dit', 'déclaré', 'affirmé', 'estimé', 'indiqué', 'ajouté', 'expliqué', 'souligné', 'écrit', 'averti', 'demandé', 'répondu', 'assuré', 'insisté']);

/** Every form of a speech verb, lower case, mapped to its lemma. */
export const CUE_FORMS: Map<string, string> = new Map([
  ...CUE_LEMMAS.flatMap((l) => inflect(l).map((f) => [f, l] as [string, string])),
  ...Object.entries(FOREIGN_CUES).flatMap(([l, forms]) => forms.map((f) => [f, l] as [string, string])),
]);

/** Cues that need a speaker right before or after and are common enough to trust in any shape. */
export const STRONG_CUES = new Set([
  'say', 'tell', 'announce', 'add', 'write', 'state', 'declare', 'tweet', 'note', 'explain', 'argue', 'insist', 'claim',
  'ask', 'reply', 'respond', 'answer', 'continue', 'recall', 'warn', 'acknowledge', 'admit', 'assert', 'contend',
  'complain', 'exclaim', 'quip', 'joke', 'boast', 'conclude', 'recount', 'remark', 'observe', 'testify', 'shout',
  'yell', 'concede', 'emphasize', 'emphasise', 'stress', 'maintain', 'caution', 'counter', 'retort', 'scoff', 'sigh',
  'muse', 'opine', 'proclaim', 'reiterate', 'chime', 'whisper', 'murmur', 'cry', 'snap', 'laugh', 'reason',
  'interject', 'lament', 'thunder', 'plead', 'post', 'write', 'promise', 'predict', 'suggest', 'vow', 'pledge',
  'confirm', 'deny', 'reveal', 'report', 'allege', 'repeat', 'urge', 'demand', 'mention', 'inform', 'assure', 'read',
  'chant', 'scream', 'riff', 'bark', 'fume', 'retaliate', 'snap', 'smile', 'grin', 'beam', 'enthuse', 'implore',
]);

/** Words between a subject and its cue ("Trump has also said", "Putin on Thursday told"). */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'would', 'will', 'could', 'should', 'may',
  'might', 'must', 'can', 'did', 'does', 'do', 'also', 'later', 'then', 'once', 'again', 'previously', 'recently',
  'reportedly', 'repeatedly', 'further', 'first', 'often', 'not', "n't", 'never', 'just', 'already', 'even', 'still',
  'earlier', 'today', 'yesterday', 'now', 'only', 'ever', 'always', 'last', 'week', 'month', 'year', 'night',
  'morning', 'evening', 'afternoon', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'quoted', 'as', 'himself', 'herself', 'themselves', 'itself', 'tonight', 'both', 'all', 'finally',
]);

/** Lower-case words that cannot be part of a speaker's noun phrase. */
export const NP_STOPS = new Set([
  'that', 'and', 'but', 'or', 'nor', 'which', 'who', 'whom', 'whose', 'when', 'while', 'whilst', 'as', 'because', 'if', 'after',
  'before', 'since', 'so', 'then', 'where', 'though', 'although', 'unless', 'until', 'whether', 'to', 'in', 'on',
  'at', 'with', 'by', 'from', 'than', 'into', 'onto', 'about', 'over', 'during', 'without', 'against', 'through',
  'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'would', 'will', 'could', 'should', 'may', 'might',
  'must', 'can', 'did', 'does', 'do', 'not', 'also', 'even', 'just', 'what', 'how', 'why', 'it', 'this', 'these',
  'those', 'there', 'here', 'yet', 'however', 'according', 'adding', 'saying', 'citing', 'via', 'like', 'unlike',
  'me', 'him', 'us', 'them', 'her', 'too', 'very', 'said', 'says', 'told', 'says', 'noted', 'added', 'up', 'out',
  'off', 'down', 'all', 'under', 'among', 'between', 'around', 'toward', 'towards', 'upon', 'within', 'despite',
  'including', 'instead', 'rather', 'per', 'amid', 'once', 'now', 'then', 'later', 'earlier', 'today', 'yesterday',
  'for', 'of',
  // German and French prepositions after a speaker: „…“, sagte die Kanzlerin am Montag.
  'am', 'au', 'aux', 'lors', 'devant',
]);

/** Words that may continue a noun phrase inside it ("a spokesman for the campaign", "Joel Pollak of Breitbart"). */
export const NP_LINKS = new Set(['of', 'for', 'at', 'de', 'van', 'von', 'al', 'bin', 'and']);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'another', 'two', 'three', 'several',
  'some', 'many', 'other', 'both', 'each', 'every', 'this', 'that', 'these', 'those', 'no', 'most', 'few', 'such',
]);

/** Plural nouns for people: "protesters", "supporters", "critics", "officials", "delegates". */
export const PEOPLE_NOUN = new RegExp(`^(?:${[
  'supporters', 'protesters', 'protestors', 'demonstrators', 'critics', 'officials', 'voters', 'members', 'leaders',
  'delegates', 'lawmakers', 'legislators', 'activists', 'observers', 'analysts', 'experts', 'economists', 'lawyers',
  'advisers', 'advisors', 'aides', 'allies', 'fans', 'staff', 'police', 'troops', 'workers', 'residents', 'students',
  'parents', 'owners', 'users', 'lovers', 'ministers', 'councillors', 'councilors', 'producers', 'executives',
  'investors', 'researchers', 'scientists', 'campaigners', 'organizers', 'organisers', 'backers', 'donors',
  'opponents', 'rivals', 'candidates', 'officers', 'agents', 'contestants', 'tourists', 'policymakers', 'elders',
  'journalists', 'reporters', 'commentators', 'pundits', 'strategists', 'insiders', 'conservatives', 'liberals',
  'progressives', 'veterans', 'citizens', 'immigrants', 'teachers', 'doctors', 'nurses', 'farmers', 'consumers',
  'shoppers', 'viewers', 'listeners', 'readers', 'locals', 'neighbours', 'neighbors', 'families', 'relatives',
  'friends', 'colleagues', 'employees', 'bosses', 'managers', 'players', 'coaches', 'diplomats', 'senators',
  'governors', 'mayors', 'prosecutors', 'judges', 'regulators', 'negotiators', 'spokespeople', 'people',
].join('|')})$`);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
export const PERSONAL_PRONOUNS = new Set(['he', 'she']);

/** German and French he and she («…», dit-il; „…“, sagte sie), read as the English ones. */
export const FOREIGN_PRONOUNS = new Map([['il', 'he'], ['er', 'he'], ['elle', 'she'], ['sie', 'she']]);

/**
 * Words before a quotation that make it a term rather than somebody's words. "the term", "dubbed", "titled" are left
 * out: somebody used the term or gave the name ("using the term “pivot”", "who he dubbed “the little senator”").
 */
export const SCARE_PRECEDERS = /(?:so-called|so called|known as|billed as|quote-unquote|nicknamed)\s*$/i;

/** Titles that precede a name; dropped when a speaker's name is taken from its text. */
export const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen.', 'sen', 'rep.', 'rep', 'representative',
  'gov.', 'gov', 'governor', 'mayor', 'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'gen.', 'general', 'judge',
  'justice', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'chairman', 'chairwoman', 'chair', 'speaker',
  'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'state', 'attorney', 'former', 'democratic',
  'republican', 'candidate', 'nominee', 'ambassador', 'adviser', 'advisor', 'director', 'ceo', 'executive', 'chief',
  'sheikh', 'lord', 'lady', 'sir', 'col.', 'lt.', 'capt.', 'sgt.', 'adm.', 'prof.', 'professor', 'rev.', 'reverend',
  'u.s.', 'us', 'foreign', 'defense', 'defence', 'house', 'white', 'campaign', 'manager', 'gop', 'then-candidate',
]);

/** Social networks and other media a statement is posted on. */
export const PLATFORMS = [
  'Truth Social', 'Twitter', 'X', 'Facebook', 'Instagram', 'Telegram', 'TikTok', 'YouTube', 'Weibo', 'Threads',
  'Bluesky', 'VKontakte', 'LinkedIn', 'Snapchat', 'Reddit', 'WhatsApp', 'Medium', 'Substack', 'Periscope',
];

/** Words that mark a capitalised phrase as a news outlet. */
export const OUTLET_WORDS = /\b(?:News|Times|Post|Journal|Press|Radio|TV|Television|Agency|Magazine|Network|Channel|Herald|Tribune|Gazette|Telegraph|Guardian|Echo|Mail|Mirror|Courier|Sentinel|Inquirer|Enquirer|Dispatch|Bulletin|Advertiser|Argus|Reuters|Bloomberg|Politico|Axios|Interfax|TASS|Xinhua|RIA|Novosti|Kommersant|Izvestia|Spiegel|Monde|Figaro|Economist|Atlantic|Hill|Breitbart|Examiner|Observer|Independent|Chronicle|Review|Wire|Daily|Weekly|Broadcasting|Corporation|Al Jazeera|Sky|Yonhap|Kyodo|Anadolu|Ukrinform|Interfax-Ukraine|Sputnik|RT|Presse|Zeitung|Allgemeine|Corriere|Repubblica|Stampa|País|Mundo|Pravda|Asahi|Shimbun|BBC|ITV|CNN|CNBC|MSNBC|ABC|CBS|NBC|NPR|PBS|ESPN|AFP|RTE|RAI|ZDF|ARD|NHK|CBC|SABC|RTL)\b/;
/**
 * Newspapers named by a word that names other things too ("the Arizona Republic", "the Baltimore Sun", "the Evening
 * Standard"): an outlet only as the last word after "the" or a place, and no country ("the Czech Republic").
 */
export const OUTLET_LAST_WORD = /^(?:(?:[Tt]he\s+)(?:[A-Z][a-z]+\s+){0,2}|(?:[A-Z][a-z]+\s+){1,2})(?:Republic|Sun|Star|Globe|Record|Register|Standard|Bee)$/;
export const COUNTRY_REPUBLIC = /\b(?:Czech|Dominican|Slovak|African|Democratic|Islamic|Arab|Federal|Kyrgyz|Irish|Korean|Chinese|Soviet|Weimar|Roman|French|Turkish|Socialist|Second|Third|Fourth|Fifth)\s+Republic$/;
export const OUTLET_ACRONYM = /^(?:the )?[A-Z]{2,6}\d?$/;
