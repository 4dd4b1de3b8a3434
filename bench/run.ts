/**
 * `npm run bench`: the hall side by side with its own baselines, on this machine, in one run, through
 * real sockets on 127.0.0.1 and real SQLite files:
 * - a bare socket.io server that only broadcasts a small call event (bench/baseline/bare-server.ts),
 * - raw better-sqlite3 doing the same durable writes as issuing a ticket (bench/baseline/raw-sqlite.ts),
 * - the hall on an empty database and on one with BENCH_HISTORY (default 3 million) past tickets, printing
 *   its slips as ESC/POS over TCP to a fake network printer on 127.0.0.1 (testkit/fake-printer.ts).
 * Servers run in child processes so their CPU and memory are theirs alone; the same client code drives
 * all of them, each fan-out from a fresh client process (bench/fan-out-process.ts), in BENCH_ROUNDS
 * (default 3) rounds. Prints one table of figures (the medians of the rounds) and ratios against the
 * goals of issue 8, each round's ratios below it, and writes every round to test-output/bench.json. BENCH_CPU_PROF=1
 * writes CPU profiles of the servers to test-output/profiles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleSizes } from '../testkit/bundle-size';
import { createBenchHall, type BenchHallFile } from './history';
import { startServer, type ServerHandle } from './server-handle';
import { PACED_CALLS, checkTicketBudget, type FanOutResult } from './fan-out';
import { fanOutInChild } from './fan-out-child';
import { combineRounds, issueHall, type IssueResult } from './issue';
import { issueRaw, type RawIssueResult } from './baseline/raw-sqlite';
import { REPORT_GOALS, historyQueries, type HistoryQueryResult } from './history-queries';
import { renderTable, type Row } from './table';
import { percentile } from './stats';
import { FakePrinter } from '../testkit/fake-printer';

const HISTORY = Number(process.env.BENCH_HISTORY ?? 3_000_000);
const DISPLAYS = [500, 2500] as const;
/**
 * Every fan-out is measured this many times, the servers taking turns within each round, and the table
 * shows each figure's median: one 20-second window of a shared machine swings a ratio by a tenth or more
 * (a collection, a compile, another process), in either direction.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Fan-outs of each hall in one run: the rounds at each display count, and the whole turn. */
const HALL_FAN_OUTS = ROUNDS * DISPLAYS.length + 1;
const ISSUED = 2400;
const ISSUE_ROUNDS = 6;
const KIOSKS = 4;

/** A server's fan-outs: for each display count, one result per round. */
type Rounds = FanOutResult[][];

interface HallRun {
  fanOut: Rounds;
  /** A resident's whole turn at the first display count (fanOutHall's 'turn'). */
  turn: FanOutResult;
  issue: IssueResult;
  raw: RawIssueResult;
  queries: HistoryQueryResult;
}

/**
 * All servers run at once and take turns per display count, round after round, so a busy moment of
 * the machine falls on all of them alike rather than on whichever ran then; and each round starts with
 * another of them (inTurn), so none always runs right after the same one.
 */
