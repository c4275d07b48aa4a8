// The Office requirement sets the add-in's code uses, read from the typings: every member that
// @types/office-js or @types/custom-functions-runtime declares carries an `[Api set: Name x.y]` tag.
// The code is walked with TypeScript's checker, so only members really called count (and the
// properties named in load("a, items/b") strings, which the checker cannot see).

import path from "path";
import ts from "typescript";

const ROOT = path.join(__dirname, "..");
const TYPINGS = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;
// Excel's members: "[Api set: ExcelApi 1.9]"; common ones: "**Requirement set**: {@link … | SharedRuntime 1.1}".
const API_SET = /\[Api set: (\w+) (\d+)\.(\d+)\]|\*\*Requirement set\*\*: \{@link [^|}]*\| (\w+) (\d+)\.(\d+)\}/;

/** One use of a member: where, which member, which set and version. */
export interface ApiUse {
  where: string;
  member: string;
  set: string;
  version: [number, number];
}

/** The set a declaration's own JSDoc names, or null (members without a tag, or not Office's). */
function apiSetOf(declaration: ts.Declaration): { set: string; version: [number, number] } | null {
  if (!TYPINGS.test(declaration.getSourceFile().fileName)) return null;
  const docs = ts.getJSDocCommentsAndTags(declaration).map((d) => d.getText());
  for (const doc of docs.reverse()) {
    const m = API_SET.exec(doc);
    if (m) return m[1] ? { set: m[1], version: [Number(m[2]), Number(m[3])] } : { set: m[4], version: [Number(m[5]), Number(m[6])] };
  }
  return null;
}

function compareVersions(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** Every Office member used by the .ts/.tsx files under `dirs` (relative to the repository). */
export function officeApiUses(dirs: string[]): ApiUse[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error("tsconfig.json could not be read");
  const roots = dirs.map((d) => path.join(ROOT, d) + path.sep);
  const files = config.fileNames.filter((f) => roots.some((r) => path.resolve(f).startsWith(r)));
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];

  const record = (node: ts.Node, symbol: ts.Symbol | undefined) => {
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    for (const declaration of target?.declarations ?? []) {
      const found = apiSetOf(declaration);
      if (!found) continue;
      const { line } = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart());
      uses.push({ where: `${path.relative(ROOT, node.getSourceFile().fileName)}:${line + 1}`, member: checker.getFullyQualifiedName(target!), ...found });
      return;
    }
  };

  /** Properties named in a load("a, items/b/c") string, looked up from the receiver's type. */
  const recordLoadPaths = (call: ts.CallExpression, receiver: ts.Expression, text: string) => {
    for (const propertyPath of text.split(",").map((p) => p.trim()).filter(Boolean)) {
      let type: ts.Type | undefined = checker.getTypeAtLocation(receiver);
      for (const name of propertyPath.split("/")) {
        const property = type && checker.getPropertyOfType(type, name);
        if (!property) break;
        record(call, property);
        type = checker.getTypeOfSymbol(property);
        if (type && checker.isArrayType(type)) type = checker.getTypeArguments(type as ts.TypeReference)[0];
      }
    }
  };

  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) record(node, checker.getSymbolAtLocation(node.name));
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "load") {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) recordLoadPaths(node, node.expression.expression, first.text);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) {
    if (roots.some((r) => path.resolve(file.fileName).startsWith(r))) visit(file);
  }
  return uses;
}

/** Per set, the highest version used and the uses that need it. */
export function highestSets(uses: ApiUse[]): Map<string, { version: string; needs: string[] }> {
  const highest = new Map<string, { version: [number, number]; needs: string[] }>();
  for (const use of uses) {
    const current = highest.get(use.set);
    const order = current ? compareVersions(use.version, current.version) : 1;
    if (order > 0) highest.set(use.set, { version: use.version, needs: [`${use.member} (${use.where})`] });
    else if (order === 0) current!.needs.push(`${use.member} (${use.where})`);
  }
  return new Map([...highest].map(([set, h]) => [set, { version: h.version.join("."), needs: h.needs }]));
}
