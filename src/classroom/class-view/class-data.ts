// The class view's data, without the page: many hand-ins read at once (one message per file that cannot be
// read, the others load), a row per learner, the misconceptions behind the class's wrong answers named in
// words (from the build-time catalogue), the challenge results for the charts, and the gradebook CSV.
import type { Challenge, HandInV1, ItemId } from '../contract.ts';
import type { CatalogueItem } from '../assignment/catalogue.ts';
import { checkGoal } from '../assignment/challenges.ts';
import { learnerSeed, normaliseName } from '../assignment/learner-seed.ts';
import { readHandIn } from '../handin/hand-in.ts';
import { classViewStrings } from '../../i18n/classroom.ts';

export interface LoadedHandIn {
  /** Where it came from: the file name, or "Pasted code 2". */
  source: string;
  handIn: HandInV1;
  /** What does not add up (edited, someone else's seed, another assignment…), one sentence each. */
  flags: string[];
}

export interface LoadProblem {
  source: string;
  message: string;
}

/**
 * Reads every input; each bad one gives one problem naming its source, and the rest load. A learner who
 * handed in twice keeps the later hand-in (flagged); a hand-in for another assignment than most of the
 * class's is flagged, not dropped.
 */
export async function loadHandIns(inputs: readonly { source: string; text: string }[]): Promise<{ loaded: LoadedHandIn[]; problems: LoadProblem[] }> {
  const S = classViewStrings().data;
  const problems: LoadProblem[] = [];
  const byLearner = new Map<string, LoadedHandIn>();
  for (const input of inputs) {
    const read = await readHandIn(input.text);
    if (!read.ok) { problems.push({ source: input.source, message: read.message }); continue; }
    const key = `${normaliseName(read.handIn.assignment.classCode)}\n${normaliseName(read.handIn.learner.name)}`;
    const earlier = byLearner.get(key);
    const entry: LoadedHandIn = { source: input.source, handIn: read.handIn, flags: read.flags };
    if (earlier) {
      const later = earlier.handIn.createdAt > entry.handIn.createdAt ? earlier : entry;
      const other = later === entry ? earlier : entry;
      later.flags = [...later.flags.filter((f) => !f.startsWith(S.twicePrefix)), S.twice(other.source)];
      byLearner.set(key, later);
    } else byLearner.set(key, entry);
  }
  const loaded = [...byLearner.values()];
  const assignments = new Map<string, number>();
  for (const l of loaded) assignments.set(assignmentKey(l.handIn), (assignments.get(assignmentKey(l.handIn)) ?? 0) + 1);
  const common = [...assignments.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const l of loaded) if (assignmentKey(l.handIn) !== common) l.flags.push(S.otherAssignment(l.handIn.assignment.title));
  loaded.sort((a, b) => a.handIn.learner.name.localeCompare(b.handIn.learner.name));
  return { loaded, problems };
}

const assignmentKey = (h: HandInV1) => JSON.stringify(h.assignment);

export interface ChallengeResult {
  challenge: Challenge;
  attempted: boolean;
  passed: boolean;
  testLoss?: number;
  trainLoss?: number;
  testAccuracy?: number;
  epochs?: number;
  /** False when settings or weights changed during the run: a replay may not reach the same numbers. */
  replayable?: boolean;
  /** The recorded run's state fragment (for the replay link). */
  state?: string;
}

export interface LearnerRow {
  name: string;
  seed: number;
  source: string;
  questions: number;
  attempted: number;
  correct: number;
  challenges: ChallengeResult[];
  flags: string[];
}

export function learnerRow(l: LoadedHandIn): LearnerRow {
  const h = l.handIn;
  const items = h.assignment.items;
  const attempted = items.filter((id) => h.answers[id] || h.cells[id]).length;
  const correct = items.filter((id) => h.answers[id]?.status === 'correct' || h.cells[id]?.passed === true).length;
  const challenges = h.assignment.challenges.map((c): ChallengeResult => {
    const run = h.challenges[c.id];
    if (!run) return { challenge: c, attempted: false, passed: false };
    return {
      // Recomputed from the run, never taken from the file's own "passed".
      challenge: c, attempted: true, passed: checkGoal(c, run, learnerSeed(h.learner.name, h.assignment.classCode)).passed, state: run.state,
      testLoss: run.results.testLoss, trainLoss: run.results.trainLoss, testAccuracy: run.results.testAccuracy, epochs: run.results.epochs,
      replayable: run.results.replayable !== 0,
    };
  });
  return { name: h.learner.name, seed: h.learner.seed, source: l.source, questions: items.length, attempted, correct, challenges, flags: l.flags };
}

export interface Misconception {
  item: ItemId;
  prompt: string;
  /** The misconception (or the wrong choice) in words. */
  text: string;
  count: number;
  learners: string[];
}

/** The class's wrong answers grouped by what they reveal, most common first. */
export function commonMisconceptions(loaded: readonly LoadedHandIn[], catalogue: ReadonlyMap<ItemId, CatalogueItem>): Misconception[] {
  const groups = new Map<string, Misconception>();
  for (const { handIn } of loaded) {
    for (const [item, answer] of Object.entries(handIn.answers)) {
      if (answer.status !== 'wrong') continue;
      const known = catalogue.get(item);
      const explanation = answer.explanation ?? '';
      const text = known?.wrong[explanation] ?? classViewStrings().data.wrongAnswer(answer.answer);
      const key = `${item}\n${known?.wrong[explanation] ? explanation : `answer:${answer.answer}`}`;
      const group = groups.get(key) ?? { item, prompt: known?.prompt ?? item, text, count: 0, learners: [] };
      group.count++;
      group.learners.push(handIn.learner.name);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.prompt.localeCompare(b.prompt));
}

/** One cell of CSV: quoted when needed, and a leading = + - @ made inert (a spreadsheet would run it as a formula). */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The gradebook: one line per learner; numbers with a decimal point, whatever the page's language. */
export function classCsv(rows: readonly LearnerRow[]): string {
  const S = classViewStrings();
  const challenges = rows[0]?.challenges.map((c) => c.challenge) ?? [];
  const header = [...S.csv.columns, ...challenges.flatMap((c) => S.csv.challengeColumns(c.id)), S.csv.flags];
  const lines = rows.map((r) => [
    r.name, r.seed, r.questions, r.attempted, r.correct, r.challenges.filter((c) => c.passed).length, r.challenges.length,
    ...challenges.flatMap((c) => {
      const res = r.challenges.find((x) => x.challenge.id === c.id);
      return [res?.attempted ? (res.passed ? S.csv.yes : S.csv.no) : '', res?.testLoss, res?.testAccuracy, res?.epochs];
    }),
    r.flags.join(' '),
  ].map(csvCell).join(','));
  return [header.map(csvCell).join(','), ...lines].join('\r\n') + '\r\n';
}
