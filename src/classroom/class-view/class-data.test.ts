import { describe, expect, it } from 'vitest';
import type { AssignmentV1, HandInV1, ProgressV1 } from '../contract.ts';
import type { CatalogueItem } from '../assignment/catalogue.ts';
import { challengeItemId, challengeState, readyMadeChallenges } from '../assignment/challenges.ts';
import { learnerSeed } from '../assignment/learner-seed.ts';
import { writePlaygroundState } from '../../state/playground-state.ts';
import { createHandIn, handInCode, handInFileText } from '../handin/hand-in.ts';
import { classCsv, commonMisconceptions, csvCell, learnerRow, loadHandIns } from './class-data.ts';

const Q1 = '/chapters/01-what-is-a-neural-network/#predict-bias-q1';
const Q2 = '/chapters/01-what-is-a-neural-network/#check-1-q1';
const assignment: AssignmentV1 = {
  format: 'nn101-assignment', version: 1, title: 'Week 3', due: '', classCode: '7B', chapters: ['01-what-is-a-neural-network'],
  items: [Q1, Q2], challenges: [readyMadeChallenges()[0]!], lang: 'en',
};
const circle = readyMadeChallenges()[0]!;
const at = '2026-12-03T10:00:00.000Z';

function progressOf(name: string, i: number): ProgressV1 {
  const answer = (status: 'correct' | 'wrong', explanation: string | null, text: string) => ({ kind: 'self-check' as const, answer: text, status, explanation, attempts: 1, firstAt: at, lastAt: at });
  return {
    format: 'nn101-progress', version: 1, savedAt: at,
    answers: {
      [Q1]: i % 3 === 0 ? answer('wrong', 'misconception-1', '0.1') : answer('correct', 'answer', '-0.6'),
      ...(i % 2 === 0 ? { [Q2]: answer('wrong', 'try-again', '7') } : {}),
    },
    widgets: {
      [challengeItemId(circle.id)]: { state: writePlaygroundState({ ...challengeState(circle, learnerSeed(name, '7B')), layers: [4] }), results: { testLoss: 0.05 + i / 100, epochs: 50 + i }, at },
    },
    cells: {},
  };
}

const catalogue = new Map<string, CatalogueItem>([[Q1, { id: Q1, kind: 'prediction', prompt: 'Lowest bias?', wrong: { 'misconception-1': 'That is the starting bias.' } }]]);

async function classOf(n: number): Promise<HandInV1[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => createHandIn(assignment, `Learner ${String(i + 1).padStart(2, '0')}`, progressOf(`Learner ${String(i + 1).padStart(2, '0')}`, i), new Date(at))));
}

describe('the class view’s data', () => {
  it('loads 30 hand-ins (files and codes) of which 4 are broken: one message per broken one, naming it, the others load', async () => {
    const handIns = await classOf(30);
    const inputs = await Promise.all(handIns.map(async (h, i) => ({ source: `learner-${i + 1}.json`, text: i % 2 ? handInFileText(h) : await handInCode(h) })));
    inputs[3] = { source: 'learner-4.json', text: inputs[3]!.text.slice(0, 100) };
    inputs[7] = { source: 'learner-8.json', text: '{"format":"nn101-progress"}' };
    inputs[11] = { source: 'learner-12.json', text: handInFileText(handIns[11]!).replace('"version": 1,\n  "assignment"', '"version": 9,\n  "assignment"') };
    inputs[19] = { source: 'holiday.jpg', text: '\u00ff\u00d8\u00ff\u00e0JFIF' };
    const { loaded, problems } = await loadHandIns(inputs);
    expect(loaded).toHaveLength(26);
    expect(problems.map((p) => p.source)).toEqual(['learner-4.json', 'learner-8.json', 'learner-12.json', 'holiday.jpg']);
    expect(problems[2]!.message).toMatch(/newer version/);
    expect(loaded.every((l) => l.flags.length === 0)).toBe(true);
  });

  it('gives a row per learner with attempted, correct and the challenge result', async () => {
    const [h0, h1] = await classOf(2);
    const { loaded } = await loadHandIns([{ source: 'a', text: handInFileText(h0!) }, { source: 'b', text: handInFileText(h1!) }]);
    const rows = loaded.map(learnerRow);
    expect(rows[0]).toMatchObject({ name: 'Learner 01', questions: 2, attempted: 2, correct: 0 });
    expect(rows[1]).toMatchObject({ name: 'Learner 02', questions: 2, attempted: 1, correct: 1 });
    expect(rows[0]!.challenges[0]).toMatchObject({ attempted: true, passed: true, testLoss: 0.05, epochs: 50 });
  });

  it('keeps the later of two hand-ins by one learner and flags a hand-edited one', async () => {
    const [h] = await classOf(1);
    const later = { ...h!, createdAt: '2026-12-04T10:00:00.000Z' };
    const edited = JSON.parse(handInFileText(h!)) as HandInV1;
    edited.learner.name = 'Someone Else';
    edited.learner.seed = learnerSeed('Someone Else', '7B');
    const { loaded } = await loadHandIns([{ source: 'first.json', text: handInFileText(h!) }, { source: 'second.json', text: JSON.stringify(later) }, { source: 'edited.json', text: JSON.stringify(edited) }]);
    expect(loaded.map((l) => [l.source, l.flags.length])).toEqual([['second.json', 2], ['edited.json', 2]]);
    expect(loaded[0]!.flags.join(' ')).toMatch(/checksum does not match.*Handed in more than once.*“first.json”/);
    expect(loaded[1]!.flags[0]).toMatch(/checksum does not match/);
    // The run was made with the real learner's seeds: under the new name it does not count.
    expect(loaded[1]!.flags[1]).toMatch(/Marked passed but the recorded run does not meet the goal/);
    expect(learnerRow(loaded[1]!).challenges[0]!.passed).toBe(false);
  });

  it('names the most common misconception in words, and counts unknown wrong answers by the answer given', async () => {
    const { loaded } = await loadHandIns(await Promise.all((await classOf(6)).map(async (h, i) => ({ source: String(i), text: handInFileText(h) }))));
    const list = commonMisconceptions(loaded, catalogue);
    expect(list[0]).toMatchObject({ item: Q2, text: 'answered “7”', count: 3 });
    expect(list[1]).toMatchObject({ item: Q1, prompt: 'Lowest bias?', text: 'That is the starting bias.', count: 2, learners: ['Learner 01', 'Learner 04'] });
  });

  it('writes a gradebook CSV that a spreadsheet reads as data, never as formulas', async () => {
    const [h] = await classOf(1);
    const { loaded } = await loadHandIns([{ source: 'a', text: handInFileText({ ...h!, learner: { ...h!.learner } }) }]);
    const csv = classCsv(loaded.map(learnerRow));
    const [header, line] = csv.split('\r\n');
    expect(header).toBe('name,seed,questions,attempted,correct,challenges passed,challenges,circle-4 passed,circle-4 test loss,circle-4 test accuracy,circle-4 epochs,flags');
    expect(line).toBe(`Learner 01,${learnerSeed('Learner 01', '7B')},2,2,0,1,1,yes,0.05,,50,`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(Number.NaN)).toBe('');
  });
});
