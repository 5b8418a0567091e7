import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sortChapters } from '../site/chapter-order.ts';
import { catalogueOfChapter } from '../classroom/assignment/catalogue.ts';
import { activityEstimate, readingEstimate, MINUTES_PER_INTERACTION, ACTIVITY_TIMINGS } from './estimates.ts';
import { lessonPlan, LESSON_MINUTES } from './lesson-plan.ts';
import { chapterMisconceptions } from './misconceptions.ts';
import { widgetMisconceptions } from './widget-predictions.ts';
import { buildGuide, measurementWords } from './guide.ts';
import { catalogues } from '../i18n/catalogues.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';
import { guideSchema, type GuideData } from './schema.ts';
import type { ActivityTimings } from './activity-timings.ts';

/** Front-matter and body of an MDX file. */
function readMdx(path: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(path, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${path} has no front-matter`);
  return { data: parse(m[1]!) as Record<string, unknown>, body: m[2]! };
}

/** A language's folder under content/ (English at the top). */
const folder = (lang: Lang, kind: 'chapters' | 'guides') => (lang === 'en' ? `content/${kind}` : `content/${lang}/${kind}`);
const mdxIds = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')) : []);

/** A language's chapters in course order, and its guides (those written so far: a missing one has no page). */
function edition(lang: Lang) {
  const chapters = sortChapters(mdxIds(folder(lang, 'chapters')).map((id) => {
    const { data, body } = readMdx(`${folder(lang, 'chapters')}/${id}.mdx`);
    return { id, data: data as { number: number; part?: 'a' | 'b' | 'c' | 'd'; title: string }, body };
  }));
  const guideIds = mdxIds(folder(lang, 'guides'));
  const guideFor = (id: string): { data: GuideData; body: string } => {
    const { data, body } = readMdx(`${folder(lang, 'guides')}/${id}.mdx`);
    return { data: guideSchema.parse(data), body };
  };
  return { chapters, course: chapters.map((c) => ({ id: c.id, body: c.body })), guideIds, guideFor };
}

const english = edition('en');
const chapterIds = english.chapters.map((c) => c.id);
const { chapters, guideFor } = english;

/** An objective is something a learner can be seen doing: "Can explain …", "Sabe explicar …". */
const OBSERVABLE: Record<Lang, RegExp> = {
  en: /^Can (explain|predict|compute|calculate|tell|say|name|count|describe|recognise|choose|read|write|check|use|sketch|diagnose|give|find|build|trace|argue|produce|train|share)\b/,
  es: /^Sabe (explicar|predecir|calcular|distinguir|decir|nombrar|contar|describir|reconocer|elegir|leer|escribir|comprobar|usar|utilizar|esbozar|dibujar|diagnosticar|dar|encontrar|construir|seguir|argumentar|producir|entrenar|compartir|justificar|interpretar)\b/,
};

const timings: ActivityTimings = {
  measuredOn: '2026-12-03', machine: 'test', method: 'test',
  activities: { train: { what: 'a training run', ms: 12_500 } },
};

describe('reading and activity estimates', () => {
  it('reads words ÷ 200 a minute from the MDX, leaving out imports and widget props', () => {
    const mdx = `import X from './x';\n\n${'word '.repeat(1000)}\n\n<SelfCheck questions={[{ prompt: '${'hidden '.repeat(500)}' }]} />\n`;
    expect(readingEstimate(mdx)).toEqual({ words: 1000, wordsPerMinute: 200, minutes: 5 });
  });

  it('adds the measured run time of every run to a minute per interaction, rounded up', () => {
    expect(MINUTES_PER_INTERACTION).toBe(1);
    expect(activityEstimate({ measured: 'train', interactions: 3 }, timings)).toEqual({ runSeconds: 12.5, interactions: 3, minutes: 4 });
    expect(activityEstimate({ measured: 'train', runs: 5, interactions: 3 }, timings).minutes).toBe(5); // 62.5 s + 3 min
    expect(activityEstimate({ interactions: 2 }, timings)).toEqual({ runSeconds: 0, interactions: 2, minutes: 2 });
  });

  it('refuses a measurement that was never made', () => {
    expect(() => activityEstimate({ measured: 'nope', interactions: 1 }, timings)).toThrow(/no measurement "nope"/);
  });

  it('has a measurement for every activity a guide says it measured', () => {
    const named = chapterIds.flatMap((id) => guideFor(id).data.activities.flatMap((a) => (a.measured ? [a.measured] : [])));
    expect(named.length).toBeGreaterThan(5);
    for (const key of named) expect(ACTIVITY_TIMINGS.activities[key], key).toBeDefined();
    for (const m of Object.values(ACTIVITY_TIMINGS.activities)) expect(m.ms).toBeGreaterThan(0);
  });
});

describe('the lesson plan', () => {
  const blocks = [
    { do: 'Open with a question', minutes: 5 },
    { do: 'Read the first part', reading: true },
    { do: 'Train it', activity: 'train' },
    { do: 'Discuss', rest: true },
  ];

  it('times each block from its source and gives the rest of the 45 minutes to the flexible block', () => {
    const plan = lessonPlan(blocks, { train: 7 }, 12);
    expect(plan.map((b) => [b.start, b.minutes, b.source])).toEqual([[0, 5, 'stated'], [5, 12, 'reading'], [17, 7, 'activity'], [24, 21, 'rest']]);
    expect(plan.reduce((s, b) => s + b.minutes, 0)).toBe(LESSON_MINUTES);
  });

  it('fails, naming the guide, when the timed blocks leave too little of the lesson, or a block is ill-formed', () => {
    expect(() => lessonPlan(blocks, { train: 27 }, 12, 'guide x')).toThrow(/guide x: .* take 44 of 45 minutes/);
    expect(() => lessonPlan(blocks, {}, 12, 'guide x')).toThrow(/activity "train" the guide does not have/);
    expect(() => lessonPlan([{ do: 'Both at once', minutes: 3, rest: true }], {}, 1)).toThrow(/exactly one block with rest|exactly one of/);
  });
});

describe('the teacher guides', () => {
  it('exist for every chapter in English, and only for chapters in every language', () => {
    expect([...english.guideIds].sort()).toEqual([...chapterIds].sort());
    for (const lang of LANGS) {
      const { chapters: own, guideIds } = edition(lang);
      for (const id of guideIds) expect(own.map((c) => c.id), `${folder(lang, 'guides')}/${id}.mdx`).toContain(id);
    }
  });

  it('word every measurement in every language, the machine and the method included', () => {
    const ENGLISH = /\b(the|and|of|at|from|to|on|median|fresh|loads|headless|load|average|start|end)\b/;
    for (const lang of LANGS) {
      for (const key of Object.keys(ACTIVITY_TIMINGS.activities)) expect(measurementWords(key, lang).length, `${lang} ${key}`).toBeGreaterThan(10);
      if (lang === 'en') continue;
      const m = catalogues[lang].guides.measurement;
      expect(m.machine(ACTIVITY_TIMINGS.machine)).not.toMatch(ENGLISH);
      expect(m.method(ACTIVITY_TIMINGS.method)).not.toMatch(ENGLISH);
      // The format scripts/measure-activities.ts writes when it measures again: a start and an end load.
      expect(m.machine('2 × AMD EPYC, headless Chromium 156.0, load average 6.4 at the start and 7.1 at the end (a busy machine makes every figure longer)')).not.toMatch(ENGLISH);
      expect(Object.keys(m.what).sort()).toEqual(Object.keys(ACTIVITY_TIMINGS.activities).sort());
    }
    expect(() => measurementWords('train', 'es', timings)).toThrow(/src\/i18n\/es\/guides\.ts: measurement\.what has no words for the measurement "train"/);
  });

  for (const lang of LANGS) {
    const { chapters: own, course, guideIds, guideFor: guideIn } = edition(lang);
    for (const chapter of own.filter((c) => guideIds.includes(c.id))) {
      describe(`${folder(lang, 'guides')}/${chapter.id}`, () => {
        const guide = guideIn(chapter.id);
        const view = buildGuide({ id: chapter.id, body: chapter.body }, guide.data, course, { lang });

        it('names, and says how to address, every misconception the chapter’s questions and widgets detect', () => {
          const detected = chapterMisconceptions(chapter.body, lang);
          expect(detected.length).toBeGreaterThan(0);
          expect(view.unaddressed.map((m) => m.id)).toEqual([]);
          expect(view.misconceptions.flatMap((g) => g.items.map((m) => m.id)).sort()).toEqual(detected.map((m) => m.id).sort());
        });

        it('has a 45-minute plan whose measured blocks last their activities’ estimates and whose reading block is the reading estimate', () => {
          expect(view.plan.reduce((s, b) => s + b.minutes, 0)).toBe(45);
          for (const b of view.plan) {
            expect(b.minutes).toBeGreaterThan(0);
            if (b.source === 'activity') expect(b.minutes).toBe(view.activities.find((a) => a.id === b.activity)!.estimate.minutes);
            if (b.source === 'reading') expect(b.minutes).toBe(view.reading.minutes);
          }
          expect(view.plan.some((b) => b.source === 'activity')).toBe(true);
        });

        it('has 3-5 objectives, each something a learner can be seen doing', () => {
          expect(guide.data.objectives.length).toBeGreaterThanOrEqual(3);
          expect(guide.data.objectives.length).toBeLessThanOrEqual(5);
          for (const o of guide.data.objectives) expect(o).toMatch(OBSERVABLE[lang]);
        });

        it('points its prerequisites at earlier chapters', () => {
          const index = own.findIndex((c) => c.id === chapter.id);
          for (const p of guide.data.prerequisites) {
            if (p.chapter) expect(own.findIndex((c) => c.id === p.chapter), p.chapter).toBeLessThan(index);
          }
        });

        if (lang !== 'en') {
          it('is the English guide’s lesson in this language: the same activities, misconception groups and plan', () => {
            const original = guideFor(chapter.id).data;
            const shape = (d: GuideData) => ({
              activities: d.activities.map((a) => [a.id, a.measured, a.runs, a.interactions]), // anchors may be the translated headings' ids
              misconceptions: d.misconceptions.map((g) => [...g.ids].sort()),
              plan: d.plan.map((b) => [b.activity, b.reading, b.minutes, b.rest]),
              objectives: d.objectives.length,
              prerequisites: d.prerequisites.map((p) => p.chapter),
              prompts: d.prompts.length,
            });
            expect(shape(guide.data)).toEqual(shape(original));
          });
        }
      });
    }
  }

  it('use the same question misconception ids as the assignment catalogue the class view counts them by', () => {
    for (const chapter of [...chapters, ...edition('es').chapters]) {
      const fromCatalogue = catalogueOfChapter(chapter.id, chapter.body).flatMap((item) =>
        Object.keys(item.wrong).map((key) => `${item.id.slice(item.id.indexOf('#') + 1)}#${key}`));
      const fromWidgets = new Set(widgetMisconceptions(chapter.body).map((m) => m.id));
      const ours = chapterMisconceptions(chapter.body).map((m) => m.id).filter((id) => !fromWidgets.has(id));
      expect(ours.sort()).toEqual(fromCatalogue.sort());
    }
  });

  it('find the wrong answers of the widgets’ own predictions, in the widgets’ words', () => {
    const ids = (id: string) => widgetMisconceptions(chapters.find((c) => c.id === id)!.body).map((m) => m.id);
    expect(ids('04c-size-matters')).toEqual(['size-matters#1', 'size-matters#4']);
    expect(ids('05-regularization')).toEqual(['lab-overfit#same', 'lab-overfit#higher', 'lab-underfit#lower', 'lab-underfit#higher']);
    expect(ids('04d-inside-training')).toHaveLength(7);
    expect(ids('03-structure')).toEqual([]);
    expect(widgetMisconceptions('<DigitPad exercise />')).toEqual([]); // no question without `units`
    expect(widgetMisconceptions('<Backprop />')[0]).toMatchObject({ id: 'backprop#up', text: 'Up: it gets larger' });
    // On a Spanish chapter, the question and the answers in Spanish, as the Spanish widget shows them.
    expect(widgetMisconceptions('<Backprop />', 'es')[0]).toEqual({ id: 'backprop#up', question: catalogues.es.guides.predictions.backprop, text: catalogues.es.backprop.choices.up });
    const es = edition('es').chapters;
    expect(widgetMisconceptions(es.find((c) => c.id === '05-regularization')!.body, 'es').map((m) => m.id)).toEqual(ids('05-regularization'));
  });
});
