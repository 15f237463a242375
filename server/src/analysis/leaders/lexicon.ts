// Word lists for recognising people: titles, honorifics, given names and words that end a name.
// All entries are folded (lower case, no diacritics); see fold() in text.ts.

/** A title that can precede a name. `kb` lists the knowledge-base `title`s it agrees with. */
export interface TitleWord {
  /** Leadership titles make an unknown titled person a leader; honorifics make a person. */
  leadership: boolean;
  /** Knowledge-base titles this title agrees with; empty: not checked against the knowledge base. */
  kb: string[];
  /** Display form for an office built from the text ("Prime Minister"). */
  display: string;
}

function titles(leadership: boolean, entries: [string, string, string[]][]): [string, TitleWord][] {
  return entries.map(([surface, display, kb]) => [surface, { leadership, kb, display }]);
}

const PRESIDENT = ['President'];
const PM = ['Prime Minister', 'Premier', 'Taoiseach'];

// Cabinet offices named by their department: "Home Secretary", "Treasury Secretary", "Health Minister".
const SECRETARIES = [
  'home', 'health', 'treasury', 'commerce', 'labor', 'education', 'energy', 'transport', 'transportation', 'interior',
  'agriculture', 'justice', 'culture', 'environment', 'business', 'trade', 'housing', 'science', 'northern ireland',
  'scottish', 'welsh', 'homeland security', 'veterans affairs',
];
const MINISTERS = [
  'health', 'trade', 'economy', 'justice', 'education', 'energy', 'agriculture', 'culture', 'environment', 'labour',
  'labor', 'transport', 'industry', 'immigration', 'europe', 'development', 'science', 'communications', 'home',
  'housing', 'sports', 'tourism', 'oil', 'economic', 'foreign affairs',
];
const capitalised = (words: string) => words.replace(/\b\w/g, (c) => c.toUpperCase());
const cabinetTitles = (words: string[], office: string): [string, string, string[]][] =>
  words.map((w) => [`${w} ${office.toLowerCase()}`, `${capitalised(w)} ${office}`, []]);

