// Builds the add-in into dist/: one page (taskpane.html) that the shared runtime loads, holding the
// custom functions, the ribbon command and the task pane; functions.json (+ functions.ru.json);
// the manifest and the icons. See docs/addin.md.
"use strict";

const fs = require("fs");
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { localizeFunctionMetadata } = require("./scripts/functions-locale");
const { allowErrorCells } = require("./scripts/functions-error-cells");

const DEV_URL = "https://localhost:3000/";
const DEV_URL_PATTERN = /https:\/\/localhost:3000\//g;
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const FUNCTIONS_METADATA = "functions.json";
/** Localised metadata files named in the manifest, and the translations they are built from. */
const FUNCTIONS_LOCALES = [{ output: "functions.ru.json", translations: "src/functions/functions.ru.json" }];

/** Where the production build is served from: ADDIN_URL, or the dev URL when it is not set. */
function addinBaseUrl(raw = process.env.ADDIN_URL) {
  if (!raw) return DEV_URL;
  const url = new URL(raw); // throws on a malformed value, failing the build with the reason
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be an https:// URL (Office requires it), got ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Points every dev URL of the manifest at baseUrl (all of them: the pattern is global). */
function rewriteManifest(xml, baseUrl) {
  return xml.replace(DEV_URL_PATTERN, () => baseUrl);
}

/**
 * Only our own origin and office.js's CDN. Styles need 'unsafe-inline': Fluent UI (Griffel) and
 * office.js itself insert <style> elements. The dev server's live-reload socket is allowed in dev only.
 */
function contentSecurityPolicy(dev) {
  const connect = ["'self'", OFFICE_CDN, ...(dev ? ["wss://localhost:3000"] : [])];
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_CDN}`,
    `connect-src ${connect.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Completes the generated functions.json (allowErrorForDataTypeAny, which no JSDoc tag can set) and
 * emits each localised functions.<locale>.json next to it, built from the completed file.
 */
class FunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset(FUNCTIONS_METADATA);
          if (!generated) return; // the metadata plugin has already reported why
          const base = allowErrorCells(JSON.parse(generated.source.source().toString()));
          compilation.updateAsset(FUNCTIONS_METADATA, new sources.RawSource(JSON.stringify(base, null, 2)));
          for (const locale of FUNCTIONS_LOCALES) this.emit(compilation, base, locale);
        },
      );
    });
  }

  emit(compilation, base, { output, translations }) {
    const file = path.resolve(__dirname, translations);
    compilation.fileDependencies.add(file); // rebuild in watch mode when it appears or changes
    let overlay = null;
    if (fs.existsSync(file)) {
      try {
        overlay = JSON.parse(fs.readFileSync(file, "utf8"));
      } catch (e) {
        compilation.errors.push(new WebpackError(`${translations}: ${e.message}`));
        return;
      }
    } else {
      compilation.warnings.push(new WebpackError(`${translations} not found: ${output} repeats the English metadata`));
    }
    const { metadata, errors, warnings } = localizeFunctionMetadata(base, overlay);
    for (const e of errors) compilation.errors.push(new WebpackError(`${translations}: ${e}`));
    for (const w of warnings) compilation.warnings.push(new WebpackError(`${translations}: ${w}`));
    compilation.emitAsset(output, new sources.RawSource(JSON.stringify(metadata, null, 2)));
  }
}

/** office-addin-dev-certs is loaded only when serving: a production build needs no certificates. */
async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const baseUrl = dev ? DEV_URL : addinBaseUrl();
  return {
    devtool: "source-map", // never eval-based: the page's CSP forbids eval
    target: ["web", "es2020"],
    // Order matters on the page: the functions register first, the heavy pane bundle parses last.
    entry: {
      functions: FUNCTIONS_SOURCE,
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/taskpane.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            configFile: path.resolve(__dirname, "tsconfig.json"),
            onlyCompileBundledFiles: true, // type errors in tests or the CLI do not break the add-in build
            compilerOptions: { module: "es2020", sourceMap: true }, // ES modules so unused code is dropped
          },
        },
      ],
    },
    // One runtime and shared chunks: the three entries live on one page, so modules such as
    // src/core are loaded once and are the same instances for the functions, command and pane.
    optimization: { runtimeChunk: "single", splitChunks: { chunks: "all" } },
    performance: { hints: "warning", maxAssetSize: 2_000_000, maxEntrypointSize: 3_000_000 },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: FUNCTIONS_METADATA, input: FUNCTIONS_SOURCE }),
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { csp: contentSecurityPolicy(dev) },
        hash: true, // ?<build hash> on every script: Office's web view caches hard
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" }, // Excel fetches functions.json cross-origin
          server: { type: "https", options: await devServerHttpsOptions() },
        }
      : undefined,
  };
};

// For test/build.test.ts.
Object.assign(module.exports, { DEV_URL, addinBaseUrl, rewriteManifest, contentSecurityPolicy });
