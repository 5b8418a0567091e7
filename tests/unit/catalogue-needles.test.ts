import { describe, expect, it } from 'vitest';
import { foreignNeedles, foundNeedles } from '../support/catalogue-needles.ts';

describe('catalogue needles (what betrays a page in the wrong language)', () => {
  const englishOnSpanish = foreignNeedles('en', 'es');
  const spanishOnEnglish = foreignNeedles('es', 'en');

  it('takes the texts that differ, and the fixed parts of message functions', () => {
    expect(englishOnSpanish.phrases).toContain('Show the answer');
    expect(englishOnSpanish.words).toContain('Check');
    expect(spanishOnEnglish.phrases).toContain('Ver la respuesta');
    // From numbers.refusal(refusal, text): the sentence around what was typed.
    expect(spanishOnEnglish.phrases).toContain('no es un número decimal (escribe uno como 0,5 o −2)');
    expect(englishOnSpanish.phrases).toContain('is not a decimal number (type one like 0.5 or −2)');
  });

  it('leaves out what both languages write the same way', () => {
    for (const same of ['nn101', 'SGD', 'Adam', 'tanh']) {
      expect(englishOnSpanish.words).not.toContain(same);
      expect(englishOnSpanish.phrases).not.toContain(same);
    }
  });

  it('finds a phrase inside a text and a single word only as a whole text', () => {
    expect(foundNeedles(['Pulsa aquí: Show the answer, por favor'], englishOnSpanish)).toEqual(['Show the answer']);
    expect(foundNeedles(['Check'], englishOnSpanish)).toContain('Check');
    expect(foundNeedles(['Checking the weights'], englishOnSpanish)).toEqual([]);
  });
});
