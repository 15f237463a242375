// A newsroom's own people (`.newslens/leaders.json`): read, validated entry by entry, and merged into the knowledge base.
// Pure: the server reads the file and watches it; this module only sees its text. A faulty entry is left out and
// reported at its place in the JSON text; the valid ones still count.
import type { KbPerson, KbTerm, KnowledgeBase } from './knowledge';
import type { Finding, Span } from './types';

export interface UserLeadersOptions {
  /** Known country and organisation codes; an unknown one is a warning (the entry is still used). */
  countries?: Iterable<string>;
}

export interface UserLeaders {
  people: KbPerson[];
  findings: Finding[];
}

export function parseUserLeaders(text: string, options: UserLeadersOptions = {}): UserLeaders {
  const findings: Finding[] = [];
  let root: Node;
  try {
    root = new JsonReader(text).document();
  } catch (error) {
    const at = error instanceof JsonError ? error.at : 0;
    findings.push(err({ start: at, end: Math.min(text.length, at + 1) }, `Not valid JSON: ${error instanceof Error ? error.message : String(error)}. No people were read from this file.`));
    return { people: [], findings };
  }
  if (root.type !== 'object') {
    findings.push(err(root, 'Expected an object such as { "people": [ ... ] }.'));
    return { people: [], findings };
  }
  const peopleNode = root.entries.get('people');
  if (!peopleNode) {
    findings.push(err(root, 'Missing "people": expected { "people": [ { "id": ..., "name": ..., "terms": [...] } ] }.'));
    return { people: [], findings };
  }
  if (peopleNode.value.type !== 'array') {
    findings.push(err(peopleNode.value, '"people": expected an array of people.'));
    return { people: [], findings };
  }
  const countries = options.countries ? new Set(options.countries) : null;
  const people: KbPerson[] = [];
  const seen = new Map<string, number>();
  peopleNode.value.items.forEach((node, i) => {
    const person = readPerson(node, `people[${i}]`, findings, countries);
    if (!person) return;
    if (seen.has(person.id)) {
      findings.push({ ...span(node), severity: 'warning', code: 'leaders-file.duplicate-id', message: `people[${i}].id: "${person.id}" is also people[${seen.get(person.id)}]; the later entry wins.` });
      people.splice(people.findIndex((p) => p.id === person.id), 1);
    }
    seen.set(person.id, i);
    people.push(person);
  });
  return { people, findings };
}

/** The base with the additions: a person with the same id is replaced, others are added. */
export function mergeKnowledge(base: KnowledgeBase, additions: KbPerson[]): KnowledgeBase {
  if (additions.length === 0) return base;
  const byId = new Map(additions.map((p) => [p.id, p]));
  const people = base.people.map((p) => byId.get(p.id) ?? p);
  const present = new Set(base.people.map((p) => p.id));
  for (const p of additions) if (!present.has(p.id)) people.push(p);
  return { ...base, people };
}

// ---- Validation ----------------------------------------------------------------------------------------------

const ID = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function readPerson(node: Node, path: string, findings: Finding[], countries: Set<string> | null): KbPerson | null {
  if (node.type !== 'object') {
    findings.push(err(node, `${path}: expected an object with "id", "name" and "terms".`));
    return null;
  }
  const before = findings.length;
  const id = str(node, 'id', path, findings, true);
  if (id !== undefined && !ID.test(id)) findings.push(err(node.entries.get('id')!.value, `${path}.id: expected a lower-case slug such as "jane-doe", got "${id}".`));
  const name = str(node, 'name', path, findings, true);
  const surname = str(node, 'surname', path, findings, false);
  const aliases: string[] = [];
  const aliasNode = node.entries.get('aliases');
  if (aliasNode) {
    if (aliasNode.value.type !== 'array') findings.push(err(aliasNode.value, `${path}.aliases: expected an array of strings.`));
    else
      aliasNode.value.items.forEach((a, j) => {
        if (a.type === 'string' && a.value.trim()) aliases.push(a.value.trim());
        else findings.push(err(a, `${path}.aliases[${j}]: expected a non-empty string.`));
      });
  }
  const terms: KbTerm[] = [];
  const termsNode = node.entries.get('terms');
  if (termsNode) {
    if (termsNode.value.type !== 'array') findings.push(err(termsNode.value, `${path}.terms: expected an array of terms.`));
    else termsNode.value.items.forEach((t, j) => {
      const term = readTerm(t, `${path}.terms[${j}]`, findings, countries);
      if (term) terms.push(term);
    });
  }
  for (const [key, entry] of node.entries) {
    if (!['id', 'name', 'surname', 'aliases', 'terms'].includes(key)) {
      findings.push({ ...span(entry.key), severity: 'warning', code: 'leaders-file.unknown-field', message: `${path}.${key}: unknown field, ignored (expected id, name, surname, aliases, terms).` });
    }
  }
  if (findings.slice(before).some((f) => f.severity === 'error') || id === undefined || name === undefined) return null;
  const words = name.trim().split(/\s+/);
  return { id, name: name.trim(), aliases, surname: surname?.trim() || words[words.length - 1], terms };
}

