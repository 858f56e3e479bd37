// Validates the forty-seventh set (Harrowmoor SEND Mediation Service, run by Longacre Mediation CIC).
//   node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't47',
  shortName: 'Harrowmoor',
  phoneRe:
    '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(0)117\\)?[\\s.-]?496[\\s.-]?0[\\s.-]?583(?!\\d)',
});
