// The shapes of the safety data files: the rules the chat runs (data/safety/rules/*.json) and the
// labelled examples they are measured against (data/safety/examples/*.json).
import { z } from 'zod';

export const SAFETY_CATEGORIES = ['crisis', 'injection', 'legal_advice'] as const;
export type SafetyCategory = (typeof SAFETY_CATEGORIES)[number];

/** ISO 639-1 code of the language a file is written in. */
const language = z.string().regex(/^[a-z]{2}$/, 'a two-letter language code');
const text = z.string().trim().min(1);

const phraseRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'kebab-case'),
    category: z.enum(SAFETY_CATEGORIES),
    /** Why the rule is there, and what it must not catch: for reviewers. */
    why: z.string().optional(),
    phrases: z.array(text).min(1).optional(),
    regex: text.optional(),
    flags: z
      .string()
      .regex(/^[imsu]*$/)
      .optional(),
    notFollowedBy: z.array(text).min(1).optional(),
    notPrecededBy: z.array(text).min(1).optional(),
  })
  .strict()
  .refine((r) => (r.phrases === undefined) !== (r.regex === undefined), {
    message: 'a rule has either phrases or a regex, not both',
  });

export const safetyRulesFileSchema = z
  .object({
    language,
    note: z.string().optional(),
    /** Pieces of regex shared by several rules, used as {{name}}. */
    fragments: z.record(z.string(), z.string()).optional(),
    rules: z.array(phraseRuleSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const r of file.rules) {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id ${r.id}` });
      seen.add(r.id);
    }
  });

export type SafetyRulesFile = z.infer<typeof safetyRulesFileSchema>;
export type SafetyRule = SafetyRulesFile['rules'][number];

export const EXAMPLE_LABELS = [...SAFETY_CATEGORIES, 'none'] as const;
export type ExampleLabel = (typeof EXAMPLE_LABELS)[number];

export const safetyExamplesFileSchema = z
  .object({
    language,
    note: z.string().optional(),
    groups: z
      .array(
        z
          .object({
            label: z.enum(EXAMPLE_LABELS),
            /** What kind of message: suicide, overdose, parent_crisis, everyday … */
            kind: z.string().regex(/^[a-z_]+$/),
            examples: z.array(text).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type SafetyExamplesFile = z.infer<typeof safetyExamplesFileSchema>;
