// What a link's settings got wrong (src/state/url-state.ts reads every link: the playground's, the code
// cells', the assignments'). The state module returns codes (ValueProblem) and names the key; these
// sentences phrase them, with the key's name from the widget's own catalogue when it has one.
import { formatInteger, formatPlain } from '../../ui/format.ts';
import type { ValueProblem } from '../../state/url-state.ts';
import { QUOTED_LENGTH, quoteEn } from '../quote.ts';

const plain = (v: number) => formatPlain(v, 'en');
const int = (v: number) => formatInteger(v, 'en');
/** A reader's value (a key, a value, a list item, a point) in this language's quotation marks. */
const q = (text: string) => quoteEn(text, QUOTED_LENGTH);

export const urlState = {
  linkTooLong: 'The link is too long to be a playground set-up; every setting is at its default.',
  unknown: (key: string) => `Ignored the unknown setting ${q(key)}.`,
  repeated: (label: string, key: string) => `The ${label} (${key}) was given twice; the first value is used.`,
  unreadable: (label: string, key: string, tooLong: boolean, fallback: string) => `The ${label} (${key}) could not be read (${tooLong ? 'far too long' : 'malformed % escape'}); using the default, ${fallback}.`,
  refused: (label: string, value: string, problem: string, fallback: string) => `The ${label} ${q(value)} ${problem}; using the default, ${fallback}.`,
  /** The default that replaces a refused value, when it is empty. */
  none: 'none',
  /** A number default, as the page writes numbers. */
  number: (v: number) => plain(v),
  list: (items: readonly string[]) => items.join(', '),
  moreUnknown: (more: number) => `… and ${int(more)} more unknown setting${more === 1 ? '' : 's'}, also ignored.`,
  moreRepeated: (more: number) => `… and ${int(more)} more repeated setting${more === 1 ? '' : 's'}, also ignored.`,
  problem: (p: ValueProblem): string => valueProblem(p),
};

function valueProblem(p: ValueProblem): string {
  switch (p.kind) {
    case 'not-whole': return 'is not a whole number';
    case 'not-number': return 'is not a number';
    case 'outside': return `is outside ${plain(p.min)} to ${plain(p.max)}`;
    case 'not-bool': return 'is not 1 or 0';
    case 'not-one-of': return `is not one of ${p.values.join(', ')}`;
    case 'length': return p.min === p.max ? `must have ${p.min} items, has ${p.length}` : `must have ${p.min} to ${p.max} items, has ${p.length}`;
    case 'item': return `item ${p.index} ${q(p.text)} ${valueProblem(p.problem)}`;
    case 'repeats': return `item ${p.index} ${q(p.text)} repeats`;
    case 'too-long': return `is longer than ${int(p.max)} characters`;
    case 'control-characters': return 'contains control characters';
    case 'too-many-points': return `has ${int(p.count)} points, more than ${int(p.max)}`;
    case 'not-a-point': return `point ${p.index} ${q(p.text)} is not x_y_label with up to 2 decimals`;
    case 'point-off-range': return `point ${p.index} ${q(p.text)} is out of range`;
    case 'not-a-challenge': return 'is not a challenge name';
    case 'not-a-cell': return 'is not a cell name';
    case 'not-a-code': return 'contains characters a shared code never has (the link was cut or changed)';
    case 'not-a-class-code': return 'must be 1 to 40 letters, digits, spaces, dots, dashes or underscores';
    case 'not-a-chapter': return 'is not a chapter name';
    case 'not-a-question': return 'is not a question of the course';
    case 'not-an-assignment-challenge': return 'is not a challenge this course can open (it was cut or changed)';
  }
}
