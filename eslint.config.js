// Lint: TypeScript's recommended rules, and no unsanitized DOM sinks (innerHTML & co.) anywhere;
// Microsoft's Office.js rules (eslint-plugin-office-addins) on the code that talks to Office.
const tseslint = require("typescript-eslint");
const noUnsanitized = require("eslint-plugin-no-unsanitized");
const officeAddins = require("eslint-plugin-office-addins");

/** Where Office.js is called. */
const OFFICE_CODE = ["src/excel", "src/commands", "src/taskpane", "src/functions"].map((dir) => `${dir}/**/*.{ts,tsx}`);

/**
 * The plugin's rules, wired by hand: its shipped `recommended` config imports the parser in a way
 * that breaks, and brings prettier and an old parser with it. Every rule is an error, so a finding
 * fails `npm run lint` and test/lint.test.ts.
 */
const officeAddinsRules = Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]));

module.exports = tseslint.config(
  { ignores: ["dist/", "lib/", "out/", "node_modules/", "coverage/", "bench/data/", "test/.tmp/"] },
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-properties": ["error",
        { property: "innerHTML", message: "Use textContent or React; never innerHTML." },
        { property: "outerHTML", message: "Use textContent or React; never outerHTML." }],
    },
  },
  {
    files: OFFICE_CODE,
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: officeAddinsRules,
  },
);

module.exports.OFFICE_CODE = OFFICE_CODE;
