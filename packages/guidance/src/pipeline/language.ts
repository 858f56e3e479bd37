// Tells English from other languages well enough to answer a family in a language we cannot
// search: script for non-Latin writing, common function words for Latin-script languages.

export type Lang =
  | 'en'
  | 'es'
  | 'fr'
  | 'pt'
  | 'it'
  | 'de'
  | 'pl'
  | 'ro'
  | 'tr'
  | 'so'
  | 'lt'
  | 'ar'
  | 'ur'
  | 'fa'
  | 'bn'
  | 'hi'
  | 'pa'
  | 'gu'
  | 'zh'
  | 'ru'
  | 'other';

const SCRIPTS: [Lang, RegExp][] = [
  ['ur', /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/gu],
  ['fa', /[\u067e\u0686\u0698\u06af\u06cc]/gu],
  ['ar', /[\u0600-\u06ff]/gu],
  ['bn', /[\u0980-\u09ff]/gu],
  ['hi', /[\u0900-\u097f]/gu],
  ['pa', /[\u0a00-\u0a7f]/gu],
  ['gu', /[\u0a80-\u0aff]/gu],
  ['zh', /[\u4e00-\u9fff\u3400-\u4dbf]/gu],
  ['ru', /[\u0400-\u04ff]/gu],
];

const WORDS: Record<
  Exclude<Lang, 'ar' | 'ur' | 'fa' | 'bn' | 'hi' | 'pa' | 'gu' | 'zh' | 'ru' | 'other'>,
  string
> = {
  en: 'the a an and or is are was were be to of in on for with my our your i we you it this that do does can what how when who which not have has will would should about me',
  es: 'el la los las un una y o es son mi mis hijo hija de del en para con que qué cómo cuándo por no tengo tiene puedo necesito ayuda escuela usted es está hay su sus',
  fr: 'le la les un une et ou est sont mon ma mes fils fille de du des en pour avec que quoi comment quand pas je nous vous il elle ai aide école besoin',
  pt: 'o a os as um uma e ou é são meu minha filho filha de do da em para com que como quando não eu nós tenho preciso ajuda escola você',
  it: 'il lo la i gli le un una e o è sono mio mia figlio figlia di del della in per con che come quando non io ho aiuto scuola bisogno',
  de: 'der die das ein eine und oder ist sind mein meine sohn tochter von in für mit was wie wann nicht ich wir habe hilfe schule brauche',
  pl: 'i w na z do jest są mój moja syn córka dla że jak kiedy nie ja my mam pomoc szkoła potrzebuję czy się co',
  ro: 'și sau este sunt meu mea fiul fiica de din în pentru cu ce cum când nu eu am ajutor școala școală nevoie',
  tr: 've veya bir bu benim oğlum kızım için ile ne nasıl ne zaman değil ben biz var yardım okul ihtiyacım mı mi',
  so: 'iyo ama waa ku ka la wiilkayga gabadhayda caawimaad dugsiga maxay sidee goorma ma aan waxaan',
  lt: 'ir ar yra mano sūnus dukra iš į su kas kaip kada ne aš mes turiu pagalba mokykla reikia',
};

const WORD_SETS = Object.entries(WORDS).map(
  ([lang, list]) => [lang as Lang, new Set(list.split(' '))] as const,
);

export function detectLanguage(text: string): Lang {
  const letters = [...text].filter((ch) => /\p{L}/u.test(ch)).length;
  if (letters === 0) return 'en';
  for (const [lang, re] of SCRIPTS) {
    const n = text.match(re)?.length ?? 0;
    if (n / letters > 0.3) return lang;
  }
  if ((text.match(/[^\p{Script=Latin}\P{L}]/gu)?.length ?? 0) / letters > 0.3) return 'other';
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (words.length < 2) return 'en';
  let best: [Lang, number] = ['en', 0];
  const scores = new Map<Lang, number>();
  for (const [lang, set] of WORD_SETS) {
    const score = words.filter((w) => set.has(w)).length + (lang === 'en' ? 0.5 : 0);
    scores.set(lang, score);
    if (score > best[1]) best = [lang, score];
  }
  // Diacritics English never uses tip a tie between languages.
  if (
    best[0] === 'en' &&
    /[ñ¿¡ãõçœàèìòùâêîôûëïüßąęłńśźżșțăğışų]/i.test(text) &&
    (scores.get('en') ?? 0) < 2
  )
    return 'other';
  return best[1] >= 1 ? best[0] : 'en';
}

