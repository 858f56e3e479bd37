// A few words of this field in the languages London families most often write in, mapped to the
// English words of the guidance, so a question in Spanish or Polish can still find the passage
// that answers it. Keys are lower-case without accents.

const ENTRIES: [string, string][] = [
  [
    'mediation',
    'mediacion mediacja mediacji mediacje mediacao mediazione mediere medierea medierii mediasyon mediationen',
  ],
  ['mediator', 'mediador mediadora mediateur mediatrice mediator mediatora mediatore arabulucu'],
  [
    'free',
    'gratuito gratuita gratis gratuit gratuite darmowa darmowe darmowy bezplatna bezplatne bezplatny gratuitamente ucretsiz kostenlos kostenfrei',
  ],
  [
    'cost',
    'cuesta cuestan costo coste cout coute koszt kosztuje kosztowac custa custo costa costano costul costa ucret kostet kosten',
  ],
  [
    'appeal',
    'apelacion apelar recurso recurrir appel recours odwolanie odwolac odwolania recorrer ricorso appello contestatie contesta itiraz einspruch widerspruch berufung',
  ],
  ['tribunal', 'tribunal tribunale trybunal trybunale sad mahkeme gericht'],
  ['school', 'escuela colegio ecole szkola szkole escola scuola scoala okul schule'],
  [
    'council',
    'ayuntamiento consejo municipalidad municipalite conseil rada gmina urzad camara comune consiliu primarie primaria belediye gemeinde behorde',
  ],
  [
    'confidential',
    'confidencial confidencialidad confidentiel confidentielle confidentialite poufne poufna poufny riservato riservata confidentiala confidential gizli vertraulich',
  ],
  [
    'child',
    'hijo hija hijos nino nina enfant enfants fils fille dziecko dzieci syn corka filho filha crianca figlio figlia bambino copil copilul fiul fiica cocuk oglum kizim kind sohn tochter',
  ],
  ['age', 'edad ans wiek lat idade anni varsta ani yas alter jahre'],
  [
    'certificate',
    'certificado certificat certyfikat zaswiadczenie certificato certificatul sertifika bescheinigung zertifikat',
  ],
  [
    'disagreement',
    'desacuerdo desaccord spor sporu nieporozumienie desacordo disaccordo dezacord anlasmazlik streit konflikt conflicto conflit',
  ],
  [
    'compulsory',
    'obligatorio obligatoria obligatoire obowiazkowe obowiazkowa obrigatorio obrigatoria obbligatorio obbligatoria obligatoriu obligatorie zorunlu pflicht verpflichtend',
  ],
  [
    'voluntary',
    'voluntario voluntaria volontaire dobrowolne dobrowolna voluntaria facoltativo voluntar gonullu freiwillig',
  ],
  [
    'independent',
    'independiente independant independante niezalezny niezalezna independente indipendente independent bagimsiz unabhangig imparcial impartial bezstronny imparziale tarafsiz unparteiisch',
  ],
  [
    'attend',
    'asistir asiste participer assister uczestniczyc przyjsc comparecer partecipare participa katilmak teilnehmen',
  ],
  ['health', 'salud sante zdrowie saude salute sanatate saglik gesundheit'],
  ['ehcp', 'ehc ehcp'],
];

const GLOSSARY = new Map<string, string>();
for (const [english, words] of ENTRIES) for (const w of words.split(' ')) GLOSSARY.set(w, english);

/** The English words of the guidance that a message in another language names, in order. */
export function englishTerms(message: string): string[] {
  const out: string[] = [];
  for (const raw of message
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .split(/[^\p{L}\p{N}]+/u)) {
    const en = GLOSSARY.get(raw);
    if (en && !out.includes(en)) out.push(en);
  }
  return out;
}
