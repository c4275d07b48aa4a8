// Lint: TypeScript's recommended rules, and no unsanitized DOM sinks (innerHTML & co.) anywhere.
const tseslint = require("typescript-eslint");
const noUnsanitized = require("eslint-plugin-no-unsanitized");

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
);
