import { describe, expect, it } from 'vitest';
import type { AssignmentV1, HandInV1, ProgressV1 } from '../contract.ts';
import { challengeItemId, challengeState, readyMadeChallenges } from '../assignment/challenges.ts';
import { learnerSeed } from '../assignment/learner-seed.ts';
import { writePlaygroundState } from '../../state/playground-state.ts';
import { setRenderingLang } from '../../i18n/lang.ts';
import { canonicalJson, handInChecksum, sha256Hex } from './checksum.ts';
import { CODE_PREFIX, createHandIn, handInCode, handInFileName, handInFileText, readHandIn } from './hand-in.ts';

const assignment: AssignmentV1 = {
  format: 'nn101-assignment', version: 1, title: 'Week 3', due: 'Friday', classCode: '7B', chapters: ['01-what-is-a-neural-network'],
  items: ['/chapters/01-what-is-a-neural-network/#check-1-q1', '/chapters/01-what-is-a-neural-network/#cell:exercise-neuron'],
  challenges: [readyMadeChallenges()[0]!, readyMadeChallenges()[2]!], lang: 'en',
};
const at = '2026-12-03T10:00:00.000Z';
const seed = learnerSeed('Ada', '7B');
const progress: ProgressV1 = {
  format: 'nn101-progress', version: 1, savedAt: at,
  answers: {
    '/chapters/01-what-is-a-neural-network/#check-1-q1': { kind: 'self-check', answer: '0.6', status: 'wrong', explanation: 'misconception-0', attempts: 1, firstAt: at, lastAt: at },
    '/chapters/02-uses/#check-2-q1': { kind: 'self-check', answer: '1', status: 'correct', explanation: '1', attempts: 1, firstAt: at, lastAt: at },
  },
  widgets: {
    [challengeItemId('circle-4')]: { state: writePlaygroundState(challengeState(readyMadeChallenges()[0]!, seed)), results: { testLoss: 0.12, trainLoss: 0.1, epochs: 80, hiddenNeurons: 6 }, at },
    [challengeItemId('spiral-12')]: { state: writePlaygroundState(challengeState(readyMadeChallenges()[2]!, seed)), results: { testLoss: Number.NaN, epochs: 3 }, at },
  },
  cells: { '/chapters/01-what-is-a-neural-network/#cell:exercise-neuron': { code: 'return 1;', base: 'b', passed: true } },
};

const make = () => createHandIn(assignment, ' Ada ', progress, new Date(at));

describe('checksum', () => {
  it('is SHA-256 (the FIPS 180-2 test vector) over JSON with sorted keys', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(canonicalJson({ b: [2, { d: 1, c: null }], a: 'x' })).toBe('{"a":"x","b":[2,{"c":null,"d":1}]}');
    expect(await handInChecksum({ b: 1, a: 2, checksum: 'x' })).toBe(await handInChecksum({ a: 2, b: 1 }));
  });
});

