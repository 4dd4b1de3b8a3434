/** The ID number's form and check character (GB 11643) and how names are masked (protocol/idcard.ts). */
import { idCheckCharacter, isValidIdNumber, maskName, normaliseIdNumber } from '../../../protocol/idcard';

it('accepts numbers whose check character matches, with X for ten', () => {
  expect(isValidIdNumber('150202199003071232')).toBe(true);
  expect(isValidIdNumber('150203195206114026')).toBe(true);
  // The standard's own example: 11010519491231002X.
  expect(idCheckCharacter('11010519491231002')).toBe('X');
  expect(isValidIdNumber('11010519491231002X')).toBe(true);
  expect(isValidIdNumber(normaliseIdNumber(' 11010519491231002x '))).toBe(true);
});

it('refuses a wrong check character, an impossible birth date, and other forms', () => {
  expect(isValidIdNumber('150202199003071233')).toBe(false);
  expect(isValidIdNumber('150202199002301230')).toBe(false); // 30 February
  expect(isValidIdNumber('150202189912311230')).toBe(false); // before 1900
  expect(isValidIdNumber('15020219900307123')).toBe(false);
  expect(isValidIdNumber('1502021990030712321')).toBe(false);
  expect(isValidIdNumber('15020219900307123x')).toBe(false); // not normalised
  expect(isValidIdNumber('')).toBe(false);
});

it('masks every name so that only the family name (and a last character) shows', () => {
  expect(maskName('张三丰')).toBe('张*丰');
  expect(maskName('乌兰')).toBe('乌*');
  expect(maskName('阿拉坦其其格')).toBe('阿****格');
  expect(maskName('王')).toBe('*');
  expect(maskName('  李四  ')).toBe('李*');
});