async function runAll(halls: BenchHallFile[], rawFile: BenchHallFile, printer: FakePrinter): Promise<{ bare: Rounds; runs: HallRun[] }> {
  const queries = halls.map((hall) => historyQueries(hall.dataDir));
  const bareServer = await startServer('bare');
  const hallServers: ServerHandle[] = [];
  try {
    for (const hall of halls) hallServers.push(await startServer('hall', hall.dataDir, printer.url));
    const bare: Rounds = DISPLAYS.map(() => []);
    const fanOuts: Rounds[] = halls.map(() => DISPLAYS.map(() => []));
    const turns: FanOutResult[] = [];
    /** Each server's fan-outs so far: the next one's `k`. */
    let bareK = 0;
    const hallK = halls.map(() => 0);
    const nextK = (i: number): number => {
      const k = hallK[i] ?? 0;
      hallK[i] = k + 1;
      return k;
    };
    /** One fan-out of each server at display count `d`: the bare server's, then each hall's. */
    const fanOutJobs: ((d: number, n: number) => Promise<void>)[] = [
      async (d, n) => {
        bare[d]?.push(await fanOutInChild(bareServer, { target: 'bare', displays: n, k: bareK }));
        bareK += 1;
      },
      ...halls.map((hall, i) => async (d: number, n: number) => {
        const server = hallServers[i] ?? fail(`no hall server ${i}`);
        fanOuts[i]?.[d]?.push(await fanOutInChild(server, { target: 'hall', displays: n, hall, per: 'call', k: nextK(i) }));
      }),
    ];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [d, n] of DISPLAYS.entries()) {
        for (const job of inTurn(fanOutJobs, round)) await job(d, n);
      }
    }
    // The whole turn, as context, at the first display count.
    for (const [i, hall] of halls.entries()) {
      const server = hallServers[i];
      const slipsBefore = printer.jobs().length;
      if (server) turns.push(await fanOutInChild(server, { target: 'hall', displays: DISPLAYS[0], hall, per: 'turn', k: nextK(i) }));
      // A turn whose slip never reached the printer would have been measured without its slip.
      const slips = await slipsSince(printer, slipsBefore, PACED_CALLS);
      if (slips < PACED_CALLS) fail(`the whole turns printed ${slips} slips of ${PACED_CALLS}`);
    }
    // Issuing in rounds that alternate raw SQLite (on a hall file of its own) and each hall, so the
    // shared disk's busy moments fall on all of them alike, each round starting with another of them.
    const rawRounds: RawIssueResult[] = [];
    const hallRounds: IssueResult[][] = halls.map(() => []);
    const perRound = ISSUED / ISSUE_ROUNDS;
    const issueJobs: ((round: number) => Promise<void>)[] = [
      (round) => {
        rawRounds.push(issueRaw(rawFile.dataDir, perRound, 1 + round * perRound));
        return Promise.resolve();
      },
      ...halls.map((hall, i) => async () => {
        hallRounds[i]?.push(await issueHall(hallServers[i] ?? fail(`no hall server ${i}`), hall, perRound, KIOSKS));
      }),
    ];
    for (let round = 0; round < ISSUE_ROUNDS; round += 1) {
      for (const job of inTurn(issueJobs, round)) await job(round);
    }
    const raw = combineRounds(rawRounds);
    const runs = halls.map((_hall, i): HallRun => {
      const issue = combineRounds((hallRounds[i] ?? []).map((r) => ({ ...r, msPerTicket: r.cpuPerTicketMs })));
      return {
        fanOut: fanOuts[i] ?? [],
        turn: turns[i] ?? fail(`no whole-turn result ${i}`),
        issue: { tickets: issue.tickets, ticketsPerSecond: issue.ticketsPerSecond, cpuPerTicketMs: issue.msPerTicket },
        raw, queries: queries[i] ?? { allLoadsMs: 0, queueHeadsMs: 0, reportMonthByStaffMs: 0, reportYearByCentreMs: 0 },
      };
    });
    return { bare, runs };
  } finally {
    for (const server of hallServers) await server.stop();
    await bareServer.stop();
  }
}

/** The list as round `round` takes it: starting at its `round`-th item, wrapping around. */
function inTurn<T>(list: readonly T[], round: number): T[] {
  const start = round % list.length;
  return [...list.slice(start), ...list.slice(0, start)];
}

