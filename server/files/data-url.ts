/** The bytes of a data URL a schema already checked (`data:<type>;base64,<bytes>`); the declared type is ignored. */
export function decodeDataUrl(content: string): Buffer {
  return Buffer.from(content.slice(content.indexOf(',') + 1), 'base64');
}
