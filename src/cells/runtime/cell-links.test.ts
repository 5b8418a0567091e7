import { describe, expect, it } from 'vitest';
import { codeCellStrings } from '../../i18n/index.ts';
import { cellLinkFragment, hasCellKeys, readCellLink, unknownCellKeys, withoutSharedCode } from './cell-links.ts';

describe('cell links', () => {
  it('leaves ordinary heading anchors alone', () => {
    expect(hasCellKeys('#what-a-neuron-computes')).toBe(false);
    expect(readCellLink('#what-a-neuron-computes', 'demo')).toEqual({ locked: false, hidden: false, sharedGiven: false, messages: [] });
  });

  it('reads shared code, starting code, lock and hide for one cell, ignoring other cells\' keys', () => {
    const link = readCellLink('#cell.demo=1abc&start.demo=1def&cell.other=1zzz&lock=demo,other&hide=other', 'demo');
    expect(link).toEqual({ shared: '1abc', start: '1def', locked: true, hidden: false, sharedGiven: true, messages: [] });
    expect(readCellLink('#lock=demo&hide=other', 'other')).toMatchObject({ locked: false, hidden: true });
  });

  it('round-trips what the teacher panel writes', () => {
    const fragment = cellLinkFragment('neuron', { start: '1xyz', lock: true, hide: false });
    expect(readCellLink(`#${fragment}`, 'neuron')).toEqual({ start: '1xyz', locked: true, hidden: false, sharedGiven: false, messages: [] });
  });

  it('says what was wrong with a broken part, in words, and uses the rest', () => {
    const link = readCellLink('#cell.demo=1a<b>&lock=demo,Bad Name', 'demo', { reportLists: true });
    expect(link.shared).toBeUndefined();
    expect(link.sharedGiven).toBe(true); // a broken shared code still means: show the original, say why
    expect(link.locked).toBe(false);
    expect(link.messages).toHaveLength(2);
    expect(link.messages[0]).toMatch(/shared code .* contains characters/);
    expect(link.messages[1]).toMatch(/read-only cells .*is not a cell name/);
    expect(readCellLink('#lock=Bad', 'demo').messages).toEqual([]); // reported once, by the page's first cell
    expect(readCellLink('#cell.demo=%E0%A4%A', 'demo').messages[0]).toMatch(/could not be read/);
    expect(readCellLink('#cell.demo=1a&cell.demo=1b', 'demo')).toMatchObject({ shared: '1a', messages: [expect.stringMatching(/twice/)] });
  });

  it('names cells the page does not have, and drops shared code once applied', () => {
    expect(unknownCellKeys('#cell.ghost=1a&cell.demo=1b', ['demo'])).toEqual([expect.stringMatching(/no code cell named “ghost”/)]);
    // The cell name is quoted by the page's language, not by the link reader.
    expect(unknownCellKeys('#cell.ghost=1a', ['demo'], codeCellStrings('es'))).toEqual([expect.stringMatching(/celda de código llamada «ghost»;/)]);
    expect(withoutSharedCode('#cell.demo=1a&lock=demo', 'demo')).toBe('lock=demo');
  });
});
