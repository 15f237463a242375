import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../support/service';

const codes = (text: string) => analyze(text).findings.filter((f) => f.severity !== 'information').map((f) => f.code);
const head = '---\ndate: 2025-07-03\n---\n';
const wrongWeekday = 'The summit opens on Thursday, July 4, 2025.';
const unattributed = '“We will not waver.”';

describe('ignore comments', () => {
  it('disable-next-line silences the named rule on the next line only', () => {
    const text = `${head}<!-- newslens-disable-next-line date.weekday-mismatch -->\n${wrongWeekday}\n${wrongWeekday}\n`;
    assert.deepEqual(codes(text), ['date.weekday-mismatch']);
  });

  it('disable … enable silences a rule family in between', () => {
    const text = `${head}<!-- newslens-disable quote -->\n${unattributed}\n<!-- newslens-enable quote -->\n${unattributed}\n`;
    assert.deepEqual(codes(text), ['quote.unattributed']);
  });

  it('a bare disable silences every rule to the end', () => {
    const text = `${head}${unattributed}\n<!-- newslens-disable -->\n${wrongWeekday}\n${unattributed}\n`;
    assert.deepEqual(codes(text), ['quote.unattributed']);
  });

  it('another rule on the same line is still reported', () => {
    const text = `${head}<!-- newslens-disable-next-line quote.unattributed -->\n${wrongWeekday}\n`;
    assert.deepEqual(codes(text), ['date.weekday-mismatch']);
  });
});
