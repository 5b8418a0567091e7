import type { Catalogue } from '../catalogue.ts';

export const forwardPass: Catalogue['forwardPass'] = {
  caption: 'Lanza una propagación hacia delante, capa a capa',
  drawing: 'Una red con 2 entradas, 3 neuronas ocultas y 2 salidas.',
  noScript: 'Con JavaScript activado, aquí se muestra una red con 2 entradas, 3 neuronas ocultas y 2 salidas. Tú fijas las entradas y luego activas la capa oculta y la capa de salida, una tras otra; cada neurona se ilumina según su activación y se escribe su suma ponderada.',
  fireFirst: 'Activar la primera capa',
  fireNext: 'Activar la capa siguiente',
  allFired: 'Todas las capas activadas',
  restart: 'Volver a empezar',
  input: (n: number) => `Entrada x${n}`,
  columns: ['entradas', 'ocultas (sigmoide)', 'salidas (softmax)'],
  outputLayer: 'Capa de salida',
  hiddenLayer: (n: number) => `Capa oculta ${n}`,
  answer: (best: number, p: string, p1: string, p2: string) => `La respuesta de la red: clase ${best}, con probabilidad ${p} (clase 1: ${p1}, clase 2: ${p2}).`,
  answerLater: 'La respuesta aparece cuando se activa la capa de salida.',
  drawingLive: (inputs: string, fired: number, total: number) => `Red con 2 entradas, 3 neuronas ocultas y 2 salidas. Entradas ${inputs}. ${fired === 0 ? 'Todavía no se ha activado ninguna capa.' : `${fired} de ${total} capas activadas.`}`,
  and: ' y ',
  backToInputs: 'De vuelta a las entradas: no se ha activado ninguna capa.',
  layerFired: (layer: string, values: string) => `${layer} activada: ${values}.`,
};
