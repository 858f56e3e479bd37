// Validates the forty-eighth set (Ardenford and Tamebury SEND Mediation Service).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't48',
  shortName: 'Ardenford and Tamebury',
  phoneRe:
    '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(0)121\\)?[\\s.-]?496[\\s.-]?0[\\s.-]?584(?!\\d)',
});