describe('hand-ins', () => {
  it('carry only the assignment’s items, the learner’s seed, and each challenge run with its goal checked', async () => {
    const h = await make();
    expect(h.learner).toEqual({ name: 'Ada', seed });
    expect(Object.keys(h.answers)).toEqual(['/chapters/01-what-is-a-neural-network/#check-1-q1']);
    expect(Object.keys(h.cells)).toEqual(['/chapters/01-what-is-a-neural-network/#cell:exercise-neuron']);
    // circle-4 allows 4 hidden neurons; the default network has 6: not passed, although the loss is low.
    expect(h.challenges['circle-4']).toMatchObject({ passed: false, results: { testLoss: 0.12 } });
    // A NaN result is left out (JSON cannot hold it), so the goal is not met.
    expect(h.challenges['spiral-12']).toMatchObject({ passed: false, results: { epochs: 3 } });
    expect(h.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(handInFileName(h)).toBe('nn101-hand-in-Ada.json');
  });

  it('read back from the file and from the text code, unflagged', async () => {
    const h = await make();
    expect(await readHandIn(handInFileText(h))).toEqual({ ok: true, handIn: h, flags: [] });
    const code = await handInCode(h);
    expect(code.startsWith(CODE_PREFIX)).toBe(true);
    expect(code.length).toBeLessThan(handInFileText(h).length);
    // An LMS text box may wrap the code over lines: white space inside is ignored.
    expect(await readHandIn(`  ${code.slice(0, 40)}\n${code.slice(40)}\n`)).toEqual({ ok: true, handIn: h, flags: [] });
  });

  it('flag a file edited by hand: a changed answer, a seed not the learner’s, a challenge marked passed', async () => {
    const h = await make();
    const edited = JSON.parse(handInFileText(h)) as HandInV1;
    edited.answers['/chapters/01-what-is-a-neural-network/#check-1-q1']!.status = 'correct';
    expect(await readHandIn(JSON.stringify(edited))).toMatchObject({ ok: true, flags: [expect.stringMatching(/checksum does not match/)] });

    const forged = JSON.parse(handInFileText(h)) as HandInV1;
    forged.learner.seed = 12345;
    forged.challenges['circle-4']!.passed = true;
    forged.checksum = await handInChecksum(forged); // even with a recomputed checksum
    const read = await readHandIn(JSON.stringify(forged));
    expect(read).toMatchObject({ ok: true });
    if (read.ok) expect(read.flags).toEqual([expect.stringMatching(/seed does not belong/), expect.stringMatching(/Marked passed.*circle/)]);
  });

  it('refuse what is not a hand-in, is damaged, cut or from the future, with one sentence each', async () => {
    const h = await make();
    const text = handInFileText(h);
    const code = await handInCode(h);
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['hello', /not a hand-in/],
      [text.slice(0, 200), /not a hand-in/],
      ['{"format":"nn101-progress","version":1}', /not an nn101 hand-in/],
      [text.replace('"version": 1,', '"version": 2,'), /newer version.*format 2/],
      [text.replace('"version": 1,', '"version": "1",'), /damaged: its format version/],
      [text.replace('"name": "Ada"', '"name": ""'), /damaged: the learner’s name/],
      [text.replace('"createdAt": "2026', '"createdAt": "x2026'), /damaged: its date/],
      [text.replace('"status": "wrong"', '"status": "great"'), /damaged: the answer to “\/chapters\/01/],
      [text.replace('"classCode": "7B"', '"classCode": "<b>"'), /damaged: its assignment/],
      [text.replace(/"checksum": "[^"]*"/, '"checksum": 5'), /damaged: its checksum is missing/],
      [code.slice(0, code.length - 30), /cut or changed/],
      [code.slice(0, 30) + '!!' + code.slice(32), /cut or changed/],
      ['NN101-HANDIN-2:abc', /newer version/],
      ['x'.repeat(1_000_001), /too large/],
    ];
    for (const [input, message] of cases) {
      const read = await readHandIn(input);
      expect(read, input.slice(0, 60)).toEqual({ ok: false, message: expect.stringMatching(message) });
    }
  });
});

describe('hand-ins across languages', () => {
  // A Spanish page: what the code reads as the page's language while it runs (build-time pages set it the same way).
  const inLang = async <T>(lang: 'en' | 'es', run: () => Promise<T>): Promise<T> => {
    setRenderingLang(lang);
    try { return await run(); } finally { setRenderingLang('en'); }
  };
  it('are named in the page’s language, with a name made safe for a file', async () => {
    const h = await make();
    expect(await inLang('es', async () => handInFileName(h))).toBe('nn101-entrega-Ada.json');
    const unnamed = { ...h, learner: { ...h.learner, name: '???' } };
    expect(await inLang('es', async () => handInFileName(unnamed))).toBe('nn101-entrega-alumno.json');
    expect(handInFileName(unnamed)).toBe('nn101-hand-in-learner.json');
  });

  const spanishAssignment = () => inLang('es', async () => {
    const [circle, , spiral] = readyMadeChallenges();
    return { ...assignment, title: 'Semana 3', challenges: [circle!, spiral!], lang: 'es' } satisfies AssignmentV1;
  });

  it('a hand-in made on a Spanish page holds no sentence of it, and reads clean in an English class view (and back)', async () => {
    const es = await spanishAssignment();
    expect(es.challenges[0]!.title).toMatch(/^En el círculo/);
    const handIn = await inLang('es', () => createHandIn(es, 'Ada', progress, new Date(at)));
    // Nothing in the file depends on the page's language but what the teacher wrote (title, challenges' titles).
    const english = await createHandIn(es, 'Ada', progress, new Date(at));
    expect(handIn).toEqual(english);
    const code = await inLang('es', () => handInCode(handIn));
    for (const text of [handInFileText(handIn), code]) {
      const inEnglish = await readHandIn(text);
      expect(inEnglish).toMatchObject({ ok: true, flags: [] });
      expect(await inLang('es', () => readHandIn(text))).toEqual(inEnglish);
    }
    // An English hand-in reads in a Spanish class view, which words its problems in Spanish.
    const edited = JSON.parse(handInFileText(await make())) as HandInV1;
    edited.learner.name = 'Ada Byron';
    const read = await inLang('es', () => readHandIn(JSON.stringify(edited)));
    expect(read.ok && read.flags).toEqual([
      'Modificada después de crearse: su suma de comprobación no coincide con su contenido.',
      'La semilla del alumno no corresponde a este nombre y código de clase.',
    ]);
    expect(await inLang('es', () => readHandIn('{"format":"nn101-progress"}'))).toEqual({ ok: false, message: 'Esto no es una entrega de nn101 (no tiene "format": "nn101-hand-in").' });
  });
});
