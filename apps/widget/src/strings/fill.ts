let numbers: Intl.NumberFormat | null = null;

/** Numbers filled into texts are written the way the chosen language writes them. */
export function setNumberLocale(lang: string): void {
  numbers = lang === 'en' ? null : new Intl.NumberFormat(lang);
}

/** Fills `{name}` placeholders; unknown placeholders are left visible so they get noticed. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in values)) return whole;
    const value = values[key]!;
    return typeof value === 'number' && numbers ? numbers.format(value) : String(value);
  });
}

/** Text from settings dropped into the middle of a sentence must not bring its own full stop. */
export function withoutFullStop(text: string): string {
  return text.trim().replace(/[.\s]+$/, '');
}
