import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/**
 * A learned model committed under data/ (the rankers, the answer gate, the answer words): read
 * once, on first use, and checked against its schema and against what this code computes
 * (`usable`: a model trained on other features is not read). Null when the file is missing,
 * unreadable or unusable: the engine then answers without it. Training and tests replace it for
 * the process with `use`; `use(undefined)` reads the file again on next use.
 */
export interface LearnedModel<T> {
  get(): T | null;
  use(model: T | null | undefined): void;
}

export function learnedModel<T>(
  file: string,
  schema: z.ZodType<T>,
  usable: (model: T) => boolean = () => true,
): LearnedModel<T> {
  let loaded: T | null | undefined;
  return {
    get() {
      if (loaded === undefined) {
        try {
          const model = schema.parse(
            JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')),
          );
          loaded = usable(model) ? model : null;
        } catch {
          loaded = null;
        }
      }
      return loaded;
    },
    use(model) {
      loaded = model;
    },
  };
}
