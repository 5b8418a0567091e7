import type { RecordProblem } from '../../classroom/progress/format.ts';
import type { Catalogue } from '../catalogue.ts';

export const progress: Catalogue['progress'] = {
  import: {
    notJson: 'Este archivo no es un archivo de progreso: no es JSON legible (puede estar dañado o cortado). No se ha cambiado nada.',
    foreign: 'Este archivo no es un archivo de progreso de nn101 (no tiene "format": "nn101-progress"). No se ha cambiado nada.',
    future: (version: unknown) => `Este archivo de progreso lo escribió una versión más nueva del curso (versión de formato ${String(version)}; esta página lee la versión 1). No se ha cambiado nada: abre el curso donde se creó el archivo o actualiza esta copia.`,
    badVersion: 'Este archivo de progreso no tiene un número de versión válido. No se ha cambiado nada.',
    damaged: (where: string) => `Este archivo de progreso está dañado: ${where}. No se ha cambiado nada.`,
    tooLarge: 'Este archivo es demasiado grande para ser un archivo de progreso (más de 5 MB). No se ha cambiado nada.',
    imported: (c: { answers: number; widgets: number; cells: number }) => `Importadas ${c.answers} respuestas, ${c.widgets} estados de widgets y ${c.cells} celdas de código.`,
    where: {
      sectionMissing: (section: string) => `falta "${section}" o no es una lista de registros`,
      badId: (section: string) => `"${section}" tiene una entrada con un identificador no válido`,
      entry: (id: string, section: string, problem: string) => `la entrada ${id} de "${section}" ${problem}`,
      savedAt: 'su hora "savedAt" falta o no es válida',
      record: (p: RecordProblem): string => {
        switch (p.kind) {
          case 'not-record': return 'no es un registro';
          case 'unknown-kind': return 'tiene un tipo desconocido';
          case 'no-answer': return 'no tiene texto de respuesta';
          case 'unknown-status': return 'tiene un estado desconocido';
          case 'bad-explanation': return 'tiene una explicación no válida';
          case 'bad-attempts': return 'tiene un número de intentos no válido';
          case 'bad-time': return 'tiene una hora no válida';
          case 'no-state': return 'no tiene texto de estado';
          case 'bad-results': return 'tiene resultados no válidos';
          case 'bad-result': return `tiene un resultado no válido, "${p.name}"`;
          case 'no-code': return 'no tiene código';
          case 'bad-pass': return 'tiene una marca de aprobado no válida';
        }
      },
    },
  },
  notSaved: 'Tu navegador no deja que esta página guarde tu trabajo (navegación privada o almacenamiento lleno): las respuestas se conservan hasta que cierres la página y después se pierden. Usa «Exportar» en la página Tu progreso para conservarlas.',
  savedElsewhere: 'Tu progreso cambió en otra pestaña; esta página muestra lo más reciente.',
  prediction: {
    kept: (choice: string, right: boolean) => `Tu última predicción aquí: «${choice}». ${right ? 'Acertaste' : 'No acertaste'}. Vuelve a predecir antes de la próxima ejecución.`,
  },
  playground: {
    kept: 'Tu última configuración de este campo de pruebas está guardada en este navegador.',
    bringBack: 'Recuperar mi última configuración',
  },
  solution: {
    summary: 'Solución desarrollada',
    locked: 'La solución desarrollada se abre después de tu primer intento.',
    teacher: 'Vista docente: se muestran todas las soluciones desarrolladas.',
    loadCode: 'Cargar la solución en la celda',
    cellKept: (passed: boolean): string => passed ? 'La última vez que ejecutaste este ejercicio, su comprobación se superó.' : 'La última vez que ejecutaste este ejercicio, su comprobación todavía no se superó.',
    loaded: 'La solución está en la celda. Tu código está a un clic: pulsa «Recuperar mi código».',
  },
  page: {
    title: 'Tu progreso · nn101',
    description: 'Lo que este navegador guarda de tu trabajo en el curso: respuestas, predicciones, celdas de código y herramientas, capítulo a capítulo; expórtalo, impórtalo o bórralo.',
    heading: 'Tu progreso',
    intro: 'Tus respuestas, predicciones, código y ajustes de las herramientas se guardan solo en este navegador: no se envía nada a ninguna parte. Expórtalos a un archivo para pasarlos a otro dispositivo o guardar una copia.',
    noScript: 'Esta página necesita JavaScript para leer lo que guardó tu navegador.',
    filesHeading: 'Mover, guardar o borrar tu trabajo',
    filesIntro: 'Un archivo exportado contiene todo lo que aparece abajo. Importar uno lo añade a lo que tiene este navegador (gana la respuesta más reciente); un archivo dañado, de otra cosa o de un curso más nuevo no cambia nada.',
    backToContents: 'Volver al índice',
    loaded: (c: { answers: number; widgets: number; cells: number }) => `Este navegador guarda ${c.answers} respuestas, ${c.widgets} estados de herramientas y ${c.cells} celdas de código.`,
    item: {
      question: (block: string, n: string) => `Autoevaluación «${block}», pregunta ${n}`,
      prediction: (widget: string) => `Predicción en «${widget}»`,
      cell: (cell: string) => `Celda de código «${cell}»`,
      widget: (widget: string) => `Herramienta «${widget}»`,
    },
    predictions: (answered: number, correct: number) => `Predicciones: ${answered} hechas, ${correct} acertadas`,
    questionsNoTotal: (answered: number, correct: number) => `Preguntas: ${answered} respondidas, ${correct} correctas`,
    cellsWithExercises: (passed: number, exercises: number, saved: number) => `Celdas de ejercicio: ${passed} de ${exercises} superadas; ${saved} celdas con tu código`,
    readFailed: 'No se pudo leer el archivo. No se ha cambiado nada.',
    oneFile: 'Suelta un solo archivo de progreso cada vez.',
    export: 'Exportar el progreso a un archivo',
    fileName: (date: string) => `nn101-progreso-${date}.json`,
    import: 'Importar el progreso desde un archivo',
    dropHint: 'o suelta aquí un archivo de progreso',
    erase: 'Borrar todo el progreso…',
    eraseConfirm: '¿Borrar todas las respuestas, estados de widgets y código de celdas guardados en este navegador? No se puede deshacer; exporta antes si puede que lo quieras recuperar.',
    eraseYes: 'Sí, borrarlo todo',
    eraseNo: 'Cancelar',
    erased: 'Se ha borrado todo el progreso de este navegador.',
    exported: (name: string) => `Guardado como ${name}.`,
    nothingYet: 'Todavía nada.',
    questions: (answered: number, correct: number, total: number) => `Preguntas: ${answered} de ${total} respondidas, ${correct} correctas`,
    cells: (passed: number, run: number) => `Celdas de código: ${run} guardadas, ${passed} superadas`,
    widgets: (used: number) => `Widgets usados: ${used}`,
    correct: 'correcta',
    wrong: 'todavía no es correcta',
    passed: 'superada',
    notPassed: 'todavía no superada',
    saved: 'guardada',
    used: 'usado',
    notPersistent: 'Este navegador no deja guardar: lo que ves solo existe en esta pestaña.',
    chapterSummary: 'Tu trabajo por capítulo',
  },
};
