// @ts-check
// A loopback HTTP server that answers like the GitHub REST API (of a GitHub Enterprise Server: the API under
// /api/v3, web pages at the root), for the VS Code end-to-end test. It serves the route manifest and recorded
// bodies of tests/fixtures/github (routes.json; see its README), with the e2e scenario's routes of
// tests/fixtures/github/e2e/routes.json taking precedence. Plain node:http on 127.0.0.1, an ephemeral port.
//
// Bodies name api.github.com and github.com; they are rewritten to this server's API and web addresses, so every
// URL in an answer leads back here. ETags answer If-None-Match with 304 (as GitHub does, and as a cache relies on).
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';

/** The API's path on a GitHub Enterprise Server. */
export const ApiPath = '/api/v3';

/**
 * @typedef {{ method: string, path: string, query?: Record<string, string>, status: number,
 *             headers?: Record<string, string>, body: string }} Route
 * @typedef {{ method: string, path: string, query: Record<string, string>, authorized: boolean }} SeenRequest
 */

/**
 * Starts the server.
 * @param {string} fixtures the tests/fixtures/github folder
 * @returns {Promise<{ apiUrl: string, webUrl: string, requests: SeenRequest[], close: () => Promise<void> }>}
 */
export async function startGitHubLoopback(fixtures) {
  const shared = readRoutes(path.join(fixtures, 'routes.json'));
  const scenario = readRoutes(path.join(fixtures, 'e2e', 'routes.json'));
  /** @type {SeenRequest[]} */
  const requests = [];
  let webUrl = '';

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', webUrl);
    const query = Object.fromEntries(url.searchParams);
    requests.push({ method: request.method ?? 'GET', path: url.pathname, query, authorized: request.headers.authorization !== undefined });
    request.resume();
    request.on('end', () => {
      if (!url.pathname.startsWith(`${ApiPath}/`)) {
        return send(response, 404, { 'Content-Type': 'text/plain' }, `Not a page of this loopback server: ${url.pathname}\n`);
      }
      const apiPath = url.pathname.slice(ApiPath.length);
      const route = bestRoute(scenario, request.method ?? 'GET', apiPath, query) ?? bestRoute(shared, request.method ?? 'GET', apiPath, query);
      const apiUrl = `${webUrl}${ApiPath}`;
      if (route === undefined) {
        return send(response, 404, jsonHeaders(), rewrite(fs.readFileSync(path.join(fixtures, 'bodies', 'errors', 'not-found.json'), 'utf8'), apiUrl, webUrl));
      }
      const headers = { ...jsonHeaders(), ...Object.fromEntries(Object.entries(route.headers ?? {}).map(([name, value]) => [name, value.replaceAll('{base}', apiUrl)])) };
      if (headers.ETag !== undefined && request.headers['if-none-match'] === headers.ETag) {
        return send(response, 304, { ETag: headers.ETag }, '');
      }
      send(response, route.status, headers, rewrite(fs.readFileSync(path.join(fixtures, 'bodies', route.body), 'utf8'), apiUrl, webUrl));
    });
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('the GitHub loopback server has no TCP address');
  }
  webUrl = `http://127.0.0.1:${address.port}`;
  return {
    apiUrl: `${webUrl}${ApiPath}`,
    webUrl,
    requests,
    close: () => new Promise(resolve => {
      server.closeAllConnections();
      server.close(() => resolve(undefined));
    }),
  };
}

/** @returns {Route[]} every route of a manifest, recorded and authored alike */
function readRoutes(file) {
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  return [...(manifest.recorded ?? []), ...(manifest.authored ?? [])];
}

/**
 * The route for a request: same method and path, every query parameter it requires present with its value; of
 * several, the one requiring the most parameters (the manifest's rule).
 * @param {Route[]} routes
 * @param {string} method
 * @param {string} apiPath
 * @param {Record<string, string>} query
 */
function bestRoute(routes, method, apiPath, query) {
  return routes
    .filter(route => route.method === method && route.path === apiPath
      && Object.entries(route.query ?? {}).every(([name, value]) => query[name] === value))
    .sort((a, b) => Object.keys(b.query ?? {}).length - Object.keys(a.query ?? {}).length)[0];
}

/** Headers GitHub sends with every JSON answer; the rate limit is the unauthenticated one. */
function jsonHeaders() {
  return {
    'Content-Type': 'application/json; charset=utf-8',
    'X-GitHub-Media-Type': 'github.v3; format=json',
    'X-RateLimit-Limit': '60',
    'X-RateLimit-Remaining': '59',
    'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + 3600),
  };
}

/** Recorded URLs lead to this server: the API's and the web pages'. */
function rewrite(body, apiUrl, webUrl) {
  return body.replaceAll('https://api.github.com', apiUrl).replaceAll('https://github.com', webUrl);
}

/** @param {http.ServerResponse} response */
function send(response, status, headers, body) {
  response.writeHead(status, headers);
  response.end(body);
}
