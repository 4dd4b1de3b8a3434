/** Slips as the server would fill them, for the printing tests. */
import type { NoticeSlip, PrintJob, TicketSlip } from '../../printers/types';

export const HALL_MN = 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ';
export const CENTRE_MN = 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ';
export const SERVICE_MN = 'ᠬᠣᠲᠠ ᠬᠥᠳᠡᠭᠡ ᠶᠢᠨ ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠬᠠᠮᠤᠭ ᠳᠣᠣᠷᠠᠳᠤ ᠪᠠᠲᠠᠯᠠᠭ᠎ᠠ ᠶᠢᠨ ᠮᠠᠯᠲᠠᠭᠠᠯ';
/** 居民身份证 in Mongolian, as the demo hall names it. */
export const ID_CARD_MN = 'ᠢᠷᠭᠡᠨ ᠦ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ';
/** 2025-03-08 09:05 in Asia/Shanghai. */
export const ISSUED_AT = Date.UTC(2025, 2, 8, 1, 5);

export function ticketSlip(overrides: Partial<TicketSlip> = {}): TicketSlip {
  return {
    hallName: '昆都仑区社会服务中心',
    hallNameMn: HALL_MN,
    centreName: '社会服务中心',
    centreNameMn: CENTRE_MN,
    serviceName: '最低生活保障申请',
    serviceNameMn: SERVICE_MN,
    number: 'A007',
    priorityLabel: '70岁以上老人',
    arrivedAt: ISSUED_AT,
    reprintedAt: null,
    timezone: 'Asia/Shanghai',
    peopleAhead: 4,
    estimateMinutes: 18,
    counterNames: ['3号窗口', '4号窗口'],
    trackUrl: 'http://192.168.10.2:3000/t/Zk3pQ8wLr2',
    ratingCode: '402917',
    waiting: true,
    matterNumber: null,
    reminder: '叫号三次未到视为过号，请重新取号。',
    complaintPhone: '0472-5123456',
    ...overrides,
  };
}

export function noticeSlip(overrides: Partial<NoticeSlip> = {}): NoticeSlip {
  return {
    hallName: '昆都仑区社会服务中心',
    hallNameMn: HALL_MN,
    serviceName: '最低生活保障申请',
    serviceNameMn: SERVICE_MN,
    materials: [
      { name: '居民身份证', nameMn: ID_CARD_MN, form: 'original_and_copy', copies: 1, issuer: '公安机关', note: '共同生活的家庭成员各1份' },
      { name: '户口簿', nameMn: 'ᠢᠷᠭᠡᠨ ᠦ ᠥᠷᠬᠡ ᠶᠢᠨ ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠳᠡᠪᠲᠡᠷ', form: 'copy', copies: 2, issuer: '', note: '' },
      { name: '家庭收入情况申报表', nameMn: '', form: 'original', copies: 1, issuer: '社区居委会', note: '' },
    ],
    timeLimit: '法定20个工作日，承诺10个工作日',
    result: '最低生活保障金',
    visits: 1,
    notes: ['材料不齐全的，窗口将一次性告知需要补正的全部内容'],
    fees: '',
    place: '一楼3号至5号窗口',
    phone: '0472-5123457',
    printedAt: ISSUED_AT,
    timezone: 'Asia/Shanghai',
    ...overrides,
  };
}

let counter = 0;

export function ticketJob(overrides: Partial<TicketSlip> = {}): PrintJob {
  counter += 1;
  return { id: `ticket-${counter}`, kind: 'ticket', createdAt: ISSUED_AT, ticket: ticketSlip(overrides) };
}

export function noticeJob(overrides: Partial<NoticeSlip> = {}): PrintJob {
  counter += 1;
  return { id: `notice-${counter}`, kind: 'notice', createdAt: ISSUED_AT, notice: noticeSlip(overrides) };
}
