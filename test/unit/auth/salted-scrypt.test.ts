/**
 * Passwords and phone tails share one salted scrypt core but keep their own stored formats: hashes
 * stored by earlier versions still check, a wrong secret or a damaged entry never does, and the same
 * secret never stores the same text twice (a fresh salt each time).
 */
import { hashPassword, verifyPassword } from '../../../server/auth/password';
import { hashPhoneTail, phoneTailMatches } from '../../../server/matters/phone-tail';

// Written by the hall before the core was shared: the formats must not have moved.
const STORED_PASSWORD = 'scrypt$16384$8$1$haCYQxvBHz-tPatsvhXpNQ$_aCDoamycBF53eAnqQYUvauC-eeNgBut5tuBKhaYMgo';
const STORED_TAIL = 'scrypt$TW3SqvSsWs6psPcg_5IOAQ$wF0ZYlsAndxHz0sTvvf3TxS-eYEuuIf8';

it('checks passwords stored before, and only the right one', () => {
  expect(verifyPassword('挂号窗口-2026', STORED_PASSWORD)).toBe(true);
  expect(verifyPassword('挂号窗口-2025', STORED_PASSWORD)).toBe(false);
  expect(verifyPassword('挂号窗口-2026', STORED_PASSWORD.replace('scrypt$', 'bcrypt$'))).toBe(false);
  expect(verifyPassword('挂号窗口-2026', 'scrypt$16384$8$1$only-a-salt')).toBe(false);
});

it('checks phone tails stored before, and only the right one', () => {
  expect(phoneTailMatches('8123', STORED_TAIL)).toBe(true);
  expect(phoneTailMatches('8124', STORED_TAIL)).toBe(false);
  expect(phoneTailMatches('8123', 'scrypt$TW3SqvSsWs6psPcg_5IOAQ')).toBe(false);
});

it('stores a new hash in each format with a fresh salt that checks', () => {
  const a = hashPassword('门厅值班');
  const b = hashPassword('门厅值班');
  expect(a).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  expect(a).not.toBe(b);
  expect(verifyPassword('门厅值班', a) && verifyPassword('门厅值班', b)).toBe(true);
  const tail = hashPhoneTail('0471');
  expect(tail).toMatch(/^scrypt\$[\w-]{22}\$[\w-]{32}$/);
  expect(tail).not.toBe(hashPhoneTail('0471'));
  expect(phoneTailMatches('0471', tail)).toBe(true);
});
