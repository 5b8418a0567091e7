import { formatInteger, formatPlain } from '../../ui/format.ts';
import type { ValueProblem } from '../../state/url-state.ts';
import { QUOTED_LENGTH, quoteEs } from '../quote.ts';
import type { Catalogue } from '../catalogue.ts';

const plain = (v: number) => formatPlain(v, 'es');
const int = (v: number) => formatInteger(v, 'es');
/** A reader's value (a key, a value, a list item, a point) in this language's quotation marks. */
const q = (text: string) => quoteEs(text, QUOTED_LENGTH);

export const urlState: Catalogue['urlState'] = {
  linkTooLong: 'El enlace es demasiado largo para ser una configuración del área de pruebas; todos los ajustes tienen su valor por defecto.',
  unknown: (key: string) => `Se ha ignorado el ajuste desconocido ${q(key)}.`,
  repeated: (label: string, key: string) => `El ajuste «${label}» (${key}) aparece dos veces; se usa el primer valor.`,
  unreadable: (label: string, key: string, tooLong: boolean, fallback: string) => `No se pudo leer el ajuste «${label}» (${key}) (${tooLong ? 'es muchísimo más largo de lo posible' : 'tiene un código % mal formado'}); se usa el valor por defecto, ${fallback}.`,
  refused: (label: string, value: string, problem: string, fallback: string) => `El valor ${q(value)} de «${label}» ${problem}; se usa el valor por defecto, ${fallback}.`,
  none: 'ninguno',
  number: (v: number) => plain(v),
  list: (items: readonly string[]) => items.join('; '),
  moreUnknown: (more: number) => `… y ${int(more)} ajuste${more === 1 ? '' : 's'} desconocido${more === 1 ? '' : 's'} más, también ignorado${more === 1 ? '' : 's'}.`,
  moreRepeated: (more: number) => `… y ${int(more)} ajuste${more === 1 ? '' : 's'} repetido${more === 1 ? '' : 's'} más, también ignorado${more === 1 ? '' : 's'}.`,
  problem: (p: ValueProblem): string => valueProblem(p),
};

function valueProblem(p: ValueProblem): string {
  switch (p.kind) {
    case 'not-whole': return 'no es un número entero';
    case 'not-number': return 'no es un número';
    case 'outside': return `está fuera del intervalo de ${plain(p.min)} a ${plain(p.max)}`;
    case 'not-bool': return 'no es 1 ni 0';
    case 'not-one-of': return `no es ninguno de estos: ${p.values.join(', ')}`;
    case 'length': return p.min === p.max ? `debe tener ${p.min} elementos y tiene ${p.length}` : `debe tener de ${p.min} a ${p.max} elementos y tiene ${p.length}`;
    case 'item': return `tiene un elemento ${p.index}, ${q(p.text)}, que ${valueProblem(p.problem)}`;
    case 'repeats': return `repite su elemento ${p.index}, ${q(p.text)}`;
    case 'too-long': return `tiene más de ${int(p.max)} caracteres`;
    case 'control-characters': return 'contiene caracteres de control';
    case 'too-many-points': return `tiene ${int(p.count)} puntos, más de ${int(p.max)}`;
    case 'not-a-point': return `tiene un punto ${p.index}, ${q(p.text)}, que no tiene la forma x_y_etiqueta con 2 decimales como mucho`;
    case 'point-off-range': return `tiene un punto ${p.index}, ${q(p.text)}, fuera de rango`;
    case 'not-a-challenge': return 'no es un nombre de reto';
    case 'not-a-cell': return 'no es un nombre de celda';
    case 'not-a-code': return 'contiene caracteres que un código compartido nunca tiene (el enlace se cortó o se modificó)';
    case 'not-a-class-code': return 'debe tener de 1 a 40 letras, cifras, espacios, puntos, guiones o guiones bajos';
    case 'not-a-chapter': return 'no es el nombre de un capítulo';
    case 'not-a-question': return 'no es una pregunta del curso';
    case 'not-an-assignment-challenge': return 'no es un reto que este curso pueda abrir (se cortó o se cambió)';
  }
}
