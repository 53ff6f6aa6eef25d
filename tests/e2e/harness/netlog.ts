import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/**
 * "Everything stays on the device", checked on Chromium's own record of its network traffic: every e2e browser
 * writes a NetLog (`--log-net-log`), read when it has closed.
 *
 * What a NetLog shows (Chromium 156, default capture mode): each network request is a URL_REQUEST source whose
 * URL_REQUEST_START_JOB begin event carries `url`, `method`, `initiator` (the requesting origin, or "not an origin"
 * for the browser's own requests and for navigations it starts), `network_isolation_key` and `request_type`
 * ("main frame", "sub frame" or "other"). A redirect starts another job on the same source.
 * - The extension's service worker and its pages request with initiator `chrome-extension://<id>`, and that origin
 *   is also their isolation key (fetch, XMLHttpRequest, sendBeacon, WebSocket alike).
 * - A content script's requests carry the page's origin: the log cannot tell them from the page's own, so only a
 *   request to a host that is no fixture gives them away (tests/meta/no-network.test.ts reads the source instead).
 * - Chromium's own services call home even with background networking disabled (clients2.google.com/time,
 *   accounts.google.com/ListAccounts, update.googleapis.com): initiator "not an origin", type "other". They are
 *   listed apart and do not fail the check; the extension cannot make a request that looks like them.
 */

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);
const NOT_AN_ORIGIN = 'not an origin';

export interface NetLogEvent {
  type: number;
  phase: number;
  source: { id: number; type: number };
  params?: Record<string, unknown>;
}

export interface NetLog {
  constants: { logEventTypes: Record<string, number>; logEventPhase: Record<string, number> };
  events: NetLogEvent[];
  /** The file ended early (Chromium killed before it finished the log): the last events may be missing. */
  truncated: boolean;
}

/** One network request job, as the NetLog recorded its start. */
export interface LoggedRequest {
  url: string;
  method: string;
  initiator: string;
  isolationKey: string;
  requestType: string;
}

export interface NetworkFindings {
  /** Requests by the extension itself: its service worker, its pages, or frames inside them. Never allowed. */
  byExtension: LoggedRequest[];
  /** Requests from pages (content scripts included) or navigations to hosts that are not fixture hosts. */
  toForeignHosts: LoggedRequest[];
  /** Chromium's own background requests: not the extension's, so not counted against it. */
  byChromium: LoggedRequest[];
  /** How many network requests the log holds in all (proof the log was read and not empty). */
  total: number;
  truncated: boolean;
}

/**
 * Parses a NetLog file. A complete one is one JSON document; one cut short still has the constants on its first
 * line and one event per later line, so it is read line by line and the broken last line dropped.
 */
export function parseNetLog(text: string): NetLog {
  try {
    const log = JSON.parse(text) as Omit<NetLog, 'truncated'>;
    return { constants: log.constants, events: log.events ?? [], truncated: false };
  } catch {
    return parseCutShort(text);
  }
}

function parseCutShort(text: string): NetLog {
  const lines = text.split('\n');
  const eventsAt = lines.findIndex((line) => line.trim().startsWith('"events"'));
  if (eventsAt < 0) throw new Error('not a NetLog: no "events" list');
  const head = lines.slice(0, eventsAt).join('\n').trim().replace(/,$/, '');
  let constants: NetLog['constants'];
  try {
    constants = (JSON.parse(`${head}}`) as Pick<NetLog, 'constants'>).constants;
  } catch {
    throw new Error('not a NetLog: its constants cannot be read');
  }
  const events: NetLogEvent[] = [];
  for (const line of lines.slice(eventsAt + 1)) {
    const body = line.trim().replace(/,$/, '').replace(/]$/, '');
    if (body.startsWith('"polledData"')) break;
    if (!body.startsWith('{')) continue;
    try {
      events.push(JSON.parse(body) as NetLogEvent);
    } catch {
      // The line Chromium was writing when it died.
    }
  }
  return { constants, events, truncated: true };
}

