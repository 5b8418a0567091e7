import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorFor, chapterInventory } from './inventory.ts';

const dir = new URL('../../../content/chapters/', import.meta.url);
const chapter = (name: string) => readFileSync(new URL(name, dir), 'utf8');

describe('chapter inventory', () => {
  it('finds chapter 1’s self-check questions and its exercise cell', () => {
    expect(chapterInventory(chapter('01-what-is-a-neural-network.mdx'))).toEqual({
      questions: ['predict-bias-q1', 'check-1-q1', 'check-1-q2', 'check-1-q3'],
      exercises: ['cell:exercise-neuron'],
    });
  });

  it('counts every question the chapters ask (one "prompt:" each) and every exercise cell', () => {
    let prompts = 0;
    let questions = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const text = chapter(name);
      prompts += [...text.matchAll(/prompt:/g)].length;
      questions += chapterInventory(text).questions.length;
      expect(chapterInventory(text).exercises).toEqual([...text.matchAll(/<CodeCell id="(exercise-[^"]+)"/g)].map((m) => `cell:${m[1]}`));
    }
    expect(questions).toBe(prompts);
    expect(questions).toBeGreaterThan(25);
  });

  it('anchors items on their page', () => {
    expect(anchorFor('check-1-q2')).toBe('check-1-q2');
    expect(anchorFor('cell:exercise-neuron')).toBe('cell-exercise-neuron');
    expect(anchorFor('widget:playground')).toBe('playground');
    expect(anchorFor('backprop-predict')).toBe('backprop');
  });
});
