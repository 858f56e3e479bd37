import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asksInTerms, englishTerms, glossarySchema } from './glossary';

const data = glossarySchema.parse(
  JSON.parse(readFileSync(new URL('../../data/languages/glossary.json', import.meta.url), 'utf8')),
);

describe('glossary data', () => {
  // A key that folds to one letter (Bengali "ফি": its vowel sign is dropped), a prefix shorter than
  // three letters, a hyphenated word (the hyphen splits it) or a word another entry also claims is
  // never read as its own entry: each key must come back as its entry's English words. A prefix is
  // tried on an inflected form ("bezplatn" + "x"), since its bare stem may be another entry's word
  // ("arabulucu" the mediator, "arabulucu*" mediation).
  it('reads every key as the English words of its own entry', () => {
    const wrong: string[] = [];
    for (const { en, words } of data.entries)
      for (const word of words) {
        const stem = word.endsWith('*') ? `${word.slice(0, -1)}x` : word;
        // A word read only after its number ("22 sano") is tried after one.
        const key = en.includes('{n}') ? `7 ${stem}` : stem;
        const terms = englishTerms(key);
        const want = en.replace('{n}', '7');
        const ok = /\s/.test(stem) ? terms.includes(want) : terms[0] === want;
        if (!ok) wrong.push(`${word} -> ${terms.join(' | ') || 'nothing'} (expected ${en})`);
      }
    expect(wrong).toEqual([]);
  });

  // Words every message in the language has: as keys they would add a topic to any question.
  it('reads no common function word of its languages as a term', () => {
    const functionWords = {
      pl: 'czy nie jak co to się że na do jest mój moje mam ile kto ani tak jeszcze sam sama',
      ro: 'da nu ce cum și în pe la de cu să este pot fără pentru mai dacă',
      es: 'que de la el en para por con mi es se no como puedo si más mismo',
      pt: 'que de da do para por com meu minha não posso como se mais',
      fr: 'de la le que pour avec est je mon pas comment peux si plus',
      it: 'che di da il la per con non posso come se più',
      de: 'der die das und ist ich mein kann wie nicht mit für wenn noch',
      tr: 'mi mı mu ne ve bu bir için ile var yok nasıl ben benim kendi para',
      so: 'ma waa iyo ka ku la in aan waxaan sidee maxaa weli',
      ar: 'هل في من على ما ماذا لا أن هذا',
      ur: 'کیا ہے میں کا کی کے کو سے نہیں ہوں',
      urR: 'kya hai main mein ka ki ke ko se nahi bhi koi kab sir hazir',
      bn: 'কি আমি আমার না এবং',
      bnR: 'ki ami amar ache na kore kivabe jonno theke',
      nl: 'de het een en is ik mijn kan hoe niet met voor als nog ook maar',
      cs: 'je to na se že jak co mám můj moje ale jsem by',
      sk: 'je to na sa že ako čo mám môj moja ale som by',
      hu: 'a az és hogy nem van is meg de már csak én',
      el: 'και το να θα δεν είναι μου η ο τι πώς',
      bg: 'и на да се не е ли как що моя мой',
      uk: 'і в на не що як мій моя це та але',
      hr: 'i je da se na ne što kako moj moja ali sam',
      lv: 'un ir ka ar nav es mans mana bet vai',
      sq: 'dhe në një që të është jo si im ime',
      tl: 'ang ng sa mga ako ko ba po at na hindi paano',
      vi: 'tôi của và là có không được thì này',
      ms: 'saya dan yang di ke dari ini itu ada tidak bisa boleh',
      sw: 'na ya wa kwa ni je mimi yangu lakini',
      yo: 'ni ti won mo se ati ko bawo',
    };
    const read = Object.values(functionWords)
      .flatMap((words) => words.split(' '))
      .filter((word) => englishTerms(word).length > 0);
    expect(read).toEqual([]);
  });

  it('reads questions families write in other languages as English terms', () => {
    const cases: [string, string[]][] = [
      ['Czy mediacja jest bezpłatna?', ['mediation', 'is it free']],
      ['kya mediation muft hai', ['mediation', 'is it free']],
      ['هل الوساطة مجانية؟', ['mediation', 'is it free']],
      ['মধ্যস্থতা কি বিনামূল্যে?', ['mediation', 'is it free']],
      [
        'Perdi o prazo, ainda posso recorrer?',
        ['missed the deadline late', 'still appeal lose right'],
      ],
      ['Toplantıya tercüman getirebilir miyim?', ['interpreter translate language']],
      ['Wie lange dauert die Mediation?', ['how long does it take', 'mediation']],
      ['Puis-je venir avec un ami ?', ['bring supporter friend relative']],
      ['Quiero presentar una queja', ['complaint complain']],
      ['Golaha ayaa diiday qiimeynta', ['council', 'refused to assess assessment']],
      // An age is read with its number, in any script's digits; a bare "years" word is no age.
      ['Gabadhaydu waa 22 sano', ['22 years old']],
      ['ابنتي عمرها ١٥ سنة', ['15 years old']],
      ['我的儿子想投诉调解员', ['complaint complain', 'mediator']],
    ];
    for (const [message, expected] of cases)
      expect(englishTerms(message), message).toEqual(expect.arrayContaining(expected));
    expect(englishTerms('Od lat czekamy na plan')).not.toContainEqual(expect.stringMatching(/old/));
  });

  it('tells a message that asks something from one that only names who and what', () => {
    expect(asksInTerms('Mój syn, szkoła, rada i mediacja')).toBe(false);
    expect(asksInTerms('Czy mediacja jest bezpłatna?')).toBe(true);
    // An age says something: "my daughter is 22, can she use your service?"
    expect(asksInTerms('Gabadhaydu waa 22 sano')).toBe(true);
  });

  it('reads weekends as days of the week, not as our evening hours', () => {
    // "Do Saturdays count?" asks about a time limit; "can I ring after work?" about our hours.
    for (const message of [
      'Czy sobota się liczy?',
      '¿Cuenta el fin de semana?',
      'Hafta sonu sayılır mı?',
    ])
      expect(englishTerms(message), message).toContain('weekend saturday sunday');
    for (const message of ['Czy mogę zadzwonić po pracy?', 'Puedo llamar por la tarde?'])
      expect(englishTerms(message), message).toContain('evening after work times');
    expect(englishTerms('Czy sobota się liczy?')).not.toContain('evening after work times');
  });

  it('keeps the order the message names things in, a phrase where it stands among the words', () => {
    // Polish "if we don't agree, by when will you send the certificate?": the words that ask
    // ("do kiedy", a phrase) come before what is asked, as written.
    expect(englishTerms('Jeśli się nie dogadamy, do kiedy wyślecie certyfikat?')).toEqual([
      'until when is the deadline',
      'send',
      'certificate',
    ]);
    // "How long" asking about a time limit is not "how long does it take" (a meeting's length).
    expect(englishTerms('Jak dlouho mám na odvolání?')).toContain('how long');
    expect(englishTerms('Jak dlouho trvá schůzka?')).toContain('how long does it take');
  });
});
