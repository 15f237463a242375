#!/usr/bin/env node
// Builds server/data/given-names.json: given names from the lexicon of compromise (MIT; a dev dependency), which
// tags about 3,000 first names, and a hand-kept list of names from everywhere. Run by hand after upgrading compromise; the JSON is the artifact (committed):
//   node scripts/kb/given-names.mjs
// Names that are common English words ("Drew", "Mark", "Will") are left out: they would make "Drew Wednesday" or
// "Mark Inflation" a person. The analysis also drops names that are countries, titles or words that are never names.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const COMMON_WORDS = new Set(
  ('drew jack mark pat skip wade buck mack nick peg rob stew sue will bill chad sri clay dale glen sal ken don lex kay ' +
    'jo ty cher gale grace joy faith hope rose dawn iris ivy holly daisy lily ruby pearl amber crystal jade summer ' +
    'autumn winter spring sky skye star sunny rain storm river brook ocean sage heather hazel olive violet ginger ' +
    'honey candy penny bunny cherry berry may june april august marina lou mae rae lee van ray guy rich frank ' +
    'earl baron king prince duke major miles grant hunter chase cash carter mason parker tanner porter fisher cook ' +
    'page paige bishop dean deacon pastor sterling price royal noble justice liberty destiny harmony melody trinity ' +
    'genesis serenity haven journey lane brooke reed rod cliff dusty rusty sandy stormy misty ' +
    // Places, companies and nationalities more often than people in news: "Milton Keynes", "Morgan Stanley", "Scot".
    'scot monte milton merrill preston adelaide madison savannah chester regina devon lorraine cheyenne clyde ' +
    'carolina morgan marshall').split(' '),
);

// Given names of news from everywhere that the lexicon lacks (hand-kept): South Asia, the Arab world and Iran, Africa,
// Europe, Latin America, East and South-East Asia.
const WORLD = (
 'wasim waqar sachin inzamam mushtaq javed imran shoaib saqlain sourav rahul anil aravinda sanath muttiah ' +
 'mahela sunil kapil rohit virat sourav yuvraj harbhajan zaheer shahid younis misbah shoaib abdul rashid ' +
 'pervaiz shehbaz asif nawaz benazir bilawal narendra manmohan atal krishna ravi vijay sanjay rajiv sonia ' +
 'priyanka arvind nitish mamata jayalalithaa amitabh rukh aamir salman hrithik aishwarya deepika kareena ' +
 'ranbir hasina khaleda mahinda gotabaya ranil chandrika pushpa girija ' +
 'hosni anwar gamal alaa mohamed mohammad muhammad mahmoud mahmud hamid hamad hamdan khalifa zayed nahyan faisal ' +
 'fahd saud abdulaziz abdelaziz bandar turki nayef sultan qaboos haitham tamim jassim sabah nasser hassan hussein ' +
 'yasser saeb nabil ismail khaled khalid walid bashar hafez rafik saad najib nouri haider adel ayad massoud ' +
 'masoud hashem akbar ali reza javad mohsen ebrahim hassan mahmoud hossein ruhollah recep ahmet abdullah ' +
 'bulent tayyip binali kemal mesut hakan arda nuri yusuf habib ' +
 'hicham noureddine haile kenenisa tegla derartu fatuma gete tirunesh meseret paul kip wilson moses kipchoge ' +
 'eliud sammy josephine catherine vivian nelson thabo jacob cyril kgalema winnie desmond kofi jerry john ' +
 'olusegun goodluck muhammadu umaru sani ibrahim babangida yakubu jonathan laurent joseph felix denis ' +
 'paul yoweri idi milton robert emmerson morgan joyce hage ellen charles samuel didier jay jay okocha nwankwo ' +
 'rigobert samuel kolo yaya thierry zinedine patrick youri lilian marcel claude didier fabien bixente ' +
 'arsene laurent emmanuel segolene nicolas francois dominique lionel jacques valery edouard manuel ' +
 'steffi boris jurgen juergen bernd berti rudi lothar franz gerhard helmut angela heinz harald karl hans ' +
 'wolfgang ulrich joschka guido frank walter horst sigmar olaf annalena christian markus armin ursula ' +
 'ruud marco dennis edgar johan guus louis arjen robin wesley klaas pieter wim ' +
 'gianfranco alessandro roberto paolo fabio silvio romano massimo giuseppe giorgio sergio mario matteo enrico ' +
 'gianluca gianluigi francesco filippo andrea luca carlo pierluigi costantino ' +
 'arantxa conchita sergi carles pep xavi iker raul fernando rafael felipe jose mariano pedro alfredo ' +
 'jorge juan luis cristiano luis nuno eusebio rui ' +
 'hristo gheorghe ilie nicolae ion traian klaus viktor vaclav milos andrej lech aleksander donald jaroslaw ' +
 'mateusz andrzej karol zbigniew slava vyacheslav yevgeny yevgeni gennady gennadi vladimir dmitry anatoly ' +
 'sergei sergey alexei aleksei nikolai nikolay mikhail boris leonid yuri yury viktor vitali wladimir ' +
 'oleksandr petro volodymyr yulia arseniy ' +
 'bebeto romario ronaldo ronaldinho rivaldo kaka neymar pele zico socrates diego lionel gabriel juan evo hugo ' +
 'nicolas cristina nestor alvaro ollanta dilma lula jair fernando gustavo andres ' +
 'zhu jiang hu wen xi li deng mao zhou kim yoon jae shinzo junichiro yoshihiko fumio yukio ' +
 'taro ichiro hideki kimiko naomi yayuk susilo joko megawati abdurrahman mahathir najib anwar ' +
 'thaksin yingluck prayuth hun rodrigo benigno gloria joseph ferdinand corazon ' +
 'tiger seve curtly viv jonty hansie shaun makhaya allan malivai mats stefan goran thomas magnus ' +
 'anke kimiko iva mary ato irv izzy merv woody davey kev nobby paddy sonny remy'
).split(' ');

const lexicon = nlp.model().one.lexicon;
const fromLexicon = Object.entries(lexicon)
  .filter(([word, tag]) => /^(?:MaleName|FemaleName|FirstName)$/.test(String(tag)))
  .map(([word]) => word);
const names = [...new Set([...fromLexicon, ...WORLD])].filter((word) => /^[a-z]{3,}$/.test(word) && !COMMON_WORDS.has(word)).sort();
const version = JSON.parse(require('node:fs').readFileSync(join(root, 'node_modules', 'compromise', 'package.json'), 'utf8')).version;
writeFileSync(
  join(root, 'server', 'data', 'given-names.json'),
  JSON.stringify({ source: `compromise ${version} lexicon (MIT), tags MaleName, FemaleName, FirstName; scripts/kb/given-names.mjs`, names }, null, 0) + '\n',
);
console.log(`${names.length} given names`);
