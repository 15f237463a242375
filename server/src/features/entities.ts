// The leader or person under the cursor, shared by definition, references, highlights and rename.
import type { Analysis, Mention } from '../analysis/types';
import { touches } from './positions';

export interface EntityAt {
  key: string;
  name: string;
  mentions: Mention[];
  /** The mention under the cursor. */
  mention: Mention;
}

export function entityAt(analysis: Analysis, offset: number): EntityAt | null {
  for (const leader of analysis.leaders) {
    const mention = leader.mentions.find((m) => touches(m, offset));
    if (mention) return { key: `leader:${leader.id}`, name: leader.name, mentions: leader.mentions, mention };
  }
  for (const person of analysis.people) {
    const mention = person.mentions.find((m) => touches(m, offset));
    if (mention) return { key: `person:${person.name}`, name: person.name, mentions: person.mentions, mention };
  }
  // A quote's speaker resolved to an entity (a pronoun such as "he").
  for (const quote of analysis.quotes) {
    const speaker = quote.speaker;
    if (!speaker || !touches(speaker, offset)) continue;
    const leader = speaker.leaderId ? analysis.leaders.find((l) => l.id === speaker.leaderId) : undefined;
    const entity = leader ?? analysis.people.find((p) => p.name === speaker.name);
    if (entity && entity.mentions.length) {
      const key = leader ? `leader:${leader.id}` : `person:${entity.name}`;
      return { key, name: entity.name, mentions: entity.mentions, mention: { ...speaker, kind: 'pronoun' } };
    }
  }
  return null;
}

/** The entity's key in another document's analysis, for workspace-wide references. */
export function mentionsOf(analysis: Analysis, key: string): Mention[] {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'leader') return analysis.leaders.find((l) => l.id === id)?.mentions ?? [];
  return analysis.people.find((p) => p.name === id)?.mentions ?? [];
}
