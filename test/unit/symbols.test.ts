import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver';
import { documentSymbols } from '../../server/src/features/symbols';
import { callStory } from '../support/articles';
import { parseFixture } from '../support/fixture';
import { analyze, document } from '../support/service';
import { matchesSnapshot } from '../support/snapshot';

function outline(symbols: DocumentSymbol[], depth = 0): string {
  return symbols.map((s) => `${'  '.repeat(depth)}${s.name} — ${s.detail} [${s.kind}]\n${outline(s.children ?? [], depth + 1)}`).join('');
}

function contains(outer: DocumentSymbol['range'], inner: DocumentSymbol['range']): boolean {
  const before = (a: typeof outer.start, b: typeof outer.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

describe('outline', () => {
  it('lists leaders with their quotes, quotes by speaker, and dates in calendar order', () => {
    const { text } = parseFixture(callStory);
    matchesSnapshot('outline-call.txt', outline(documentSymbols(analyze(text), document(text))));
  });

  it('keeps every selection range inside its range, and children inside parents', () => {
    const { text } = parseFixture(callStory);
    const walk = (symbols: DocumentSymbol[], parent?: DocumentSymbol) => {
      for (const s of symbols) {
        assert.ok(contains(s.range, s.selectionRange), `${s.name}: selection inside range`);
        if (parent) assert.ok(contains(parent.range, s.range), `${s.name} inside ${parent.name}`);
        walk(s.children ?? [], s);
      }
    };
    walk(documentSymbols(analyze(text), document(text)));
  });

  it('lists the other people named, with their quotes', () => {
    const text = '---\ndate: 2025-07-03\n---\nMr. Tobin Crale, a farmer, spoke. “We are tired,” Crale said. Ann Vey, 45, agreed.\n';
    const people = documentSymbols(analyze(text), document(text)).find((s) => s.name === 'People');
    assert.ok(people, 'a People group');
    assert.deepEqual(
      people.children!.map((c) => [c.name, c.detail, (c.children ?? []).map((q) => q.name)]),
      [
        ['Tobin Crale', '2 mentions', ['“We are tired,”']],
        ['Ann Vey', '1 mention', []],
      ],
    );
  });

  it('is empty for an article with nothing to list', () => {
    assert.deepEqual(documentSymbols(analyze('Nothing to see.'), document('Nothing to see.')), []);
  });
});
