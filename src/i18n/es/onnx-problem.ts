// Por qué no se pudo usar un archivo .onnx (códigos de src/onnx/problem.ts), como final de la frase del
// panel de dígitos «No se pudo usar NOMBRE: …». Ver src/i18n/en/onnx-problem.ts.
import { DATA_TYPES, type Dim, type ProtobufFault } from '../../onnx/problem.ts';
import { formatInteger } from '../../ui/format.ts';
import { isolateText } from '../../ui/untrusted-text.ts';
import type { Catalogue } from '../catalogue.ts';
import { quoteEs } from '../quote.ts';

const q = (name: string) => quoteEs(name, 40);
const int = (n: number) => formatInteger(n, 'es');
const typeName = (type: number) => DATA_TYPES[type] ?? `tipo ${type}`;
/** Una forma tal como la declara el archivo: «[batch, 3]»; un tamaño abierto es «?». */
const shape = (dims: readonly Dim[] | null) =>
  `[${(dims ?? [null]).map((d) => (typeof d === 'number' ? int(d) : d === null ? '?' : isolateText(d.slice(0, 24)))).join(', ')}]`;
const wanted = 'el panel da una imagen de 28 × 28, como [lote, 784], [lote, 28, 28], [lote, 1, 28, 28] o [lote, 28, 28, 1]';
const role = (r: 'weight' | 'bias') => (r === 'weight' ? 'la matriz de pesos' : 'el sesgo');

const FAULTS: Record<ProtobufFault, string> = {
  'ends-early': 'el archivo termina en mitad de un campo',
  'number-too-long': 'un número del archivo es más largo de lo que permite protobuf',
  'field-too-long': 'un campo dice ser más largo que el resto del archivo',
  'unknown-wire-type': 'un campo tiene un tipo de codificación desconocido',
  'field-zero': 'un campo tiene el número 0',
  malformed: 'un campo está mal formado',
};

export const onnxProblem: Catalogue['digitPad']['onnx'] = (p) => {
  switch (p.code) {
    case 'empty': return 'el archivo está vacío';
    case 'not-protobuf': return `no es un modelo ONNX: los bytes no son protobuf válido (${FAULTS[p.fault]})`;
    case 'no-graph': return 'no es un modelo ONNX: no tiene un grafo con nodos, una entrada y una salida';
    case 'external-data': return `el tensor ${q(p.tensor)} guarda sus números en otro archivo (datos externos); guarda el modelo en un solo archivo`;
    case 'tensor-bytes': return `el tensor ${q(p.tensor)} tiene ${int(p.bytes)} bytes de datos, pero su forma ${shape(p.shape)} necesita ${int(p.needs)}`;
    case 'tensor-count': return `el tensor ${q(p.tensor)} tiene ${int(p.count)} números, pero su forma ${shape(p.shape)} necesita ${int(p.needs)}`;
    case 'pad-input-count': return `tiene ${int(p.count)} entradas; el panel da una sola imagen`;
    case 'input-type': return `su entrada ${q(p.input)} recibe números ${typeName(p.type)}; el panel da píxeles float32 entre 0 y 1`;
    case 'input-no-shape': return `su entrada ${q(p.input)} no declara su forma; ${wanted}`;
    case 'input-open-shape': return `su entrada ${q(p.input)} tiene la forma ${shape(p.shape)}, con tamaños abiertos; ${wanted}`;
    case 'input-not-a-picture': return `su entrada ${q(p.input)} tiene la forma ${shape(p.shape)} (${int(p.numbers)} números por ejemplo); ${wanted}`;
    case 'no-output': return 'no tiene ninguna salida';
    case 'answer-empty': return 'no dio ninguna salida';
    case 'answer-not-finite': return 'dio un número que no es finito';
    case 'foreign-operators': return p.operator === null
      ? `el modelo usa operadores de ${q(p.domain)}; aquí solo se leen los operadores estándar de ONNX`
      : `el operador ${q(p.operator)} viene de ${q(p.domain)}; aquí solo se leen los operadores estándar de ONNX`;
    case 'dense-input-count': return `el modelo tiene ${int(p.count)} entradas; un clasificador denso tiene exactamente una`;
    case 'dense-output-count': return `el modelo tiene ${int(p.count)} salidas; un clasificador denso tiene exactamente una`;
    case 'dense-input-shape': return `la entrada ${q(p.input)} tiene la forma ${shape(p.shape)}; una red densa recibe [lote, características]`;
    case 'computed-weight': return `${role(p.role)} ${q(p.tensor)} se calcula dentro del grafo, no está guardado en el archivo; aquí solo se leen pesos guardados`;
    case 'weight-type': return `${role(p.role)} ${q(p.tensor)} es ${typeName(p.type)}; aquí se leen pesos float32`;
    case 'weight-rank': return `la matriz de pesos ${q(p.tensor)} tiene ${int(p.rank)} dimensiones, no 2`;
    case 'weight-inputs': return `la matriz de pesos ${q(p.tensor)} recibe ${int(p.inputs)} entradas, pero la capa anterior da ${int(p.previous)}`;
    case 'bias-size': return `el sesgo ${q(p.tensor)} tiene ${int(p.count)} números para ${int(p.units)} unidades`;
    case 'unknown-operator': return `este lector no conoce el operador ${q(p.operator)} (lee ${p.known.join(', ')})`;
    case 'activation-first': return `el operador ${q(p.operator)} va antes de cualquier capa densa (Gemm); aquí se lee una cadena de capas Gemm, cada una seguida de una activación`;
    case 'not-a-chain': return `el grafo no es una sola cadena de capas: ${q(p.node)} lee ${q(p.reads)}, no ${q(p.expected)}`;
    case 'gemm-options': return `el Gemm ${q(p.node)} usa transA, alpha o beta; aquí se lee Y = A·B + C`;
    case 'softmax-axis': return `Softmax sobre el eje ${p.axis < 0 ? '−' : ''}${int(Math.abs(p.axis))}; aquí se lee sobre las unidades (eje −1)`;
    case 'softmax-opset': return 'Softmax antes del opset 13 aplana su entrada; guarda el modelo con el opset 13 o posterior';
    case 'leaky-slopes': return 'las capas LeakyRelu tienen pendientes distintas; el motor usa una sola pendiente para todas las capas';
    case 'output-not-last': return `la salida ${q(p.output)} del grafo no es el final de su cadena de capas (${q(p.last)})`;
    case 'inner-softmax': return `la capa ${int(p.layer)} es softmax; el motor solo admite softmax en la capa de salida`;
    case 'not-the-digit-model': return `el modelo de dígitos debería ser 784 entradas → una capa oculta → 10 salidas softmax, pero este archivo es ${int(p.inputs)} → ${p.layers.map((l) => `${int(l.units)} ${l.activation}`).join(' → ')}`;
  }
};
