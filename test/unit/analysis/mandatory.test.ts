import { describe, expect, it } from 'vitest';
import { isMandatory, MANDATORY_CUES } from '../../../lib/analysis/tests';

describe('mandatory cues', () => {
  it.each(MANDATORY_CUES.flatMap((c) => c.examples))('the request is mandatory: %s', (example) => {
    expect(isMandatory(example)).toBe(true);
  });

  it.each([
    // the rule stated, not applied (Marlyn Nutraceuticals v. Mucos, 9th Cir. 2009)
    'A mandatory injunction “orders a responsible party to ‘take action.’ ” Meghrig v. KFC W., Inc., 516 U.S. 479, 484 (1996).',
    'A mandatory injunction “goes well beyond simply maintaining the status quo pendente lite and is particularly disfavored.”',
    // the label rejected
    'The Company seeks a mandatory injunction, it says; but this is not a mandatory injunction at all.',
    'Mandatory preliminary injunctions do not preserve the status quo and normally should be granted only in those circumstances when the exigencies of the situation demand such relief.',
  ])('not the request before the court: %s', (text) => {
    expect(isMandatory(text)).toBe(false);
  });
});
