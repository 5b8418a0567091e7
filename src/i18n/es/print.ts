// Lo que dicen los apuntes impresos (src/print/).
import type { Catalogue } from '../catalogue.ts';

export const print: Catalogue['print'] = {
  openLink: 'Escanea o escribe este enlace para abrir esta herramienta tal como se imprimió:',
  qrLabel: (title: string) => `Código QR: un enlace a «${title}» tal como se imprimió`,
  widgetFallbackTitle: 'Herramienta interactiva',
  printButton: 'Imprimir unos apuntes',
  printHint: 'Se imprime sin la navegación ni los controles de la página; cada herramienta se imprime tal como está ahora, con un código QR que lleva de vuelta a ella.',
  answerSpace: 'Tu respuesta y por qué:',
};
