// Every problem code that code below the UI reports (an .onnx file's OnnxProblem, a link value's
// ValueProblem, a cell link's SharedCodeProblem, the engine's InputProblem) has its own wording in every catalogue: a real sentence (not empty, no "undefined",
// "NaN" or "[object"), different in each language, naming the reader's value quoted in that language's
// marks, and different from every other code's. The examples cover every code (a missing one fails the
// type check in tests/support/problem-examples.ts).
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/catalogues.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { inputProblemExamples, onnxProblemExamples, sharedCodeProblemExamples, valueProblemExamples } from '../support/problem-examples.ts';

const NAME = 'my-model-input';
const QUOTED = { en: `“${NAME}”`, es: `«${NAME}»` } as const;
const broken = /undefined|NaN|\[object|^\s*$/;

describe('every ONNX problem code is worded in every language', () => {
  for (const problem of onnxProblemExamples(NAME)) {
    it(problem.code, () => {
      const words = LANGS.map((lang) => catalogues[lang].digitPad.onnx(problem));
      for (const [k, text] of words.entries()) {
        expect(text, `${LANGS[k]}: ${text}`).not.toMatch(broken);
        if (JSON.stringify(problem).includes(NAME)) expect(text).toContain(QUOTED[LANGS[k] as 'en' | 'es']);
      }
      expect(new Set(words).size).toBe(LANGS.length);
    });
  }

  it('each code says something different', () => {
    for (const lang of LANGS) {
      const texts = onnxProblemExamples(NAME).map((p) => catalogues[lang].digitPad.onnx(p));
      expect(new Set(texts).size, lang).toBe(texts.length);
    }
  });
});

describe('every link value problem is worded in every language', () => {
  for (const problem of valueProblemExamples(QUOTED.en)) {
    it(problem.kind, () => {
      const words = LANGS.map((lang) => catalogues[lang].urlState.problem(problem));
      for (const text of words) expect(text).not.toMatch(broken);
      expect(new Set(words).size).toBe(LANGS.length);
    });
  }

  it('each kind says something different', () => {
    for (const lang of LANGS) {
      const texts = valueProblemExamples(QUOTED.en).map((p) => catalogues[lang].urlState.problem(p));
      expect(new Set(texts).size, lang).toBe(texts.length);
    }
  });

  it('numbers in a problem follow the language', () => {
    const outside = { kind: 'outside', min: 0.5, max: 10_000 } as const;
    expect(catalogues.en.urlState.problem(outside)).toContain('0.5');
    expect(catalogues.es.urlState.problem(outside)).toContain('0,5');
    const bytes = onnxProblemExamples(NAME).find((p) => p.code === 'tensor-bytes')!;
    expect(catalogues.es.digitPad.onnx({ ...bytes, bytes: 12_544 } as typeof bytes)).toContain('12\u202f544');
    expect(catalogues.en.digitPad.onnx({ ...bytes, bytes: 12_544 } as typeof bytes)).toContain('12,544');
  });
});

describe('every cell link problem is worded in every language', () => {
  for (const problem of sharedCodeProblemExamples()) {
    it(problem.kind, () => {
      const words = LANGS.map((lang) => catalogues[lang].codeCell.badLink(catalogues[lang].codeCell.linkProblem(problem)));
      for (const text of words) expect(text).not.toMatch(broken);
      expect(new Set(words).size).toBe(LANGS.length);
    });
  }

  it('each kind says something different, with numbers in the language\'s way', () => {
    for (const lang of LANGS) {
      const texts = sharedCodeProblemExamples().map((p) => catalogues[lang].codeCell.linkProblem(p));
      expect(new Set(texts).size, lang).toBe(texts.length);
    }
    const long = { kind: 'payload-too-long', length: 17_000, max: 16_000 } as const;
    expect(catalogues.en.codeCell.linkProblem(long)).toContain('17,000');
    expect(catalogues.es.codeCell.linkProblem(long)).toContain('17\u202f000');
  });

  it('code too long to share is refused in words, in every language', () => {
    for (const compressed of [false, true]) {
      const words = LANGS.map((lang) => catalogues[lang].codeCell.linkTooLong(20_001, 20_000, compressed));
      for (const text of words) expect(text).not.toMatch(broken);
      expect(new Set(words).size).toBe(LANGS.length);
    }
    expect(catalogues.es.codeCell.linkTooLong(20_001, 20_000, false)).toContain('20\u202f001');
  });
});

describe('every engine input problem is worded in every language', () => {
  // `got` is the reader's value written as code (JSON), shown as it is in every language.
  const GOT = '"ReLU"';
  for (const problem of inputProblemExamples(GOT)) {
    it(problem.code, () => {
      const words = LANGS.map((lang) => catalogues[lang].cellApi.engineProblem(problem));
      for (const text of words) {
        expect(text).not.toMatch(broken);
        if ('got' in problem && typeof problem.got === 'string') expect(text).toContain(GOT);
      }
      expect(new Set(words).size).toBe(LANGS.length);
    });
  }

  it('each code says something different, with limits in the language\'s way', () => {
    for (const lang of LANGS) {
      const texts = inputProblemExamples(GOT).map((p) => catalogues[lang].cellApi.engineProblem(p));
      expect(new Set(texts).size, lang).toBe(texts.length);
    }
    const batch = { code: 'whole-number', field: 'batchSize', min: 1, max: 65_536, got: '0' } as const;
    expect(catalogues.en.cellApi.engineProblem(batch)).toContain('65,536');
    expect(catalogues.es.cellApi.engineProblem(batch)).toContain('65\u202f536');
  });
});

describe('why digits() could not load is worded in every language', () => {
  const problems = [{ kind: 'no-fetch' }, { kind: 'offline' }, { kind: 'status', status: 404 }, { kind: 'size', bytes: 12_544 }] as const;
  it('each reason, differently in each language and from each other', () => {
    for (const problem of problems) {
      const words = LANGS.map((lang) => catalogues[lang].cellApi.digitsUnavailable(problem));
      for (const text of words) expect(text).not.toMatch(broken);
      expect(new Set(words).size).toBe(LANGS.length);
    }
    for (const lang of LANGS) expect(new Set(problems.map((p) => catalogues[lang].cellApi.digitsUnavailable(p))).size).toBe(problems.length);
    expect(catalogues.es.cellApi.digitsUnavailable(problems[3])).toContain('12\u202f544');
  });
});
