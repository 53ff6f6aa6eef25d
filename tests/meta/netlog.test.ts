import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FEED_HOSTS } from '../e2e/harness/launch';
import {
  assertNoForbiddenRequests,
  classifyRequests,
  ForbiddenNetworkRequests,
  loggedRequests,
  parseNetLog,
} from '../e2e/harness/netlog';

// The check every e2e browser runs on close, on a real NetLog (tests/fixtures/netlog/README.md says how it was made).
const SAMPLE = readFileSync(join(process.cwd(), 'tests/fixtures/netlog/chromium-156.netlog'), 'utf8');
const EXTENSION_ID = 'cjhcjbafacaboahommmdhfeighegkenn';
const options = { extensionId: EXTENSION_ID, allowedHosts: FEED_HOSTS };
const urls = (requests: readonly { url: string }[]) => requests.map((request) => request.url);

describe('NetLog check', () => {
  test('every request job is read, redirects included', () => {
    const log = parseNetLog(SAMPLE);
    expect(log.truncated).toBe(false);
    const requests = loggedRequests(log);
    expect(requests).toHaveLength(17);
    expect(requests.find((request) => request.url === 'https://www.tiktok.com/from-worker?x=1')).toEqual({
      url: 'https://www.tiktok.com/from-worker?x=1',
      method: 'GET',
      initiator: `chrome-extension://${EXTENSION_ID}`,
      isolationKey: `chrome-extension://${EXTENSION_ID} chrome-extension://${EXTENSION_ID}`,
      requestType: 'other',
    });
  });

  test("the extension's own requests, pages going to foreign hosts and Chromium's own are told apart", () => {
    const findings = classifyRequests(loggedRequests(parseNetLog(SAMPLE)), options);
    expect(urls(findings.byExtension)).toEqual([
      'https://www.tiktok.com/from-worker?x=1',
      'wss://www.tiktok.com/socket',
      'ws://www.instagram.com/socket',
      'wss://www.instagram.com/socket',
      'https://www.tiktok.com/from-popup',
      'https://www.tiktok.com/beacon-from-popup',
    ]);
    // A page (or a content script, which requests as the page) going elsewhere; a tab the extension opened.
    expect(urls(findings.toForeignHosts)).toEqual([
      'https://collector.example/from-page',
      'https://example.net/opened-by-extension',
    ]);
    expect(new Set(findings.byChromium.map((request) => new URL(request.url).hostname))).toEqual(
      new Set(['clients2.google.com', 'accounts.google.com', 'update.googleapis.com']),
    );
  });

  test('without an extension id only the hosts are checked', () => {
    const findings = classifyRequests(loggedRequests(parseNetLog(SAMPLE)), { ...options, extensionId: '' });
    expect(findings.byExtension).toEqual([]);
    expect(urls(findings.toForeignHosts)).toEqual([
      'https://collector.example/from-page',
      'https://example.net/opened-by-extension',
    ]);
  });

  test('a log cut short (Chromium killed) is still read, up to its last whole line', () => {
    const cut = SAMPLE.slice(0, SAMPLE.indexOf('wss://www.tiktok.com/socket') + 10);
    expect(() => JSON.parse(cut)).toThrow();
    const log = parseNetLog(cut);
    expect(log.truncated).toBe(true);
    const findings = classifyRequests(loggedRequests(log), options);
    expect(urls(findings.byExtension)).toEqual(['https://www.tiktok.com/from-worker?x=1']);
    expect(urls(findings.toForeignHosts)).toEqual([
      'https://collector.example/from-page',
      'https://example.net/opened-by-extension',
    ]);
  });

  test('a log with no events yet, or no log at all, is told apart', () => {
    const headOnly = SAMPLE.slice(0, SAMPLE.indexOf('"events": [') + '"events": [\n'.length);
    expect(loggedRequests(parseNetLog(headOnly))).toEqual([]);
    expect(() => parseNetLog('')).toThrow(/not a NetLog/);
    expect(() => parseNetLog('{"constants":{"logEve')).toThrow(/not a NetLog/);
  });

  test('only network schemes count', () => {
    const log = parseNetLog(SAMPLE);
    const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB as number;
    const begin = log.constants.logEventPhase.PHASE_BEGIN as number;
    const event = (url: string) => ({
      type: startJob,
      phase: begin,
      source: { id: 1, type: 1 },
      params: {
        url,
        initiator: `chrome-extension://${EXTENSION_ID}`,
        network_isolation_key: '',
        request_type: 'other',
      },
    });
    const requests = loggedRequests({
      ...log,
      events: [event('data:text/plain,hi'), event(`chrome-extension://${EXTENSION_ID}/popup.html`), event('not a url')],
    });
    expect(requests).toEqual([]);
  });

  test('the error names every forbidden request and where the log was kept', () => {
    const findings = {
      ...classifyRequests(loggedRequests(parseNetLog(SAMPLE)), options),
      truncated: false,
      file: join(process.cwd(), '.e2e-artifacts/netlog/sample.netlog'),
    };
    expect(() => assertNoForbiddenRequests(findings)).toThrow(ForbiddenNetworkRequests);
    const message = (() => {
      try {
        assertNoForbiddenRequests(findings);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain(
      `by the extension:\n  GET https://www.tiktok.com/from-worker?x=1 (initiator chrome-extension://${EXTENSION_ID}, other)`,
    );
    expect(message).toContain('to hosts that are no fixture:\n  GET https://collector.example/from-page');
    expect(message).toContain('NetLog kept at .e2e-artifacts/netlog/sample.netlog');
    expect(message).not.toContain('clients2.google.com');
    expect(() => assertNoForbiddenRequests({ ...findings, byExtension: [], toForeignHosts: [] })).not.toThrow();
  });
});
