import { describe, expect, it } from 'vitest';
import type { AssignmentV1 } from '../contract.ts';
import { formatChallenge, parseChallenge, readAssignmentLink, writeAssignmentLink } from './assignment-link.ts';
import { readyMadeChallenges } from './challenges.ts';

const assignment: AssignmentV1 = {
  format: 'nn101-assignment', version: 1, title: 'Week 3: training & loss; "spirals"', due: 'Friday 12 March, before class',
  classCode: '7B physics', chapters: ['01-what-is-a-neural-network', '04b-backpropagation'],
  items: ['/chapters/01-what-is-a-neural-network/#check-1-q1', '/chapters/01-what-is-a-neural-network/#cell:exercise-neuron', '/chapters/04b-backpropagation/#backprop-predict'],
  challenges: [...readyMadeChallenges(), { id: 'custom', title: 'Beat 0.1; with 3 layers; no sin', start: 'data=moons&noise=20&layers=3,3,3&lr=0.1', goal: { metric: 'trainLoss', below: 0.1 } }],
  lang: 'en',
};

describe('assignment links', () => {
  it('round-trip an assignment exactly, with no message', () => {
    const link = writeAssignmentLink(assignment);
    expect(link.startsWith('v=1&')).toBe(true);
    const back = readAssignmentLink('#' + link);
    expect(back).toEqual({ ok: true, messages: [], assignment });
  });

  it('round-trip a challenge whose title holds semicolons and whose start holds & and =', () => {
    const c = assignment.challenges[3]!;
    expect(parseChallenge(formatChallenge(c))).toEqual(c);
  });

  it('refuse a link with no assignment, a future version, or no class code, saying which', () => {
    expect(readAssignmentLink('#data=spiral')).toEqual({ ok: false, message: expect.stringMatching(/needs an assignment link/) });
    expect(readAssignmentLink('')).toMatchObject({ ok: false });
    expect(readAssignmentLink('#v=abc&class=x')).toMatchObject({ ok: false, message: expect.stringMatching(/no assignment/) });
    expect(readAssignmentLink('#v=2&class=x')).toMatchObject({ ok: false, message: expect.stringMatching(/newer version.*format 2/) });
    expect(readAssignmentLink('#v=1&title=x')).toMatchObject({ ok: false, message: expect.stringMatching(/no class code/) });
  });

  it('keep the readable parts of a damaged link and name each part left out', () => {
    const link = writeAssignmentLink(assignment);
    const damaged = link.replace(/&c2=[^&]*/, '&c2=xor-90%3Bnonsense').replace('class=7B', 'class=%3Cscript%3E') + '&items=x&zzz=1';
    const back = readAssignmentLink(damaged);
    // A class code the link cannot carry leaves no class code: the page refuses rather than guess seeds.
    expect(back).toMatchObject({ ok: false, message: expect.stringMatching(/class code/) });
    const read = readAssignmentLink(link.replace(/&c2=[^&]*/, '&c2=xor-90%3Bnonsense') + '&zzz=1');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.assignment.challenges.map((c) => c.id)).toEqual(['circle-4', 'spiral-12', 'custom']);
    expect(read.messages).toHaveLength(2);
    expect(read.messages[0]).toMatch(/challenge .*cut or changed/);
    expect(read.messages[1]).toMatch(/unknown setting “zzz”/);
  });

  it('refuse challenges whose playground set-up or goal is not valid', () => {
    const ok = formatChallenge(assignment.challenges[0]!);
    expect(parseChallenge(ok)).not.toBeNull();
    expect(parseChallenge(ok.replace('testLoss', 'accuracy'))).toBeNull();
    expect(parseChallenge(ok.replace(';0.2;', ';NaN;'))).toBeNull();
    expect(parseChallenge(ok.replace(';4;', ';999;'))).toBeNull();
    expect(parseChallenge(ok.replace('data%3Dcircle', 'data%3Dmars'))).toBeNull();
    expect(parseChallenge(ok.replace(/;[^;]*$/, ';'))).toBeNull();
    expect(parseChallenge('circle-4;testLoss;below')).toBeNull();
  });

  it('never throws on hostile input', () => {
    for (const text of ['#v=1&class=a&c1=%', '#v=1&class=a&' + 'x'.repeat(500_000), '#v=1e999&class=a', '#v=1&class=a&chapters=' + 'a,'.repeat(100), '#v=1&v=2&class=a']) {
      expect(() => readAssignmentLink(text)).not.toThrow();
    }
  });
});
