// The workspace's own people (`.newslens/leaders.json`): validation at the faulty entry, and merging.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/src/analysis/article';
import type { KnowledgeBase } from '../../server/src/analysis/knowledge';
import { buildLeaderIndex, findLeaders } from '../../server/src/analysis/leaders';
import { mergeKnowledge, parseUserLeaders } from '../../server/src/analysis/userLeaders';

/** Parses the file and returns each finding as `code @"text at its span": message`. */
function problems(json: string, countries?: string[]): string[] {
  const { findings } = parseUserLeaders(json, { countries });
  return findings.map((f) => `${f.code} @${JSON.stringify(json.slice(f.start, f.end))}: ${f.message}`);
}

const mayor = {
  id: 'jane-doe',
  name: 'Jane Doe',
  surname: 'Doe',
  aliases: ['J. Doe'],
  terms: [{ office: 'Mayor of Springfield', title: 'Mayor', role: 'mayor', country: 'US', start: '2021-01', end: null }],
};

test('a valid file gives its people, partial dates allowed', () => {
  const { people, findings } = parseUserLeaders(JSON.stringify({ people: [mayor] }, null, 2));
  assert.deepEqual(findings, []);
  assert.deepEqual(people, [mayor]);
});

test('defaults: surname from the name, no aliases, end null', () => {
  const { people } = parseUserLeaders('{"people":[{"id":"a-b","name":"Ann Bee","terms":[{"office":"Mayor","country":"US","start":"2020"}]}]}');
  assert.deepEqual(people, [{ id: 'a-b', name: 'Ann Bee', aliases: [], surname: 'Bee', terms: [{ office: 'Mayor', title: 'Mayor', role: 'other', country: 'US', start: '2020', end: null }] }]);
});

test('a bad date is reported at the value with its path, and only that entry is left out', () => {
  const bad = { ...mayor, id: 'x-y', terms: [{ ...mayor.terms[0], start: '2021-13-01' }] };
  const json = JSON.stringify({ people: [mayor, mayor, bad] }, null, 1).replace(/"jane-doe"/, '"jane-doe-2"');
  const { people } = parseUserLeaders(json);
  assert.deepEqual(people.map((p) => p.id), ['jane-doe-2', 'jane-doe']);
  assert.deepEqual(problems(json), ['leaders-file.invalid @"\\"2021-13-01\\"": people[2].terms[0].start: expected YYYY-MM-DD (or YYYY-MM, YYYY), got "2021-13-01".']);
});

test('missing and mistyped fields, end before start, unknown fields and countries', () => {
  const json = `{"people": [
    {"name": "No Id"},
    {"id": "Bad Id", "name": "X", "terms": []},
    {"id": "ok", "name": "Ok", "aliases": "Okay", "terms": [{"office": "Mayor", "country": "ZZ", "start": "2020-05-01", "end": "2019"}]},
    {"id": "fine", "name": "Fine Person", "nickname": "F", "terms": [{"office": "Mayor", "country": "ZZ", "start": "2020-05-01"}]},
    42
  ]}`;
  assert.deepEqual(problems(json, ['US']), [
    'leaders-file.invalid @"{\\"name\\": \\"No Id\\"}": people[0].id: missing; expected a string.',
    'leaders-file.invalid @"\\"Bad Id\\"": people[1].id: expected a lower-case slug such as "jane-doe", got "Bad Id".',
    'leaders-file.invalid @"\\"Okay\\"": people[2].aliases: expected an array of strings.',
    'leaders-file.unknown-country @"\\"ZZ\\"": people[2].terms[0].country: "ZZ" is not a country or organisation code the knowledge base knows (e.g. "US", "GB", "EU").',
    'leaders-file.invalid @"\\"2019\\"": people[2].terms[0].end: 2019 is before the start 2020-05-01.',
    'leaders-file.unknown-country @"\\"ZZ\\"": people[3].terms[0].country: "ZZ" is not a country or organisation code the knowledge base knows (e.g. "US", "GB", "EU").',
    'leaders-file.unknown-field @"\\"nickname\\"": people[3].nickname: unknown field, ignored (expected id, name, surname, aliases, terms).',
    'leaders-file.invalid @"42": people[4]: expected an object with "id", "name" and "terms".',
  ]);
  assert.deepEqual(parseUserLeaders(json).people.map((p) => p.id), ['fine']);
});

test('invalid JSON and wrong shapes are one finding each, never an exception', () => {
  assert.deepEqual(problems('{"people": [ {"id": "a",, } ]}'), ['leaders-file.invalid @",": Not valid JSON: expected a \"quoted\" field name. No people were read from this file.']);
  assert.deepEqual(problems(''), ['leaders-file.invalid @"": Not valid JSON: unexpected end of file. No people were read from this file.']);
  assert.deepEqual(problems('[]'), ['leaders-file.invalid @"[]": Expected an object such as { "people": [ ... ] }.']);
  assert.deepEqual(problems('{"people": {}}'), ['leaders-file.invalid @"{}": "people": expected an array of people.']);
  assert.deepEqual(problems('{"persons": []}'), ['leaders-file.invalid @"{\\"persons\\": []}": Missing "people": expected { "people": [ { "id": ..., "name": ..., "terms": [...] } ] }.']);
  assert.equal(parseUserLeaders('['.repeat(10000)).findings.length, 1);
});

test('a duplicate id warns and the later entry wins', () => {
  const json = JSON.stringify({ people: [mayor, { ...mayor, name: 'Jane Q. Doe' }] });
  const { people, findings } = parseUserLeaders(json);
  assert.deepEqual(people.map((p) => p.name), ['Jane Q. Doe']);
  assert.equal(findings[0].code, 'leaders-file.duplicate-id');
});

const base: KnowledgeBase = {
  status: '2025-07-31',
  countries: [{ code: 'US', name: 'United States', names: ['United States'], adjectives: ['US', 'American'], kind: 'country' }],
  people: [
    { id: 'ann-old', name: 'Ann Old', surname: 'Old', aliases: [], terms: [{ office: 'Mayor of Springfield', title: 'Mayor', role: 'mayor', country: 'US', start: '2010', end: '2020' }] },
  ],
};

test('mergeKnowledge adds new people and overrides by id', () => {
  const override = { ...base.people[0], name: 'Ann Older' };
  const merged = mergeKnowledge(base, [mayor, override]);
  assert.deepEqual(merged.people.map((p) => [p.id, p.name]), [['ann-old', 'Ann Older'], ['jane-doe', 'Jane Doe']]);
  assert.equal(base.people[0].name, 'Ann Old');
  assert.equal(mergeKnowledge(base, []), base);
});

test('a merged local person is recognised as a known leader', () => {
  const index = buildLeaderIndex(mergeKnowledge(base, [mayor]));
  const r = findLeaders(parseArticle('---\ndate: 2025-07-03\n---\nMayor Jane Doe opened the fair. Doe said it was a success.'), index, { houseSpellings: {} });
  assert.deepEqual(r.leaders.map((l) => [l.id, l.known, l.office, l.mentions.length]), [['jane-doe', true, 'Mayor of Springfield', 2]]);
});
