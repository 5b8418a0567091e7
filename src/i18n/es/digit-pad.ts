import type { Catalogue } from '../catalogue.ts';

export const digitPad: Catalogue['digitPad'] = {
  notADigit: {
    'little-ink': 'Esto no parece un dígito: casi no hay tinta, solo un punto o una mancha. Dibuja el dígito grande, llenando casi todo el recuadro.',
    solid: 'Esto no parece un dígito: casi todo es tinta maciza (un punto, una zona rellena, un garabato o un dígito tan pequeño que el lápiz lo rellena). Un dígito es una línea fina: dibújalo grande, en uno o dos trazos.',
    flat: 'Esto no parece un dígito: es una marca aplastada, mucho más ancha que alta, y los dígitos son verticales.',
    scattered: 'Esto no parece un dígito: son varias marcas gruesas separadas, y un dígito tiene uno o dos trazos.',
    tangle: 'Esto no parece un dígito: tiene más bucles cerrados que cualquier dígito (el 8 tiene dos).',
  },
  stillAnswers: (digit: number, probability: string) =>
    `Aun así, la red responde ${digit} (${probability}): sus diez probabilidades siempre suman 100 %, así que un clasificador siempre elige una de sus clases, sea un dígito o no. La comprobación de arriba es una regla aparte, no la red.`,
  exerciseNotCounted: 'No cuenta para el ejercicio: no parece un dígito.',

  ort: {
    loading: 'Cargando ONNX Runtime (unos 3,6 MB, una sola vez)…',
    failed: (reason: string) => `ONNX Runtime no pudo ejecutarse aquí (${reason}). El panel de arriba sigue funcionando con el motor del curso.`,
    nothingDrawn: 'Dibuja antes un dígito (o carga un dígito de prueba) y luego compruébalo.',
    agree: (digit: number, probability: string, difference: string) =>
      `ONNX Runtime lee ${digit} (${probability}), igual que nuestro motor: en las diez probabilidades, los dos difieren como mucho en ${difference}. El mismo archivo, dos programas independientes, la misma respuesta.`,
    disagree: (ortDigit: number, ourDigit: number, difference: string) =>
      `ONNX Runtime lee ${ortDigit}, pero nuestro motor lee ${ourDigit}; las probabilidades difieren hasta en ${difference}. Esto no debería pasar: por favor, avísanos.`,
  },

  own: {
    tooLarge: (megabytes: string, limit: number) => `Este archivo ocupa ${megabytes} MB; el panel abre modelos de hasta ${limit} MB (un clasificador pequeño de imágenes de 28 × 28 ocupa mucho menos de 1 MB). No se ha cargado nada.`,
    empty: 'Este archivo está vacío.',
    reading: (name: string) => `Abriendo ${name} en ONNX Runtime…`,
    notOpened: (name: string, reason: string) => `No se pudo usar ${name}: ${reason} El panel de arriba sigue funcionando con el modelo del curso.`,
    runtimeRefused: (reason: string) => `ONNX Runtime no puede ejecutarlo (${reason}). Puede que use operadores o tipos que onnxruntime-web no admite.`,
    ready: (name: string, shape: string, classes: number) => `Tu modelo ${name} está cargado: entrada [${shape}], ${classes} salidas. Dibuja en el panel para ver su respuesta junto a la nuestra.`,
    failedOnDrawing: (reason: string) => `Tu modelo falló con este dibujo (${reason}).`,
    answer: (label: string, value: string, kind: 'probabilities' | 'scores') =>
      kind === 'probabilities' ? `Tu modelo lee ${label} (probabilidad ${value}).` : `La puntuación más alta de tu modelo es para ${label} (softmax de sus puntuaciones: ${value}).`,
    classLabel: (index: number, classes: number) => (classes === 10 ? String(index) : `clase ${index}`),
  },

  units: {
    notYet: 'Dibuja un dígito para ver qué unidades ocultas se activan con él.',
    firing: (active: number, total: number, top: string) =>
      `Con este dibujo se activan ${active} de ${total} unidades ocultas (una unidad ReLU se activa cuando su suma ponderada es mayor que cero). Las más fuertes: ${top}. Aparecen enmarcadas en la cuadrícula; las unidades que se quedan en cero aparecen atenuadas.`,
    unitValue: (unit: number, value: string) => `unidad ${unit} (${value})`,
  },
};