/** Multi-word keys are space-separated folded tokens. */
export const TITLE_WORDS = new Map<string, TitleWord>([
  ...titles(true, [
    ['president', 'President', PRESIDENT],
    ['pres.', 'President', PRESIDENT],
    ['vice president', 'Vice President', ['Vice President']],
    ['vice-president', 'Vice President', ['Vice President']],
    ['prime minister', 'Prime Minister', PM],
    ['premier', 'Premier', PM],
    ['chancellor', 'Chancellor', ['Chancellor']],
    ['federal chancellor', 'Chancellor', ['Chancellor']],
    ['king', 'King', ['King']],
    ['queen', 'Queen', ['Queen']],
    ['emperor', 'Emperor', ['Emperor']],
    ['emir', 'Emir', ['Emir']],
    ['sultan', 'Sultan', ['Sultan']],
    ['crown prince', 'Crown Prince', ['Crown Prince', 'Prime Minister']],
    ['pope', 'Pope', ['Pope']],
    ['supreme leader', 'Supreme Leader', ['Supreme Leader']],
    ['governor', 'Governor', []],
    ['gov.', 'Governor', []],
    ['governor-general', 'Governor-General', ['Governor-General', 'Governor General']],
    ['governor general', 'Governor-General', ['Governor-General', 'Governor General']],
    ['senator', 'Senator', []],
    ['sen.', 'Senator', []],
    ['rep.', 'Representative', []],
    ['representative', 'Representative', []],
    ['congressman', 'Representative', []],
    ['congresswoman', 'Representative', []],
    ['mayor', 'Mayor', []],
    ['speaker', 'Speaker', []],
    ['house speaker', 'Speaker', []],
    ['majority leader', 'Majority Leader', []],
    ['minority leader', 'Minority Leader', []],
    ['senate leader', 'Senate Leader', []],
    ['secretary-general', 'Secretary-General', ['Secretary-General']],
    ['secretary general', 'Secretary-General', ['Secretary-General']],
    ['director-general', 'Director-General', ['Director-General']],
    ['director general', 'Director-General', ['Director-General']],
    ['managing director', 'Managing Director', ['Managing Director']],
    ['secretary of state', 'Secretary of State', ['Secretary of State', 'Foreign Secretary']],
    ['foreign secretary', 'Foreign Secretary', ['Foreign Secretary', 'Secretary of State', 'Foreign Minister']],
    ['foreign minister', 'Foreign Minister', ['Foreign Minister', 'Foreign Secretary', 'Secretary of State']],
    ['defence minister', 'Defence Minister', ['Defence Minister', 'Defense Minister', 'Defence Secretary', 'Defense Secretary', 'Secretary of Defense', 'Minister of Defence']],
    ['defense minister', 'Defense Minister', ['Defence Minister', 'Defense Minister', 'Defence Secretary', 'Defense Secretary', 'Secretary of Defense', 'Minister of Defence']],
    ['defence secretary', 'Defence Secretary', ['Defence Minister', 'Defense Minister', 'Defence Secretary', 'Defense Secretary', 'Secretary of Defense']],
    ['defense secretary', 'Defense Secretary', ['Defence Minister', 'Defense Minister', 'Defence Secretary', 'Defense Secretary', 'Secretary of Defense', 'Secretary of War']],
    ['secretary of defense', 'Secretary of Defense', ['Defence Minister', 'Defense Minister', 'Defense Secretary', 'Secretary of Defense', 'Secretary of War']],
    ['war secretary', 'Secretary of War', ['Secretary of War', 'Secretary of Defense', 'Defense Secretary']],
    ['minister', 'Minister', []],
    ['finance minister', 'Finance Minister', []],
    ['interior minister', 'Interior Minister', []],
    ...cabinetTitles(SECRETARIES, 'Secretary'),
    ...cabinetTitles(MINISTERS, 'Minister'),
    ['chief minister', 'Chief Minister', []],
    ['first minister', 'First Minister', []],
    ['taoiseach', 'Taoiseach', PM],
    ['chancellor of the exchequer', 'Chancellor of the Exchequer', ['Chancellor of the Exchequer']],
    ['chairman', 'Chairman', []],
    ['chair', 'Chair', []],
    ['fed chair', 'Chair', ['Chair']],
    ['counterpart', 'counterpart', []],
  ]),
  ...titles(false, [
    ['mr.', 'Mr.', []], ['mr', 'Mr', []], ['mrs.', 'Mrs.', []], ['mrs', 'Mrs', []], ['ms.', 'Ms.', []], ['ms', 'Ms', []],
    ['miss', 'Miss', []], ['dr.', 'Dr.', []], ['dr', 'Dr', []], ['prof.', 'Prof.', []], ['prof', 'Prof', []], ['professor', 'Professor', []],
    ['sir', 'Sir', []], ['dame', 'Dame', []], ['lord', 'Lord', []], ['lady', 'Lady', []], ['rev.', 'Rev.', []],
    ['baroness', 'Baroness', []], ['viscount', 'Viscount', []], ['countess', 'Countess', []],
    ['reverend', 'Reverend', []], ['gen.', 'Gen.', []], ['general', 'General', []], ['col.', 'Col.', []],
    ['colonel', 'Colonel', []], ['lt.', 'Lt.', []], ['capt.', 'Capt.', []], ['captain', 'Captain', []],
    ['adm.', 'Adm.', []], ['admiral', 'Admiral', []], ['sgt.', 'Sgt.', []], ['sgt', 'Sgt', []],
    // British police ranks, abbreviated: "Det Supt Mark Green", "DCI Jane Roe".
    ['det', 'Det', []], ['det.', 'Det.', []], ['supt', 'Supt', []], ['supt.', 'Supt.', []], ['insp', 'Insp', []],
    ['insp.', 'Insp.', []], ['dci', 'DCI', []], ['dcs', 'DCS', []], ['judge', 'Judge', []],
    ['justice', 'Justice', []], ['chief justice', 'Chief Justice', []], ['ambassador', 'Ambassador', []],
    ['bishop', 'Bishop', []], ['archbishop', 'Archbishop', []], ['cardinal', 'Cardinal', []], ['rabbi', 'Rabbi', []],
    ['imam', 'Imam', []], ['sheikh', 'Sheikh', []], ['prince', 'Prince', []], ['princess', 'Princess', []],
    ['coach', 'Coach', []], ['superintendent', 'Superintendent', []], ['inspector', 'Inspector', []],
    ['constable', 'Constable', []], ['sergeant', 'Sergeant', []], ['lieutenant', 'Lieutenant', []], ['corporal', 'Corporal', []], ['officer', 'Officer', []], ['detective', 'Detective', []], ['sheriff', 'Sheriff', []],
    ['attorney general', 'Attorney General', []], ['chief of staff', 'Chief of Staff', []], ['whip', 'Whip', []],
    // "Solicitor General Harriet Harman", "FBI General Counsel James Baker": "General" here is no rank.
    ['solicitor general', 'Solicitor General', []], ['inspector general', 'Inspector General', []], ['surgeon general', 'Surgeon General', []],
    ['general counsel', 'general counsel', []],
    ['majority whip', 'Majority Whip', []], ['minority whip', 'Minority Whip', []], ['chief whip', 'Chief Whip', []], ['spokesman', 'spokesman', []], ['spokeswoman', 'spokeswoman', []],
    ['spokesperson', 'spokesperson', []], ['aide', 'aide', []], ['adviser', 'adviser', []], ['advisor', 'advisor', []],
    ['lawyer', 'lawyer', []], ['attorney', 'attorney', []], ['analyst', 'analyst', []], ['economist', 'economist', []],
    ['candidate', 'candidate', []], ['nominee', 'nominee', []], ['rival', 'rival', []], ['challenger', 'challenger', []],
    ['envoy', 'envoy', []], ['negotiator', 'negotiator', []], ['ceo', 'CEO', []], ['founder', 'founder', []],
    ['director', 'director', []], ['chief', 'chief', []], ['commander', 'Commander', []], ['strategist', 'strategist', []],
    ['pollster', 'pollster', []], ['correspondent', 'correspondent', []], ['reporter', 'reporter', []],
    ['businessman', 'businessman', []], ['businesswoman', 'businesswoman', []], ['billionaire', 'billionaire', []],
    ['activist', 'activist', []], ['leader', 'leader', []], ['secretary', 'Secretary', []], ['deputy', 'deputy', []],
    ['host', 'host', []], ['author', 'author', []], ['professor emeritus', 'Professor', []], ['pastor', 'Pastor', []],
    ['father', 'Father', []], ['sister', 'Sister', []], ['brother', 'Brother', []], ['agent', 'Agent', []],
    ['executive', 'executive', []], ['president-elect', 'President-elect', []], ['vice president-elect', 'Vice President-elect', []],
    // Positions and disciplines of sport ("striker Jari Litmanen", "batsman Sachin Tendulkar").
    ['striker', 'striker', []], ['midfielder', 'midfielder', []], ['defender', 'defender', []], ['goalkeeper', 'goalkeeper', []],
    ['keeper', 'keeper', []], ['winger', 'winger', []], ['forward', 'forward', []], ['playmaker', 'playmaker', []],
    ['fly-half', 'fly-half', []], ['scrum-half', 'scrum-half', []], ['full-back', 'full-back', []], ['centre-back', 'centre-back', []],
    ['batsman', 'batsman', []], ['bowler', 'bowler', []], ['all-rounder', 'all-rounder', []], ['spinner', 'spinner', []],
    ['paceman', 'paceman', []], ['sprinter', 'sprinter', []], ['hurdler', 'hurdler', []], ['swimmer', 'swimmer', []],
    ['cyclist', 'cyclist', []], ['boxer', 'boxer', []], ['jockey', 'jockey', []], ['golfer', 'golfer', []], ['skier', 'skier', []],
    // Role nouns that introduce a person ("Principal Dawn Hochsprung", "columnist Jane Roe"); none is a common surname.
    ['principal', 'Principal', []], ['teacher', 'teacher', []], ['chairwoman', 'Chairwoman', []], ['chairperson', 'Chairperson', []],
    ['commissioner', 'Commissioner', []], ['columnist', 'columnist', []], ['editor', 'editor', []], ['treasurer', 'Treasurer', []],
    ['comptroller', 'Comptroller', []], ['provost', 'Provost', []], ['journalist', 'journalist', []], ['pundit', 'pundit', []],
    ['novelist', 'novelist', []], ['historian', 'historian', []], ['scientist', 'scientist', []], ['researcher', 'researcher', []],
    ['actress', 'actress', []], ['actor', 'actor', []], ['comedian', 'comedian', []], ['rapper', 'rapper', []],
    ['producer', 'producer', []], ['surgeon', 'surgeon', []], ['physician', 'physician', []], ['cfo', 'CFO', []],
    ['coo', 'COO', []], ['cto', 'CTO', []], ['lawmaker', 'lawmaker', []], ['legislator', 'legislator', []],
    ['assemblyman', 'Assemblyman', []], ['assemblywoman', 'Assemblywoman', []], ['councilman', 'Councilman', []],
    ['councilwoman', 'Councilwoman', []], ['alderman', 'Alderman', []], ['delegate', 'Delegate', []], ['gen', 'Gen.', []],
    ['councilor', 'Councilor', []], ['councillor', 'Councillor', []], ['cllr', 'Cllr', []], ['cllr.', 'Cllr.', []], ['trooper', 'Trooper', []],
    ['district attorney', 'District Attorney', []], ['assistant district attorney', 'Assistant District Attorney', []],
  ]),
]);
/** Longest title key, in tokens. */
export const TITLE_MAX_TOKENS = 4;

