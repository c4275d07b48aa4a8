// The add-in sends no data anywhere: the built bundles hold no network API, and every page's
// Content-Security-Policy lets scripts and connections reach only the add-in itself and office.js.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const dist = join(__dirname, "..", "dist");

describe("built add-in (dist/, made by `npm test`'s build step)", () => {
  beforeAll(() => {
    if (!existsSync(join(dist, "taskpane.html"))) throw new Error("dist/ is missing: run `npm run build` (npm test does) first");
  });

  test("no network API in any bundle: fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource", () => {
    const bundles = readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    for (const f of bundles) {
      const code = readFileSync(join(dist, f), "utf8");
      expect({ f, hits: code.match(/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/g) }).toEqual({ f, hits: null });
    }
  });

  test("every page's CSP allows only 'self' and the office.js host", () => {
    const pages = readdirSync(dist).filter((f) => f.endsWith(".html"));
    expect(pages).toContain("taskpane.html");
    for (const page of pages) {
      const html = readFileSync(join(dist, page), "utf8");
      const csp = /Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
      expect(csp).toBeDefined();
      const hosts = csp!.match(/https?:\/\/[^\s;]+/g) ?? [];
      expect(new Set(hosts)).toEqual(new Set(["https://appsforoffice.microsoft.com"]));
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/connect-src 'self'(?: https:\/\/appsforoffice\.microsoft\.com)?;/);
      // Only office.js comes from outside; every other script is ours.
      const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]);
      expect(scripts.filter((s) => /^https?:/.test(s))).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    }
  });
});
