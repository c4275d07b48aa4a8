// An independent, deliberately plain implementation of SPEC §4–§5 for a clean CSV with ISO dates:
// used by tests to check the engine without calling it.

export interface TalliedClient {
  name: string;
  monthly: number[];
  total: number;
  average: number;
  abc: string;
  xyz: string;
}

/** RFC 4180 fields of one line (quotes, doubled quotes; no line breaks inside fields). */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function tallyCsv(text: string, client: string, date: string, amount: string, months: string[]): TalliedClient[] {
  const lines = text.split(/\r?\n/).filter((l) => l !== "");
  const header = fields(lines[0]);
  const [ci, di, ai] = [client, date, amount].map((h) => header.indexOf(h));
  const byName = new Map<string, number[]>();
  for (const line of lines.slice(1)) {
    const f = fields(line);
    const k = months.indexOf(f[di].slice(0, 7));
    if (k < 0) continue;
    const row = byName.get(f[ci]) ?? months.map(() => 0);
    row[k] += Number(f[ai]);
    byName.set(f[ci], row);
  }
  const clients = [...byName].map(([name, monthly]) => {
    const total = monthly.reduce((s, x) => s + x, 0);
    return { name, monthly, total, average: total / months.length, abc: "C", xyz: "Z" };
  });
  clients.sort((a, b) => b.average - a.average || a.name.localeCompare(b.name, "en"));
  const T = clients.filter((c) => c.average > 0).reduce((s, c) => s + c.average, 0);
  for (const c of clients) {
    if (c.average <= 0) continue;
    const before = clients.filter((o) => o.average > c.average).reduce((s, o) => s + o.average, 0);
    c.abc = before < 0.8 * T ? "A" : before < 0.95 * T ? "B" : "C";
    const sd = Math.sqrt(c.monthly.reduce((s, x) => s + (x - c.average) ** 2, 0) / months.length);
    const cv = sd / c.average;
    c.xyz = cv <= 0.1 ? "X" : cv <= 0.25 ? "Y" : "Z";
  }
  return clients;
}