/** Words before a title that keep it a title: "former President Obama", "Deputy Prime Minister X". */
export const TITLE_MODIFIERS = new Set(['former', 'ex', 'ex-', 'then', 'then-', 'acting', 'interim', 'outgoing', 'incoming', 'deputy', 'shadow', 'late', 'current', 'sitting', 'new', 'newly', 'elected', 'caretaker', 'senior', 'top', 'his', 'her', 'their', 'its', 'democratic', 'republican', 'opposition', 'state', 'house', 'senate', 'white', 'white house', 'kremlin', 'campaign', 'party', 'u.n.', 'un', 'nato', 'eu', 'imf', 'who', 'wto', 'au', 'world', 'bank', 'ecb', 'fed', 'federal', 'reserve', 'commission', 'council', 'european', 'national', 'security', 'chief', 'press', 'foreign', 'defence', 'defense', 'affairs', 'vatican', 'catholic', 'saudi', 'crown']);
export const FORMER = new Set(['former', 'ex', 'ex-', 'then', 'then-', 'late']);

/** Description heads ("the Russian leader") and which knowledge-base terms they fit. */
export interface DescriptionHead {
  /** Knowledge-base titles that fit; empty: any. */
  titles: string[];
  /** Knowledge-base roles that fit; empty: any. */
  roles: string[];
  /** Country implied by the head itself ("Kremlin chief"). */
  country?: string;
  /** Only with a country: "the Kremlin chief", not "the chief". */
  needsCountry?: boolean;
  /** A run for office ("the candidate", "the Republican nominee"): the person the article gave that title. */
  campaign?: boolean;
}
const LEADER_ROLES = ['head_of_state', 'head_of_government', 'monarch', 'pope', 'org_leader', 'collective_head_of_state'];
export const DESCRIPTION_HEADS = new Map<string, DescriptionHead>([
  ['leader', { titles: [], roles: LEADER_ROLES }],
  ['president', { titles: PRESIDENT, roles: [] }],
  ['prime minister', { titles: PM, roles: [] }],
  ['premier', { titles: PM, roles: [] }],
  ['chancellor', { titles: ['Chancellor'], roles: [] }],
  ['pontiff', { titles: [], roles: ['pope'] }],
  ['pope', { titles: [], roles: ['pope'] }],
  ['king', { titles: ['King'], roles: [] }],
  ['queen', { titles: ['Queen'], roles: [] }],
  ['monarch', { titles: [], roles: ['monarch'] }],
  ['head of state', { titles: [], roles: ['head_of_state', 'monarch', 'collective_head_of_state'] }],
  ['head of government', { titles: [], roles: ['head_of_government'] }],
  ['foreign minister', { titles: [], roles: ['foreign_minister'] }],
  ['foreign secretary', { titles: [], roles: ['foreign_minister'] }],
  ['secretary of state', { titles: [], roles: ['foreign_minister'] }],
  ['defence minister', { titles: [], roles: ['defence_minister'] }],
  ['defense minister', { titles: [], roles: ['defence_minister'] }],
  ['defense secretary', { titles: [], roles: ['defence_minister'] }],
  ['defence secretary', { titles: [], roles: ['defence_minister'] }],
  ['secretary-general', { titles: ['Secretary-General'], roles: [] }],
  // Offices the article itself gives ("Senator Jane Roe … the senator"); the knowledge base holds none of them.
  ['senator', { titles: ['Senator'], roles: [] }],
  ['governor', { titles: ['Governor'], roles: [] }],
  ['mayor', { titles: ['Mayor'], roles: [] }],
  ['chief', { titles: [], roles: ['head_of_state', 'head_of_government'], needsCountry: true }],
  ['boss', { titles: [], roles: ['head_of_state', 'head_of_government'], needsCountry: true }],
  ['candidate', { titles: [], roles: [], campaign: true }],
  ['nominee', { titles: [], roles: [], campaign: true }],
  ['presidential candidate', { titles: [], roles: [], campaign: true }],
  ['presidential nominee', { titles: [], roles: [], campaign: true }],
  ['kremlin chief', { titles: [], roles: ['head_of_state'], country: 'RU' }],
  ['kremlin leader', { titles: [], roles: ['head_of_state'], country: 'RU' }],
  ['kremlin boss', { titles: [], roles: ['head_of_state'], country: 'RU' }],
]);
export const DESCRIPTION_MAX_TOKENS = 3;