/** Every network request job the log recorded (http, https, ws, wss), in order. */
export function loggedRequests(log: NetLog): LoggedRequest[] {
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const begin = log.constants.logEventPhase.PHASE_BEGIN;
  if (startJob === undefined || begin === undefined) throw new Error('the NetLog has no URL_REQUEST_START_JOB');
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return log.events
    .filter((event) => event.type === startJob && event.phase === begin)
    .map((event) => ({
      url: text(event.params?.url),
      method: text(event.params?.method),
      initiator: text(event.params?.initiator),
      isolationKey: text(event.params?.network_isolation_key),
      requestType: text(event.params?.request_type),
    }))
    .filter((request) => NETWORK_SCHEMES.has(schemeOf(request.url)));
}

function schemeOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

/** Sorts requests by who made them: the extension, pages and navigations, or Chromium itself. */
export function classifyRequests(
  requests: readonly LoggedRequest[],
  { extensionId, allowedHosts }: { extensionId: string; allowedHosts: readonly string[] },
): Omit<NetworkFindings, 'truncated'> {
  const extensionOrigin = extensionId ? `chrome-extension://${extensionId}` : null;
  const findings: Omit<NetworkFindings, 'truncated'> = {
    byExtension: [],
    toForeignHosts: [],
    byChromium: [],
    total: requests.length,
  };
  for (const request of requests) {
    const fromExtension =
      extensionOrigin !== null &&
      (request.initiator === extensionOrigin || request.isolationKey.split(' ').includes(extensionOrigin));
    if (fromExtension) findings.byExtension.push(request);
    else if (allowedHosts.includes(new URL(request.url).hostname)) continue;
    else if ((request.initiator === NOT_AN_ORIGIN || request.initiator === '') && request.requestType === 'other')
      findings.byChromium.push(request);
    else findings.toForeignHosts.push(request);
  }
  return findings;
}

/** A fresh NetLog path for one browser, under .e2e-artifacts/netlog (kept there only when the check fails). */
export async function newNetLogFile(): Promise<string> {
  const dir = resolve('.e2e-artifacts/netlog');
  await mkdir(dir, { recursive: true });
  return join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.netlog`);
}

/** Reads a closed browser's NetLog; the file is removed when it shows nothing forbidden. */
export async function readNetLog(
  file: string,
  options: { extensionId: string; allowedHosts: readonly string[] },
): Promise<NetworkFindings & { file: string }> {
  const log = parseNetLog(await readFile(file, 'utf8'));
  const findings = { ...classifyRequests(loggedRequests(log), options), truncated: log.truncated, file };
  if (findings.byExtension.length === 0 && findings.toForeignHosts.length === 0) await rm(file, { force: true });
  return findings;
}

export class ForbiddenNetworkRequests extends Error {
  constructor(readonly findings: NetworkFindings & { file: string }) {
    const line = (request: LoggedRequest) =>
      `  ${request.method} ${request.url} (initiator ${request.initiator || 'none'}, ${request.requestType})`;
    super(
      [
        'The extension must make no network requests, yet the NetLog recorded:',
        ...(findings.byExtension.length > 0 ? ['by the extension:', ...findings.byExtension.map(line)] : []),
        ...(findings.toForeignHosts.length > 0
          ? ['to hosts that are no fixture:', ...findings.toForeignHosts.map(line)]
          : []),
        `(NetLog kept at ${relative(process.cwd(), findings.file)})`,
      ].join('\n'),
    );
    this.name = 'ForbiddenNetworkRequests';
  }
}

/** Throws when the extension made a request of its own, or anything went to a host that is no fixture. */
export function assertNoForbiddenRequests(findings: NetworkFindings & { file: string }): void {
  if (findings.byExtension.length > 0 || findings.toForeignHosts.length > 0) {
    throw new ForbiddenNetworkRequests(findings);
  }
}
