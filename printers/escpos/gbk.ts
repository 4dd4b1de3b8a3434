/**
 * GBK (code page 936) encoding, which Chinese ESC/POS firmware expects in Chinese mode. iconv-lite
 * writes '?' for a character GBK lacks, so a character is encodable when it is '?' itself or does not
 * come out as '?'.
 */
import iconv from 'iconv-lite';

const QUESTION_MARK = 0x3f;

export function isGbkEncodable(char: string): boolean {
  if (char === '?') return true;
  const bytes = iconv.encode(char, 'gbk');
  return !(bytes.length === 1 && bytes[0] === QUESTION_MARK);
}

/** Whether every character of `text` has a GBK code (otherwise the line must be rastered). */
export function isGbkText(text: string): boolean {
  for (const char of text) {
    if (!isGbkEncodable(char)) return false;
  }
  return true;
}

export function encodeGbk(text: string): Buffer {
  return iconv.encode(text, 'gbk');
}