/** Heads that a US state may qualify: "the Vermont senator", "the governor from Ohio". */
export const STATE_HEADS = new Set(['senator', 'governor']);

/** US states by their folded name, with the abbreviations newsrooms write after a name ("(D-Vt.)", "R-Texas"). */
export const US_STATES = new Map<string, string[]>(
  (
    'alabama:Ala.,AL|alaska:AK|arizona:Ariz.,AZ|arkansas:Ark.,AR|california:Calif.,CA|colorado:Colo.,CO|connecticut:Conn.,CT|' +
    'delaware:Del.,DE|florida:Fla.,FL|georgia:Ga.,GA|hawaii:HI|idaho:ID|illinois:Ill.,IL|indiana:Ind.,IN|iowa:IA|kansas:Kan.,Kans.,KS|' +
    'kentucky:Ky.,KY|louisiana:La.,LA|maine:ME|maryland:Md.,MD|massachusetts:Mass.,MA|michigan:Mich.,MI|minnesota:Minn.,MN|' +
    'mississippi:Miss.,MS|missouri:Mo.,MO|montana:Mont.,MT|nebraska:Neb.,Nebr.,NE|nevada:Nev.,NV|new hampshire:N.H.,NH|' +
    'new jersey:N.J.,NJ|new mexico:N.M.,NM|new york:N.Y.,NY|north carolina:N.C.,NC|north dakota:N.D.,ND|ohio:OH|oklahoma:Okla.,OK|' +
    'oregon:Ore.,Oreg.,OR|pennsylvania:Pa.,Penn.,PA|rhode island:R.I.,RI|south carolina:S.C.,SC|south dakota:S.D.,SD|' +
    'tennessee:Tenn.,TN|texas:Tex.,TX|utah:UT|vermont:Vt.,VT|virginia:Va.,VA|washington:Wash.,WA|west virginia:W.Va.,W.V.,WV|' +
    'wisconsin:Wis.,Wisc.,WI|wyoming:Wyo.,WY'
  )
    .split('|')
    .map((entry) => {
      const [name, abbreviations] = entry.split(':');
      return [name, abbreviations.split(',')];
    }),
);

