// The named legal sources every result cites. Links go to the text as enacted on
// legislation.gov.uk; staff should check it for later amendments.

export interface Source {
  id: SourceId;
  /** Short citation, e.g. "SEND Regulations 2014, reg. 33". */
  cite: string;
  /** What it says, in one plain sentence. */
  summary: string;
  url: string;
}

const CFA = 'https://www.legislation.gov.uk/ukpga/2014/6';
const REGS = 'https://www.legislation.gov.uk/uksi/2014/1530';
const TRIBUNAL = 'https://www.legislation.gov.uk/uksi/2008/2699';

const list = [
  {
    id: 'cfa-s51',
    cite: 'Children and Families Act 2014, s.51(2)',
    summary: 'The decisions a parent or young person can appeal to the SEND Tribunal.',
    url: `${CFA}/section/51`,
  },
  {
    id: 'cfa-s52-54',
    cite: 'Children and Families Act 2014, ss.52-54',
    summary: 'Mediation about EHC plans, including their health and social care parts.',
    url: `${CFA}/section/52`,
  },
  {
    id: 'cfa-s55',
    cite: 'Children and Families Act 2014, s.55(2)-(3)',
    summary:
      'Before most appeals the person must get information about mediation and a certificate; not for appeals only about the school or institution named.',
    url: `${CFA}/section/55`,
  },
  {
    id: 'cfa-s56',
    cite: 'Children and Families Act 2014, s.56',
    summary: 'Mediation: who takes part and what the mediator must do.',
    url: `${CFA}/section/56`,
  },
  {
    id: 'cfa-s57',
    cite: 'Children and Families Act 2014, s.57',
    summary: 'Local authorities must offer independent disagreement resolution.',
    url: `${CFA}/section/57`,
  },
  {
    id: 'cfa-s83',
    cite: 'Children and Families Act 2014, s.83',
    summary: 'A young person is over compulsory school age and under 25.',
    url: `${CFA}/section/83`,
  },
  {
    id: 'regs-33',
    cite: 'SEND Regulations 2014, reg. 33',
    summary: 'Contact the mediation adviser within 2 months of the decision letter.',
    url: `${REGS}/regulation/33`,
  },
  {
    id: 'regs-34',
    cite: 'SEND Regulations 2014, reg. 34',
    summary:
      'The adviser issues a certificate within 3 working days when mediation is declined; no certificate after the 2 months.',
    url: `${REGS}/regulation/34`,
  },
  {
    id: 'regs-35',
    cite: 'SEND Regulations 2014, reg. 35',
    summary:
      'The local authority tells the health body within 3 working days and mediation takes place within 30 days.',
    url: `${REGS}/regulation/35`,
  },
  {
    id: 'regs-36',
    cite: 'SEND Regulations 2014, reg. 36',
    summary:
      'When mediation is only about health care, the health body arranges it within 30 days.',
    url: `${REGS}/regulation/36`,
  },
  {
    id: 'regs-37',
    cite: 'SEND Regulations 2014, reg. 37',
    summary: 'At least 5 working days’ notice of the mediation; who must attend for the bodies.',
    url: `${REGS}/regulation/37`,
  },
  {
    id: 'regs-38',
    cite: 'SEND Regulations 2014, reg. 38',
    summary: 'Who may attend mediation, and finding out the child’s views.',
    url: `${REGS}/regulation/38`,
  },
  {
    id: 'regs-39',
    cite: 'SEND Regulations 2014, reg. 39',
    summary:
      'Certificate within 3 working days after mediation, or when it cannot be arranged in 30 days.',
    url: `${REGS}/regulation/39`,
  },
  {
    id: 'regs-41',
    cite: 'SEND Regulations 2014, reg. 41',
    summary: 'Travel and other expenses the arranging body pays the parent or young person.',
    url: `${REGS}/regulation/41`,
  },
  {
    id: 'regs-42',
    cite: 'SEND Regulations 2014, reg. 42',
    summary: 'Time limits for acting on a mediation agreement.',
    url: `${REGS}/regulation/42`,
  },
  {
    id: 'regs-44',
    cite: 'SEND Regulations 2014, reg. 44',
    summary: 'Time limits for carrying out Tribunal orders, which also apply to agreements.',
    url: `${REGS}/regulation/44`,
  },
  {
    id: 'tribunal-r20',
    cite: 'Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008, r.20(1)(c)',
    summary:
      'The appeal must reach the Tribunal by the later of 2 months after the decision letter and 1 month after the certificate.',
    url: `${TRIBUNAL}/rule/20`,
  },
  {
    id: 'tribunal-r12',
    cite: 'Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008, r.12',
    summary:
      'Acts are due by 5pm; a deadline on a non-working day moves to the next working day; Christmas and August extensions for appeals.',
    url: `${TRIBUNAL}/rule/12`,
  },
  {
    id: 'equality-act-sch17',
    cite: 'Equality Act 2010, Sch. 17, para. 4',
    summary: 'A disability discrimination claim against a school must be made within 6 months.',
    url: 'https://www.legislation.gov.uk/ukpga/2010/15/schedule/17',
  },
  {
    id: 'bank-holidays',
    cite: 'UK bank holidays (England and Wales), gov.uk',
    summary: 'The official list of bank holidays in England and Wales.',
    url: 'https://www.gov.uk/bank-holidays',
  },
] as const satisfies readonly { id: string; cite: string; summary: string; url: string }[];

export type SourceId = (typeof list)[number]['id'];

/** Every legal source the package cites, by id. */
export const SOURCES: Readonly<Record<SourceId, Source>> = Object.fromEntries(
  list.map((s) => [s.id, s]),
) as Record<SourceId, Source>;

export function sources(...ids: SourceId[]): Source[] {
  return ids.map((id) => SOURCES[id]);
}
