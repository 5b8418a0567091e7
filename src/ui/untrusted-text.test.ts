import { describe, expect, it } from 'vitest';
import { isolateText, showBidiControls } from './untrusted-text.ts';

describe('untrusted text and bidi controls', () => {
  it('shows every explicit bidi control as a visible tag', () => {
    expect(showBidiControls('x\u202Evsc.exe')).toBe('x[RLO]vsc.exe');
    expect(showBidiControls('\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069')).toBe('[LRE][RLE][PDF][LRO][RLO][LRI][RLI][FSI][PDI]');
  });

  it('leaves plain text alone and keeps the implicit marks', () => {
    expect(isolateText('circle.csv')).toBe('circle.csv');
    expect(showBidiControls('a\u200Fb\u200Ec')).toBe('a\u200Fb\u200Ec');
  });

  it('isolates right-to-left text so the sentence around it keeps its order', () => {
    expect(isolateText('שלום.csv')).toBe('\u2068שלום.csv\u2069');
    expect(isolateText('بيانات')).toBe('\u2068بيانات\u2069');
    // A PDI in the text cannot close our isolate early: it is shown, not obeyed.
    expect(isolateText('שלום\u2069 x')).toBe('\u2068שלום[PDI] x\u2069');
  });
});