/** Words for a role that a capital puts before a name ("Manager Mark Hughes", "Conductor Marcello Viotti"): no name starts there. */
export const ROLE_WORDS = new Set(
  (
    'manager drummer guitarist bassist vocalist frontman songwriter conductor composer pianist violinist actor actress ' +
    'film-maker filmmaker producer novelist playwright rapper comedian presenter striker midfielder defender goalkeeper ' +
    'winger skipper spokesman spokeswoman economist analyst fellow born veteran superstar bookmaker bookmakers ' +
    // Nationality nouns and teammates before a name ("Dutchman Richard Krajicek", "compatriot Carlos Moya").
    'dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman welshman welshwoman ' +
    'scotsman scotswoman swede spaniard briton compatriot countryman countrywoman teammate team-mate ' +
    'cleric militant tycoon writer poet artist designer chef referee umpire trainer athlete soldier pilot student ' +
    'prosecutor survivor victim suspect witness gunman hostage blogger photographer commentator astronaut ' +
    'entrepreneur lobbyist campaigner incumbent newcomer rookie debutant substitute flanker fullback quarterback ' +
    'linebacker stalwart sculptor painter screenwriter dancer ballerina choreographer magician seed seeds dictator warlord strongman'
  ).split(' '),
);

/** Capitalised words that never start or continue a person's name. */
export const NOT_NAME = new Set(
  (
    'the a an and but or nor so yet for of in on at to by from with as if when while after before since until because ' +
    'this that these those there here it its he she they we i you his her their our my your who whom whose what which ' +
    'where why how all some many most more much few several both each every any no not none other another such only ' +
    'also just even still then now today tonight yesterday tomorrow last next first second third new old late early ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september ' +
    'october november december feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr said says told asked added according however meanwhile instead although though despite during ' +
    'among between against about above below under over into onto upon without within through across around near ' +
    'god lord internet web online government state states city county province region republic kingdom union ' +
    'north south east west northern southern eastern western central democrat democrats republican republicans ' +
    'democratic liberal conservative labour labor tory tories party congress senate house parliament court ' +
    'ministry department office agency council committee commission assembly cabinet administration army navy ' +
    'police military forces force guard embassy bank fund university college school institute foundation center ' +
    'centre tower memorial museum library hospital airport station street avenue road boulevard square park bridge ' +
    'hotel hall stadium arena church cathedral mosque temple palace castle building plaza island islands river lake ' +
    'sea ocean gulf bay mountain mountains valley coast beach desert group inc corp co ltd llc plc company companies ' +
    'association organization organisation society club league cup championship games olympics festival award ' +
    'awards prize day week month year christmas easter election elections film films ' +
    'news times post journal herald tribune daily press radio television tv media ' +
    'network channel magazine review service services system systems authority board bureau trust exchange market ' +
    'markets street index capital partners holdings technologies airlines airways motors energy oil gas industries ' +
    'international global national federal united american european african asian arab islamic catholic ' +
    'muslim jewish ukrainian russian chinese doctrine act law treaty accord agreement plan program programme ' +
    'project operation mission war summit conference forum truth social twitter facebook instagram youtube google ' +
    'apple microsoft amazon reuters afp bloomberg ap cnn bbc nbc cbs abc fox msnbc npr pbs tass ria xinhua ' +
    'later earlier separately asked speaking instead perhaps maybe indeed finally eventually previously recently ' +
    'currently again initially overall elsewhere nevertheless moreover furthermore besides likewise similarly ' +
    'unlike like including outside inside beyond behind toward towards per via amid unless whether whatever ' +
    'everyone nobody someone anyone everybody somebody people officials critics supporters voters analysts ' +
    'super pac books san los las new fort port mount saint le la el ' +
    'research policy studies affairs relations rights freedom liberty justice development progress action ' +
    'veterans victory labs media holdings strategies solutions consulting capital ventures records books pictures ' +
    'securities laboratories electronics insights marketers brewing insurance investments associates aircraft ' +
    'theatre theater ballet orchestra studios marathon music digital live wars aid division final finals worker ' +
    'workers consort universe retirement update concern nations businesses events property portable ' +
    'computer computers communications financial savings pharmaceuticals chemicals chemical steel foods ' +
    'patriot covid coronavirus brexit yes okay ok please thank thanks oh well dear hey hello one two three four five ' +
    'deutsche societe banco banca banque real dems workers electric motor order orders i\'m i\'ll i\'ve i\'d'
  ).split(' '),
);

