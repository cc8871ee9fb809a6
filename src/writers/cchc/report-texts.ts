/** The parts of an official report a person writes: who issues it, its number, the signer, the recipients. */
export interface ReportTexts {
  issuingBody: string;
  referenceNumber: string;
  referenceSymbol: string;
  /** ISO date; null leaves the day for the clerk (dated at signing). */
  issuedOn: string | null;
  introduction: string;
  conclusions: string;
  signerAuthority: string;
  signerPosition: string;
  signerName: string;
  recipients: string[];
}

/** Paragraphs as a person typed them: blank lines and line breaks separate them. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
