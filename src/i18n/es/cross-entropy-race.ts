import { formatNumber } from '../../ui/format.ts';
import { CROSS_ENTROPY_RACE, type RaceWinner } from '../../scenarios/cross-entropy-race.ts';
import type { Catalogue } from '../catalogue.ts';

const stepsText = (steps: number | undefined): string => (steps === undefined ? 'no dentro de la ejecución' : `${steps} paso${steps === 1 ? '' : 's'}`);
const finishText = (steps: number | undefined): string =>
  steps === undefined ? `ŷ sigue por debajo de 0,5 tras los ${CROSS_ENTROPY_RACE.steps} pasos` : `ŷ superó 0,5 tras ${stepsText(steps)}`;

export const crossEntropyRace: Catalogue['crossEntropyRace'] = {
  title: 'Pruébalo: error cuadrático frente a entropía cruzada, partiendo de un error con mucha seguridad',
  startZ: 'z inicial (cuánto se equivoca la neurona al empezar)',
  startZDescription: 'la preactivación antes de entrenar; la salida empieza en σ(z)',
  learningRate: 'Tasa de aprendizaje η',
  question: 'Predice primero: las dos ejecuciones parten de los mismos pesos con la misma tasa de aprendizaje. ¿Cuál lleva antes su salida ŷ por encima de 0,5 (el lado correcto)?',
  choices: [
    { value: 'mse', text: 'El error cuadrático: es el que más se equivoca, así que da los pasos más grandes' },
    { value: 'binaryCrossEntropy', text: 'La entropía cruzada' },
    { value: 'tie', text: 'Las dos en el mismo paso: misma neurona, misma tasa de aprendizaje' },
  ],
  run: 'Ejecutar las dos',
  reset: 'Reiniciar',
  askFirst: 'Elige antes una predicción y luego pulsa Ejecutar las dos.',
  running: (steps: number) => `Entrenando las dos durante ${steps} pasos de descenso del gradiente…`,
  reduced: 'Tienes activado el movimiento reducido, así que las curvas aparecen completas.',
  done: 'Hecho. Mueve los deslizadores para volver a ejecutar las dos a la vez.',
  rerun: 'Vuelve a ejecutar con el nuevo ajuste.',
  lossName: { mse: 'error cuadrático', binaryCrossEntropy: 'entropía cruzada' },
  lossChart: 'Pérdida (escala logarítmica)',
  gradientChart: 'Tamaño del gradiente |∂L/∂z| (escala logarítmica)',
  step: 'paso',
  chartLabel: (what: string, mse: string, ce: string) => `${what} a lo largo de los pasos: error cuadrático ${mse}, entropía cruzada ${ce}.`,
  table: {
    caption: 'Las dos ejecuciones en números',
    run: 'Ejecución',
    gradient0: '|∂L/∂z| al principio',
    finish: 'Pasos hasta ŷ ≥ 0,5',
    final: 'ŷ tras el último paso',
    never: 'no dentro de la ejecución',
  },
  chartsFailed: 'No se pudieron cargar las gráficas; los números de abajo son exactos.',
  intro: (x: string, t: string, steps: number) => `Una neurona sigmoide, ŷ = σ(wx + b), con un solo ejemplo: entrada x = ${x}, objetivo t = ${t}. Empieza con un peso y un sesgo tan negativos que ŷ es casi 0: se equivoca con mucha seguridad. Se entrenan dos copias con descenso del gradiente simple, ${steps} pasos cada una, una con el error cuadrático y otra con la entropía cruzada.`,
  squaredLabel: 'Error cuadrático:',
  crossLabel: 'Entropía cruzada:',
  fallback: (z0: string, rate: string, mseSteps: number, ceSteps: number, times: number) => `Con JavaScript activado, este widget entrena las dos y dibuja su pérdida y el tamaño de su gradiente. Desde z₀ = ${z0} con tasa de aprendizaje ${rate}, el error cuadrático tarda ${mseSteps} pasos en llevar ŷ por encima de 0,5 y la entropía cruzada ${ceSteps}: el gradiente del error cuadrático empieza siendo ${times} veces más pequeño.`,
  stepsText,
  finishText,
  verdict(choice: RaceWinner, winner: RaceWinner, mseSteps: number | undefined, ceSteps: number | undefined, ratio: number) {
    const facts = `Error cuadrático: ${finishText(mseSteps)}; entropía cruzada: ${finishText(ceSteps)}. Al principio, el gradiente de la entropía cruzada era ${formatNumber(ratio, 0, undefined, 'es')} veces mayor.`;
    const why = 'El ∂L/∂z del error cuadrático lleva el factor σ′(z) = ŷ(1 − ŷ), que es casi 0 cuando la sigmoide está saturada, por mucho que se equivoque la salida; el ∂L/∂z = ŷ − t de la entropía cruzada no tiene ese factor, así que la neurona que más se equivoca es la que más rápido aprende.';
    if (choice === winner) return { correct: true, text: `Correcto. ${facts} ${why}` };
    if (choice === 'mse') {
      return { correct: false, text: `Aquí no. «Cuanto más se equivoca, mayor el paso» vale para la pérdida, no para su gradiente: una sigmoide saturada apenas mueve su salida, haga lo que haga z. ${facts} ${why}` };
    }
    if (choice === 'tie') {
      return { correct: false, text: `No exactamente: la tasa de aprendizaje es la misma, pero el gradiente al que multiplica no lo es; la pérdida decide el gradiente. ${facts} ${why}` };
    }
    return { correct: false, text: `No con estos ajustes. ${facts} ${why}` };
  },
};
