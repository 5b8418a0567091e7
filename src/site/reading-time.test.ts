import { describe, expect, it } from 'vitest';
import { countWords, readableText, readingMinutes } from './reading-time.ts';

describe('reading time', () => {
  it('counts prose words and ignores imports, component tags and their props', () => {
    const mdx = [
      "import Neuron from '../../components/Neuron/Neuron.astro';",
      '',
      '## A heading here',
      '',
      'One two **three** [four](https://example.org) five.',
      '',
      '<Neuron inputs="1, 0.5" weights={[0.8, -0.4]} caption="not > counted" />',
      '<SelfCheck',
      '  questions={[{ prompt: "hidden words > inside props", choices: [{ text: \'deep {nested} words\' }] }]}',
      '/>',
      '<aside class="note">',
      'kept words',
      '</aside>',
    ].join('\n');
    const text = readableText(mdx);
    expect(text).not.toMatch(/import|Neuron|hidden|counted|deep|nested|aside/);
    expect(countWords(text)).toBe(3 + 5 + 2);
  });

  it('is words / 200 rounded, and never less than a minute', () => {
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
    expect(readingMinutes('word '.repeat(1100))).toBe(6);
    expect(readingMinutes('')).toBe(1);
  });

  it('reads "<" in maths as less-than, not as the start of a tag', () => {
    // 14 tokens with letters or digits: nothing after a '<' is swallowed.
    expect(countWords(readableText('If $z<y$ the output is zero, as it is when $$a<b$$ holds.'))).toBe(14);
  });

  it('does not count Markdown punctuation as words', () => {
    expect(countWords(readableText('- * # > | ---'))).toBe(0);
  });
});
