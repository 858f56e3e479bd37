// Validates the fifty-third set (Larkhythe SEND Front Door).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't53',
  shortName: 'Larkhythe',
  phoneRe:
    '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(0)20\\)?[\\s.-]?7[\\s.-]?946[\\s.-]?0[\\s.-]?518(?!\\d)',
});
