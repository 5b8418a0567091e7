import type { Catalogue } from '../catalogue.ts';
import type { InputField, InputProblem } from '../../engine/validate.ts';
import { formatInteger, formatPlain } from '../../ui/format.ts';

const list = (names: readonly string[]) => names.join(', ');
const n = (x: number) => String(Number(x.toPrecision(6))).replace('.', ',');
const limit = (x: number) => (Number.isInteger(x) ? formatInteger(x, 'es') : formatPlain(x, 'es'));

const FIELDS: Record<InputField, string> = {
  inputs: 'el número de entradas (inputs)', seed: 'la semilla (seed)', leakySlope: 'la pendiente de leakyRelu (leakySlope)',
  dropout: 'el abandono (dropout)', learningRate: 'la tasa de aprendizaje (learningRate)', momentum: 'el momento (momentum)',
  beta1: 'beta1', beta2: 'beta2', epsilon: 'epsilon', batchSize: 'el tamaño de lote (batchSize)', l1: 'l1', l2: 'l2',
  scheduleEvery: 'el intervalo del calendario (every)', scheduleFactor: 'el factor del calendario (factor)',
  scheduleRate: 'la tasa del calendario (rate)', scheduleEpochs: 'las épocas del calendario (epochs)', scheduleMin: 'el mínimo del calendario (min)',
  gridSize: 'el tamaño de la rejilla', unitLayer: 'la capa de la unidad', unitIndex: 'el índice de la unidad',
};
const field = (f: InputField, layer?: number) => `${FIELDS[f]}${layer === undefined ? '' : ` de layers[${layer}]`}`;
const numbers = (what: string, layer?: number) => (layer === undefined ? what : `${what}[${layer}]`);
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function engineProblem(p: InputProblem): string {
  switch (p.code) {
    case 'spec-not-object': return `La especificación de una red debe ser un objeto como { inputs: 2, layers: [...] }; se recibió ${p.got}.`;
    case 'whole-number': return `${cap(field(p.field, p.layer))} debe ser un número entero de ${limit(p.min)} a ${limit(p.max)}; se recibió ${p.got}.`;
    case 'range': return `${cap(field(p.field, p.layer))} debe ser un número de ${limit(p.min)} ${p.closed ? 'a' : 'hasta (sin incluir)'} ${limit(p.max)}; se recibió ${p.got}.`;
    case 'layer-count': return `layers debe enumerar hasta ${p.max} capas ocultas seguidas de la capa de salida (de 1 a ${p.max + 1} elementos); se recibió ${p.got}.`;
    case 'layer-not-object': return `layers[${p.layer}] debe ser un objeto como { units: 4, activation: "tanh" }.`;
    case 'units': return `layers[${p.layer}] tiene ${p.got} unidades; cada capa necesita de 1 a ${limit(p.max)}.`;
    case 'activation': return `layers[${p.layer}] tiene la activación ${p.got}; las activaciones son ${list(p.allowed)}.`;
    case 'softmax-hidden': return `layers[${p.layer}] usa softmax, que solo puede usar la capa de salida (layers[${p.last}]).`;
    case 'dropout-output': return `layers[${p.layer}] es la capa de salida; solo las capas ocultas pueden tener abandono (dropout).`;
    case 'loss': return `La pérdida ${p.got} no existe; las pérdidas son ${list(p.allowed)}.`;
    case 'loss-output': return `La pérdida ${p.loss} necesita una capa de salida ${p.needs}, pero la capa de salida es ${p.got}.`;
    case 'softmax-loss': return `Una capa de salida softmax necesita la pérdida softmaxCrossEntropy; se recibió ${p.got}.`;
    case 'init': return `init es ${p.got}; usa "xavier" o "he", u omítelo para usar el valor por defecto de cada capa.`;
    case 'config-not-object': return `Las opciones de entrenamiento deben ser un objeto; se recibió ${p.got}.`;
    case 'learning-rate': return `La tasa de aprendizaje (learningRate) debe ser un número mayor que 0 y como mucho ${limit(p.max)}; se recibió ${p.got}.`;
    case 'optimizer-not-object': return `El optimizador debe ser un objeto como { kind: "adam" }; se recibió ${p.got}.`;
    case 'optimizer-kind': return `No hay ningún optimizador ${p.got}: usa "sgd", "momentum" o "adam".`;
    case 'schedule-not-object': return `El calendario de la tasa de aprendizaje debe ser un objeto como { kind: "constant" }; se recibió ${p.got}.`;
    case 'schedule-kind': return `No hay ningún calendario ${p.got}: usa "constant", "step", "exponential" o "cosine".`;
    case 'parameters-not-object': return 'Los parámetros deben ser un objeto { weights: number[][], biases: number[][] }.';
    case 'parameter-layers': return `Los parámetros tienen ${p.weights} capas de pesos y ${p.biases} de sesgos, pero la red tiene ${p.layers} capas.`;
    case 'weights-size': return `weights[${p.layer}] tiene ${limit(p.got)} números, pero layers[${p.layer}] necesita ${p.inputs} × ${p.units} = ${limit(p.inputs * p.units)}.`;
    case 'biases-size': return `biases[${p.layer}] tiene ${limit(p.got)} números, pero layers[${p.layer}] tiene ${p.units} unidades.`;
    case 'not-numbers': return `${numbers(p.what, p.layer)} debe ser una lista de números; se recibió ${p.got}.`;
    case 'not-finite': return `${numbers(p.what, p.layer)}[${p.index}] vale ${p.got}; todos los valores deben ser números finitos.`;
    case 'step-untrainable': return `layers[${p.layer}] usa step, cuyo gradiente vale 0 casi en todas partes, así que nada puede aprender a través de ella; usa sigmoid para entrenar (step es solo para pasadas hacia delante).`;
    case 'not-saved-network': return 'Esto no es una red: boundary(…) y el motor necesitan una creada con network(…), o su toJSON().';
    case 'saved-version': return `Esta red guardada tiene la versión ${p.got}; el curso lee la versión 1.`;
  }
}