/** Slips the printer has received since it had `before`, once it has `count` more or 10 s have passed. */
async function slipsSince(printer: FakePrinter, before: number, count: number): Promise<number> {
  const deadline = Date.now() + 10_000;
  while (printer.jobs().length - before < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return printer.jobs().length - before;
}

function fail(message: string): never {
  throw new Error(message);
}

/** The median over a server's rounds at display count `d` of one figure. */
function median(rounds: Rounds, d: number, pick: (r: FanOutResult) => number): number {
  const values = (rounds[d] ?? fail(`no fan-out at display count ${d}`)).map(pick).sort((a, b) => a - b);
  if (values.length === 0) fail(`no round at display count ${d}`);
  return percentile(values, 50);
}

const p99 = (r: FanOutResult): number => r.lastDisplayP99Ms;
const cpu = (r: FanOutResult): number => r.cpuPerDeliveryUs;

function rows(bare: Rounds, runs: HallRun[]): Row[] {
  const out: Row[] = [];
  const figure = (metric: string, pick: (r: FanOutResult) => number, goal: number | null): void => {
    DISPLAYS.forEach((n, d) => {
      out.push({ metric: metric.replace('N', String(n)), base: median(bare, d, pick), halls: runs.map((r) => median(r.fanOut, d, pick)), goal });
    });
  };
  figure('last display p99, N displays (ms)', p99, 1.2);
  figure('server CPU per delivered call, N displays (µs)', cpu, 1.3);
  figure('bytes to each display per call, N displays', (r) => r.bytesPerCallPerDisplay, null);
  // A resident's whole turn against one bare broadcast: context, not a goal (issuing has its own row).
  out.push({ metric: `whole turn (issue, slip, call): last display p99, ${DISPLAYS[0]} displays (ms)`,
    base: median(bare, 0, p99), halls: runs.map((r) => r.turn.lastDisplayP99Ms), goal: null });
  out.push({ metric: `whole turn: server CPU per delivery, ${DISPLAYS[0]} displays (µs)`,
    base: median(bare, 0, cpu), halls: runs.map((r) => r.turn.cpuPerDeliveryUs), goal: null });
  const last = DISPLAYS.length - 1;
  const rss = (r: FanOutResult): number => r.rssMb;
  out.push({ metric: `server RSS with ${DISPLAYS[last]} displays (MB)`, base: median(bare, last, rss),
    halls: runs.map((r) => median(r.fanOut, last, rss)), goal: 1.5 });
  out.push({ metric: 'issuing, tickets/s (base: raw SQLite, FULL)', base: runs[0]?.raw.ticketsPerSecond ?? 0,
    halls: runs.map((r) => r.issue.ticketsPerSecond), goal: 0.5, higherIsBetter: true });
  out.push({ metric: 'issuing, ms per ticket (server CPU; base: raw wall time)', base: runs[0]?.raw.msPerTicket ?? 0,
    halls: runs.map((r) => r.issue.cpuPerTicketMs), goal: null });
  out.push({ metric: 'all service loads, direct read (ms, p50)', base: null,
    halls: runs.map((r) => r.queries.allLoadsMs), goal: null });
  out.push({ metric: 'call-next queue heads, direct read (ms, p50)', base: null,
    halls: runs.map((r) => r.queries.queueHeadsMs), goal: null });
  // The reports' goals are absolute: the baseline column holds the goal itself.
  out.push({ metric: 'report, a month by staff member (ms, p50; base: goal)', base: REPORT_GOALS.monthByStaffMs,
    halls: runs.map((r) => r.queries.reportMonthByStaffMs), goal: 1 });
  out.push({ metric: 'report, a year by centre (ms, p50; base: goal)', base: REPORT_GOALS.yearByCentreMs,
    halls: runs.map((r) => r.queries.reportYearByCentreMs), goal: 1 });
  return out;
}

/**
 * Each round's ratios of the goal figures, hall against the bare fan-out of the same round: how far one
 * window swings, next to the medians of the table.
 */
function roundRatios(labels: string[], bare: Rounds, runs: HallRun[]): string[] {
  const lines = ['per round (hall ÷ bare of the same round):'];
  for (const [name, pick] of [['last display p99', p99], ['CPU per delivered call', cpu]] as const) {
    DISPLAYS.forEach((n, d) => {
      const bases = bare[d] ?? [];
      const cells = runs.map((run, i) => `${labels[i] ?? ''} ${(run.fanOut[d] ?? []).map((r, j) => {
        const base = bases[j];
        return base ? (pick(r) / pick(base)).toFixed(2) : '—';
      }).join(' ')}`);
      lines.push(`  ${name}, ${n} displays: ${cells.join(' · ')}`);
    });
  }
  return lines;
}

async function main(): Promise<void> {
  checkTicketBudget(HALL_FAN_OUTS);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-bench-'));
  // The halls' lobby printer: ESC/POS over TCP to a printer on 127.0.0.1, as a hall's network printer.
  const printer = await FakePrinter.start();
  try {
    const t0 = performance.now();
    const halls = [createBenchHall(tmp, 0), createBenchHall(tmp, HISTORY)];
    const generatedS = Math.round((performance.now() - t0) / 1000);
    const { bare, runs } = await runAll(halls, createBenchHall(tmp, 0), printer);
    const labels = halls.map((h) => (h.historyTickets === 0 ? 'hall, empty' : `hall, ${h.historyTickets.toLocaleString('en')} past`));
    console.log(renderTable(labels, rows(bare, runs)));
    console.log(`(each fan-out figure: the median of ${ROUNDS} rounds)`);
    console.log(roundRatios(labels, bare, runs).join('\n'));
    console.log(`(history file generated in ${generatedS} s; ${os.cpus().length} CPUs, load ${os.loadavg()[0]?.toFixed(1)})`);
    const results = { bare, halls: halls.map((h, i) => ({ historyTickets: h.historyTickets, ...runs[i] })), bundles: bundleSizes() };
    fs.mkdirSync('test-output', { recursive: true });
    fs.writeFileSync('test-output/bench.json', `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await printer.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error(err);
  process.exit(1);
});
