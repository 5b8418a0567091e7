import type { Catalogue } from '../catalogue.ts';
import { quoteEs } from '../quote.ts';
import { onnxProblem } from './onnx-problem.ts';

/** Un nombre de archivo que eligió el lector, entre comillas (los largos, recortados). */
const file = (name: string) => quoteEs(name, 60);

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

  onnx: onnxProblem,

  own: {
    tooLarge: (megabytes: string, limit: number) => `Este archivo ocupa ${megabytes} MB; el panel abre modelos de hasta ${limit} MB (un clasificador pequeño de imágenes de 28 × 28 ocupa mucho menos de 1 MB). No se ha cargado nada.`,
    reading: (name: string) => `Abriendo ${file(name)} en ONNX Runtime…`,
    notOpened: (name: string, reason: string) => `No se pudo usar ${file(name)}: ${reason} El panel de arriba sigue funcionando con el modelo del curso.`,
    runtimeRefused: (reason: string) => `ONNX Runtime no puede ejecutarlo (${reason}). Puede que use operadores o tipos que onnxruntime-web no admite.`,
    ready: (name: string, shape: string, classes: number) => `Tu modelo ${file(name)} está cargado: entrada [${shape}], ${classes} salidas. Dibuja en el panel para ver su respuesta junto a la nuestra.`,
    failedOnDrawing: (reason: string) => `Tu modelo falló con este dibujo (${reason}).`,
    answer: (label: string, value: string, kind: 'probabilities' | 'scores') =>
      kind === 'probabilities' ? `Tu modelo lee ${label} (probabilidad ${value}).` : `La puntuación más alta de tu modelo es para ${label} (softmax de sus puntuaciones: ${value}).`,
    classLabel: (index: number, classes: number) => (classes === 10 ? String(index) : `clase ${index}`),
  },

  page: {
    canvasLabel: 'Zona de dibujo para un dígito',
    help: 'Dibuja un dígito, del 0 al 9, grande, con el ratón, el dedo o un lápiz. Sin puntero: pon el foco en esta zona y pulsa <kbd>Intro</kbd> para cargar un dígito de prueba escrito a mano (otra vez para el siguiente) y <kbd>Supr</kbd> para borrar; los botones de abajo hacen lo mismo.',
    clear: 'Borrar',
    sample: 'Cargar un dígito de prueba',
    seen: 'Lo que ve la red: 28 × 28 píxeles',
    loadsOnScroll: 'El modelo de dígitos se carga cuando llegas hasta aquí (necesita JavaScript).',
    listLabel: 'Probabilidad de cada dígito',
    ortSummary: 'Comprobar con ONNX Runtime, o abrir tu propio modelo',
    ortIntro: 'El panel ejecuta el archivo del modelo con el motor propio de este curso. ONNX Runtime, el programa estándar para archivos ONNX (unos 3,6 MB), solo se carga cuando pulsas el botón o eliges un archivo aquí debajo.',
    ortCheck: 'Comprobar con ONNX Runtime',
    ownHeading: 'Abrir tu propio modelo',
    ownHelp: 'Un clasificador pequeño tuyo en formato ONNX, por ejemplo exportado desde PyTorch (<code>torch.onnx.export</code>) o desde Keras (con tf2onnx). Recibe la imagen del cuadrado pequeño: una entrada float32 con forma [batch, 784], [batch, 28, 28], [batch, 1, 28, 28] o [batch, 28, 28, 1], tinta 1 sobre papel 0, con el dígito centrado en un recuadro de 20 píxeles como en MNIST. Su primera salida se lee como una puntuación o probabilidad por clase. Archivos de hasta 20 MB; el archivo no sale de tu navegador.',
    ownFile: 'Elegir un archivo de modelo (.onnx)',
    unitsHeading: 'Lo que aprendió la red: sus 96 unidades ocultas',
    unitsIntro: 'Cada unidad oculta suma los 784 píxeles, cada uno multiplicado por su propio peso, y se activa (ReLU) cuando la suma es mayor que cero. Sus 784 pesos se pueden dibujar como una imagen de 28 × 28: azul donde la tinta en ese píxel empuja la unidad hacia arriba, naranja donde la frena y pálido donde el píxel apenas importa.',
    unitsQuestion: 'Predice primero: dibujados así, ¿qué aspecto tienen los pesos de las 96 unidades?',
    unitsChoices: {
      digits: '96 dígitos pequeños y claros, unos diez de cada uno',
      parts: 'Trazos anchos y manchas, trozos de varios dígitos a la vez, con motas por todas partes',
      noise: 'Motas al azar sin forma: el patrón solo está en los números',
    },
    unitsReveal: 'Mostrar los pesos',
    unitsExplain: {
      digits: 'No exactamente: casi ninguna unidad parece un dígito entero. Nada pedía a la red que dedicara una unidad a cada dígito; cada unidad responde a un patrón de trazos, y la capa de salida suma muchas unidades para decidir.',
      parts: 'Sí: la mayoría de las unidades son trazos anchos y manchas, a menudo tinta aquí junto a nada de tinta allí, mezclando trozos de varios dígitos. Las motas son restos de los números aleatorios con los que empezaron los pesos: tras el entrenamiento siguen teniendo una correlación de más o menos 0,5 con esos valores iniciales. El entrenamiento solo los movió lo necesario para distinguir diez dígitos.',
      noise: 'Vuelve a mirar: bajo las motas, la mayoría de los recuadros tienen trazos anchos y manchas. Las motas son el punto de partida aleatorio (los pesos entrenados siguen teniendo una correlación de más o menos 0,5 con sus valores iniciales); las formas son lo que añadió el entrenamiento.',
    },
    unitsCanvas: 'Los pesos de las 96 unidades ocultas como imágenes de 28 por 28, 12 por fila',
    unitsLegend: 'Las unidades van numeradas del 1 al 96, de izquierda a derecha y de arriba abajo. Cada imagen está escalada a su propio peso más grande. Azul: positivo; naranja: negativo.',
    unitsChooseFirst: 'Elige antes una respuesta: predecir es lo importante.',
    unitsCanvasLive: (count: number, columns: number, active: number) => `Los pesos de las ${count} unidades ocultas como imágenes de 28 por 28, ${columns} por fila; ${active} se activan con este dibujo, y las más fuertes están enmarcadas.`,
    exerciseHeading: 'Ejercicio: consigue que lea los diez dígitos',
    exerciseIntro: 'Dibuja cada dígito del 0 al 9 de forma que la red lo lea con una probabilidad de al menos el 80 %. La página marca un dígito cuando lo consigues con tu propio dibujo (los dígitos de prueba no cuentan).',
    notYet: 'todavía no',
    read: 'leído',
    allRead: 'Has conseguido los diez dígitos. ¡Bien hecho! Ahora intenta engañarla (mira más abajo).',
    someRead: (done: number) => `${done} de 10 dígitos leídos hasta ahora.`,
    caption: 'Una red con una capa oculta, entrenada con el motor propio de este curso sobre dígitos escritos a mano de MNIST (de Yann LeCun, Corinna Cortes y Christopher J. C. Burges), se ejecuta en tu navegador con ese mismo motor, leída desde un archivo ONNX estándar.',
    card: (heldOut: string, right: string, accuracy: string) => `Con ${heldOut} dígitos de MNIST que nunca vio al entrenar, acertó ${right} veces (${accuracy}).`,
    loading: 'Cargando el modelo de dígitos…',
    ready: 'Modelo listo: dibuja un dígito.',
    serverAnswered: (status: number) => `el servidor respondió ${status}`,
    loadFailed: (reason: string) => `No se pudo cargar el modelo de dígitos (${reason}). Recarga la página para volver a intentarlo.`,
    samplesFailed: (reason: string) => `No se pudieron cargar los dígitos de prueba (${reason}).`,
    sampleShown: (n: number, total: number, label: number) => `Dígito de prueba ${n} de ${total}: MNIST lo etiqueta como ${label}.`,
    failedOnDrawing: (reason: string) => `El modelo falló con este dibujo (${reason}).`,
    reads: (digit: number, probability: string) => `La red lee ${digit} (probabilidad ${probability})`,
    secondGuess: (digit: number, probability: string) => `; segunda opción ${digit} (${probability})`,
    digitAxis: 'dígito',
    probabilityAxis: 'probabilidad',
  },

  units: {
    notYet: 'Dibuja un dígito para ver qué unidades ocultas se activan con él.',
    firing: (active: number, total: number, top: string) =>
      `Con este dibujo se activan ${active} de ${total} unidades ocultas (una unidad ReLU se activa cuando su suma ponderada es mayor que cero). Las más fuertes: ${top}. Aparecen enmarcadas en la cuadrícula; las unidades que se quedan en cero aparecen atenuadas.`,
    unitValue: (unit: number, value: string) => `unidad ${unit} (${value})`,
  },
};
