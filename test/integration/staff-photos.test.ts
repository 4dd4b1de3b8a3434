/**
 * Staff photos through the real server: a PNG or JPEG (judged by its bytes) of at most 1 MB is stored
 * owner-only under DATA_DIR/staff-photos by a random name and served there; anything else is refused
 * with nothing stored; a replaced or removed photo's file goes once the change has committed; the public
 * counter view shows the photo only while its owner is logged in at an open counter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { StaffView, AuditLine } from '../../protocol/admin';
import type { CounterView, HallSnapshot } from '../../protocol/views';
import type { Result } from '../../protocol/errors';
import { STAFF_PHOTO_MAX_BYTES } from '../../protocol/staff-photo';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, EventLog, http, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { fingerprint } from '../support/state';

const PNG_BYTES = PNG.sync.write(Object.assign(new PNG({ width: 48, height: 64 }), { data: Buffer.alloc(48 * 64 * 4, 180) }));
const JPEG_BYTES = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0portrait', 'latin1')]);
const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

let th: TestHall;
let adminToken: string;
let admin: ClientSocket;
let display: ClientSocket;
let staffId: number;

beforeEach(async () => {
  th = await startTestHall();
  adminToken = await login(th.url, 'admin', ADMIN_PASSWORD);
  admin = await connect(th.url, { token: adminToken });
  display = await connect(th.url, { deviceKey: th.displayKey });
  const staff = ok(await send(admin, 'staff.list', {})).find((s) => s.username === th.seed.staffUsername);
  if (!staff) throw new Error('no demo staff account');
  staffId = staff.id;
});
afterEach(async () => {
  admin.close();
  display.close();
  await th.close();
});

function dataUrl(type: string, bytes: Buffer): string {
  return `data:${type};base64,${bytes.toString('base64')}`;
}

function photoDir(): string {
  return path.join(th.dataDir, 'staff-photos');
}

function filesOnDisk(): string[] {
  return fs.existsSync(photoDir()) ? fs.readdirSync(photoDir()).sort() : [];
}

function setPhoto(id: number, content: string | null): Promise<{ status: number; body: Result<StaffView> }> {
  return http<StaffView>(th.url, 'PUT', `/api/admin/staff/${id}/photo`, { token: adminToken, body: { content } });
}

async function counterOne(): Promise<CounterView | undefined> {
  const snap = ok(await send(display, 'hall.snapshot', {})) as HallSnapshot;
  return snap.counters.find((c) => c.id === 1);
}

describe('staff photos', () => {
  it('stores a PNG and a JPEG owner-only by a random name, serves them read-only, and deletes a replaced one after commit', async () => {
    const png = await setPhoto(staffId, dataUrl('image/png', PNG_BYTES));
    expect(png.status).toBe(200);
    const first = ok(png.body);
    expect(first.photo).toMatch(/^\/staff-photos\/[a-z0-9]{24}\.png$/);
    const firstFile = path.join(photoDir(), path.basename(first.photo ?? ''));
    expect(fs.readFileSync(firstFile)).toEqual(PNG_BYTES);
    expect(fs.statSync(firstFile).mode & 0o777).toBe(0o600);
    expect(fs.statSync(photoDir()).mode & 0o777).toBe(0o700);
    const served = await fetch(`${th.url}${first.photo ?? ''}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toContain('image/png');
    expect(served.headers.get('cache-control')).toContain('immutable');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; img-src 'self'; frame-ancestors 'none'");
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG_BYTES);
    // The folder is not listed, and a name the server did not give finds nothing.
    expect((await fetch(`${th.url}/staff-photos/`)).status).toBe(404);
    expect((await fetch(`${th.url}/staff-photos/${staffId}.png`)).status).toBe(404);
    expect(ok(await send(admin, 'staff.get', { id: staffId })).photo).toBe(first.photo);

    // A replacement gets a new name; the old file goes once the change has committed.
    const second = ok(await send(admin, 'staff.setPhoto', { id: staffId, content: dataUrl('image/jpeg', JPEG_BYTES) }));
    expect(second.photo).toMatch(/^\/staff-photos\/[a-z0-9]{24}\.jpg$/);
    expect(filesOnDisk()).toEqual([path.basename(second.photo ?? '')]);
    expect((await fetch(`${th.url}${first.photo ?? ''}`)).status).toBe(404);
    const jpeg = await fetch(`${th.url}${second.photo ?? ''}`);
    expect(jpeg.headers.get('content-type')).toContain('image/jpeg');

    // The audit names the files, never their bytes.
    const lines = ok(await send(admin, 'audit.list', { command: 'staff.setPhoto' })) as AuditLine[];
    expect(lines.map((l) => [l.subject, l.before, l.after])).toEqual([
      [`staff:${staffId}`, { photo: first.photo }, { photo: second.photo }],
      [`staff:${staffId}`, { photo: null }, { photo: first.photo }],
    ]);

    // Removal with null.
    const removed = ok(await send(admin, 'staff.setPhoto', { id: staffId, content: null }));
    expect(removed.photo).toBeNull();
    expect(filesOnDisk()).toEqual([]);
    expect((await fetch(`${th.url}${second.photo ?? ''}`)).status).toBe(404);
  });

  it('refuses a PDF, a renamed text file and a photo over 1 MB with the field and reason, and stores nothing', async () => {
    // Exactly 1 MB is still taken.
    const atLimit = Buffer.concat([PNG_BYTES, Buffer.alloc(STAFF_PHOTO_MAX_BYTES - PNG_BYTES.length)]);
    expect((await setPhoto(staffId, dataUrl('image/png', atLimit))).status).toBe(200);
    const kept = filesOnDisk();
    expect(kept).toHaveLength(1);
    const before = fingerprint(th.hall.db);

    const pdf = await setPhoto(staffId, dataUrl('application/pdf', PDF_BYTES));
    expect(pdf.status).toBe(415);
    expect(expectRefusal(pdf.body, 'PHOTO_TYPE_REFUSED').fields).toEqual(['content']);
    // A text file renamed to .png (its browser type says image/png): judged by its bytes.
    const text = await setPhoto(staffId, dataUrl('image/png', Buffer.from('these are not the bytes of a picture\n')));
    expect(text.status).toBe(415);
    expect(expectRefusal(text.body, 'PHOTO_TYPE_REFUSED').fields).toEqual(['content']);
    const svg = await send(admin, 'staff.setPhoto', { id: staffId, content: dataUrl('image/png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')) });
    expect(expectRefusal(svg, 'PHOTO_TYPE_REFUSED').fields).toEqual(['content']);

    const tooLarge = await setPhoto(staffId, dataUrl('image/png', Buffer.concat([PNG_BYTES, Buffer.alloc(STAFF_PHOTO_MAX_BYTES)])));
    expect(tooLarge.status).toBe(413);
    expect(expectRefusal(tooLarge.body, 'PHOTO_TOO_LARGE').fields).toEqual(['content']);
    const oneByteOver = Buffer.concat([PNG_BYTES, Buffer.alloc(STAFF_PHOTO_MAX_BYTES + 1 - PNG_BYTES.length)]);
    expect(expectRefusal((await setPhoto(staffId, dataUrl('image/png', oneByteOver))).body, 'PHOTO_TOO_LARGE').fields).toEqual(['content']);
    // Far beyond the limit the body itself is refused before it is read.
    const huge = await setPhoto(staffId, dataUrl('image/png', Buffer.alloc(3 * 1024 * 1024)));
    expect(huge.status).toBe(413);
    expectRefusal(huge.body, 'PAYLOAD_TOO_LARGE');

    expect(expectRefusal((await setPhoto(99999, dataUrl('image/png', PNG_BYTES))).body, 'NOT_FOUND').fields).toEqual(['id']);
    const staffToken = await login(th.url, th.seed.staffUsername);
    const forbidden = await http(th.url, 'PUT', `/api/admin/staff/${staffId}/photo`, { token: staffToken, body: { content: dataUrl('image/png', PNG_BYTES) } });
    expect(forbidden.status).toBe(403);

    expect(filesOnDisk()).toEqual(kept);
    const after = fingerprint(th.hall.db);
    expect({ ...after, sessions: before.sessions }).toEqual(before);
  });

  it('the counter view carries the photo only while its owner is logged in at an open counter, and follows a change at once', async () => {
    const events = new EventLog(display);
    const photo = ok(await send(admin, 'staff.setPhoto', { id: staffId, content: dataUrl('image/png', PNG_BYTES) })).photo;
    expect(await counterOne()).toMatchObject({ status: 'closed', staffName: null, staffPhoto: null });

    const staff = await connect(th.url, { token: await login(th.url, th.seed.staffUsername) });
    ok(await send(staff, 'counter.open', { counterId: 1 }));
    const opened = await events.waitFor((e) => (e.counters ?? []).some((c) => c.id === 1 && c.staffPhoto === photo));
    expect(opened.counters?.find((c) => c.id === 1)?.staffName).not.toBeNull();
    expect(await counterOne()).toMatchObject({ status: 'open', staffPhoto: photo });
    // Other counters stay without a photo.
    const snap = ok(await send(display, 'hall.snapshot', {})) as HallSnapshot;
    expect(snap.counters.filter((c) => c.id !== 1).map((c) => c.staffPhoto).every((p) => p === null)).toBe(true);

    // A new photo shows on the open counter at once; a removed one leaves it.
    const next = ok(await send(admin, 'staff.setPhoto', { id: staffId, content: dataUrl('image/jpeg', JPEG_BYTES) })).photo;
    await events.waitFor((e) => (e.counters ?? []).some((c) => c.id === 1 && c.staffPhoto === next));
    ok(await send(admin, 'staff.setPhoto', { id: staffId, content: null }));
    await events.waitFor((e) => (e.counters ?? []).some((c) => c.id === 1 && c.staffPhoto === null));
    expect(await counterOne()).toMatchObject({ status: 'open', staffPhoto: null });

    const again = ok(await send(admin, 'staff.setPhoto', { id: staffId, content: dataUrl('image/png', PNG_BYTES) })).photo;
    expect(await counterOne()).toMatchObject({ staffPhoto: again });
    ok(await send(staff, 'counter.close', { counterId: 1 }));
    await events.waitFor((e) => (e.counters ?? []).some((c) => c.id === 1 && c.status === 'closed'));
    expect(await counterOne()).toMatchObject({ status: 'closed', staffName: null, staffPhoto: null });
    staff.close();
  });

  it('a photo file no account names is removed at the next start; the named one stays', async () => {
    const kept = ok(await send(admin, 'staff.setPhoto', { id: staffId, content: dataUrl('image/png', PNG_BYTES) })).photo ?? '';
    const stray = '0123456789abcdef01234567.png';
    fs.writeFileSync(path.join(photoDir(), stray), PNG_BYTES);
    admin.close();
    display.close();
    await th.hall.close();
    const displayKey = th.displayKey;
    th = await startTestHall({ dataDir: th.dataDir, seed: false });
    adminToken = await login(th.url, 'admin', ADMIN_PASSWORD);
    admin = await connect(th.url, { token: adminToken });
    display = await connect(th.url, { deviceKey: displayKey });
    expect(filesOnDisk()).toEqual([path.basename(kept)]);
    expect((await fetch(`${th.url}${kept}`)).status).toBe(200);
  });
});
