import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { ANSWER_CUES, answersArgument } from '../../../lib/analysis/answers';

describe('the court answering an argument (factors.md rule 4)', () => {
  it.each(ANSWER_CUES.flatMap((c) => c.examples.map((e) => [e])))('%s', (example) => {
    expect(answersArgument(example)).toBe(true);
  });

  it.each([
    // a party's own words, not the court's verdict (Safari Club v. Salazar)
    'SCI argues that the FWS “ignored the conservation mandates of the ESA.”',
    'Plaintiffs argue that they have nevertheless pursued their claims diligently.',
    // agreeing with other courts adopts precedent; it answers no party (Cohen v. Brown)
    'We agree with the district courts that have so ruled and hold that the regulation is valid.',
    // the court below's error found is a reversal, not an answer to this party (Hirsch v. Dorsey Trailers)
    'The district court erred in relying on a newspaper article.',
  ])('not: %s', (sentence) => {
    expect(answersArgument(sentence)).toBe(false);
  });

  // Safari Club Int'l v. Salazar (D.D.C. 2012): an argument reported, then answered in the court's voice
  const opinion = (answer: string) =>
    [
      'The plaintiffs move for a preliminary injunction. A plaintiff seeking a preliminary injunction must establish that he is likely to succeed on the merits, that he is likely to suffer irreparable harm in the absence of preliminary relief, that the balance of equities tips in his favor, and that an injunction is in the public interest. Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7, 20 (2008).',
      '1. Plaintiffs Do Not Establish A Likelihood Of Success On The Merits',
      `SCI argues that the FWS “ignored the conservation mandates of the ESA and the fact that inclusion of the captive populations would harm rather than serve the conservation of populations of the three antelope species.” SCI Mem. at 22. The Federal Defendants, however, respond that the FWS interpretation of the ESA, as embodied in the Listing Rule, is consistent with the purposes of the ESA. SCI Opp. Mem. at 21.${answer}`,
      'For the foregoing reasons, the plaintiffs’ motions for a preliminary injunction are DENIED.',
    ].join('\n\n');
  const successAt = (text: string) => {
    const a = analyze({ text });
    const at = text.indexOf('SCI argues');
    return a.paragraphs.find((p) => p.start <= at && at < p.end)?.factors.find((f) => f.factor === 'success')?.stance;
  };

  it('an argument the court answers is its finding, the way it ruled', () => {
    expect(successAt(opinion(' The Court agrees.'))).toBe('nonmovant');
  });

  it('the same argument left unanswered stays neutral', () => {
    expect(successAt(opinion(''))).toBe('neutral');
  });
});
