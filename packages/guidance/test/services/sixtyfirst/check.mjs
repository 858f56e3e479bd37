// Validates the sixty-first set (Kelsford SEND Mediation Clinic, University of Kelsford).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't61',
  shortName: 'Kelsford',
  phoneRe:
    '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(0)118\\)?[\\s.-]?496[\\s.-]?0[\\s.-]?627(?!\\d)',
});
