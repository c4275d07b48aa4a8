// Localised custom-function metadata (functions.ru.json) for the build.
//
// functions.json is generated from the JSDoc of src/functions/functions.ts, so argument types and
// dimensions can only come from there. A translation file (src/functions/functions.ru.json) only
// needs ids with the translated texts; it is laid over the generated metadata by id, and parameters
// by position:
//   { "functions": [ { "id": "ABC", "name": "ABC", "description": "…",
//                      "parameters": [ { "name": "значения", "description": "…" } ] } ] }
// A complete metadata file works as well (its types are ignored). Texts never drift from the code:
// an id or parameter the code does not have is an error; a function without a translation keeps its
// English texts and is reported as a warning.
"use strict";

const TEXT_FIELDS = ["name", "description", "helpUrl"];
const PARAMETER_TEXT_FIELDS = ["name", "description"];
// Excel's rule for a function's display name: starts with a letter, at least three characters,
// then letters, digits, underscores and periods.
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;

/**
 * @param {{functions: object[]}} base generated metadata (functions.json)
 * @param {{functions?: object[]} | null} overlay translations, or null when there are none
 * @returns {{metadata: object, errors: string[], warnings: string[]}}
 */
function localizeFunctionMetadata(base, overlay) {
  const errors = [];
  const warnings = [];
  const translations = new Map();
  for (const entry of (overlay && overlay.functions) || []) {
    if (!entry || typeof entry.id !== "string") {
      errors.push(`an entry without an "id": ${JSON.stringify(entry)}`);
    } else if (translations.has(entry.id)) {
      errors.push(`${entry.id} is translated twice`);
    } else {
      translations.set(entry.id, entry);
    }
  }

  const functions = base.functions.map((fn) => {
    const translation = translations.get(fn.id);
    translations.delete(fn.id);
    if (!translation) {
      if (overlay) warnings.push(`${fn.id} has no translation; its English texts are used`);
      return fn;
    }
    if (translation.name !== undefined && !FUNCTION_NAME.test(translation.name)) {
      errors.push(`${fn.id}: "${translation.name}" is not a valid function name (a letter, then 2+ letters, digits, _ or .)`);
    }
    const parameters = fn.parameters || [];
    const translatedParameters = translation.parameters || [];
    if (translatedParameters.length > parameters.length) {
      errors.push(`${fn.id}: ${translatedParameters.length} parameters translated, the function has ${parameters.length}`);
    }
    const localized = { ...fn, ...pick(translation, TEXT_FIELDS) };
    if (fn.parameters) {
      localized.parameters = parameters.map((p, i) => ({ ...p, ...pick(translatedParameters[i] || {}, PARAMETER_TEXT_FIELDS) }));
    }
    return localized;
  });
  for (const id of translations.keys()) errors.push(`${id} is translated but is not a custom function`);

  return { metadata: { ...base, functions }, errors, warnings };
}

function pick(object, fields) {
  const picked = {};
  for (const field of fields) if (typeof object[field] === "string") picked[field] = object[field];
  return picked;
}

module.exports = { localizeFunctionMetadata };
