// Loads the bundled knowledge base from server/data/ (next to the sources, or next to the bundles in dist/).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KnowledgeBase, KbCountry, KbPerson } from './analysis/knowledge';

function dataDir(): string {
  const candidates = [path.resolve(__dirname, '..', 'data'), path.resolve(__dirname, '..', 'server', 'data')];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'leaders.json')));
  if (!found) throw new Error(`newslens: knowledge base not found (looked in ${candidates.join(', ')})`);
  return found;
}

export function loadBundledKnowledge(): KnowledgeBase {
  const dir = dataDir();
  const leaders = JSON.parse(fs.readFileSync(path.join(dir, 'leaders.json'), 'utf8')) as { status: string; people: KbPerson[] };
  const countries = JSON.parse(fs.readFileSync(path.join(dir, 'countries.json'), 'utf8')) as { countries: KbCountry[] };
  return { status: leaders.status, people: leaders.people, countries: countries.countries };
}