/** Capitalised heads that make a preceding name part of a place or organisation ("Trump Tower", "Kennedy Center"). */
export const NAME_BLOCKING_HEADS = new Set(
  (
    'tower towers center centre memorial museum library hospital airport station street avenue road boulevard square ' +
    'park bridge hotel hall stadium arena church cathedral mosque temple palace building plaza island islands river ' +
    'lake university college school institute foundation organization organisation group inc corp co ltd llc plc ' +
    'company administration doctrine act prize award awards day cup trophy fund trust county city international ' +
    'films pictures studios records ' +
    'tower foundation estate estates house heights highway expressway way drive lane place circle tunnel dam ' +
    'medal scholarship fellowship lecture era years presidency campaign show real'
  ).split(' '),
);

/** Name particles that may appear inside a name in lower case ("Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'du', 'bin', 'bint', 'ibn', 'al', 'el', 'abu', 'st.', 'y', 'e']);

/** Name suffixes that belong to the name ("Martin Luther King Jr."). */
export const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv', 'v', 'vi', 'xiv', 'xvi']);

/** Speech and reporting verbs: a name next to one is a person. */
export const SPEECH_VERBS = new Set(
  (
    'said says say told tells asked asks added adds wrote writes noted notes stated states explained explains ' +
    'argued argues insisted insists warned warns claimed claims declared declares announced announces replied ' +
    'replies responded responds tweeted tweets posted posts recalled recalls acknowledged acknowledges admitted ' +
    'admits suggested suggests urged urges called calls praised praises criticized criticised criticizes criticises ' +
    'accused accuses met meets spoke speaks thinks thought believes believed wants wanted signed signs ' +
    'confirmed confirms denied denies vowed vows pledged pledges has had is was will would did does can could ' +
    'should may might must who whose'
  ).split(' '),
);

/** Words before a name that make it a person's: "according to X", "by X". */
/** Role words that only a person holds: before a full name they make it one ("striker Joe Ambrose"). */
export const PERSON_ROLES = new Set([...ROLE_WORDS].filter((w) => !['manager', 'producer', 'analyst', 'fellow', 'born', 'bookmaker', 'bookmakers'].includes(w)));

export const PERSON_CUES_BEFORE = new Set(['according', 'said', 'says', 'told', 'asked', 'wrote', 'added', 'by', 'with', 'against', 'and']);

/** Months and other words that are also surnames; alone they need a person cue. */
export const AMBIGUOUS_SURNAMES = new Set(
  ('may march april june august rice major long king young little law ford price rich chance love hope grant ward wood hill ' +
    'english french german dutch irish scottish welsh swiss polish white black brown green gray grey rose page case bond ' +
    'power hunt cash gold silver stone lane cross fox wolf lamb bell mark price sharp strong wise good best moon sun')
    .split(' '),
);

