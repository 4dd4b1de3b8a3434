/**
 * One catalog entry: the Chinese text, the traditional Mongolian text beside it, and the Mongolian
 * review status. Mongolian wording must be approved by the local language authority before it is
 * relied on, so every entry says whether it has been (admins can edit and approve it later).
 */
export interface Message {
  zh: string;
  /** Traditional Mongolian (U+1800–U+18AF); may be empty until translated. */
  mn: string;
  mnReview: 'pending' | 'approved';
}

/** Shorthand for catalog files: a Chinese text with a Mongolian draft awaiting review. */
export function msg(zh: string, mn = ''): Message {
  return { zh, mn, mnReview: 'pending' };
}
