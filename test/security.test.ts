// The add-in sends no data anywhere: the built bundles hold no network API, and every page's
// Content-Security-Policy lets scripts and connections reach only the add-in itself and office.js.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const dist = join(__dirname, "..", "dist");
const helpSource = join(__dirname, "..", "assets", "help.html");

/** A page's CSP from its <meta>, as directive → sources. */
function cspOf(html: string): Map<string, string[]> | null {
  const content = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1];
  if (content === undefined) return null;
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** The help page (the manifest's SupportUrl and Learn more link): static text, so it may run and fetch nothing. */
function expectStaticPage(html: string): void {
  const csp = cspOf(html);
  expect(csp).not.toBeNull();
  expect(csp!.get("default-src")).toEqual(["'none'"]);
  // Everything not named falls back to 'none': scripts, connections, frames, objects, fonts, forms.
  expect([...csp!.keys()].sort()).toEqual(["default-src", "img-src", "style-src"]);
  expect(csp!.get("img-src")).toEqual(["'self'"]);
  expect(csp!.get("style-src")).toEqual(["'unsafe-inline'"]);
  expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.search(/<body/i));
  expect(html).not.toMatch(/<script|<iframe|<object|<embed|<form|<base|\son[a-z]+\s*=|javascript:/i);
  // Files of its own folder; links out only as https or mail.
  const sources = [...html.matchAll(/\s(?:src|href)=["']?([^"' >]+)/gi)].map((m) => m[1]);
  expect(sources.filter((s) => !/^(?:https:\/\/|mailto:|[\w.-]+$)/i.test(s))).toEqual([]);
}

describe("assets/help.html", () => {
  test("its CSP lets it run no script and load nothing but its own images and inline styles", () => {
    expectStaticPage(readFileSync(helpSource, "utf8"));
  });

  test("the check bites: a script or an outside host in the policy fails it", () => {
    const help = readFileSync(helpSource, "utf8");
    expect(() => expectStaticPage(help.replace("img-src 'self'", "img-src 'self'; script-src 'self'"))).toThrow();
    expect(() => expectStaticPage(help.replace("img-src 'self'", "img-src 'self' https://cdn.example.com"))).toThrow();
    expect(() => expectStaticPage(help.replace("default-src 'none'", "default-src *"))).toThrow();
    expect(() => expectStaticPage(help.replace("</body>", "<script>alert(1)</script></body>"))).toThrow();
  });
});

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

  test("the help page keeps its strict CSP through the build (which may minify it)", () => {
    const built = readFileSync(join(dist, "assets", "help.html"), "utf8");
    expectStaticPage(built);
    expect(cspOf(built)).toEqual(cspOf(readFileSync(helpSource, "utf8")));
  });

  test("every page in dist, at any depth, has a CSP", () => {
    const pages = readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith(".html"));
    expect(pages.sort()).toEqual(["assets/help.html", "taskpane.html"]);
    for (const page of pages) expect([page, cspOf(readFileSync(join(dist, page), "utf8")) !== null]).toEqual([page, true]);
  });
});
