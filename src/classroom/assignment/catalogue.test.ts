import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueOfChapter } from './catalogue.ts';
import { ITEM_ID_RE } from './assignment-link.ts';

const chapters = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const items = (id: string) => catalogueOfChapter(id, readFileSync(`content/chapters/${id}.mdx`, 'utf8'));

describe('the catalogue of gradable items, read from the chapters', () => {
  it('lists chapter 1’s prediction, exercise cell and self-check questions in page order, with ids an assignment link carries', () => {
    const list = items('01-what-is-a-neural-network');
    const source = readFileSync('content/chapters/01-what-is-a-neural-network.mdx', 'utf8');
    const selfChecks = [...source.matchAll(/<SelfCheck id="([^"]+)"/g)].map((m) => m[1]);
    expect(list[0]).toMatchObject({ id: '/chapters/01-what-is-a-neural-network/#predict-bias-q1', kind: 'prediction' });
    expect(list[0]!.prompt).toMatch(/^Predict, then run: keep the widget’s starting inputs x = \(1, 0.5\)/);
    // The four misconceptions of the bias question, named in words.
    expect(Object.keys(list[0]!.wrong)).toEqual(['misconception-0', 'misconception-1', 'misconception-2', 'misconception-3']);
    expect(list[0]!.wrong['misconception-1']).toMatch(/^That is the starting bias/);
    expect(list.find((i) => i.kind === 'exercise')).toMatchObject({ id: '/chapters/01-what-is-a-neural-network/#cell:exercise-neuron', prompt: 'Exercise: a neuron\'s output' });
    expect(selfChecks).toEqual(['predict-bias', 'check-1']);
    expect(list.filter((i) => i.id.includes('#check-1-q')).length).toBeGreaterThanOrEqual(2);
  });

  it('names the wrong choices of a choice question by their text', () => {
    const q = items('04-how-networks-learn').find((i) => i.prompt.startsWith('Predict, then run: train TeachIt'))!;
    expect(q.wrong['0']).toMatch(/^Class B only at that exact point/);
    expect(q.wrong['1']).toBeUndefined(); // the correct choice
  });

  it('finds an item in every chapter that has one, each id valid and unique, the Backprop prediction included', () => {
    const all = chapters.flatMap(items);
    expect(all.length).toBeGreaterThan(30);
    for (const item of all) expect(item.id).toMatch(ITEM_ID_RE);
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    expect(all.map((i) => i.id)).toContain('/chapters/04b-backpropagation/#backprop-predict');
    expect(all.filter((i) => i.kind === 'exercise').map((i) => i.id.split('cell:')[1])).toEqual(
      expect.arrayContaining(['exercise-neuron', 'exercise-count-parameters', 'exercise-forward-pass', 'exercise-derivatives', 'exercise-descent', 'exercise-dropout']));
    for (const item of all) expect(item.prompt.length).toBeGreaterThan(5);
  });
});

describe('the catalogue in Spanish', () => {
  const spanish = (id: string) => catalogueOfChapter(id, readFileSync(`content/es/chapters/${id}.mdx`, 'utf8'), 'es');
  it('has the same items under the same ids, of the same kinds, worded as the Spanish chapters word them', () => {
    for (const id of chapters) {
      const en = items(id);
      const es = spanish(id);
      expect(es.map((i) => [i.id, i.kind, Object.keys(i.wrong)])).toEqual(en.map((i) => [i.id, i.kind, Object.keys(i.wrong)]));
    }
    const bias = spanish('01-what-is-a-neural-network')[0]!;
    // Maths as plain text with the decimal comma written as a reader reads it.
    expect(bias.wrong['misconception-1']).toMatch(/^Ese es el sesgo inicial, con el que z = 0,7 y la salida ya es 1/);
    expect(spanish('04b-backpropagation').find((i) => i.id.endsWith('#backprop-predict'))!.prompt).toMatch(/^Predice primero/);
  });
});
