// Validates the fiftieth set (Calderwick SEND Disagreement Resolution and Mediation Service, Weftway co-op).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't50',
  shortName: 'Calderwick SEND',
  phoneRe:
    '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(0)113\\)?[\\s.-]?496[\\s.-]?0[\\s.-]?584(?!\\d)',
});
