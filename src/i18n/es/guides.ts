// Lo que rodea a las guías docentes (src/pages/teach/): títulos, etiquetas, cómo se miden los tiempos, las
// preguntas de predicción de las herramientas y las palabras de las mediciones. El contenido de las guías
// en español está en content/es/guides/.
import type { Catalogue } from '../catalogue.ts';

export const guides: Catalogue['guides'] = {
  footerLink: 'Para docentes',
  index: {
    title: 'Para docentes · nn101',
    description: 'Guías docentes para cada capítulo de nn101, con tiempos medidos, errores de concepto y un plan de clase de 45 minutos; el creador de tareas y la vista de clase.',
    heading: 'Para docentes',
    howHeading: 'Cómo se da una clase con el curso',
    how: {
      prepare: 'Prepárala con la guía de un capítulo (objetivos, tiempos, los errores de concepto que detectan sus ejercicios, un plan de 45 minutos) y elige sus preguntas y retos en el',
      builder: 'creador de tareas',
      link: ', que te da un solo enlace. Comparte ese enlace con la clase (en la plataforma del centro, con un código QR en la pizarra): cada estudiante escribe su nombre una vez, trabaja en su navegador y descarga un archivo de entrega o copia un código de texto; nada va a un servidor. Recoge los archivos como cualquier tarea y suéltalos todos a la vez en la',
      classView: 'vista de clase',
      after: ', que muestra quién superó qué, los resultados de la clase en gráficos y los errores de concepto más frecuentes, y repite la ejecución de cualquier estudiante. Para repartir en papel, imprime un capítulo o una guía: la página se imprime como apuntes, cada herramienta como una imagen con un código QR que lleva a ella.',
    },
    guidesHeading: 'Guías docentes, una por capítulo',
    guideLine: (reading: number, plan: number) => `Lectura: unos ${reading} min · plan de clase: ${plan} min`,
    toolsHeading: 'Herramientas',
    builderLink: 'Crear una tarea',
    classViewLink: 'Abrir la vista de clase',
    glossaryLink: 'Glosario de los términos del curso',
    progressLink: 'Tu progreso (lo que guardó este navegador)',
  },
  guide: {
    title: (label: string, title: string) => `Guía docente: ${label}. ${title} · nn101`,
    description: (title: string) => `Guía docente de «${title}»: objetivos, requisitos previos, tiempos medidos, errores de concepto y cómo tratarlos, preguntas para debatir y un plan de clase de 45 minutos.`,
    kicker: 'Guía docente del capítulo',
    links: 'Para este capítulo',
    openChapter: 'Abrir el capítulo',
    assign: 'Crear una tarea con este capítulo',
    allGuides: 'Todas las guías docentes',
    objectives: 'Objetivos de aprendizaje',
    objectivesLead: 'Después del capítulo, quien aprende…',
    prerequisites: 'Requisitos previos',
    chapterLink: (label: string) => `capítulo ${label}`,
    time: 'Tiempo',
    reading: (words: string, rate: number, minutes: number) => `Lectura: ${words} palabras a ${rate} palabras por minuto, unos ${minutes} min.`,
    activitiesCaption: 'Actividades, cada una con su tiempo de ejecución medido y sus interacciones',
    columns: { activity: 'Actividad', run: 'Tiempo de ejecución (medido)', interactions: 'Interacciones', minutes: 'Minutos' },
    noRun: 'nada que esperar',
    seconds: (s: string) => `${s} s`,
    runsOf: (runs: number, s: string) => `${runs} × ${s} s`,
    open: 'abrir en el capítulo',
    howMeasured: 'Cómo se miden estos tiempos',
    readingMethod: (rate: number, source: string) => `El tiempo de lectura son las palabras del capítulo (texto y fórmulas; no el código, los ajustes de las herramientas ni el marcado de la página), contadas al construir el sitio, divididas entre ${rate} palabras por minuto. Brysbaert (2019, ${source}) sitúa la lectura silenciosa de textos de no ficción en inglés en unas 238 palabras por minuto; planificamos con ${rate}, alrededor de un sexto más despacio, porque estos capítulos son técnicos, con fórmulas y figuras en las que quien lee se detiene. La página del capítulo muestra la misma estimación.`,
    activityMethod: (perInteraction: number, date: string, machine: string, method: string) => `Los minutos de una actividad son su tiempo de ejecución medido más ${perInteraction} min por interacción (una decisión de quien aprende, como una predicción, un ajuste o una línea de código, y leer lo que resultó), redondeados hacia arriba. Los tiempos de ejecución se midieron el ${date} en un navegador real en ${machine}: ${method}. El margen por interacción es una cifra para planificar, no una medida: ajústalo a tu clase.`,
    misconceptions: 'Errores de concepto que detectan los ejercicios',
    misconceptionsLead: 'Cada respuesta equivocada de abajo es una que una pregunta o herramienta del capítulo reconoce y le nombra a quien aprende; la vista de clase las cuenta en toda la clase.',
    detectedBy: 'La detecta',
    address: 'Cómo tratarlo:',
    prompts: 'Preguntas para debatir',
    plan: 'Un plan de clase de 45 minutos',
    planCaption: (total: number) => `Bloques cronometrados que suman ${total} minutos`,
    planColumns: { when: 'Minutos', what: 'Qué hace la clase', length: 'Duración', source: 'Tiempo según' },
    span: (from: number, to: number) => `${from}–${to}`,
    minutes: (m: number) => `${m} min`,
    sources: { activity: 'actividad medida', reading: 'estimación de lectura', stated: 'indicado', rest: 'resto de la clase' },
    newTerms: 'Términos que introduce este capítulo',
    newTermsLead: 'Se usan por primera vez en el curso en este capítulo; cada uno enlaza a su definición.',
    noNewTerms: 'Este capítulo no introduce ningún término del glosario: usa los que introdujeron capítulos anteriores.',
    notes: 'Notas',
  },
  predictions: {
    sizeMatters: '¿Qué red acertará en sus puntos de entrenamiento pero fallará en puntos nuevos?',
    crossEntropyRace: '¿Qué ejecución lleva antes su salida por encima de 0,5?',
    vanishingGradients: '¿Cómo es el gradiente en la capa 1 comparado con el de la última capa oculta?',
    optimizerSurface: '¿Qué optimizador baja antes la pérdida por debajo del objetivo?',
    regularizationLab: '¿La pérdida de prueba con regularización acabará más baja, igual o más alta?',
    backprop: 'Tras la primera actualización, ¿hacia dónde se moverá el peso?',
    digitPad: '¿Qué aspecto tienen los pesos de las unidades ocultas dibujados como imágenes?',
  },
  measurement: {
    // Cada medición de src/guides/activity-timings.json, por su clave.
    what: {
      'digit-pad': 'DigitPad: desde que el panel de dibujo entra en pantalla hasta que su modelo está listo (descarga y decodificación)',
      'teach-it': 'TeachIt: añadir los ejemplos iniciales y entrenar hasta que se detiene solo (todos los ejemplos bien, o su límite de épocas)',
      'size-matters': 'SizeMatters: entrenar las tres redes (1, 4 y 64 neuronas ocultas, 400 épocas cada una), con animación',
      'cross-entropy-race': 'CrossEntropyRace: ejecutar las dos (error cuadrático y entropía cruzada), con animación',
      'vanishing-gradients': 'VanishingGradients: ejecutar (tamaño del gradiente en cada capa con la profundidad inicial), con animación',
      'optimizer-surface': 'OptimizerSurface: ejecutar los tres (SGD, momento y Adam sobre una misma superficie), con animación',
      'regularization-overfit': 'RegularizationLab, caso de sobreajuste: entrenar las dos ejecuciones (400 épocas cada una), con animación',
      'regularization-underfit': 'RegularizationLab, caso de subajuste: entrenar las dos ejecuciones (400 épocas cada una), con animación',
      'playground': 'Playground: reproducir la configuración del reto «spiral-12» a velocidad normal hasta la época 300',
      'cell-build-mlp': 'Celda de código «Un MLP hecho con Values, comparado con el motor»: ejecutarla tal como está (las dos redes, 60 pasos cada una)',
      'cell-build-digits': 'Celda de código «El motor aprende dígitos»: ejecutarla tal como está (carga 1500 dígitos de MNIST, entrena y evalúa tras cada época)',
    },
    // scripts/measure-activities.ts escribe estas dos líneas en inglés con un formato fijo; aquí se dicen en
    // español (con coma decimal). Si el formato cambia, src/guides/guides.test.ts lo detecta.
    machine: (recorded: string) => recorded
      .replace(/headless Chromium (\S+),/, 'Chromium $1 sin interfaz gráfica,')
      .replace('unknown CPU', 'procesador desconocido')
      .replace(/load average (\d+)\.(\d+) at the start and (\d+)\.(\d+) at the end/, 'carga media de $1,$2 al empezar y de $3,$4 al terminar')
      .replace(/load average (\d+)\.(\d+) at the start/, 'carga media de $1,$2 al empezar')
      .replace('(a busy machine makes every figure longer)', '(una máquina ocupada alarga todas las cifras)'),
    method: (recorded: string) => recorded
      .replace(/^wall-clock from the press to the result, median of (\d+) fresh page loads, motion on/, 'tiempo real desde la pulsación hasta el resultado, mediana de $1 cargas nuevas de la página, con animaciones'),
  },
};
