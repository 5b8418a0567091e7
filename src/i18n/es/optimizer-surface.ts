import { formatNumber, formatPlain } from '../../ui/format.ts';
import { formatSmall } from '../../ui/small-numbers.ts';
import { OPTIMIZER_SURFACE as S, type OptimizerKind } from '../../scenarios/optimizer-surface.ts';
import type { Catalogue } from '../catalogue.ts';

type SurfaceChoice = OptimizerKind | 'none';
const names = { sgd: 'SGD', momentum: 'momento', adam: 'Adam' } satisfies Record<OptimizerKind, string>;
const target = formatPlain(S.target, 'es');

export const optimizerSurface: Catalogue['optimizerSurface'] = {
  title: 'Pruébalo: tres optimizadores en un barranco',
  learningRate: 'Tasa de aprendizaje η',
  momentum: 'Momento μ (para el optimizador con momento)',
  names,
  endsAt: (name: string, glyph: string) => `${name} (termina en ${glyph})`,
  question: `Predice primero: con los ajustes de arriba, ¿qué optimizador baja antes la pérdida por debajo de ${target} (en ${S.steps} pasos como mucho)?`,
  choices: [
    { value: 'sgd', text: 'SGD: siempre da el paso cuesta abajo en línea recta' },
    { value: 'momentum', text: 'Momento' },
    { value: 'adam', text: 'Adam: se adapta, así que siempre es el más rápido' },
    { value: 'none', text: `Ninguno en ${S.steps} pasos` },
  ],
  run: 'Ejecutar los tres',
  askFirst: 'Elige antes una predicción y luego pulsa Ejecutar los tres.',
  running: `Dando ${S.steps} pasos con cada optimizador…`,
  reduced: 'Tienes activado el movimiento reducido, así que las trayectorias aparecen completas.',
  done: 'Hecho. Mueve los deslizadores para volver a ejecutar los tres a la vez.',
  pictureLabel: (summary: string) => `Curvas de nivel de la pérdida sobre los dos pesos, w₁ en horizontal y w₂ en vertical, de −5 a 5; el mínimo está en el centro. ${summary}`,
  axes: 'w₁ va de izquierda a derecha y w₂ de abajo arriba, los dos de −5 a 5. El anillo marca el punto de partida y la + el mínimo (pérdida 0); cada curva de nivel es una pérdida doble que la siguiente hacia dentro.',
  table: {
    caption: 'Las tres ejecuciones en números',
    optimizer: 'Optimizador',
    reached: `Pasos hasta pérdida < ${target}`,
    final: 'Pérdida al final',
    never: 'no alcanzada',
    left: (steps: number) => `salió del dibujo tras ${steps} pasos`,
  },
  intro: (ratio: string, steps: number) => `Una pérdida de solo dos pesos, w₁ y w₂, con forma de valle largo y estrecho (un barranco): sus paredes se curvan ${ratio} veces más de un lado a otro que su fondo a lo largo. Cada optimizador parte del mismo punto y da ${steps} pasos con las reglas con las que se entrenan las redes del curso, donde g es el gradiente (β₁ = 0,9, β₂ = 0,999, y m̂ y ŝ corregidos por empezar en 0):`,
  fallback: (rate: string, momentum: string, target: string, outcomes: string) => `Con JavaScript activado, este widget dibuja las tres trayectorias sobre las curvas de nivel de la pérdida. Con tasa de aprendizaje ${rate} y momento ${momentum}, los pasos necesarios para bajar la pérdida de ${target}: ${outcomes}.`,
  reachedText: (steps: number | undefined): string => (steps === undefined ? 'no alcanzada' : String(steps)),
  outcomeText: (kind: OptimizerKind, steps: number | undefined, finalLoss: number): string =>
    steps === undefined ? `${names[kind]}: no en ${S.steps} pasos (pérdida ${formatSmall(finalLoss, 'es')} al final)` : `${names[kind]}: ${steps} pasos`,
  verdict(choice: SurfaceChoice, winners: readonly OptimizerKind[], outcomes: string, momentum: number) {
    const right = choice === 'none' ? winners.length === 0 : winners.includes(choice);
    const answer = winners.length === 0 ? 'ninguno llegó' : `${winners.map((k) => names[k]).join(' y ')} ${winners.length === 1 ? 'llegó' : 'llegaron'} antes`;
    const facts = `Aquí ${answer}. ${outcomes}.`;
    if (right) return { correct: true, text: `Correcto. ${facts}` };
    const why: Record<SurfaceChoice, string> = {
      sgd: 'En un barranco, la bajada más empinada no apunta hacia el mínimo: el gradiente señala sobre todo de pared a pared, así que SGD rebota entre las paredes y avanza despacio por el fondo, donde la pendiente es suave.',
      momentum: `El momento no siempre gana: acumula los pasos anteriores, y con μ = ${formatNumber(momentum, 2, undefined, 'es')} el punto puede pasarse, cruzar el mínimo y dar vueltas a su alrededor mucho tiempo; con una tasa de aprendizaje demasiado pequeña, sigue arrastrándose.`,
      adam: 'Adam no es automáticamente el más rápido: divide cada paso por el tamaño reciente del gradiente, así que cada paso mide más o menos η en cada coordenada, sea la pendiente fuerte o suave; que eso sea rápido depende de η y de la distancia que queda.',
      none: 'Uno de ellos sí llegó.',
    };
    return { correct: false, text: `Esta vez no. ${why[choice]} ${facts}` };
  },
};
