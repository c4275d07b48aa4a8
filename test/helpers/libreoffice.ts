// Recalculation of written workbooks by LibreOffice, for tests of the formulas a report carries.

import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Opens each file in LibreOffice (its profile and output kept under `dir`) with "recalculate on load: always" and saves it as .xlsx. */
export function recalculateWithLibreOffice(dir: string, files: string[]): string {
  const profile = join(dir, "lo-profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const out = join(dir, "recalculated");
  execFileSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${profile}`, "--convert-to", "xlsx", "--outdir", out, ...files],
    { timeout: 180_000, stdio: "ignore" },
  );
  return out;
}
