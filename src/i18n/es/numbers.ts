import { formatNumber } from '../../ui/format.ts';
import type { NumberRefusal } from '../../ui/parse-number.ts';
import type { Catalogue } from '../catalogue.ts';
import { quoteEs as typed } from '../quote.ts';

export const numbers: Catalogue['numbers'] = {
  refusal(refusal: NumberRefusal, text: string): string {
    switch (refusal) {
      case 'empty': return 'Escribe un número.';
      case 'not-decimal': return `${typed(text)} no es un número decimal (escribe uno como 0,5 o −2).`;
      case 'wrong-separator': return `${typed(text)}: escribe los decimales con coma y sin separador de miles, como 0,5 o 1000.`;
      case 'too-large': return `${typed(text)} es demasiado grande para usarlo.`;
    }
  },
  range: (min: number, max: number, decimals: number) => `de ${formatNumber(min, decimals, undefined, 'es')} a ${formatNumber(max, decimals, undefined, 'es')}`,
  kept: (value: string) => `Se mantiene ${value}.`,
  outside: (text: string, range: string) => `${typed(text)} está fuera del intervalo ${range}.`,
  clamped: (range: string) => `Ajustado al intervalo ${range}.`,
};