const misconceptions: Catalogue['cellApi']['misconceptions'] = {
  noReturn: 'La función calcula, pero no devuelve su resultado (falta un return).',
  forgotBias: 'Coincide con el cálculo sin el sesgo: suma b a la suma ponderada antes de la función de activación.',
  noActivation: 'Coincide con la propia suma ponderada: no se ha aplicado la función de activación.',
  activationTwice: 'Coincide con aplicar la función de activación dos veces: aplícala una sola vez, a la suma ponderada más el sesgo.',
  biasAfterActivation: 'Coincide con sumar el sesgo después de la función de activación: el sesgo va dentro, sumado a la suma ponderada.',
  subtractedBias: 'Coincide con restar el sesgo: se suma a la suma ponderada.',
  sigmoidSign: 'Coincide con 1 / (1 + e^z): la sigmoide lleva e elevado a menos z.',
  multipliedSums: 'Coincide con (suma de entradas) × (suma de pesos): cada entrada se multiplica por su propio peso y luego se suman los productos.',
  firstInputOnly: 'Coincide con usar solo la primera entrada: recorre todas las entradas.',
  forgotBiases: 'Coincide con contar solo los pesos: cada unidad (de cada capa después de las entradas) tiene además un sesgo.',
  countedUnits: 'Coincide con contar unidades (neuronas): los parámetros son los pesos de las conexiones más un sesgo por unidad.',
  countedUnitsNoInputs: 'Coincide con contar las unidades de cada capa: los parámetros son los pesos de las conexiones más un sesgo por unidad.',
  biasesOnInputs: 'Coincide con dar sesgos también a las entradas: las entradas son solo números que se introducen; solo las unidades de las capas tienen sesgo.',
  oneBiasPerLayer: 'Coincide con un sesgo por capa: cada unidad tiene su propio sesgo.',
  addedInsteadOfMultiplied: 'Coincide con sumar los tamaños de capas vecinas: cada entrada de una capa se conecta con cada unidad, así que los pesos son n_in × n_out.',
  skippedFirstLayer: 'Coincide con dejar fuera la primera capa (de las entradas a la primera capa oculta): las conexiones que salen de las entradas también tienen pesos.',
  noHiddenActivation: 'Coincide con quitar la tanh de la capa oculta: sin ella, las dos capas se reducen a una sola aplicación lineal.',
  noOutputActivation: 'Coincide con quitar la sigmoide de la capa de salida.',
  swappedActivations: 'Coincide con sigmoide en la capa oculta y tanh en la salida: la capa oculta usa tanh y la salida, la sigmoide.',
  sameActivationEverywhere: 'Coincide con tanh en las dos capas: la capa de salida usa la sigmoide.',
  transposedWeights: 'Coincide con leer los pesos al revés: W[i][j] es el peso de la entrada i a la unidad j, así que la unidad j suma sobre i los a[i] × W[i][j].',
  forwardWrong: 'El valor hacia delante no es el de la función: calcúlalo primero y luego su derivada.',
  disconnected: 'La entrada no recibió gradiente: el resultado se creó sin indicar x como su entrada (new Value(s, [x], [derivada])).',
  zeroDerivative: 'Tu derivada local es 0 en todas partes: pon en su lugar la derivada de la función.',
  passedStraightThrough: 'Coincide con una derivada local de 1, como si la operación no estuviera.',
  derivativeOnInput: 'Coincide con la fórmula aplicada a la entrada x: la derivada se escribe en función de la salida de la función, no de su entrada.',
  outputAsDerivative: 'Coincide con usar la propia salida como derivada (esa es la regla de e^x, no la de esta función).',
  tanhRuleForSigmoid: 'Coincide con 1 − σ², que es la regla de la tanh escrita con σ.',
  sigmoidRuleForTanh: 'Coincide con t(1 − t), que es la regla de la sigmoide escrita con tanh.',
  signFlipped: 'Coincide con el tamaño correcto pero el signo equivocado: esta función es creciente, así que su pendiente es positiva.',
  halfTheRule: 'Coincide solo con uno de los dos factores de la regla.',
  forgotSquare: 'Coincide con 1 − t: en la regla, la tanh va al cuadrado.',
  plusInsteadOfMinus: 'Coincide con 1 + t²: la pendiente de la tanh es máxima en 0 y disminuye hacia los dos lados.',
  paramsNeverMoved: 'Los parámetros no se movieron: la actualización usó gradientes que valían 0. Llama a loss.backward() antes de la actualización, pon los gradientes a 0 antes de backward (no entre backward y la actualización) y cambia p.data, no p.grad.',
  gradientsNotZeroed: 'Coincide con no volver a poner nunca los gradientes a 0: backward suma en .grad, así que cada paso usó también el gradiente de todos los pasos anteriores.',
  gradientAscent: 'Coincide con moverse a favor del gradiente: el gradiente apunta cuesta arriba, así que hay que dar el paso en contra (restar).',
  ignoredLearningRate: 'Coincide con un paso de todo el gradiente: multiplícalo por la tasa de aprendizaje.',
  dropoutAtTest: 'Con training = false, las activaciones deben volver sin cambios: el dropout solo se usa al entrenar.',
  droppedNothing: 'No se desactivó ninguna unidad durante el entrenamiento.',
  keepProbability: 'Coincide con tomar p como la probabilidad de conservar una unidad: p es la probabilidad de desactivarla.',
  dropoutRate: 'La proporción de unidades puestas a 0 no es p.',
  dropoutScaleVaries: 'Las unidades conservadas no se escalaron todas por el mismo factor.',
  noRescaling: 'Coincide con dropout sin reescalar: hay que dividir las unidades conservadas entre 1 − p, para que la salida esperada de la capa no cambie y no haya que tocar nada al evaluar.',
  multipliedByKeep: 'Coincide con multiplicar las unidades conservadas por 1 − p: eso las encoge todavía más; el dropout invertido divide entre 1 − p.',
  scaledByP: 'Coincide con escalar por p: la probabilidad de conservar es 1 − p.',
  wrongScale: 'Las unidades conservadas se escalaron por un factor que no mantiene igual la salida esperada.',
};

