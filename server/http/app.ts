/**
 * The express application: JSON API, health check and the built front ends. Bodies are small and
 * strictly JSON; a malformed or oversized body gets a code, never a stack trace.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Clock } from '../commands/context';
import type { CommandBus } from '../commands/bus';
import type { LoginService } from '../auth/sessions';
import type { CallerLookup } from '../auth/callers';
import { actorMiddleware } from './actor-middleware';
import { COMMAND_ROUTES, commandRouter } from './routes/commands';
import type { CommandName } from '../../protocol/commands';
import { authRouter } from './routes/auth';
import { ratingsExportRouter } from './routes/ratings-export';
import { staticUiRouter } from './routes/static-ui';
import { sendError, sendResult } from './respond';
import { securityHeaders } from './security-headers';
import { jsonOnly, originGuard } from './request-guards';
import type { OriginPolicy } from './origin-policy';
import type { CommandLimits } from '../auth/command-limits';
import { storageErrorCode, storageFault } from '../storage/fault';
import type { StorageCheck } from '../storage/health';

export const MAX_JSON_BODY = '16kb';
/**
 * Commands whose HTTP bodies may be larger than MAX_JSON_BODY, and how large (bytes): a whole
 * configuration file (guides with their sample files, as data URLs), a sample form (a 5 MB
 * file in base64, protocol/guide-schema.ts) and a staff photo (1 MB, protocol/staff-photo.ts). Every other route reads MAX_JSON_BODY at most.
 */
export const LARGE_BODIES: Partial<Record<CommandName, number>> = {
  'config.import': 64 * 1024 * 1024,
  'sample.upload': 9 * 1024 * 1024,
  'staff.setPhoto': 2 * 1024 * 1024,
  // A translation file of every text as JSON-escaped CSV (protocol/schemas.ts MN_CSV_MAX characters).
  'mnText.import': 16 * 1024 * 1024,
};

export interface HttpDeps {
  clock: Clock;
  bus: CommandBus;
  callers: CallerLookup;
  logins: LoginService;
  uiDir: string;
  samplesDir: string;
  /** Sample forms admins uploaded (under DATA_DIR), served at /sample-files/. */
  sampleFilesDir: string;
  /** Staff photos (under DATA_DIR), served at /staff-photos/. */
  staffPhotosDir: string;
  startedAt: number;
  /** A real write probe: /healthz reports a hall that cannot save (full disk, read-only, damaged). */
  checkStorage: StorageCheck;
  extraRouters?: express.Router[];
  /** The hall's own web origins: pages of other sites may not call the API. */
  origins: OriginPolicy;
  /** How fast one socket or address may send commands. */
  limits: CommandLimits;
}

export function createHttpApp(deps: HttpDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.use(securityHeaders());
  app.get('/healthz', (_req, res) => {
    const fault = deps.checkStorage();
    if (fault) return sendError(res, storageErrorCode(fault));
    sendResult(res, { ok: true, data: { status: 'ok', storage: 'writable', uptimeSeconds: Math.round((deps.clock.now() - deps.startedAt) / 1000) } });
  });

  app.use('/api', originGuard(deps.origins), jsonOnly);
  for (const route of COMMAND_ROUTES) {
    const limit = LARGE_BODIES[route.command];
    if (limit !== undefined) app[route.method](route.path, express.json({ limit, strict: true, type: 'application/json' }));
  }
  app.use('/api', express.json({ limit: MAX_JSON_BODY, strict: true, type: 'application/json' }));
  app.use('/api', actorMiddleware(deps.callers, deps.clock));
  app.use(authRouter(deps.logins, deps.clock));
  app.use(commandRouter(deps.bus, deps.limits));
  app.use(ratingsExportRouter(deps.bus, deps.limits));
  for (const router of deps.extraRouters ?? []) app.use(router);
  app.use('/api', (_req, res) => sendError(res, 'NOT_FOUND'));
  app.use(staticUiRouter(deps.uiDir, deps.samplesDir, deps.sampleFilesDir, deps.staffPhotosDir));

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const { type, status } = (err ?? {}) as { type?: string; status?: number };
    if (type === 'entity.too.large') return sendError(res, 'PAYLOAD_TOO_LARGE');
    // A sample file that is not (or no longer) there.
    if (status === 404) return sendError(res, 'NOT_FOUND');
    if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
      return sendError(res, 'BAD_REQUEST');
    }
    // Any other failure to read the body that the body parser blames on the client (a broken gzip
    // stream, a length that does not match) is bad input too, not a server fault worth a stack trace.
    if (typeof status === 'number' && status >= 400 && status < 500) return sendError(res, 'BAD_REQUEST');
    console.error(err);
    const fault = storageFault(err);
    sendError(res, fault ? storageErrorCode(fault) : 'INTERNAL');
  });
  return app;
}
