// Staff's corrections to the widget's texts, per language, without a release. The API checks
// that the key exists and the placeholders match before calling these; here each change is
// written with its audit row in one transaction.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { textOverrides } from '../schema/index';
import { audit, type Actor } from './audit';

export type TextOverride = typeof textOverrides.$inferSelect;

export const MAX_TEXT_OVERRIDE_CHARS = 2000;

/** The overrides of one language (or all), by key. */
export async function listTextOverrides(db: Db, language?: string): Promise<TextOverride[]> {
  return db
    .select()
    .from(textOverrides)
    .where(language === undefined ? undefined : eq(textOverrides.language, language))
    .orderBy(asc(textOverrides.language), asc(textOverrides.key));
}

/** Sets (or replaces) the text families see for `key` in `language`. */
export async function setTextOverride(
  db: Db,
  input: { language: string; key: string; text: string },
  actor: Actor,
): Promise<TextOverride> {
  const text = input.text.trim();
  if (!text) throw new DbInputError('invalid', 'Type the text, or remove the correction instead.');
  if (text.length > MAX_TEXT_OVERRIDE_CHARS)
    throw new DbInputError(
      'invalid',
      `Keep the text under ${MAX_TEXT_OVERRIDE_CHARS.toLocaleString('en-GB')} characters.`,
    );
  return db.transaction(async (tx) => {
    const values = {
      language: input.language,
      key: input.key,
      text,
      updatedById: actor.actorId ?? null,
      updatedAt: actor.now,
    };
    const [row] = await tx
      .insert(textOverrides)
      .values(values)
      .onConflictDoUpdate({ target: [textOverrides.language, textOverrides.key], set: values })
      .returning();
    // Which text of which language, never the text itself (the audit log holds no typed text).
    await audit(tx, actor, 'translations.override_set', 'text_override', entityId(input), {
      language: input.language,
      key: input.key,
      length: text.length,
    });
    return row!;
  });
}

/** Removes a correction: families see the catalogue's text again. */
export async function removeTextOverride(
  db: Db,
  input: { language: string; key: string },
  actor: Actor,
): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx
      .delete(textOverrides)
      .where(and(eq(textOverrides.language, input.language), eq(textOverrides.key, input.key)))
      .returning({ key: textOverrides.key });
    if (rows.length === 0)
      throw new DbInputError('not_found', 'There is no correction of that text to remove');
    await audit(tx, actor, 'translations.override_remove', 'text_override', entityId(input), {
      language: input.language,
      key: input.key,
    });
  });
}

const entityId = (input: { language: string; key: string }) => `${input.language}:${input.key}`;
