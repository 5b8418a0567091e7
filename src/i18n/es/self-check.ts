import type { Catalogue } from '../catalogue.ts';

export const selfCheck: Catalogue['selfCheck'] = {
  correct: 'Correcto.',
  wrong: 'No exactamente.',
  pickFirst: 'Elige antes una de las respuestas.',
  typeFirst: 'Escribe antes un número, por ejemplo 0,25.',
  tryAgain: 'Revisa tus cuentas y vuelve a intentarlo. «Ver la respuesta», aquí debajo, la desarrolla paso a paso.',
  yourAnswer: 'Tu respuesta',
  check: 'Comprobar',
  showAnswer: 'Ver la respuesta',
};
