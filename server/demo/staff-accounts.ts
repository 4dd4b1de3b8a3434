/**
 * The demo hall's staff: one window worker per centre and a supervisor (值班主任), each with a staff
 * number, so that several counters can be worked at once (one person, one counter) and the console
 * has accounts to show. Their passwords are printed at start like the device URLs.
 */
import type { Db } from '../db/open';
import type { Role } from '../../protocol/views';
import { insertUser } from '../db/queries/users';
import { hashPassword } from '../auth/password';
import { newSecret } from '../auth/tokens';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
}

const DEMO_STAFF: { username: string; displayName: string; staffNumber: string; role: Role; centreId: string | null }[] = [
  { username: 'staff', displayName: '王晓兰', staffNumber: 'QS-001', role: 'staff', centreId: 'admin-approval' },
  { username: 'social', displayName: '李娜', staffNumber: 'QS-002', role: 'staff', centreId: 'social-services' },
  { username: 'hr', displayName: '张伟', staffNumber: 'QS-003', role: 'staff', centreId: 'human-resources' },
  { username: 'family', displayName: '刘芳', staffNumber: 'QS-004', role: 'staff', centreId: 'family-planning' },
  { username: 'legal', displayName: '陈静', staffNumber: 'QS-005', role: 'staff', centreId: 'legal-aid' },
  { username: 'culture', displayName: '杨帆', staffNumber: 'QS-006', role: 'staff', centreId: 'culture-sports' },
  { username: 'supervisor', displayName: '赵敏', staffNumber: 'QS-100', role: 'supervisor', centreId: null },
];

/** Creates the accounts; `fixedPassword` (tests) gives every one the same password, else each gets its own. */
export function seedDemoStaff(db: Db, now: number, fixedPassword?: string): DemoAccount[] {
  return DEMO_STAFF.map((s) => {
    const password = fixedPassword ?? newSecret(9);
    insertUser(db, { username: s.username, displayName: s.displayName, role: s.role, passwordHash: hashPassword(password),
      staffNumber: s.staffNumber, centreId: s.centreId }, now);
    return { username: s.username, password, role: s.role };
  });
}
