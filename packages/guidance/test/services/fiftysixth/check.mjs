// Validates the fifty-sixth set (Common Ground SEND Mediation, Aldermere Parent Carer Forum).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't56',
  shortName: 'Common Ground',
  phoneRe:
    '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(0)121\\)?[\\s.-]?496[\\s.-]?0[\\s.-]?587(?!\\d)',
});
