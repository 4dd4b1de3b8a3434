/**
 * 办理指南 editing and sample files through the real server: the whole guide is read and saved with
 * every standard field, each bad field is named by its path and changes nothing; sample files are
 * stored owner-only under DATA_DIR and served to kiosks, refused by their bytes (too large, not an
 * image or PDF, a disguised type) with nothing stored, and deleted from disk only once removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GuideFields, ServiceGuide } from '../../protocol/guide';
import type { AuditLine } from '../../protocol/admin';
import type { HallSnapshot } from '../../protocol/views';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { fingerprint } from '../support/state';
import { TINY_PNG } from '../support/busy-hall';
import { SAMPLE_MAX_BYTES } from '../../protocol/guide';

const SERVICE = 'company-registration';
const PNG_BYTES = Buffer.from(TINY_PNG.slice(TINY_PNG.indexOf(',') + 1), 'base64');
const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const JPEG_BYTES = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0demo', 'latin1')]);

let th: TestHall;
let admin: ClientSocket;
let adminToken: string;
let kiosk: ClientSocket;

beforeEach(async () => {
  th = await startTestHall();
  adminToken = await login(th.url, 'admin', ADMIN_PASSWORD);
  admin = await connect(th.url, { token: adminToken });
  kiosk = await connect(th.url, { deviceKey: th.kioskKey });
});
afterEach(async () => {
  admin.close();
  kiosk.close();
  await th.close();
});

function dataUrl(type: string, bytes: Buffer): string {
  return `data:${type};base64,${bytes.toString('base64')}`;
}

function fieldsOf(guide: ServiceGuide): GuideFields {
  const { serviceId: _serviceId, ...fields } = guide;
  return fields;
}

async function storedGuide(): Promise<ServiceGuide> {
  return ok(await send(admin, 'guide.get', { serviceId: SERVICE })).guide;
}

function sampleDir(): string {
  return path.join(th.dataDir, 'sample-files');
}

function filesOnDisk(): string[] {
  return fs.existsSync(sampleDir()) ? fs.readdirSync(sampleDir()).sort() : [];
}

describe('guides', () => {
  it('reads and saves the whole guide with the standard fields; kiosks read the saved guide at once', async () => {
    const read = await http<{ guide: ServiceGuide; stored: boolean }>(th.url, 'GET', `/api/admin/services/${SERVICE}/guide`, { token: adminToken });
    expect(read.status).toBe(200);
    const { guide, stored } = ok(read.body);
    expect(stored).toBe(true);
    expect(guide).toMatchObject({ authority: '包头市青山区市场监督管理局', itemType: 'licensing', visits: 1, sampleContent: true });
    expect(guide.itemCode).toMatch(/^QS-/);
    expect(guide.result).toContain('营业执照');

    const before = ok(await send(kiosk, 'hall.snapshot', {})) as HallSnapshot;
    const edited: GuideFields = {
      ...fieldsOf(guide), authority: '青山区行政审批和政务服务局', itemCode: '11150204MB1F6-0001', itemType: 'licensing', visits: 0,
      result: '营业执照（电子证照同步发放）', noticeNotes: ['可在网上全程办理，无需到现场'], sampleContent: false,
      materials: [{ name: '公司登记（备案）申请书', form: 'original', copies: 1, issuer: '', note: '法定代表人签字' }],
      samples: [...guide.samples].reverse().map((s, i) => ({ ...s, title: `样本${i + 1}` })),
    };
    const saved = await http<ServiceGuide>(th.url, 'PUT', `/api/admin/services/${SERVICE}/guide`, { token: adminToken, body: { guide: edited } });
    expect(saved.status).toBe(200);
    expect(ok(saved.body)).toEqual({ serviceId: SERVICE, ...edited });

    // The kiosk reads the new guide, and its snapshot's configVersion moved so an open screen asks again.
    expect(ok(await send(kiosk, 'service.guide', { serviceId: SERVICE }))).toEqual({ serviceId: SERVICE, ...edited });
    const after = ok(await send(kiosk, 'hall.snapshot', {})) as HallSnapshot;
    expect(after.configVersion).toBeGreaterThan(before.configVersion);

    const trail = ok(await send(admin, 'audit.list', {})) as AuditLine[];
    expect(trail[0]).toMatchObject({ command: 'guide.save', subject: `guide:${SERVICE}`, actor: expect.stringMatching(/^user:/) });
    expect(trail[0]?.after).toMatchObject({ authority: '青山区行政审批和政务服务局', visits: 0 });
  });

  it('a service without a guide gets a blank one to fill in, and the first save stores it', async () => {
    th.hall.db.prepare('DELETE FROM service_guides WHERE service_id = ?').run('venue-booking');
    const { guide, stored } = ok(await send(admin, 'guide.get', { serviceId: 'venue-booking' }));
    expect(stored).toBe(false);
    expect(guide).toMatchObject({ serviceId: 'venue-booking', summary: '', samples: [], resultSample: null });
    expectRefusal(await send(kiosk, 'service.guide', { serviceId: 'venue-booking' }), 'NOT_FOUND');
    // Blank required fields are refused, each by its path.
    const blank = expectRefusal(await send(admin, 'guide.save', { serviceId: 'venue-booking', guide: fieldsOf(guide) }), 'BAD_REQUEST');
    expect(blank.fields).toEqual(expect.arrayContaining(['guide.summary', 'guide.authority', 'guide.result', 'guide.place', 'guide.phone']));
    const filled: GuideFields = { ...fieldsOf(guide), summary: '预约文体场馆', authority: '青山区文体活动中心', legalTimeLimit: '即时',
      promisedTimeLimit: '即时', result: '预约确认单', place: '三楼12号窗口', hours: '工作日', phone: '0472-5000106' };
    ok(await send(admin, 'guide.save', { serviceId: 'venue-booking', guide: filled }));
    expect(ok(await send(kiosk, 'service.guide', { serviceId: 'venue-booking' }))).toMatchObject({ summary: '预约文体场馆' });
  });

  it('names every bad field by its path and changes nothing', async () => {
    const guide = fieldsOf(await storedGuide());
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...guide, summary: '' }, ['guide.summary']],
      [{ ...guide, itemType: 'permit' }, ['guide.itemType']],
      [{ ...guide, itemCode: '编码 1' }, ['guide.itemCode']],
      [{ ...guide, visits: 10 }, ['guide.visits']],
      [{ ...guide, visits: 1.5 }, ['guide.visits']],
      [{ ...guide, materials: [{ name: '身份证', form: 'copy', copies: 0, issuer: '' }] }, ['guide.materials.0.copies']],
      [{ ...guide, materials: [{ name: '身份证', form: 'scan', copies: 1, issuer: '' }] }, ['guide.materials.0.form']],
      [{ ...guide, basis: ['依据', ''] }, ['guide.basis.1']],
      [{ ...guide, faq: [{ q: '问', a: '答', extra: 1 }] }, ['guide.faq.0.extra']],
      [{ ...guide, noticeNotes: ['告知\u202E事项'] }, ['guide.noticeNotes.0']],
      [{ ...guide, samples: [{ title: '样本', image: '/etc/passwd', format: 'image' }] }, ['guide.samples.0.image']],
      [{ ...guide, resultSample: { title: '执照', image: '/samples/company-registration-1.svg', format: 'pdf' } }, ['guide.resultSample.format']],
      [{ ...guide, sampleContent: 'yes' }, ['guide.sampleContent']],
      [{ ...guide, serviceId: SERVICE }, ['guide.serviceId']],
      // A file the guide does not show already (another service's drawing) cannot be slipped in.
      [{ ...guide, samples: [{ title: '别人的样本', image: '/samples/food-business-permit-1.svg', format: 'image' }] }, ['guide.samples.0.image']],
      [{ ...guide, resultSample: { title: '执照', image: '/sample-files/0123456789abcdef0123.png', format: 'image' } }, ['guide.resultSample.image']],
    ];
    const before = fingerprint(th.hall.db);
    for (const [bad, fields] of cases) {
      const refused = expectRefusal(await send(admin, 'guide.save', { serviceId: SERVICE, guide: bad }));
      expect({ fields: refused.fields }).toEqual({ fields });
    }
    expectRefusal(await send(admin, 'guide.save', { serviceId: 'no-such-service', guide }), 'SERVICE_NOT_FOUND');
    expect(fingerprint(th.hall.db)).toEqual(before);
    // Supervisors read, never write; staff and devices neither.
    expectRefusal(await send(kiosk, 'guide.save', { serviceId: SERVICE, guide }), 'FORBIDDEN');
    const staff = await connect(th.url, { token: await login(th.url, 'staff') });
    expectRefusal(await send(staff, 'guide.get', { serviceId: SERVICE }), 'FORBIDDEN');
    staff.close();
  });
});

describe('sample files', () => {
  it('stores PNG, JPEG and PDF owner-only under DATA_DIR, serves them, and lists them in the guide', async () => {
    for (const [type, bytes, format, extension] of [
      ['image/png', PNG_BYTES, 'image', 'png'], ['image/jpeg', JPEG_BYTES, 'image', 'jpg'], ['application/pdf', PDF_BYTES, 'pdf', 'pdf'],
    ] as const) {
      const res = await http<{ sample: { title: string; image: string; format: string }; guide: ServiceGuide }>(th.url, 'POST',
        `/api/admin/services/${SERVICE}/samples`, { token: adminToken, body: { title: `填写样本 ${extension}`, content: dataUrl(type, bytes) } });
      expect(res.status).toBe(200);
      const { sample, guide } = ok(res.body);
      expect(sample.format).toBe(format);
      expect(sample.image).toMatch(new RegExp(`^/sample-files/[a-z0-9]+\\.${extension}$`));
      expect(guide.samples.at(-1)).toEqual(sample);
      const file = path.join(sampleDir(), path.basename(sample.image));
      expect(fs.readFileSync(file)).toEqual(bytes);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const served = await fetch(`${th.url}${sample.image}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toContain(type);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes);
    }
    expect(fs.statSync(sampleDir()).mode & 0o777).toBe(0o700);
    const shown = ok(await send(kiosk, 'service.guide', { serviceId: SERVICE }));
    expect(shown.samples.filter((s) => s.image.startsWith('/sample-files/')).map((s) => s.format)).toEqual(['image', 'image', 'pdf']);
    // The demo drawings are still served from ui-assets.
    const demo = shown.samples.find((s) => s.image.startsWith('/samples/'));
    expect((await fetch(`${th.url}${demo?.image ?? ''}`)).status).toBe(200);
  });

  it('the 办理结果样本 replaces the one before, whose file is deleted after commit', async () => {
    const first = ok(await send(admin, 'sample.upload', { serviceId: SERVICE, title: '营业执照样本', content: TINY_PNG, target: 'result' }));
    expect(first.guide.resultSample).toEqual(first.sample);
    const second = ok(await send(admin, 'sample.upload', { serviceId: SERVICE, title: '营业执照（副本）', content: dataUrl('application/pdf', PDF_BYTES),
      target: 'result' }));
    expect(second.guide.resultSample).toEqual(second.sample);
    expect(filesOnDisk()).toEqual([path.basename(second.sample.image)]);
  });

  it('refuses a file too large, not an image or PDF, or disguised, with a clear code and nothing stored', async () => {
    const before = fingerprint(th.hall.db);
    const guideBefore = await storedGuide();
    const tooLarge = Buffer.concat([PNG_BYTES, Buffer.alloc(SAMPLE_MAX_BYTES)]);
    const big = await http(th.url, 'POST', `/api/admin/services/${SERVICE}/samples`, {
      token: adminToken, body: { title: '大文件', content: dataUrl('image/png', tooLarge) },
    });
    expect(big.status).toBe(413);
    expect(expectRefusal(big.body, 'SAMPLE_TOO_LARGE').fields).toEqual(['content']);
    // Far beyond the limit, the body itself is refused before it is read.
    const huge = await http(th.url, 'POST', `/api/admin/services/${SERVICE}/samples`, {
      token: adminToken, body: { title: '超大文件', content: dataUrl('image/png', Buffer.alloc(8 * 1024 * 1024)) },
    });
    expect(huge.status).toBe(413);
    expectRefusal(huge.body, 'PAYLOAD_TOO_LARGE');

    const refusedTypes: [string, Buffer][] = [
      ['text/html', Buffer.from('<html><script>alert(1)</script></html>')],
      // A web page and an SVG (which can hold scripts) declared as images: judged by their bytes.
      ['image/png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
      ['application/pdf', Buffer.from('MZ\x90\x00 not a pdf at all', 'latin1')],
      ['image/gif', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
      ['image/png', Buffer.from('PK\x03\x04 a zip archive', 'latin1')],
      // Only the first bytes of a PNG, nothing after them.
      ['image/png', PNG_BYTES.subarray(0, 8)],
    ];
    for (const [type, bytes] of refusedTypes) {
      const refused = expectRefusal(await send(admin, 'sample.upload', { serviceId: SERVICE, title: '样本', content: dataUrl(type, bytes) }),
        'SAMPLE_TYPE_REFUSED');
      expect(refused.fields).toEqual(['content']);
    }
    const viaHttp = await http(th.url, 'POST', `/api/admin/services/${SERVICE}/samples`, {
      token: adminToken, body: { title: '样本', content: dataUrl('image/jpeg', Buffer.from('just text')) },
    });
    expect(viaHttp.status).toBe(415);
    expectRefusal(viaHttp.body, 'SAMPLE_TYPE_REFUSED');

    expectRefusal(await send(admin, 'sample.upload', { serviceId: SERVICE, title: '样本', content: 'iVBORw0KGgo=' }), 'BAD_REQUEST');
    expectRefusal(await send(admin, 'sample.upload', { serviceId: 'no-such-service', title: '样本', content: TINY_PNG }), 'SERVICE_NOT_FOUND');
    th.hall.db.prepare('DELETE FROM service_guides WHERE service_id = ?').run('venue-booking');
    const noGuide = fingerprint(th.hall.db);
    expect(expectRefusal(await send(admin, 'sample.upload', { serviceId: 'venue-booking', title: '样本', content: TINY_PNG }), 'NOT_FOUND').fields)
      .toEqual(['serviceId']);
    expect(fingerprint(th.hall.db)).toEqual(noGuide);
    expectRefusal(await send(kiosk, 'sample.upload', { serviceId: SERVICE, title: '样本', content: TINY_PNG }), 'FORBIDDEN');

    expect(await storedGuide()).toEqual(guideBefore);
    expect(filesOnDisk()).toEqual([]);
    expect(fingerprint(th.hall.db).auditLines).toBe(before.auditLines);
  });

  it('removing a sample drops it from the guide and deletes its file; a save that drops one does the same', async () => {
    const a = ok(await send(admin, 'sample.upload', { serviceId: SERVICE, title: '样本甲', content: TINY_PNG }));
    const b = ok(await send(admin, 'sample.upload', { serviceId: SERVICE, title: '样本乙', content: dataUrl('application/pdf', PDF_BYTES) }));
    expect(filesOnDisk()).toHaveLength(2);

    const removed = await http<ServiceGuide>(th.url, 'DELETE', `/api/admin/services/${SERVICE}/samples`, { token: adminToken, body: { image: a.sample.image } });
    expect(removed.status).toBe(200);
    expect(ok(removed.body).samples.map((s) => s.image)).not.toContain(a.sample.image);
    expect(filesOnDisk()).toEqual([path.basename(b.sample.image)]);
    expect((await fetch(`${th.url}${a.sample.image}`)).status).toBe(404);
    expect(expectRefusal(await send(admin, 'sample.remove', { serviceId: SERVICE, image: a.sample.image }), 'NOT_FOUND').fields).toEqual(['image']);

    // A demo drawing leaves the guide but stays on disk (it belongs to the demo assets).
    const demo = (await storedGuide()).samples.find((s) => s.image.startsWith('/samples/'));
    ok(await send(admin, 'sample.remove', { serviceId: SERVICE, image: demo?.image ?? '' }));
    expect((await fetch(`${th.url}${demo?.image ?? ''}`)).status).toBe(200);

    const guide = await storedGuide();
    ok(await send(admin, 'guide.save', { serviceId: SERVICE, guide: { ...fieldsOf(guide), samples: guide.samples.filter((s) => s.image !== b.sample.image) } }));
    expect(filesOnDisk()).toEqual([]);
    expect(th.hall.db.prepare('SELECT COUNT(*) AS n FROM sample_files').get()).toEqual({ n: 0 });
  });

  it('a file left by an upload that never committed is removed at the next start; committed files stay', async () => {
    const kept = ok(await send(admin, 'sample.upload', { serviceId: SERVICE, title: '样本', content: TINY_PNG }));
    const stray = '0123456789abcdef01234567.png';
    fs.writeFileSync(path.join(sampleDir(), stray), PNG_BYTES);
    admin.close();
    kiosk.close();
    await th.hall.close();
    const kioskKey = th.kioskKey;
    th = await startTestHall({ dataDir: th.dataDir, seed: false });
    admin = await connect(th.url, { token: await login(th.url, 'admin', ADMIN_PASSWORD) });
    kiosk = await connect(th.url, { deviceKey: kioskKey });
    expect(filesOnDisk()).toEqual([path.basename(kept.sample.image)]);
    expect((await fetch(`${th.url}${kept.sample.image}`)).status).toBe(200);
  });

  it('a removed service takes its uploaded files along', async () => {
    const uploaded = ok(await send(admin, 'sample.upload', { serviceId: 'venue-booking', title: '预约单样本', content: TINY_PNG }));
    expect(filesOnDisk()).toEqual([path.basename(uploaded.sample.image)]);
    ok(await send(admin, 'service.remove', { id: 'venue-booking' }));
    expect(filesOnDisk()).toEqual([]);
    expect(th.hall.db.prepare('SELECT COUNT(*) AS n FROM sample_files').get()).toEqual({ n: 0 });
  });
});
