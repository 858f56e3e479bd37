// The fixed replies that must reach a family in their own language (data/languages/replies/*.json):
// the crisis signposting and the offer of an interpreter. One file per language; a translation
// nobody has checked yet says "reviewed": false, and the chat still uses it (a crisis reply in a
// family's language, then in English, is better than English alone).
import { z } from 'zod';
import ak from '../../data/languages/replies/ak.json';
import am from '../../data/languages/replies/am.json';
import ar from '../../data/languages/replies/ar.json';
import bg from '../../data/languages/replies/bg.json';
import bn from '../../data/languages/replies/bn.json';
import cs from '../../data/languages/replies/cs.json';
import de from '../../data/languages/replies/de.json';
import el from '../../data/languages/replies/el.json';
import en from '../../data/languages/replies/en.json';
import es from '../../data/languages/replies/es.json';
import fa from '../../data/languages/replies/fa.json';
import fr from '../../data/languages/replies/fr.json';
import gu from '../../data/languages/replies/gu.json';
import he from '../../data/languages/replies/he.json';
import hi from '../../data/languages/replies/hi.json';
import hr from '../../data/languages/replies/hr.json';
import hu from '../../data/languages/replies/hu.json';
import ig from '../../data/languages/replies/ig.json';
import it from '../../data/languages/replies/it.json';
import ja from '../../data/languages/replies/ja.json';
import ko from '../../data/languages/replies/ko.json';
import ku from '../../data/languages/replies/ku.json';
import lt from '../../data/languages/replies/lt.json';
import lv from '../../data/languages/replies/lv.json';
import ml from '../../data/languages/replies/ml.json';
import ms from '../../data/languages/replies/ms.json';
import ne from '../../data/languages/replies/ne.json';
import nl from '../../data/languages/replies/nl.json';
import pa from '../../data/languages/replies/pa.json';
import pl from '../../data/languages/replies/pl.json';
import ps from '../../data/languages/replies/ps.json';
import pt from '../../data/languages/replies/pt.json';
import ro from '../../data/languages/replies/ro.json';
import ru from '../../data/languages/replies/ru.json';
import si from '../../data/languages/replies/si.json';
import sk from '../../data/languages/replies/sk.json';
import sn from '../../data/languages/replies/sn.json';
import so from '../../data/languages/replies/so.json';
import sq from '../../data/languages/replies/sq.json';
import sw from '../../data/languages/replies/sw.json';
import ta from '../../data/languages/replies/ta.json';
import te from '../../data/languages/replies/te.json';
import th from '../../data/languages/replies/th.json';
import ti from '../../data/languages/replies/ti.json';
import tl from '../../data/languages/replies/tl.json';
import tr from '../../data/languages/replies/tr.json';
import uk from '../../data/languages/replies/uk.json';
import ur from '../../data/languages/replies/ur.json';
import vi from '../../data/languages/replies/vi.json';
import yo from '../../data/languages/replies/yo.json';
import zh from '../../data/languages/replies/zh.json';

/** The numbers every crisis reply names, in this order: 999 first. */
export const CRISIS_NUMBERS = ['999', '116 123', '0808 800 5000', '0800 1111'] as const;

export const replyCatalogueSchema = z
  .object({
    language: z.string().regex(/^[a-z]{2}$/),
    /** The language's own name, for a language menu. */
    name: z.string().min(1),
    dir: z.enum(['ltr', 'rtl']),
    /** False until a speaker of the language has checked the text. */
    reviewed: z.boolean(),
    note: z.string().optional(),
    messages: z
      .object({
        crisis: z.string().refine(
          (t) => {
            const at = CRISIS_NUMBERS.map((n) => t.indexOf(n));
            return at.every((i) => i >= 0) && at.every((i, k) => k === 0 || i > at[k - 1]!);
          },
          { message: `the crisis reply names ${CRISIS_NUMBERS.join(', ')}, in that order` },
        ),
        interpreter: z.string().includes('{phone}'),
        /** Leads an answer from the English guidance: it is in English, and an interpreter can help. */
        guidanceInEnglish: z.string().includes('{phone}'),
      })
      .strict(),
  })
  .strict();

export type ReplyCatalogue = z.infer<typeof replyCatalogueSchema>;

const RAW = {
  ak,
  am,
  ar,
  bg,
  bn,
  cs,
  de,
  el,
  en,
  es,
  fa,
  fr,
  gu,
  he,
  hi,
  hr,
  hu,
  ig,
  it,
  ja,
  ko,
  ku,
  lt,
  lv,
  ml,
  ms,
  ne,
  nl,
  pa,
  pl,
  ps,
  pt,
  ro,
  ru,
  si,
  sk,
  sn,
  so,
  sq,
  sw,
  ta,
  te,
  th,
  ti,
  tl,
  tr,
  uk,
  ur,
  vi,
  yo,
  zh,
};

/** Every catalogue, validated when the package loads (a broken file fails at start, not in a chat). */
export const REPLY_CATALOGUES: ReadonlyMap<string, ReplyCatalogue> = new Map(
  Object.entries(RAW).map(([lang, raw]) => {
    const parsed = replyCatalogueSchema.parse(raw);
    if (parsed.language !== lang) throw new Error(`replies/${lang}.json says ${parsed.language}`);
    return [lang, parsed];
  }),
);

export function catalogueFor(lang: string): ReplyCatalogue | undefined {
  return REPLY_CATALOGUES.get(lang);
}
