// The classroom's shared shapes: what the browser keeps of a reader's work (progress), what an assignment
// asks for, and what a hand-in carries. Three parts of the code meet here and nowhere else:
//   - src/classroom/progress/   keeps Progress in the browser, shows /progress/, exports/imports/erases it;
//   - src/classroom/assignment/ + handin/ + class-view/   build assignments, hand-ins and the class view
//     from Progress;
//   - the print and teacher-guide pages only read it.
// Types only (no code), so every side can build against it before the others land. Change it in a small
// commit of its own, and keep old files readable: a saved Progress or a hand-in outlives a deployment.

/**
 * Where a gradable thing lives: the page path (without the site's base, with a trailing slash), '#', and the
 * item's id on that page. Stable across builds and languages (the same chapter in Spanish keeps its ids):
 *   '/chapters/01-what-is-a-neural-network/#check-1-q1'   SelfCheck "check-1", question 1
 *   '/chapters/04b-backpropagation/#backprop-predict'      a widget's predict-then-run question
 *   '/chapters/07-build-it-yourself/#cell:mlp'             a code cell
 *   '/chapters/06-playground/#widget:playground'           a widget's last state
 */
export type ItemId = string;

/** An answer to a question the page grades (self-checks, predictions, exercise cells). */
export interface AnswerRecord {
  kind: 'self-check' | 'prediction' | 'exercise';
  /** What the reader gave, as typed or chosen (a choice's index as text, a number as typed). */
  answer: string;
  status: 'correct' | 'wrong';
  /** The explanation shown ('answer', 'misconception-0', 'try-again', a choice index…): which misconception. */
  explanation: string | null;
  /** Graded attempts so far (a real attempt unlocks the worked solution). */
  attempts: number;
  /** ISO 8601 times. */
  firstAt: string;
  lastAt: string;
}

/** A widget's last state: enough to put it back, and to replay a run exactly. */
export interface WidgetRecord {
  /** The widget's own state text (for the playground, its URL fragment without '#'). */
  state: string;
  /** Measured results the widget reports, by name (e.g. testLoss, trainLoss, epochs, hiddenNeurons). */
  results?: Record<string, number>;
  at: string;
}

/** A code cell's saved code (see src/cells/runtime/saved-code.ts) and whether its exercise check passed. */
export interface CellRecord {
  code: string;
  base: string;
  passed?: boolean;
  at?: string;
}

/** Everything the browser keeps of one reader's work. Also the export file's format (JSON). */
export interface ProgressV1 {
  format: 'nn101-progress';
  version: 1;
  savedAt: string;
  answers: Record<ItemId, AnswerRecord>;
  widgets: Record<ItemId, WidgetRecord>;
  cells: Record<ItemId, CellRecord>;
}

export type ImportResult = { ok: true; counts: { answers: number; widgets: number; cells: number } } | { ok: false; message: string };

/** The one way the rest of the code reads and writes progress (implemented in src/classroom/progress/). */
export interface ProgressStore {
  read(): ProgressV1;
  recordAnswer(id: ItemId, answer: Omit<AnswerRecord, 'attempts' | 'firstAt' | 'lastAt'>): AnswerRecord;
  recordWidget(id: ItemId, record: Omit<WidgetRecord, 'at'>): void;
  /** Called after any change (also from another tab); returns an unsubscribe function. */
  subscribe(listener: (progress: ProgressV1) => void): () => void;
  exportText(): string;
  /** Validates everything first: a damaged, foreign or future-version file changes nothing. */
  importText(text: string): ImportResult;
  eraseAll(): void;
  /** False when the browser refuses storage: work then lives in memory only, and the page says so once. */
  readonly persistent: boolean;
}

/** A challenge: a playground set-up and a goal the learner's run must reach. */
export interface Challenge {
  id: string;
  /** Shown to the learner, e.g. "On spirals, reach a test loss below 0.15 with at most 12 hidden neurons". */
  title: string;
  /** Playground URL fragment the challenge starts from (data set, and any fixed settings). */
  start: string;
  goal: { metric: 'testLoss' | 'trainLoss' | 'testAccuracy'; below?: number; above?: number; maxHiddenNeurons?: number };
}

/** What one assignment link carries (in its URL fragment, versioned). */
export interface AssignmentV1 {
  format: 'nn101-assignment';
  version: 1;
  title: string;
  due: string;
  classCode: string;
  /** Chapter ids (content/chapters file names without .mdx) the learner should read. */
  chapters: string[];
  /** ItemIds of the questions and cells to answer. */
  items: ItemId[];
  challenges: Challenge[];
  /** 'en' | 'es' …: the language the assignment was written in. */
  lang: string;
}

/** A learner's hand-in (a file, or the same JSON as a copyable text code). */
export interface HandInV1 {
  format: 'nn101-hand-in';
  version: 1;
  assignment: AssignmentV1;
  learner: { name: string; seed: number };
  createdAt: string;
  answers: Record<ItemId, AnswerRecord>;
  cells: Record<ItemId, CellRecord>;
  /** Per challenge id: the state fragment of the run (replayable exactly) and its measured results. */
  challenges: Record<string, { state: string; results: Record<string, number>; passed: boolean }>;
  /** Tamper-evidence for a classroom, not security: a checksum over everything above, checked by the class view. */
  checksum: string;
}
