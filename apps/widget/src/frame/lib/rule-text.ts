// The rules' explanations in the chosen language: @sen/rules sends each sentence in English and
// as a template (a key and its parameters); the catalogues translate the keys. A sentence whose
// template or translation is missing stays in English rather than showing a key.
import type { Template } from '@sen/rules';
import { formatDate } from './format';

/** `template` written out with `texts`, or `english` when it cannot be. */
export function ruleText(
  template: Template | undefined,
  english: string,
  texts: Readonly<Record<string, string>>,
  lang: string,
): string {
  if (!template || !(template.key in texts)) return english;
  return render(template, texts, lang);
}

function render(template: Template, texts: Readonly<Record<string, string>>, lang: string): string {
  const params = template.params ?? {};
  return (texts[template.key] ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => {
    const p = params[name];
    if (p === undefined) return whole;
    if (typeof p === 'string') return p;
    if (typeof p === 'number') return p.toLocaleString(lang);
    if ('date' in p) return formatDate(p.date, lang);
    if ('text' in p) return render(p.text, texts, lang);
    return p.list.map((item) => render(item, texts, lang)).join('; ');
  });
}

/** A label sent by key (`labelKey`), in the chosen language when the catalogue has it. */
export function keyText(
  key: string | undefined,
  english: string,
  texts: Readonly<Record<string, string>>,
): string {
  return key && texts[key] ? texts[key] : english;
}

/** Templates sent by the API, or undefined when they are not a list of `{ key }` objects. */
export function templates(raw: unknown): Template[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.every(
    (t) => typeof t === 'object' && t !== null && typeof (t as Template).key === 'string',
  )
    ? (raw as Template[])
    : undefined;
}

export function template(raw: unknown): Template | undefined {
  return templates([raw])?.[0];
}
