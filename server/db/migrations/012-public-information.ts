import type { Migration } from './migration';

export const m012PublicInformation: Migration = {
  version: 12,
  name: 'guide standard fields, uploaded sample files, notices, 政务公开 boards',
  sql: `
-- Guides gain the national standard's remaining fields (实施主体, 事项编码, 事项类型, 到现场次数, 办理结果 and
-- its sample) and the 告知单 notes; each sample says whether it is an image or a PDF. Stored guides get
-- empty values an admin fills in (json_insert leaves a field that is already there alone).
UPDATE service_guides SET guide = json_insert(guide,
  '$.authority', '', '$.itemCode', '', '$.itemType', 'public-service', '$.visits', 1, '$.result', '',
  '$.resultSample', json('null'), '$.noticeNotes', json('[]'));
UPDATE service_guides SET guide = json_set(guide, '$.samples', json((
  SELECT json_group_array(json_insert(value, '$.format', 'image')) FROM json_each(service_guides.guide, '$.samples'))));

-- Sample forms uploaded by admins (业务办理样本, 办理结果样本): the bytes are a file under DATA_DIR named by
-- the id; the type was read from the file's own first bytes. A file without a row is a leftover of an
-- upload that did not commit, removed at the next start.
CREATE TABLE sample_files (
  id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL REFERENCES services(id),
  media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'application/pdf')),
  bytes INTEGER NOT NULL CHECK (bytes > 0),
  created_at INTEGER NOT NULL
);
CREATE INDEX sample_files_service ON sample_files (service_id);

-- Notices (公告) on the displays and kiosks, shown from starts_at until just before ends_at (epoch ms).
CREATE TABLE announcements (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL,
  text_mn TEXT NOT NULL DEFAULT '',
  starts_at INTEGER NOT NULL,
  ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX announcements_ends ON announcements (ends_at);

-- The 政务公开 boards, one row each once an admin (or the demo) wrote it; a board without a row is empty.
CREATE TABLE boards (
  id TEXT PRIMARY KEY CHECK (id IN ('procedure', 'commitment', 'discipline', 'complaints', 'results')),
  title TEXT NOT NULL,
  title_mn TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  body_mn TEXT NOT NULL DEFAULT '',
  sample_content INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER
);
`,
};
