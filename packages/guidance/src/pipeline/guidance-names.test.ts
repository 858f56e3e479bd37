import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGuidanceFolder } from '../cli/load-folder';
import { parseDocuments } from '../ingest/parse-document';
import { createGuidanceIndex, type GuidanceIndex } from '../search/guidance-index';
import { englishQuestion } from './glossary';
import { guidanceNamesIn } from './guidance-names';

// A service written to learn from: its pages name a children's centre (Wrenfield) and a
// "Saturday surgery".
let index: GuidanceIndex;
beforeAll(async () => {
  index = createGuidanceIndex(
    parseDocuments(
      await loadGuidanceFolder(
        fileURLToPath(new URL('../../test/services/fiftythird/pages', import.meta.url)),
      ),
    ),
  );
});

describe('guidanceNamesIn', () => {
  it('takes the Latin words of a message in another script that the pages use', () => {
    expect(guidanceNamesIn('Чи можна зустрітися у Wrenfield у січні?', index)).toEqual([
      'Wrenfield',
    ]);
    // An inflected name ("Wrenfield-இல்", at Wrenfield) is the name.
    expect(guidanceNamesIn('அடுத்த மாதம் Wrenfield-இல் கூட்டம் உள்ளதா?', index)).toEqual(['Wrenfield']);
  });

  it('takes a capitalised word inside a Latin-script sentence, not one that starts it', () => {
    expect(guidanceNamesIn('Czy spotkanie w Wrenfield jest bezpłatne?', index)).toEqual([
      'Wrenfield',
    ]);
    // "Care" starts the sentence and "care" is a Romanian word: neither is a name.
    expect(guidanceNamesIn('Care este programul? Persoana care ne ajută vine?', index)).toEqual([]);
  });

  it('takes English words the family set in brackets or quotes', () => {
    expect(guidanceNamesIn('Czy jest „Saturday surgery” w styczniu?', index)).toEqual([
      'Saturday',
      'surgery',
    ]);
    expect(guidanceNamesIn('Kiedy jest (saturday surgery)?', index)).toEqual([
      'saturday',
      'surgery',
    ]);
  });

  it('leaves out a name the pages never use', () => {
    expect(guidanceNamesIn('Mój syn chodzi do szkoły Zamoyskiego w Krakowie.', index)).toEqual([]);
  });

  it('goes with the glossary’s English, once', () => {
    // "EHC" is the glossary's word already; the centre's name is not.
    expect(englishQuestion('Plan EHC i spotkanie w Wrenfield', ['EHC', 'Wrenfield'])).toMatch(
      /Wrenfield\?$/,
    );
    expect(englishQuestion('Plan EHC', ['EHC'])).not.toMatch(/EHC\b/);
    // Names alone are what it is about, not what it asks.
    expect(englishQuestion('Xyzzy Wrenfield', ['Wrenfield'])).toBeUndefined();
  });
});