/** "Call us, we can get an interpreter or call you back", in the family's language. */
const INTERPRETER: Partial<Record<Lang, string>> = {
  es: 'Podemos ayudarle en su idioma. Llámenos al {phone} y pida un intérprete, o pídanos que le llamemos nosotros con un intérprete.',
  fr: 'Nous pouvons vous aider dans votre langue. Appelez-nous au {phone} et demandez un interprète, ou demandez-nous de vous rappeler avec un interprète.',
  pt: 'Podemos ajudar no seu idioma. Ligue para {phone} e peça um intérprete, ou peça que lhe liguemos de volta com um intérprete.',
  it: 'Possiamo aiutarla nella sua lingua. Ci chiami al {phone} e chieda un interprete, oppure ci chieda di richiamarla con un interprete.',
  de: 'Wir können Ihnen in Ihrer Sprache helfen. Rufen Sie uns unter {phone} an und fragen Sie nach einem Dolmetscher, oder bitten Sie um einen Rückruf mit Dolmetscher.',
  pl: 'Możemy pomóc w Pani/Pana języku. Prosimy zadzwonić pod numer {phone} i poprosić o tłumacza albo poprosić o oddzwonienie z tłumaczem.',
  ro: 'Vă putem ajuta în limba dumneavoastră. Sunați-ne la {phone} și cereți un interpret sau cereți să vă sunăm înapoi cu un interpret.',
  tr: 'Size kendi dilinizde yardımcı olabiliriz. {phone} numarasından bizi arayıp tercüman isteyin ya da tercümanla sizi geri aramamızı isteyin.',
  so: 'Waxaan kugu caawin karnaa luqaddaada. Nagala soo xiriir {phone} oo codso turjubaan, ama na weydii inaan kugu soo wacno anagoo haysanna turjubaan.',
  lt: 'Galime padėti jūsų kalba. Skambinkite mums {phone} ir paprašykite vertėjo arba paprašykite, kad perskambintume su vertėju.',
  ar: 'يمكننا مساعدتك بلغتك. اتصل بنا على {phone} واطلب مترجمًا، أو اطلب منا معاودة الاتصال بك مع مترجم.',
  ur: 'ہم آپ کی زبان میں مدد کر سکتے ہیں۔ ہمیں {phone} پر کال کریں اور مترجم طلب کریں، یا ہم سے کہیں کہ ہم مترجم کے ساتھ آپ کو واپس کال کریں۔',
  fa: 'ما می‌توانیم به زبان شما کمک کنیم. با شماره {phone} تماس بگیرید و مترجم بخواهید، یا از ما بخواهید با مترجم با شما تماس بگیریم.',
  bn: 'আমরা আপনার ভাষায় সাহায্য করতে পারি। {phone} নম্বরে ফোন করে একজন দোভাষী চান, অথবা দোভাষীসহ আমাদের আপনাকে ফোন করতে বলুন।',
  hi: 'हम आपकी भाषा में मदद कर सकते हैं। हमें {phone} पर फ़ोन करें और दुभाषिया माँगें, या हमसे कहें कि हम दुभाषिये के साथ आपको वापस फ़ोन करें।',
  pa: 'ਅਸੀਂ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ। ਸਾਨੂੰ {phone} ਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਦੁਭਾਸ਼ੀਏ ਦੀ ਮੰਗ ਕਰੋ।',
  gu: 'અમે તમારી ભાષામાં મદદ કરી શકીએ છીએ. અમને {phone} પર ફોન કરો અને દુભાષિયાની માંગણી કરો.',
  zh: '我们可以用您的语言为您提供帮助。请拨打 {phone} 并要求口译员，或请我们安排口译员给您回电。',
  ru: 'Мы можем помочь на вашем языке. Позвоните нам по номеру {phone} и попросите переводчика или попросите перезвонить вам с переводчиком.',
};

export function interpreterLine(lang: Lang, phone: string): string | undefined {
  return INTERPRETER[lang]?.replace('{phone}', phone);
}