export const cellApi: Catalogue['cellApi'] = {
  misconceptions,
  // Verdicts
  passed: (cases: number) => `Correcto en los ${cases} casos de prueba.`,
  notAFunction: (type: string) => `La comprobación necesita tu función en sí (su nombre, sin llamarla), no ${type === 'undefined' ? 'undefined' : `un valor de tipo ${type}`}.`,
  threw: (where: string, message: string) => `Tu función se detuvo con un error en ${where}: ${message}`,
  descentTestFit: 'el ajuste de prueba',
  returnedNothing: 'Tu función devolvió undefined.',
  wrongOn: (where: string, answer: string) => `Todavía no: para ${where} tu función devolvió ${answer}, que no es correcto.`,
  opNotAValue: (what: string) => `Tu operación devolvió ${what}; debe devolver un Value (new Value(resultado, [x], [derivada])).`,
  opForwardWrong: (where: string, answer: string) => `Todavía no: para ${where} el Value que devolviste contiene ${answer}, que no es el valor de la función.`,
  opDisconnected: 'Todavía no: el Value que devuelve tu operación no se creó a partir de x, así que ningún gradiente puede llegar a x.',
  descentPassed: (steps: number) => `Correcto: ${steps} pasos de tu descenso del gradiente siguieron el camino correcto.`,
  descentWrong: 'Todavía no: tras unos pasos de tu actualización, los parámetros no están donde los lleva el descenso del gradiente.',
  dropoutPassed: 'Correcto: al entrenar, más o menos una proporción p de las unidades vale 0 y el resto se escala para mantener la media; al evaluar no cambia nada.',
  dropoutWrong: 'Todavía no: esto no es dropout invertido.',
  dropoutShape: (what: string, length: number) => `Tu función devolvió ${what}; debe devolver una lista de la misma longitud que su entrada (${length}).`,
  // check.grad
  gradNeedsFunction: 'check.grad necesita una función de Values, por ejemplo check.grad((x) => x.mul(x), 3).',
  gradBadPoint: 'check.grad necesita un punto: un número, o una lista de números, uno por argumento de la función.',
  gradNotAValue: (type: string) => `check.grad: la función devolvió ${type === 'undefined' ? 'undefined' : `un valor de tipo ${type}`}, no un Value construido a partir de sus argumentos.`,
  gradAgrees: (rows: { at: number; backward: number }[]) =>
    `Tu derivada coincide con la pendiente medida: ${rows.map((r) => `en ${n(r.at)}, ${n(r.backward)}`).join('; ')}.`,
  gradDisagrees: (index: number, count: number, r: { at: number; backward: number; numeric: number }) =>
    `Tu derivada${count > 1 ? ` respecto al argumento ${index + 1}` : ''} en ${n(r.at)} vale ${n(r.backward)}, pero la pendiente medida por diferencias finitas es ${n(r.numeric)}.`,
  gradDisconnected: misconceptions.disconnected,
  caseNeuron: (inputs: string, weights: string, bias: string) => `las entradas ${inputs}, los pesos ${weights} y el sesgo ${bias}`,
  caseLayers: (inputs: number, units: number[]) => `${inputs} entradas y capas de ${units.join(', ')} unidades`,
  caseTwoLayers: (inputs: number, hidden: number, outputs: number, x: string) => `${inputs} entradas, ${hidden} unidades ocultas y ${outputs} salida${outputs === 1 ? '' : 's'} (x = ${x})`,
  // Descriptions (console.log)
  dataset: (name: string, count: number, width: number, perClass: number[]) =>
    `${name}: ${formatInteger(count, 'es')} ejemplos de ${width} número${width === 1 ? '' : 's'}${perClass.length ? `, ${perClass.length} clases (${perClass.map((c) => formatInteger(c, 'es')).join(' / ')})` : ''}`,
  network: (shape: string, loss: string, parameters: number, seed: number) => `Red ${shape}, pérdida ${loss}, ${formatInteger(parameters, 'es')} parámetros, semilla ${seed}`,
  layerDropout: (rate: number) => `(abandono ${formatPlain(rate, 'es')})`,
  // Errors
  unknownDataset: (name: string, names: readonly string[]) => `No hay ningún conjunto de datos llamado "${name}". Prueba uno de estos: ${list(names)} (y digits(), que carga dígitos escritos a mano).`,
  notADataset: 'Se esperaba un conjunto de datos: un objeto con inputs y targets (listas de filas).',
  badRows: (what: string) => `Los ${what} del conjunto de datos deben ser una lista no vacía de filas (listas de números).`,
  rowCount: (what: string, got: number, want: number) => `El conjunto de datos tiene ${want} filas de inputs pero ${got} filas de ${what}: necesitan una fila cada uno.`,
  ragged: (what: string, row: number, width: number) => `La fila ${row} de ${what} no tiene ${width} números como la primera fila.`,
  notANumber: (what: string, row: number, value: unknown) => `La fila ${row} de ${what} contiene ${String(value)}, que no es un número finito.`,
  badSpec: 'network(spec) necesita una especificación como { inputs: 2, layers: [{ units: 4, activation: "tanh" }, { units: 1, activation: "sigmoid" }] }.',
  inputWidth: (row: number, got: number, want: number) => `La entrada ${row} tiene ${got < 0 ? 'ninguna lista de' : got} números; esta red recibe ${want}.`,
  trainNeedsNetwork: 'train(net, data, options) necesita antes una red creada con network(spec).',
  unknownOptimizer: (name: string) => `No hay ningún optimizador "${name}". Usa "sgd", "momentum" o "adam".`,
  epochs: (epochs: unknown, max: number) => `epochs debe ser un número entero de 1 a ${max}; se recibió ${String(epochs)}.`,
  trainTwice: 'Esta ejecución de entrenamiento ya se ha usado: llama otra vez a train(...) para empezar otra.',
  digitsUnavailable: (p) => `No se pudieron cargar los dígitos (${
    p.kind === 'no-fetch' ? 'este entorno no puede descargar archivos'
    : p.kind === 'offline' ? 'no hay conexión y el archivo de dígitos aún no está guardado en este dispositivo'
    : p.kind === 'status' ? `el servidor respondió ${p.status}`
    : `el archivo tiene ${formatInteger(p.bytes, 'es')} bytes, no el tamaño esperado`}).`,
  digitsCount: (max: number, got: unknown) => `digits() tiene de 1 a ${max} dígitos de ese tipo; se pidieron ${String(got)}.`,
  dropoutExperiment: (p: number) => `p debe ser un número de 0 a 0,9 para este experimento; se recibió ${String(p).replace('.', ',')}.`,
  engineProblem,
};