// Given names, written compactly; the knowledge base adds the given names of its people.
export const GIVEN_NAMES = new Set(
  (
    'aaron abby abdul abdullah abe abigail abraham adam adrian ahmad ahmed aidan aisha alan albert alberto alec ' +
    'alejandro alex alexander alexandra alexandria alexei alexis alfred alfredo ali alice alicia alison allen allison ' +
    'amanda amber amir amit amy ana andre andrea andreas andres andrew andy angela angelina angus anita ann anna anne ' +
    'annie anthony antonio arthur ashley audrey austin barack barbara barry ben benjamin bernard bernie beth betsy ' +
    'betty beverly bill billy bob bobby bonnie boris brad bradley brandon brenda brett brian bridget brittany bruce ' +
    'bryan caitlin cameron carl carla carlos carmen carol caroline carolyn carrie catherine cathy charles charlie ' +
    'charlotte chelsea cheryl chris christian christina christine christopher chuck cindy claire clara claude clint ' +
    'cody colin connie conrad corey cory craig cristina crystal curtis cynthia dale dan dana daniel danielle danny ' +
    'darren dave david dawn dean debbie deborah debra denis dennis derek diana diane dick dmitry dmitri dominic don ' +
    'donald donna doris dorothy doug douglas duncan dylan earl ed eddie edgar edith edward elaine eleanor elena eli ' +
    'elijah elizabeth ellen elliot emily emma emmanuel eric erica erik erin ernest ethan eugene eva evan evelyn ' +
    'fatima felix fernando fiona francis francisco frank franklin fred frederick gabriel gail gary gavin gene george ' +
    'gerald gina gloria gordon grace graham greg gregory hannah harold harris harry hassan heather heidi helen henry ' +
    'herbert hillary holly howard hugh hugo hussein ian igor ilya irene isaac isabel isabella ivan jack jackie jacob ' +
    'jacqueline jake james jamie jan jane janet janice jared jason javier jay jean jeb jeff jeffrey jennifer jenny ' +
    'jeremy jerome jerry jesse jessica jesus jill jim jimmy jo joan joanna joe joel johann john johnny jon jonathan ' +
    'jordan jorge jose joseph josh joshua joy joyce juan judith judy julia julian julie justin kamala karen karl kate ' +
    'katherine kathleen kathryn kathy katie kay keith kelly ken kenneth kerry kevin kim kimberly kirk kristen kurt ' +
    'kyle larry laura lauren lawrence leah lee leo leon leonard leslie lily linda lindsey lisa liz lois lorenzo lori ' +
    'louis louise lucas lucy luis luke lynn madeleine maggie malcolm marc marco marcus margaret maria marie marilyn ' +
    'mario marion mark marsha martha martin mary mason matt matthew maureen max megan melania melissa michael ' +
    'michel michele michelle miguel mike mikhail miles mitch mitt mohamed mohammad mohammed monica muhammad nancy ' +
    'naomi natalie nathan neil nicholas nick nicole nigel nikki nina noah norman oliver olivia omar oscar owen ' +
    'pablo pam pamela patricia patrick paul paula pedro peggy penny pete peter phil philip phillip rachel rafael ' +
    'ralph ramon randy raymond rebecca reza richard rick rob robert roberto robin rod roger roland ron ronald rosa ' +
    'rose ross roy ruby rudy russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean sebastian ' +
    'sergei sergey seth shannon sharon shawn sheila sherrod shirley sophia sophie stacey stanley stephanie stephen ' +
    'steve steven stuart sue susan suzanne sylvia tamara tammy tanya ted teresa terry theodore theresa thomas tiffany ' +
    'tim timothy tina todd tom tommy tony tracy travis trey troy tyler valerie vanessa victor victoria vincent ' +
    'virginia vivian vladimir walter wayne wendy wesley will william willie wolfgang xavier yolanda yuri yusuf ' +
    'zach zachary abdel ahmet akira alessandro alain andrzej angela anibal antonio arvind ashraf bashar benoit ' +
    'carlo catarina chen chiara christoph chuck dietrich dilma dong eduardo emre enrique ernesto fabio farid ' +
    'francois francesco friedrich giorgia giuseppe gustavo hans heinrich hiroshi horst hu ibrahim jacques jaime ' +
    'jens jiang joachim joao jurgen kenji khalid klaus kofi lars li liu luca luigi luiz mahmoud manuel marine ' +
    'markus matteo mehmet narendra nicolas nikolai olaf olga pierre rahul rajesh ramzan recep rishi sanjay sergio ' +
    'shinzo silvio stefan sven takeshi thierry ursula viktor vitali vitaly volodymyr wang wei xi yasser yoshihide ' +
    'yulia yves zhang jeanne kemi keir liz rachel yvette wes kristi tulsi marco rand lindsey chuck mitch kevin hakeem ' +
    'bernie beto amy kirsten elizabeth cory kamala pete jay tim gretchen gavin ron greg andrew jb josh glenn ' +
    'saddam fidel yasser hosni muammar moammar boutros nelson benazir nawaz pervez atal jiang zhu kim boris ' +
    'slobodan radovan ratko franjo alija helmut gerhard jacques lionel romano silvio tony gordon jose ' +
    'kathy kristi tate hunter beau ivanka jared eric tiffany barron melania hillary chelsea huma reince sean kellyanne'
  ).split(' '),
);

