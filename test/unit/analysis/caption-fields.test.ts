import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../../../lib/analysis/document-info';

// Captions as reporters, courts and CourtListener print them.
const CAPTIONS: [string, string, { court?: string | null; date?: string | null; judge?: string | null }][] = [
  [
    'reporter caption, a Texas court of civil appeals',
    '444 S.W.2d 838 (1969)\n\nJimmy Howard RAMSDEN, Appellant,\nv.\nNORRIS OF HOUSTON, INC., Appellee.\n\nNo. 256.\n\nCourt of Civil Appeals of Texas, Houston (14th Dist.).\n\nJune 18, 1969.\n\nRehearing Denied July 30, 1969.\n\nRonald B. Pruitt, Houston, for appellant.\n\nSAM D. JOHNSON, Justice.\n\nThis is an appeal from an order granting a temporary injunction.',
    { court: 'texapp', date: '1969-06-18', judge: 'Sam D. Johnson' },
  ],
  [
    'reporter caption, a federal district court by abbreviation',
    '99 F. Supp. 2d 695 (2000)\n\nPatricia D. CORNWELL, Plaintiff,\nv.\nLeslie Raymond SACHS, Defendants.\n\nNo. CIV A 3:00CV229.\n\nUnited States District Court, E.D. Virginia, Richmond Division.\n\nMay 18, 2000.\n\nMEMORANDUM OPINION\n\nPAYNE, District Judge.\n\nPatricia Cornwell filed this action.',
    { court: 'vaed', date: '2000-05-18', judge: 'Payne' },
  ],
  [
    'Kentucky Court of Appeals slip opinion',
    'RENDERED:  APRIL 19, 2024; 10:00 A.M.\nNOT TO BE PUBLISHED\n\nCommonwealth of Kentucky\nCourt of Appeals\n\nNO. 2022-CA-1460-MR\n\nBEFORE:  GOODWINE, KAREM, AND MCNEILL, JUDGES.\nKAREM, JUDGE:  George and Tina Dixon appeal, pro se, from the order.',
    { court: 'kyctapp', date: '2024-04-19', judge: 'Karem' },
  ],
  [
    'California Court of Appeal, signed at the end',
    'Filed 7/1/25  Nelson v. Huhn CA2/8\nNOT TO BE PUBLISHED IN THE OFFICIAL REPORTS\n\nIN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA\n\nSECOND APPELLATE DISTRICT\n\nDIVISION EIGHT\n\nINTRODUCTION\nDisputes arose about the trust.\n\nDISPOSITION\nThe order is reversed.\n\nSTRATTON, P. J.\n\nWe concur:\n\nGRIMES, J.',
    { court: 'calctapp2d', date: '2025-07-01', judge: 'Stratton' },
  ],
  [
    'Westlaw caption, date in digits on a line of its own',
    'DARYL HARRIS, Plaintiff, v. CHRISTOPHER A. WRAY, Slip\nCopy (2026)\n\n2026 WL 2374808\nOnly the Westlaw citation is currently available.\nUnited States District Court, S.D.\nIndiana, Indianapolis Division.\n\nDARYL HARRIS, Plaintiff,\nv.\nCHRISTOPHER A. WRAY, Defendant.\n\n08/14/2026\n\nORDER SCREENING COMPLAINT',
    { court: 'insd', date: '2026-08-14', judge: null },
  ],
  [
    'District of Columbia caption in capitals',
    'UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\n\nSAFARI CLUB INTERNATIONAL,\n\nPlaintiff,\n\nv.   Civil Action No. 11-cv-01564 (BAH)\n\nKEN SALAZAR, Defendants.',
    { court: 'dcd', date: null, judge: null },
  ],
  [
    'a research site’s caption naming the Supreme Court on a line of its own',
    'O. JOHN BENISEK, ET AL., APPELLANTS v. LINDA H. LAMONE, ET AL. (2018)\n\nUnited States Supreme Court\n\nNo. 17-333\n\nDecided: June 18, 2018\n\nPer Curiam.\n\nThis appeal arises from the denial of a motion for a preliminary injunction in the District Court.',
    { court: 'scotus', date: '2018-06-18', judge: null },
  ],
];

describe('court, date and judge from the caption and the signature', () => {
  it.each(CAPTIONS)('%s', (_, text, want) => {
    const info = readDocumentInfo(text);
    expect({ court: info.court, date: info.date, judge: info.judge }).toEqual({ court: want.court, date: want.date, judge: want.judge });
  });
});
