import { formatSmall } from '../../ui/small-numbers.ts';
import type { GradientTrend } from '../../scenarios/vanishing-gradients.ts';
import type { Catalogue } from '../catalogue.ts';

const TREND_WORDS: Record<GradientTrend, string> = { same: 'más o menos del mismo tamaño', vanishes: 'menos de una décima parte', explodes: 'más de diez veces mayor' };

export const vanishingGradients: Catalogue['vanishingGradients'] = {
  title: 'Pruébalo: ¿qué tamaño tiene el gradiente que llega a cada capa?',
  depth: 'Capas ocultas',
  init: 'Pesos iniciales',
  initNames: {
    small: 'pequeños: cada peso según N(0; 0,1²)',
    xavier: 'Xavier: σ = √(2 / (entradas + salidas))',
    he: 'He: σ = √(2 / entradas)',
  },
  initShort: { small: 'pequeños', xavier: 'Xavier', he: 'He' },
  activationNames: { sigmoid: 'sigmoide', tanh: 'tanh', relu: 'ReLU' },
  question: (depth: number, init: string) =>
    `Predice primero: en la red sigmoide con ${depth} capa${depth === 1 ? '' : 's'} oculta${depth === 1 ? '' : 's'} y pesos iniciales ${init}, ¿cómo es el gradiente que llega a la capa 1 comparado con el de la capa ${depth}?`,
  choices: [
    { value: 'same', text: 'Más o menos del mismo tamaño (dentro de un factor 10)' },
    { value: 'vanishes', text: 'Mucho menor: menos de una décima parte' },
    { value: 'explodes', text: 'Mucho mayor: más de diez veces' },
  ],
  measure: 'Medir los gradientes',
  reset: 'Reiniciar',
  askFirst: 'Elige antes una predicción y luego pulsa Medir los gradientes.',
  measured: 'Medido en un lote de 64 ejemplos, antes de entrenar. Cambia los ajustes para volver a medir.',
  chartLabel: 'tamaño del gradiente por peso (RMS, escala logarítmica)',
  layerAxis: 'capa (1 = la más cercana a la entrada)',
  outputLayer: 'sal.',
  chartSummary: (depth: number, init: string, firsts: string) => `Tamaño del gradiente por capa con ${depth} capas ocultas y pesos iniciales ${init}. En la capa 1: ${firsts}.`,
  table: { caption: 'Tamaño del gradiente por peso (media cuadrática de ∂L/∂w) en cada capa', layer: 'Capa', output: 'salida' },
  chartsFailed: 'No se pudo cargar la gráfica; la tabla de abajo tiene todos los números.',
  intro: (width: number, batch: number) => `Una red de ${width} entradas y capas ocultas iguales de ${width} unidades, con una salida sigmoide, recién inicializada: todavía sin entrenar. Con un lote de ${batch} ejemplos, el motor calcula el gradiente de la pérdida para cada peso, y la gráfica muestra su tamaño típico en cada capa (la media cuadrática sobre los pesos de la capa). Hacia atrás, cada capa transmite su señal de error δ a través de sus pesos y de la pendiente de su función de activación:`,
  fallback: (depth: number, sigmoid: string, relu: string) => `Con JavaScript activado, este widget mide el gradiente de cada capa. Con ${depth} capas ocultas sigmoides y pesos iniciales de Xavier, el gradiente de la capa 1 es ${sigmoid} veces el de la última capa oculta; con ReLU y pesos iniciales de He, es ${relu} veces.`,
  verdict(choice: GradientTrend, actual: GradientTrend, ratio: number, depth: number) {
    const facts = `El gradiente de la capa 1 es ${formatSmall(ratio, 'es')} veces el de la capa ${depth}: ${TREND_WORDS[actual]}.`;
    const why = 'Retroceder una capa multiplica el gradiente por los pesos de esa capa y por la pendiente de su función de activación; la pendiente de la sigmoide nunca pasa de 1/4, así que en una pila de sigmoides esos factores lo encogen capa tras capa.';
    if (choice === actual) return { correct: true, text: `Correcto. ${facts} ${why}` };
    if (choice === 'same') {
      return { correct: false, text: `Aquí no. Es tentador pensar que cada capa recibe la misma parte de la culpa, pero la retropropagación la reparte a través de un producto de factores, uno por capa. ${facts} ${why}` };
    }
    if (choice === 'explodes') {
      return { correct: false, text: `No con estos ajustes: los gradientes pueden explotar cuando los factores pasan de 1 (pesos grandes), pero la pendiente de la sigmoide tira en sentido contrario. ${facts} ${why}` };
    }
    return { correct: false, text: `No con estos ajustes. ${facts} Con una sola capa, o con estos pesos, el producto de factores se queda cerca de 1.` };
  },
};
