// Validates the fifty-second set (Chalkhaven SEND Mediation Service).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't52',
  shortName: 'Chalkhaven',
  phoneRe:
    '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(0)113\\)?[\\s.-]?496[\\s.-]?0[\\s.-]?274(?!\\d)',
});
