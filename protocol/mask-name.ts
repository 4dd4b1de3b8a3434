/**
 * Names shown in public are masked: 张小三 → 张*三, 张三 → 张*. Staff names on the window display, and
 * the only form of a resident's name a booking stores (protocol/booking.ts).
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0] ?? ''}*`;
  return `${chars[0] ?? ''}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1] ?? ''}`;
}
