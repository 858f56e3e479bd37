/** Fills `{name}` placeholders; unknown placeholders are left visible so they get noticed. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** Text from settings dropped into the middle of a sentence must not bring its own full stop. */
export function withoutFullStop(text: string): string {
  return text.trim().replace(/[.\s]+$/, '');
}
