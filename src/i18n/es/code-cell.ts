import { formatInteger } from '../../ui/format.ts';
import { QUOTED_LENGTH, quoteEs } from '../quote.ts';
import type { Catalogue } from '../catalogue.ts';

/** A cell name from a link, in this language's quotation marks. */
const q = (text: string) => quoteEs(text, QUOTED_LENGTH);
const lineText = (line?: number) => (line ? ` (línea ${line})` : '');
const seconds = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',');

export const codeCell: Catalogue['codeCell'] = {
  // Buttons and labels
  run: 'Ejecutar',
  stop: 'Detener',
  reset: 'Restablecer',
  copyLink: 'Copiar enlace',
  undoReset: 'Deshacer',
  bringBack: 'Recuperar mi código',
  confirmReset: '¿Descartar tus cambios y volver al código original?',
  confirmYes: 'Sí, restablecer',
  confirmNo: 'Conservar mi código',
  editorLabel: (title: string) => `Código de ${title}`,
  outputLabel: (title: string) => `Salida de ${title}`,
  keyboardHint: 'En el editor, el tabulador sangra el código una vez que has escrito algo. Para salir del editor con el teclado, pulsa Escape y luego Tab. Ctrl+Intro (⌘+Intro) ejecuta la celda.',
  noScript: 'Para ejecutar este código hace falta JavaScript; aun así, puedes leerlo.',
  loadingEditor: 'Cargando el editor…',
  editorPhrases: { 'Control character': 'Carácter de control', 'Selection deleted': 'Selección borrada', close: 'cerrar' },
  editorFailed: 'No se pudo cargar el editor (¿estás sin conexión en una primera visita?). El código de abajo es de solo lectura; Ejecutar sigue funcionando.',

  // Run states
  running: 'Ejecutando…',
  starting: 'Iniciando…',
  finished: (ms: number) => `Terminado en ${ms < 1000 ? `${Math.round(ms)} ms` : `${seconds(ms)} s`}.`,
  noOutput: 'Terminado; el código no ha escrito nada. Usa console.log(…) para ver un valor.',
  cut: (lines: number) => `… ${formatInteger(lines, 'es')} línea${lines === 1 ? '' : 's'} más de salida sin mostrar (una celda muestra las 500 primeras).`,
  cutPoints: (points: number) => `… la gráfica de la pérdida omite ${formatInteger(points, 'es')} puntos posteriores.`,

  // Why a run ended
  problem: {
    syntax: (message: string, line?: number) => `No se pudo leer el código${lineText(line)}: ${message.replace(/^Syntax error: /, '')}`,
    module: (what: string, line?: number) => `No se pudo leer el código${lineText(line)}: una celda no puede usar ${what}. Todo lo que puede usar ya está ahí como variable global (consulta la página de referencia de las celdas).`,
    error: (message: string, line?: number) => `Error${lineText(line)}: ${message}`,
    runaway: (line?: number) => `Detenido: el código${lineText(line)} llevaba 5 segundos sin terminar, así que se ha detenido. La causa habitual es un bucle cuya condición nunca deja de cumplirse. Si el trabajo tiene que durar, pon \`await pause()\` dentro del bucle.`,
    recursion: (line?: number) => `Detenido: demasiada recursión${lineText(line)}. Una función se llamó a sí misma una y otra vez sin llegar a un caso que la detenga.`,
    memory: (line?: number) => `Detenido: el código se quedó sin memoria${lineText(line)}. Pidió más de lo que el navegador da a una página; usa listas más pequeñas.`,
    evalBlocked: 'Las celdas de código no pueden ejecutarse en esta copia del sitio: su política de seguridad prohíbe ejecutar código en el Worker de la celda (el servidor envía una cabecera Content-Security-Policy sin \'unsafe-eval\' para el script del Worker; consulta el README, «Code cells: safety»).',
    unresponsive: (line?: number) => `Detenido: la celda dejó de responder${line ? `; la última línea a la que llegó fue la ${line}` : ''}. Puede que se quedara sin memoria o atascada en una operación larga. La celda está lista para ejecutarse de nuevo.`,
    crashed: 'El Worker de la celda falló (puede que se quedara sin memoria o que no pudiera cargarse sin conexión). La celda está lista para ejecutarse de nuevo.',
    stopped: 'Detenido.',
  },

  inspect: {
    moreItems: (count: number) => `… ${formatInteger(count, 'es')} más`,
    moreCharacters: (count: number) => `… (${formatInteger(count, 'es')} caracteres más)`,
    promise: 'Promise { … } (usa await para obtener su valor)',
    cannotDescribe: (message: string) => `[objeto que no pudo describirse: ${message}]`,
  },
  thrown: (value: string) => `Excepción no capturada: ${value}`,
  lateError: (message: string, line?: number) => `${message}${lineText(line)}`,
  fromString: (what: string) => `Una celda no puede ejecutar código escrito en un texto (${what}); escribe el código en la celda.`,

  // Outputs
  verdictPass: 'Superado',
  verdictFail: 'Todavía no',
  misconception: 'Lo que esto sugiere:',
  plotNotData: 'Las opciones de plot(…) deben ser datos simples (números, textos, listas, objetos): una función no puede salir de la celda. Usa el nombre de un campo, por ejemplo { x: "epoch", y: "loss" }.',
  plotUnknownMark: (name: string, known: readonly string[]) => `plot(…) no conoce la marca "${name}". Marcas: ${known.join(', ')}.`,
  plotFailed: (message: string) => `No se pudo dibujar la gráfica: ${message}`,
  texFailed: (message: string) => `No se pudo componer la fórmula: ${message}`,
  tableNeedsRows: 'table(rows) necesita una lista de filas (objetos o listas).',
  boundaryNeedsNetwork: 'boundary(net, data) necesita una red (creada con network(…)) de 2 entradas.',
  boundaryFailed: (message: string) => `No se pudo dibujar la frontera de decisión: ${message}`,
  boundaryCaption: 'Frontera de decisión de la red, con los puntos de datos',
  boundaryDescription: (points: number) => `Frontera de decisión de la red, con ${formatInteger(points, 'es')} punto${points === 1 ? '' : 's'} de datos.`,
  lossChartLabel: 'Pérdida por época mientras la celda entrena',
  lossAxis: { epoch: 'época', loss: 'pérdida' },
  lossChartDescription: (epoch: number, loss: string) => `Época ${epoch}: pérdida ${loss}`,
  lossCaption: (hasValidation: boolean, epoch: number, loss: string) => `Pérdida (línea continua)${hasValidation ? ', pérdida de validación (discontinua)' : ''}; época ${epoch}, pérdida ${loss}`,
  tableCaption: (rows: number, more: number) => `Tabla de ${rows + more} fila${rows + more === 1 ? '' : 's'}${more ? ` (se muestran las ${rows} primeras)` : ''}`,

  // Saving and links
  cannotSave: 'Tu navegador no deja que esta página guarde código (modo privado o almacenamiento bloqueado): los cambios duran hasta que cierres la página. Usa Copiar enlace para conservarlos.',
  restoredSaved: 'Ha vuelto tu código guardado.',
  sharedLoaded: 'Esta celda muestra el código de un enlace compartido. Tu propio código se conserva: usa «Recuperar mi código» para volver a él.',
  sharedLoadedNoSaved: 'Esta celda muestra el código de un enlace compartido.',
  badLink: (reason: string) => `No se pudo usar el código del enlace para esta celda: ${reason}. La celda muestra en su lugar su código original.`,
  linkProblem: (p) => {
    switch (p.kind) {
      case 'no-code': return 'el enlace no contiene código';
      case 'payload-too-long': return `el código del enlace es demasiado largo (${formatInteger(p.length, 'es')} caracteres; como mucho ${formatInteger(p.max, 'es')})`;
      case 'other-version': return 'el enlace lo hizo otra versión del curso o se ha modificado';
      case 'bad-characters': return 'el enlace contiene caracteres que un código compartido nunca tiene (se cortó o se modificó)';
      case 'impossible-length': return 'el enlace se cortó o se modificó (su longitud es imposible)';
      case 'unpacks-too-long': return `el código del enlace tiene más de ${formatInteger(p.max, 'es')} caracteres`;
      case 'does-not-unpack': return 'el enlace se cortó o se modificó (su código comprimido no se puede descomprimir)';
      case 'not-text': return 'el enlace se modificó (su código no es texto válido)';
      case 'control-characters': return 'el código del enlace contiene caracteres de control';
    }
  },
  linkKeys: { shared: 'código compartido', start: 'código inicial', lock: 'celdas de solo lectura', hide: 'celdas ocultas' },
  noSuchCell: (name: string) => `Esta página no tiene ninguna celda de código llamada ${q(name)}; esa parte del enlace se ha ignorado.`,
  teacherStart: 'El enlace de tu profesor o profesora ha fijado el código inicial de esta celda.',
  locked: 'El enlace de tu profesor o profesora hace esta celda de solo lectura: puedes ejecutarla, no cambiarla.',
  linkCopied: 'Enlace copiado. Quien lo abra verá este código en esta celda.',
  linkNotCopied: (url: string) => `Copia este enlace: ${url}`,
  linkTooLong: (length, max, compressed) => compressed
    ? 'El código es demasiado largo para compartirlo por enlace, incluso comprimido. Acórtalo o copia el propio código.'
    : `El código es demasiado largo para compartirlo por enlace (${formatInteger(length, 'es')} caracteres; como mucho ${formatInteger(max, 'es')}). Acórtalo o copia el propio código.`,
  resetDone: 'La celda muestra su código original. Deshacer te devuelve tu código.',
  undone: 'Ha vuelto tu código.',
  teacherTitle: 'Para docentes: enlace a esta celda',
  teacherIntro: 'Crea un enlace que abra esta página con la celda preparada para tu clase: el código que hay ahora en el editor pasa a ser su código inicial.',
  teacherLock: 'Solo lectura (el alumnado puede ejecutarla, no cambiarla)',
  teacherHide: 'Ocultar esta celda',
  teacherCopy: 'Copiar el enlace para docentes',
};
