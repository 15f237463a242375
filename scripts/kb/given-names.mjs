#!/usr/bin/env node
// Builds server/data/given-names.json: given names from the lexicon of compromise (MIT; a dev dependency), which
// tags about 3,000 first names. Run by hand after upgrading compromise; the JSON is the artifact (committed):
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

const lexicon = nlp.model().one.lexicon;
const names = Object.entries(lexicon)
  .filter(([word, tag]) => /^(?:MaleName|FemaleName|FirstName)$/.test(String(tag)) && /^[a-z]{3,}$/.test(word) && !COMMON_WORDS.has(word))
  .map(([word]) => word)
  .sort();
const version = JSON.parse(require('node:fs').readFileSync(join(root, 'node_modules', 'compromise', 'package.json'), 'utf8')).version;
writeFileSync(
  join(root, 'server', 'data', 'given-names.json'),
  JSON.stringify({ source: `compromise ${version} lexicon (MIT), tags MaleName, FemaleName, FirstName`, names }, null, 0) + '\n',
);
console.log(`${names.length} given names`);
