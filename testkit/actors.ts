/**
 * Callers of the demo hall for tests that drive the command bus directly (no socket, no HTTP): its
 * first kiosk and its first admin, as the server would resolve them.
 */
import type { Actor } from '../server/auth/actor';
import type { TestHall } from './hall';

export function demoKiosk(th: TestHall): Actor {
  const device = th.seed.devices.find((d) => d.kind === 'kiosk');
  if (!device) throw new Error('the demo hall has a kiosk');
  return { kind: 'device', deviceId: device.id, deviceKind: 'kiosk', printerId: null, counterId: null, centreIds: [] };
}

export function demoAdmin(th: TestHall): Actor {
  const row = th.hall.db.prepare("SELECT id FROM users WHERE role = 'admin' ORDER BY id LIMIT 1").get() as { id: number };
  return { kind: 'user', userId: row.id, role: 'admin', displayName: '管理员', mustChangePassword: false };
}