function readTerm(node: Node, path: string, findings: Finding[], countries: Set<string> | null): KbTerm | null {
  if (node.type !== 'object') {
    findings.push(err(node, `${path}: expected an object with "office", "title", "role", "country", "start" and "end".`));
    return null;
  }
  const before = findings.length;
  const office = str(node, 'office', path, findings, true);
  const title = str(node, 'title', path, findings, false);
  const role = str(node, 'role', path, findings, false);
  const country = str(node, 'country', path, findings, true);
  if (country !== undefined && countries && !countries.has(country)) {
    findings.push({ ...span(node.entries.get('country')!.value), severity: 'warning', code: 'leaders-file.unknown-country', message: `${path}.country: "${country}" is not a country or organisation code the knowledge base knows (e.g. "US", "GB", "EU").` });
  }
  const start = date(node, 'start', path, findings, true);
  const end = date(node, 'end', path, findings, false);
  if (start && end && start > end.padEnd(10, '9')) findings.push(err(node.entries.get('end')!.value, `${path}.end: ${end} is before the start ${start}.`));
  if (findings.slice(before).some((f) => f.severity === 'error') || office === undefined || country === undefined || !start) return null;
  return { office, title: title ?? office, role: role ?? 'other', country, start, end: end ?? null };
}

function str(node: ObjectNode, key: string, path: string, findings: Finding[], required: boolean): string | undefined {
  const entry = node.entries.get(key);
  if (!entry) {
    if (required) findings.push(err(node, `${path}.${key}: missing; expected a string.`));
    return undefined;
  }
  if (entry.value.type !== 'string' || !entry.value.value.trim()) {
    findings.push(err(entry.value, `${path}.${key}: expected a non-empty string.`));
    return undefined;
  }
  return entry.value.value;
}

