import type { Citation } from '../types';

/**
 * An answer put together from published text: what the composer (compose.ts) and the FAQ
 * headings (faq.ts) both return. Its own module so neither has to import the other for it.
 */
export interface Composed {
  /** The published sentences, in page order, lead-ins joined to their list items. */
  body: string;
  citations: Citation[];
  passages: { id: string; score: number }[];
}
