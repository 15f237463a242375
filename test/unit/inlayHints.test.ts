import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { inlayHints } from '../../server/src/features/inlayHints';
import { parseFixture } from '../support/fixture';
import { analyze, document } from '../support/service';

/** Every relative date marked `[[text|hint label]]` gets exactly that hint, after it; nothing else gets one. */
function check(source: string): void {
  const { text, marks } = parseFixture(source);
  const doc = document(text);
  const hints = inlayHints(analyze(text), doc, { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) });
  assert.deepEqual(
    hints.map((h) => ({ at: doc.offsetAt(h.position), label: h.label })),
    marks.map((m) => ({ at: m.end, label: m.label })),
  );
}

describe('inlay hints', () => {
  it('show the resolved date after relative expressions only', () => {
    check(`
      ---
      date: 2025-07-03
      ---
      The envoy arrived [[yesterday|→ 2 Jul 2025]] and leaves on July 9, 2025. Talks resume [[next month|→ August 2025]].
    `);
  });

  it('show nothing when the article has no publication date', () => {
    check(`
      The envoy arrived yesterday.
    `);
  });
});
