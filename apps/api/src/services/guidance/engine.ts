// The answer engine (@sen/guidance), loaded on first use rather than at start-up. Building its
// vocabulary, phrase and safety tables takes ~0.4 s, and the server should answer /health first:
// the guidance index is built in the background after the server listens, and that first build
// loads the engine. Every value import of @sen/guidance in this app goes through here (type
// imports are free); a static one anywhere would put the cost back on start-up, because the
// bundle then runs the engine's module code before the server listens.
import type * as Guidance from '@sen/guidance';

export type GuidanceEngine = typeof Guidance;

let engine: Promise<GuidanceEngine> | undefined;

export function loadEngine(): Promise<GuidanceEngine> {
  return (engine ??= import('@sen/guidance'));
}
