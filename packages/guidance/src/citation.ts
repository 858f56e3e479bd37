import type { Citation, Passage } from './types';

/** A citation of exact words from a passage, titled "Page title: section heading". */
export function citationOf(passage: Passage, quote: string): Citation {
  const heading = passage.headingPath.at(-1);
  return {
    title: heading && heading !== passage.title ? `${passage.title}: ${heading}` : passage.title,
    quote,
    ...(passage.url ? { url: passage.url } : {}),
    ...(passage.asOf ? { asOf: passage.asOf } : {}),
  };
}