function date(node: ObjectNode, key: string, path: string, findings: Finding[], required: boolean): string | undefined {
  const entry = node.entries.get(key);
  if (!entry) {
    if (required) findings.push(err(node, `${path}.${key}: missing; expected YYYY-MM-DD (or YYYY-MM, YYYY).`));
    return undefined;
  }
  if (entry.value.type === 'null' && !required) return undefined;
  const value = entry.value.type === 'string' ? entry.value.value : null;
  const m = value !== null ? PARTIAL_DATE.exec(value) : null;
  const valid = m && (!m[2] || (+m[2] >= 1 && +m[2] <= 12)) && (!m[3] || (+m[3] >= 1 && +m[3] <= daysIn(+m[1], +m[2])));
  if (!valid) {
    const got = value !== null ? `"${value}"` : entry.value.type;
    findings.push(err(entry.value, `${path}.${key}: expected YYYY-MM-DD (or YYYY-MM, YYYY${required ? '' : ', or null while in office'}), got ${got}.`));
    return undefined;
  }
  return value!;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function err(at: Span, message: string): Finding {
  return { ...span(at), severity: 'error', code: 'leaders-file.invalid', message };
}

function span(at: Span): Span {
  return { start: at.start, end: at.end };
}

// ---- A JSON reader that keeps offsets ------------------------------------------------------------------------

type Node = ObjectNode | ArrayNode | ScalarNode;
interface ObjectNode extends Span {
  type: 'object';
  entries: Map<string, { key: Span; value: Node }>;
}
interface ArrayNode extends Span {
  type: 'array';
  items: Node[];
}
type ScalarNode = (Span & { type: 'string'; value: string }) | (Span & { type: 'number' | 'boolean' | 'null'; value: unknown });

class JsonError extends Error {
  constructor(message: string, readonly at: number) {
    super(message);
  }
}

class JsonReader {
  private pos = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  document(): Node {
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    const value = this.value();
    this.space();
    if (this.pos < this.text.length) throw new JsonError(`unexpected "${this.text[this.pos]}" after the end of the data`, this.pos);
    return value;
  }

  private space(): void {
    while (this.pos < this.text.length && /[ \t\r\n]/.test(this.text[this.pos])) this.pos++;
  }

  private value(): Node {
    this.space();
    const c = this.text[this.pos];
    if (c === undefined) throw new JsonError('unexpected end of file', this.pos);
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    const start = this.pos;
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(start, start + 64));
    if (!m) throw new JsonError(`unexpected "${c}"`, start);
    this.pos += m[0].length;
    const word = m[0];
    if (word === 'null') return { type: 'null', value: null, start, end: this.pos };
    if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true', start, end: this.pos };
    return { type: 'number', value: Number(word), start, end: this.pos };
  }

  private nest(): void {
    if (++this.depth > 64) throw new JsonError('nested too deeply', this.pos);
  }

  private object(): ObjectNode {
    const start = this.pos++;
    this.nest();
    const entries = new Map<string, { key: Span; value: Node }>();
    this.space();
    if (this.text[this.pos] === '}') {
      this.pos++;
      this.depth--;
      return { type: 'object', entries, start, end: this.pos };
    }
    for (;;) {
      this.space();
      if (this.text[this.pos] !== '"') throw new JsonError('expected a "quoted" field name', this.pos);
      const key = this.string();
      this.space();
      if (this.text[this.pos] !== ':') throw new JsonError('expected ":" after a field name', this.pos);
      this.pos++;
      const value = this.value();
      entries.set(key.value, { key, value });
      this.space();
      const c = this.text[this.pos];
      this.pos++;
      if (c === ',') continue;
      if (c === '}') break;
      throw new JsonError(c === undefined ? 'unexpected end of file; a "}" is missing' : 'expected "," or "}"', this.pos - 1);
    }
    this.depth--;
    return { type: 'object', entries, start, end: this.pos };
  }

  private array(): ArrayNode {
    const start = this.pos++;
    this.nest();
    const items: Node[] = [];
    this.space();
    if (this.text[this.pos] === ']') {
      this.pos++;
      this.depth--;
      return { type: 'array', items, start, end: this.pos };
    }
    for (;;) {
      items.push(this.value());
      this.space();
      const c = this.text[this.pos];
      this.pos++;
      if (c === ',') continue;
      if (c === ']') break;
      throw new JsonError(c === undefined ? 'unexpected end of file; a "]" is missing' : 'expected "," or "]"', this.pos - 1);
    }
    this.depth--;
    return { type: 'array', items, start, end: this.pos };
  }

  private string(): ScalarNode & { type: 'string'; value: string } {
    const start = this.pos++;
    let value = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === '\n') throw new JsonError('unterminated string', start);
      this.pos++;
      if (c === '"') break;
      if (c === '\\') {
        const e = this.text[this.pos++];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u') {
          const hex = this.text.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new JsonError('bad \\u escape', this.pos - 2);
          value += String.fromCharCode(parseInt(hex, 16));
          this.pos += 4;
        } else if (e !== undefined && e in map) value += map[e];
        else throw new JsonError(`bad escape "\\${e ?? ''}"`, this.pos - 2);
      } else value += c;
    }
    return { type: 'string', value, start, end: this.pos };
  }
}