// Given names that are mostly women's, so that "Mrs. Clinton" goes to Hillary rather than Bill Clinton.
export const FEMALE_GIVEN_NAMES = new Set(
  (
    'abigail aisha alexandra alice alicia alison allison amanda amber amy ana andrea angela angelina anita ann anna ' +
    'anne annie ashley audrey barbara beth betsy betty beverly bonnie brenda bridget brittany caitlin carla carmen ' +
    'carol caroline carolyn carrie catherine cathy charlotte chelsea cheryl christina christine cindy claire clara ' +
    'connie cristina crystal cynthia dana danielle dawn debbie deborah debra diana diane dilma donna doris dorothy ' +
    'edith elaine eleanor elena elizabeth ellen emily emma erica erin eva evelyn fatima fiona gail gina giorgia ' +
    'gloria grace gretchen hannah heather heidi helen hillary holly huma irene isabel isabella ivanka jackie ' +
    'jacqueline jane janet janice jeanne jennifer jenny jessica jill joan joanna joy joyce judith judy julia julie ' +
    'kamala karen kate katherine kathleen kathryn kathy katie kellyanne kemi kimberly kirsten kristen kristi laura ' +
    'lauren leah linda lindsey lisa liz lois lori louise lucy lynn madeleine maggie margaret maria marie marilyn ' +
    'marine marsha martha mary maureen megan melania melissa michele michelle monica nancy naomi natalie nicole ' +
    'nikki nina olga olivia pam pamela patricia paula peggy penny rachel rebecca rosa rose ruby ruth sally samantha ' +
    'sandra sara sarah sharon sheila shirley sophia sophie stacey stephanie sue susan suzanne sylvia tamara tammy ' +
    'tanya teresa theresa tiffany tina tracy tulsi ursula valerie vanessa victoria virginia vivian wendy yolanda ' +
    'yulia yvette angela jacinda sanna mette giorgia ursula kaja christine ngozi kristalina annalena liz'
  ).split(' '),
);

/**
 * Given names given to women and men alike, or in news to the other sex than the word lists say (Hilary Benn, Rowan
 * Williams, Nikita Khrushchev, Bertie Ahern, Patrice Talon): they say nothing of "he" or "she".
 */
export const UNISEX_GIVEN_NAMES = new Set([
  'lindsey', 'ashley', 'dana', 'lynn', 'jackie', 'tracy', 'stacey', 'kim', 'leslie', 'robin', 'jan', 'jo', 'jean', 'kelly', 'alex',
  'jordan', 'jamie', 'kerry', 'marion', 'casey', 'taylor', 'morgan', 'pat', 'hilary', 'rowan', 'evelyn', 'daniele', 'simone',
  'nikita', 'sasha', 'jules', 'dominique', 'nicola', 'cameron', 'carey', 'jody', 'ariel', 'gabriele', 'andrea', 'jesse',
  'patrice', 'adel', 'bertie', 'chandra', 'lin', 'billie',
]);

/** Whether a full name starts with a given name that is mostly women's (accents ignored). */
export function hasWomansGivenName(name: string): boolean {
  return FEMALE_GIVEN_NAMES.has(name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/\s+/)[0]);
}

const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'king', 'prince']);
const FEMALE_HONORIFICS = new Set(['ms', 'mrs', 'miss', 'madam', 'madame', 'dame', 'lady', 'baroness', 'queen', 'princess']);

/** Whether a title before a name says a woman ("Mrs.", "Dame": true) or a man ("Mr", "Sir": false); else undefined. */
export function honorificGender(title: string): boolean | undefined {
  const t = title.trim().toLowerCase().replace(/\.$/, '');
  return FEMALE_HONORIFICS.has(t) ? true : MALE_HONORIFICS.has(t) ? false : undefined;
}
