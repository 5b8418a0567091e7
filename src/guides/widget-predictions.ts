// The predict-then-run questions that live inside widgets (not in a SelfCheck): the answers each one
// marks wrong at the chapter's default settings, in the words the widget shows. A teacher guide names
// every one of them (src/guides/guides.test.ts). Which answer is right at the defaults is what each
// widget's own tests check (e.g. tests/browser/optimizer-surface.test.ts, src/scenarios/*.test.ts); the
// ids are `<widget id>#<choice value>`, the widget id being the element id on the chapter page (the same in
// every language).
import { catalogues } from '../i18n/catalogues.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';

export interface WidgetMisconception {
  id: string;
  /** The question, shortened. */
  question: string;
  /** The wrong answer as the widget words it. */
  text: string;
}

type Entry = { question: string; wrong: Record<string, string> };

const choiceText = (choices: readonly { value: string; text: string }[], value: string) => choices.find((c) => c.value === value)!.text;

/**
 * By component name, then by the widget id it has on the page (a component used twice has two), in the
 * page's language: the question as the guides' catalogue shortens it, the answers as the widget says them.
 */
const PREDICTIONS: Record<string, (id: string, lang: Lang) => Entry> = {
  SizeMatters: (_, lang) => {
    const t = catalogues[lang];
    return { question: t.guides.predictions.sizeMatters, wrong: { 1: t.sizeMatters.neurons(1), 4: t.sizeMatters.neurons(4) } };
  },
  CrossEntropyRace: (_, lang) => {
    const t = catalogues[lang];
    return {
      question: t.guides.predictions.crossEntropyRace,
      wrong: { mse: choiceText(t.crossEntropyRace.choices, 'mse'), tie: choiceText(t.crossEntropyRace.choices, 'tie') },
    };
  },
  VanishingGradients: (_, lang) => {
    const t = catalogues[lang];
    return {
      question: t.guides.predictions.vanishingGradients,
      wrong: { same: choiceText(t.vanishingGradients.choices, 'same'), explodes: choiceText(t.vanishingGradients.choices, 'explodes') },
    };
  },
  OptimizerSurface: (_, lang) => {
    const t = catalogues[lang];
    return {
      question: t.guides.predictions.optimizerSurface,
      wrong: {
        sgd: choiceText(t.optimizerSurface.choices, 'sgd'),
        adam: choiceText(t.optimizerSurface.choices, 'adam'),
        none: choiceText(t.optimizerSurface.choices, 'none'),
      },
    };
  },
  RegularizationLab: (id, lang): Entry => {
    const t = catalogues[lang];
    const p = t.regularizationLab.predictions;
    const question = t.guides.predictions.regularizationLab;
    return id === 'lab-underfit'
      ? { question, wrong: { lower: p.lower, higher: p.higher } }
      : { question, wrong: { same: p.same, higher: p.higher } };
  },
  Backprop: (_, lang) => {
    const t = catalogues[lang];
    return { question: t.guides.predictions.backprop, wrong: { up: t.backprop.choices.up, stays: t.backprop.choices.stays } };
  },
  DigitPad: (_, lang) => {
    const t = catalogues[lang];
    return { question: t.guides.predictions.digitPad, wrong: { digits: t.digitPad.page.unitsChoices.digits, noise: t.digitPad.page.unitsChoices.noise } };
  },
};

const DEFAULT_IDS: Record<string, string> = {
  SizeMatters: 'size-matters', CrossEntropyRace: 'cross-entropy-race', VanishingGradients: 'vanishing-gradients',
  OptimizerSurface: 'optimizer-surface', RegularizationLab: 'regularization-lab', Backprop: 'backprop', DigitPad: 'digit-pad',
};

/** The widget predictions' wrong answers in one chapter's MDX source (written in `lang`), in page order. */
export function widgetMisconceptions(source: string, lang: Lang = DEFAULT_LANG): WidgetMisconception[] {
  const out: WidgetMisconception[] = [];
  for (const tag of source.matchAll(/^<([A-Z][A-Za-z]*)\b([^>]*)/gm)) {
    const name = tag[1]!;
    const entry = PREDICTIONS[name];
    if (!entry) continue;
    // DigitPad asks its question only with the `units` flag.
    if (name === 'DigitPad' && !/\bunits\b/.test(tag[2]!)) continue;
    const id = /\bid="([^"]+)"/.exec(tag[2]!)?.[1] ?? DEFAULT_IDS[name]!;
    const { question, wrong } = entry(id, lang);
    for (const [value, text] of Object.entries(wrong)) out.push({ id: `${id}#${value}`, question, text });
  }
  return out;
}
