/**
 * The kiosk's pictographs, drawn here as SVG strokes (no icon font, nothing fetched). Always beside
 * words: a picture helps a resident find a button, the words say what it does.
 */
const SMALL_STAR = 'M24 13l3 6.4 7 .8-5.2 4.8 1.4 6.9L24 28.5l-6.2 3.4 1.4-6.9-5.2-4.8 7-.8z';

const PICTOGRAMS = {
  // an open book: 办事指南
  guide: ['M24 13c-5-4-12-5-18-3v28c6-2 13-1 18 3c5-4 12-5 18-3V10c-6-2-13-1-18 3z', 'M24 13v28'],
  // a notice board on its stand: 政务公开
  board: ['M6 8h36v24H6z', 'M13 16h22', 'M13 23h14', 'M16 32l-5 10', 'M32 32l5 10'],
  // a star: 服务评价
  rate: ['M24 5l5.8 12 13.2 1.7-9.7 9.1 2.5 13L24 34.4l-11.8 6.4 2.5-13-9.7-9.1L18.2 17z'],
  // a calendar page with a tick: 预约签到
  checkIn: ['M8 10h32v30H8z', 'M8 18h32', 'M16 6v8', 'M32 6v8', 'M17 29l5 5 9-10'],
  // a speech bubble with lines: 投诉建议
  complaint: ['M7 9h34v24H23l-10 8v-8H7z', 'M14 17h20', 'M14 25h13'],
  // a small and a large letter: 大字
  textSize: ['M4 38l7-18 7 18', 'M6.5 32h9', 'M21 40l10-28 10 28', 'M24.6 31h12.8'],
  // a sheet with a list: 告知单
  notice: ['M11 5h18l9 9v29H11z', 'M29 5v9h9', 'M17 22h15', 'M17 29h15', 'M17 36h9'],
  // a slip coming out of a slot: 取号
  ticket: ['M6 10h36', 'M12 10v30l4-3 4 3 4-3 4 3 4-3 4 3V10', 'M19 20h10', 'M19 27h10'],
  // 70岁以上老人: a walking figure with a cane
  elderly70: ['M21 4a4 4 0 1 1 0 8a4 4 0 1 1 0-8', 'M20 15l-4 13 6 6v10', 'M17 28l-5 16', 'M19 18l9 6', 'M30 24l3 20'],
  // 残疾人: the wheelchair sign
  disability: ['M20 4a4 4 0 1 1 0 8a4 4 0 1 1 0-8', 'M20 15v12h12l5 12', 'M20 21h10', 'M14 23a11 11 0 1 0 16 14'],
  // 军人: a shield with a star
  military: ['M24 4l16 6v13c0 9-7 16-16 21C15 39 8 32 8 23V10z', SMALL_STAR],
  // 孕妇: a standing figure, the belly rounded
  pregnancy: ['M22 4a4 4 0 1 1 0 8a4 4 0 1 1 0-8', 'M20 15c-3 5-3 11-1 15l-1 14', 'M21 17c9 2 12 13 4 16', 'M25 33l1 11'],
  // a tick: chosen, open, received
  tick: ['M12 25l8 8 16-18'],
  // a warning triangle
  warning: ['M24 5l20 36H4z', 'M24 18v11', 'M24 35v1'],
  // a handset: 咨询电话
  phone: ['M14 6h8l3 9-5 3c2 5 5 8 10 10l3-5 9 3v8c0 2-2 4-4 4C22 38 10 26 10 10c0-2 2-4 4-4z'],
  // a magnifier with a plus: tap a sample to see it enlarged
  zoom: ['M20 6a14 14 0 1 1 0 28a14 14 0 1 1 0-28', 'M30 30l12 12', 'M14 20h12', 'M20 14v12'],
  close: ['M12 12l24 24', 'M36 12L12 36'],
  back: ['M30 8L14 24l16 16'],
  home: ['M5 24L24 7l19 17', 'M11 19v22h26V19', 'M20 41V29h8v12'],
  forward: ['M18 8l16 16-16 16'],
  keypadDelete: ['M18 10h24v28H18L6 24z', 'M24 18l12 12', 'M36 18L24 30'],
} as const;

export type PictogramName = keyof typeof PICTOGRAMS;

export function Pictogram(props: { name: PictogramName; size: number; class?: string; strokeWidth?: number }) {
  return (
    <svg
      class={`pictogram ${props.class ?? ''}`}
      width={props.size}
      height={props.size}
      viewBox="0 0 48 48"
      fill="none"
      stroke="currentColor"
      stroke-width={props.strokeWidth ?? 3.5}
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      {PICTOGRAMS[props.name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
