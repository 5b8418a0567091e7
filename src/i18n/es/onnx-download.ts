import { formatInteger } from '../../ui/format.ts';
import type { Catalogue } from '../catalogue.ts';

export const onnxDownload: Catalogue['onnxDownload'] = {
  button: 'Descargar el modelo (.onnx)',
  fileName: 'nn101-red.onnx',
  fileDescription: 'Una red entrenada en el playground de nn101. Entrada: el punto (x1, x2); salida: la última capa.',
  noNetwork: 'Todavía no hay ninguna red que descargar.',
  diverged: 'El modelo no se puede exportar: algunos de sus pesos no son números finitos (el entrenamiento divergió). Rebobina o baja la tasa de aprendizaje y vuelve a entrenar.',
  downloaded: (file: string, bytes: number) => `Descargado ${file} (${formatInteger(bytes, 'es')} bytes): la entrada «input» es el punto (x1, x2) y la salida «output», las salidas de la red.`,
  failed: (why: string) => `No se pudo exportar el modelo: ${why}`,
};
