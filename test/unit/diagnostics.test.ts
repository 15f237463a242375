import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { diagnostics } from '../../server/src/features/diagnostics';
import { analyze, document } from '../support/service';

const text = '---\ndate: 2025-07-03\n---\nTalks began on Monday.\nThey resumed on Tuesday, July 4, 2025.\nA deal is due next week.\n';
const codesOf = (maxAnnotations?: number) => diagnostics(analyze(text), document(text), { severities: {}, showAnnotations: true, maxAnnotations }).map((d) => `${d.range.start.line}:${d.code}`);

describe('diagnostics', () => {
  it('lists every annotation when there is no cap', () => {
    assert.deepEqual(codesOf(), ['3:date.annotation', '4:date.annotation', '4:date.weekday-mismatch', '5:date.annotation']);
  });

  it('caps the Information annotations, keeps every warning, and says where the unlisted ones start', () => {
    const capped = codesOf(1);
    assert.deepEqual(capped, ['3:date.annotation', '4:date.weekday-mismatch', '4:annotations.limit']);
    const notice = diagnostics(analyze(text), document(text), { severities: {}, showAnnotations: true, maxAnnotations: 1 }).at(-1)!;
    assert.match(String(notice.message), /first 1 of the 3 annotations/);
  });

  it('needs no notice when the cap is not reached', () => {
    assert.deepEqual(codesOf(3), codesOf());
  });
});
