// An in-memory Excel workbook behind the subset of the Office.js Excel API that KeyClient uses (the
// reader, the report writer, the settings), for jest tests and for the task pane in a headless
// browser. Plain JavaScript without imports: load it with <script> (it sets window.ExcelDouble) or
// require() it.
//
//   const double = ExcelDouble.createExcelDouble({ sheets: { Sales: [["Client", "Date"], ["A", 43099]] }, active: "Sales" });
//   globalThis.Excel = double.Excel;   // Excel.run(async (context) => …) now works on the double
//   double.log                          // every write Excel received: { op, sheet, address, …, sync }
//   double.sheet("Key clients 2017-12").values("A1:C3")
//
// Like Excel, it works in batches: calls queue up and are carried out by context.sync(), in order,
// and a property can be read only after load() and sync() (else "PropertyNotLoaded"). A failing
// call rejects the sync, and the calls queued after it are dropped. What it keeps faithful because
// KeyClient depends on it:
// - `values` vs `formulas`: a string starting with `=` (and, through `values`, `+`, `-` or `@`
//   followed by a non-number) becomes a formula, unless the cell's number format is `@` (text);
//   numeric strings written to a General cell become numbers; null in an input array leaves that
//   cell unchanged, "" clears it; input arrays must match the range's size.
// - formulas are evaluated when read for =AVERAGE(range) and =SUM(range) on the same sheet;
//   any other formula reads as #NAME?.
// - sheet names (≤ 31 characters, none of []:*?/\, unique regardless of case), table names
//   (unique in the workbook, not overlapping another table), workbook settings (JSON values).
// - Excel on the web's 5 MB limits: a batch whose written arrays, or whose loaded values, weigh
//   more than `payloadLimit` bytes (JSON, UTF-8) fails with Request/ResponsePayloadSizeLimitExceeded.
// Simplifications: text that looks like a date stays text; cell formats (font, fill, borders,
// alignment) are kept per cell, so they are refused on ranges over 2,000,000 cells except column
// widths and row heights; charts take the source range as data only (one series per column or row).

// Written as ES5-style constructors so it runs as is in any browser; closures keep `this` as `self`.
/* eslint-disable @typescript-eslint/no-this-alias */
(function (root) {
  "use strict";

  var MAX_ROWS = 1048576;
  var MAX_COLUMNS = 16384;
  var MAX_FORMAT_CELLS = 2000000;
  var DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11
  var DEFAULT_ROW_HEIGHT = 15;

  // ---------------------------------------------------------------- A1 addresses

  function columnLetters(index) {
    var letters = "";
    for (var n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return letters;
  }

  function columnIndex(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
    return n - 1;
  }

  function quoteSheet(name) {
    var bare = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) && !/^([A-Z]{1,3}\d+|R\d*C?\d*|C\d*)$/i.test(name);
    return bare ? name : "'" + name.replace(/'/g, "''") + "'";
  }

  /** "A1", "B2:D5", "A:C", "3:3", "$A$1", optionally "Sheet!…" or "'My sheet'!…" → { sheetName, box }. */
  function parseAddress(address) {
    var text = String(address).trim();
    var sheetName = null;
    var bang = text.lastIndexOf("!");
    if (bang >= 0) {
      sheetName = text.slice(0, bang);
      if (/^'.*'$/.test(sheetName)) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
      text = text.slice(bang + 1);
    }
    text = text.replace(/\$/g, "").toUpperCase();
    var parts = text.split(":");
    if (parts.length > 2) throw officeError("InvalidArgument", "The address " + address + " is not valid.");
    var first = parts[0];
    var last = parts.length === 2 ? parts[1] : parts[0];
    var m1 = /^([A-Z]{1,3})?(\d+)?$/.exec(first);
    var m2 = /^([A-Z]{1,3})?(\d+)?$/.exec(last);
    if (!m1 || !m2 || (!m1[1] && !m1[2]) || (!m2[1] && !m2[2])) throw officeError("InvalidArgument", "The address " + address + " is not valid.");
    var wholeRows = !m1[1] && !m2[1];
    var wholeColumns = !m1[2] && !m2[2];
    if ((!wholeRows && !wholeColumns) && (!m1[1] || !m1[2] || !m2[1] || !m2[2])) throw officeError("InvalidArgument", "The address " + address + " is not valid.");
    var r1 = wholeColumns ? 0 : Number(m1[2]) - 1;
    var r2 = wholeColumns ? MAX_ROWS - 1 : Number(m2[2]) - 1;
    var c1 = wholeRows ? 0 : columnIndex(m1[1]);
    var c2 = wholeRows ? MAX_COLUMNS - 1 : columnIndex(m2[1]);
    var box = {
      rowIndex: Math.min(r1, r2),
      columnIndex: Math.min(c1, c2),
      rowCount: Math.abs(r2 - r1) + 1,
      columnCount: Math.abs(c2 - c1) + 1,
    };
    if (box.rowIndex < 0 || box.columnIndex < 0 || box.rowIndex + box.rowCount > MAX_ROWS || box.columnIndex + box.columnCount > MAX_COLUMNS) {
      throw officeError("InvalidArgument", "The address " + address + " is outside the sheet.");
    }
    return { sheetName: sheetName, box: box };
  }

  function boxAddress(box) {
    var first = columnLetters(box.columnIndex) + (box.rowIndex + 1);
    var last = columnLetters(box.columnIndex + box.columnCount - 1) + (box.rowIndex + box.rowCount);
    return first === last ? first : first + ":" + last;
  }

  /** A reference to cells ({ sheet, box }) as Excel shows it now: it follows a renamed sheet. */
  function refAddress(ref) {
    return ref ? quoteSheet(ref.sheet.name) + "!" + boxAddress(ref.box) : null;
  }

  function intersects(a, b) {
    return a.rowIndex < b.rowIndex + b.rowCount && b.rowIndex < a.rowIndex + a.rowCount &&
      a.columnIndex < b.columnIndex + b.columnCount && b.columnIndex < a.columnIndex + a.columnCount;
  }

  function contains(outer, inner) {
    return inner.rowIndex >= outer.rowIndex && inner.columnIndex >= outer.columnIndex &&
      inner.rowIndex + inner.rowCount <= outer.rowIndex + outer.rowCount &&
      inner.columnIndex + inner.columnCount <= outer.columnIndex + outer.columnCount;
  }

  // ---------------------------------------------------------------- errors

  function officeError(code, message) {
    var error = new Error(message);
    error.name = "RichApi.Error";
    error.code = code;
    error.debugInfo = { code: code, message: message };
    return error;
  }

  function notLoaded(name) {
    return officeError(
      "PropertyNotLoaded",
      "The property '" + name + "' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
    );
  }

  function utf8Bytes(value) {
    var json = JSON.stringify(value);
    var bytes = json.length;
    for (var i = 0; i < json.length; i++) {
      var code = json.charCodeAt(i);
      if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
    }
    return bytes;
  }

  // ---------------------------------------------------------------- the workbook model

  function SheetModel(workbook, name, id) {
    this.workbook = workbook;
    this.name = name;
    this.id = id;
    this.deleted = false;
    this.rows = []; // rows[r][c] = { value, formula, numberFormat, format }
    this.tables = [];
    this.charts = [];
    this.conditionalFormats = []; // in priority order: [0] wins
    this.dataValidations = []; // { box, rule }; a later rule over the same cells replaces the earlier
    this.freeze = { rows: 0, columns: 0 };
    this.columnWidths = {};
    this.rowHeights = {};
    this.pageLayout = {};
    this.selection = [{ rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 }];
  }

  SheetModel.prototype.cell = function (r, c) {
    var row = this.rows[r];
    return row ? row[c] : undefined;
  };

  SheetModel.prototype.ensure = function (r, c) {
    var row = this.rows[r] || (this.rows[r] = []);
    return row[c] || (row[c] = { value: "", formula: null, numberFormat: "General", format: {} });
  };

  SheetModel.prototype.forEachCell = function (box, create, fn) {
    var cells = box.rowCount * box.columnCount;
    if (create && cells > MAX_FORMAT_CELLS) throw officeError("NotImplemented", "The Excel double keeps formats per cell: " + cells + " cells is too many.");
    for (var r = box.rowIndex; r < box.rowIndex + box.rowCount; r++) {
      if (!create && !this.rows[r]) continue;
      for (var c = box.columnIndex; c < box.columnIndex + box.columnCount; c++) {
        var cell = create ? this.ensure(r, c) : this.cell(r, c);
        if (cell) fn(cell, r - box.rowIndex, c - box.columnIndex, r, c);
      }
    }
  };

  /** Bounding box of cells with a value or formula (valuesOnly) or with anything set; null when none. */
  SheetModel.prototype.usedBox = function (valuesOnly) {
    var top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (var r = 0; r < this.rows.length; r++) {
      var row = this.rows[r];
      if (!row) continue;
      for (var c = 0; c < row.length; c++) {
        var cell = row[c];
        if (!cell) continue;
        var filled = cell.value !== "" || cell.formula !== null;
        if (!filled && (valuesOnly || (cell.numberFormat === "General" && Object.keys(cell.format).length === 0))) continue;
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    return bottom < 0 ? null : { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  };

  SheetModel.prototype.valueOf = function (cell) {
    if (!cell) return "";
    return cell.formula !== null ? evaluate(this, cell.formula) : cell.value;
  };

  function evaluate(sheet, formula) {
    var m = /^=(AVERAGE|SUM)\(\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?\)$/i.exec(formula);
    if (!m) return "#NAME?";
    var box = parseAddress(m[2] + m[3] + (m[4] ? ":" + m[4] + m[5] : "")).box;
    var sum = 0, count = 0;
    sheet.forEachCell(box, false, function (cell) {
      var v = sheet.valueOf(cell);
      if (typeof v === "number") {
        sum += v;
        count += 1;
      }
    });
    if (m[1].toUpperCase() === "SUM") return sum;
    return count === 0 ? "#DIV/0!" : sum / count;
  }

  /** A value or formula written into a cell, the way Excel takes typed input. */
  function writeCell(cell, input) {
    if (input === null || input === undefined) return;
    if (input === "") {
      cell.value = "";
      cell.formula = null;
      return;
    }
    if (typeof input === "number" || typeof input === "boolean") {
      cell.value = input;
      cell.formula = null;
      return;
    }
    var text = String(input);
    if (cell.numberFormat === "@") {
      cell.value = text;
      cell.formula = null;
    } else if (/^=./.test(text)) {
      cell.value = "";
      cell.formula = text;
    } else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim())) {
      cell.value = Number(text);
      cell.formula = null;
    } else if (/^[+\-@]./.test(text)) {
      cell.value = "";
      cell.formula = "=" + text;
    } else {
      cell.value = text;
      cell.formula = null;
    }
  }

  function validSheetName(name) {
    return typeof name === "string" && name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);
  }

  function validTableName(name) {
    return typeof name === "string" && name.length <= 255 && /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) &&
      !/^([A-Z]{1,3}\d+|R\d*C?\d*|C\d*)$/i.test(name);
  }

  function WorkbookModel(spec) {
    this.sheets = [];
    this.settings = {};
    this.nextId = 1;
    this.nextTable = 1;
    this.log = [];
    this.syncs = 0;
    this.payloadLimit = spec.payloadLimit === undefined ? 5000000 : spec.payloadLimit;
    this.failingSyncs = {};
    this.use1904DateSystem = spec.use1904DateSystem;
    this.selectionHandlers = [];
    this.activatedHandlers = [];
    var self = this;
    var sheets = spec.sheets || { Sheet1: [] };
    Object.keys(sheets).forEach(function (name) {
      var sheet = self.addSheet(name);
      (sheets[name] || []).forEach(function (row, r) {
        (row || []).forEach(function (value, c) {
          if (value === null || value === undefined || value === "") return;
          var cell = sheet.ensure(r, c);
          // As typed into Excel: "=…" is a formula, a leading apostrophe makes the rest text.
          if (typeof value === "string" && value.charAt(0) === "=") cell.formula = value;
          else if (typeof value === "string" && value.charAt(0) === "'") cell.value = value.slice(1);
          else cell.value = value;
        });
      });
    });
    if (this.sheets.length === 0) this.addSheet("Sheet1");
    this.active = spec.active ? this.sheetByName(spec.active) : this.sheets[0];
    if (!this.active) throw new Error("createExcelDouble: no sheet " + spec.active);
    (spec.tables || []).forEach(function (t) {
      var sheet = self.sheetByName(t.sheet || self.active.name);
      self.addTable(sheet, parseAddress(t.address).box, t.name, !!t.showTotals);
    });
    if (spec.selection) this.select(spec.selection);
    Object.keys(spec.settings || {}).forEach(function (key) {
      self.settings[key] = JSON.parse(JSON.stringify(spec.settings[key]));
    });
  }

  WorkbookModel.prototype.sheetByName = function (name) {
    var lower = String(name).toLowerCase();
    return this.sheets.find(function (s) { return s.name.toLowerCase() === lower; }) || null;
  };

  WorkbookModel.prototype.sheetByKey = function (key) {
    return this.sheets.find(function (s) { return s.id === key; }) || this.sheetByName(key);
  };

  WorkbookModel.prototype.addSheet = function (name) {
    if (name === undefined || name === null) {
      for (var n = this.sheets.length + 1; this.sheetByName("Sheet" + n); n++);
      name = "Sheet" + n;
    }
    if (!validSheetName(name)) throw officeError("InvalidArgument", "The sheet name \"" + name + "\" is not valid.");
    if (this.sheetByName(name)) throw officeError("ItemAlreadyExists", "A sheet named \"" + name + "\" already exists.");
    var sheet = new SheetModel(this, name, "{" + String(this.nextId++).padStart(8, "0") + "-DOUBLE}");
    this.sheets.push(sheet);
    return sheet;
  };

  WorkbookModel.prototype.allTables = function () {
    return this.sheets.reduce(function (all, s) { return all.concat(s.tables); }, []);
  };

  WorkbookModel.prototype.tableByName = function (name) {
    var lower = String(name).toLowerCase();
    return this.allTables().find(function (t) { return t.name.toLowerCase() === lower; }) || null;
  };

  WorkbookModel.prototype.checkTableName = function (name, table) {
    if (!validTableName(name)) throw officeError("InvalidArgument", "The table name \"" + name + "\" is not valid.");
    var holder = this.tableByName(name);
    if (holder && holder !== table) throw officeError("InvalidArgument", "A table named \"" + name + "\" already exists.");
  };

  WorkbookModel.prototype.addTable = function (sheet, box, name, showTotals) {
    sheet.tables.forEach(function (t) {
      if (intersects(t.box, box)) throw officeError("InvalidArgument", "A table can't overlap another table.");
    });
    if (name === undefined) {
      while (this.tableByName("Table" + this.nextTable)) this.nextTable++;
      name = "Table" + this.nextTable++;
    }
    this.checkTableName(name, null);
    var table = { name: name, sheet: sheet, box: box, showHeaders: true, showTotals: showTotals, style: "TableStyleMedium2", showBandedRows: true };
    sheet.tables.push(table);
    return table;
  };

  WorkbookModel.prototype.select = function (address, sheetName) {
    var sheet = sheetName ? this.sheetByName(sheetName) : this.active;
    var areas = (Array.isArray(address) ? address : String(address).split(",")).map(function (a) { return parseAddress(a).box; });
    sheet.selection = areas;
    if (sheet === this.active) this.selectionHandlers.forEach(function (h) { h({ type: "WorkbookSelectionChanged" }); });
  };

  WorkbookModel.prototype.record = function (entry) {
    entry.sync = this.syncs;
    this.log.push(entry);
  };

  // ---------------------------------------------------------------- proxies

  function parseLoad(spec) {
    if (spec === undefined || spec === null) return null; // everything scalar
    var list = Array.isArray(spec) ? spec : typeof spec === "string" ? spec.split(",") : String(spec.select || "").split(",");
    return list.map(function (s) { return String(s).trim(); }).filter(Boolean);
  }

  /** Loadable properties: readable after load + sync; writable ones queue a write. */
  function properties(Klass, names, setters) {
    names.forEach(function (name) {
      Object.defineProperty(Klass.prototype, name, {
        configurable: true,
        get: function () {
          if (!(name in this._loaded)) throw notLoaded(name);
          return this._loaded[name];
        },
        set: function (value) {
          var set = setters && setters[name];
          if (!set) throw new TypeError("Cannot set the read-only property " + name);
          var self = this;
          this._ctx._queue(function () { set.call(self, value); }, name === "values" || name === "formulas" || name === "numberFormat" ? utf8Bytes(value) : 0);
        },
      });
    });
  }

  function Base(ctx, resolve, nullable) {
    this._ctx = ctx;
    this._resolve = resolve;
    this._bound = null;
    this._loaded = {};
    if (nullable) {
      var self = this;
      ctx._queue(function () {
        var target = null;
        try {
          target = self._resolve();
        } catch {
          target = null;
        }
        self._loaded.isNullObject = !target;
        if (target) self._bound = target;
      });
    }
  }

  Base.prototype._target = function () {
    if (this._bound && !(this._bound.sheet && this._bound.sheet.deleted) && !this._bound.deleted) return this._bound;
    var target = this._resolve();
    if (!target) throw officeError("ItemNotFound", "The requested resource doesn't exist.");
    this._bound = target;
    return target;
  };

  Base.prototype.load = function (spec) {
    var props = parseLoad(spec);
    var self = this;
    this._ctx._queue(function () {
      if (self._loaded.isNullObject === true) return;
      var names = props || self._scalars;
      var bytes = 0;
      names.forEach(function (name) {
        var value = self._read(name.replace(/^items\//, ""));
        if (name === "values") bytes += utf8Bytes(value);
        self._loaded[name.replace(/^items\//, "")] = value;
      });
      self._ctx._responseBytes += bytes;
    });
    return this;
  };

  Base.prototype.toJSON = function () {
    return Object.assign({}, this._loaded);
  };

  Object.defineProperty(Base.prototype, "isNullObject", {
    get: function () {
      if (!("isNullObject" in this._loaded)) return false;
      return this._loaded.isNullObject;
    },
  });

  function inherit(Klass) {
    Klass.prototype = Object.create(Base.prototype);
    Klass.prototype.constructor = Klass;
  }

  function ClientResult(ctx, compute) {
    var state = { done: false, value: undefined };
    ctx._queue(function () {
      state.value = compute();
      state.done = true;
    });
    Object.defineProperty(this, "value", {
      get: function () {
        if (!state.done) throw notLoaded("value");
        return state.value;
      },
    });
  }

  /** A collection: load("items/a, items/b") fills `items` with proxies of the members as they are at the sync. */
  function Collection(ctx, list, makeItem) {
    Base.call(this, ctx, function () { return true; });
    this._list = list;
    this._makeItem = makeItem;
  }
  inherit(Collection);
  Collection.prototype.load = function (spec) {
    var props = parseLoad(spec) || [];
    var self = this;
    this._ctx._queue(function () {
      self._loaded.items = self._list().map(function (model) {
        var item = self._makeItem(model);
        item._bound = model;
        props.forEach(function (p) {
          var name = p.replace(/^items\//, "");
          item._loaded[name] = item._read(name);
        });
        return item;
      });
    });
    return this;
  };
  Object.defineProperty(Collection.prototype, "items", {
    get: function () {
      if (!("items" in this._loaded)) throw notLoaded("items");
      return this._loaded.items;
    },
  });
  Collection.prototype.getCount = function () {
    var self = this;
    return new ClientResult(this._ctx, function () { return self._list().length; });
  };

  // ----- Range

  function Range(ctx, sheetProxy, boxOf, nullable) {
    var self = this;
    Base.call(this, ctx, function () {
      var sheet = sheetProxy._target();
      var box = boxOf(sheet);
      return box ? { sheet: sheet, box: box } : null;
    }, nullable);
    this._sheetProxy = sheetProxy;
    this.format = new RangeFormat(ctx, this);
    this.conditionalFormats = new ConditionalFormatCollection(ctx, this);
    Object.defineProperty(this, "worksheet", { get: function () { return self._sheetProxy; } });
    this.dataValidation = new DataValidation(ctx, this);
  }
  inherit(Range);

  // ----- data validation (the rule of a range; only list rules are modelled)

  function DataValidation(ctx, range) {
    this._ctx = ctx;
    this._range = range;
  }
  function dropValidations(sheet, box) {
    sheet.dataValidations = sheet.dataValidations.filter(function (v) { return !intersects(v.box, box); });
  }
  DataValidation.prototype.clear = function () {
    var range = this._range;
    this._ctx._queue(function () {
      var t = range._target();
      dropValidations(t.sheet, t.box);
      t.sheet.workbook.record({ op: "dataValidation.clear", sheet: t.sheet.name, address: boxAddress(t.box) });
    });
  };
  Object.defineProperty(DataValidation.prototype, "rule", {
    set: function (rule) {
      var range = this._range;
      if (!rule || !rule.list || typeof rule.list.source !== "string") throw new Error("The Excel double models list rules only: { list: { inCellDropDown, source } }.");
      var copy = JSON.parse(JSON.stringify(rule));
      this._ctx._queue(function () {
        var t = range._target();
        dropValidations(t.sheet, t.box);
        t.sheet.dataValidations.push({ box: t.box, rule: copy });
        t.sheet.workbook.record({ op: "dataValidation.rule", sheet: t.sheet.name, address: boxAddress(t.box), rule: copy });
      });
    },
  });
  Range.prototype._scalars = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat"];
  Range.prototype._read = function (name) {
    var t = this._target();
    var sheet = t.sheet, box = t.box;
    switch (name) {
      case "address": return quoteSheet(sheet.name) + "!" + boxAddress(box);
      case "rowIndex": case "columnIndex": case "rowCount": case "columnCount": return box[name];
      case "values": case "formulas": case "numberFormat": case "text": {
        if (box.rowCount * box.columnCount > 20000000) throw officeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
        var out = [];
        for (var r = 0; r < box.rowCount; r++) {
          var row = new Array(box.columnCount);
          for (var c = 0; c < box.columnCount; c++) {
            var cell = sheet.cell(box.rowIndex + r, box.columnIndex + c);
            if (name === "numberFormat") row[c] = cell ? cell.numberFormat : "General";
            else if (name === "formulas" && cell && cell.formula !== null) row[c] = cell.formula;
            else {
              var v = sheet.valueOf(cell);
              row[c] = name === "text" ? String(v) : v;
            }
          }
          out.push(row);
        }
        return out;
      }
      default: throw new Error("The Excel double cannot load Range." + name);
    }
  };

  function writeArray(property, apply) {
    return function (input) {
      var t = this._target();
      var box = t.box;
      if (!Array.isArray(input) || input.length !== box.rowCount || input.some(function (row) { return !Array.isArray(row) || row.length !== box.columnCount; })) {
        throw officeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      }
      t.sheet.forEachCell(box, true, function (cell, r, c) { apply(cell, input[r][c]); });
      t.sheet.workbook.record(Object.assign({ op: property, sheet: t.sheet.name, address: boxAddress(box) }, { [property]: input }));
    };
  }

  properties(Range, ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat", "text"], {
    values: writeArray("values", writeCell),
    formulas: writeArray("formulas", writeCell),
    numberFormat: writeArray("numberFormat", function (cell, format) {
      if (format === null || format === undefined) return;
      cell.numberFormat = format === "" ? "General" : String(format);
    }),
  });

  Range.prototype.getCell = function (row, column) {
    var parent = this;
    return new Range(this._ctx, this._sheetProxy, function () {
      var box = parent._target().box;
      return { rowIndex: box.rowIndex + row, columnIndex: box.columnIndex + column, rowCount: 1, columnCount: 1 };
    });
  };

  Range.prototype.getTables = function (fullyContained) {
    var range = this;
    return new TableCollection(this._ctx, function () {
      var t = range._target();
      return t.sheet.tables.filter(function (table) { return fullyContained ? contains(t.box, table.box) : intersects(t.box, table.box); });
    }, null);
  };

  Range.prototype.select = function () {
    var self = this;
    this._ctx._queue(function () {
      var t = self._target();
      t.sheet.workbook.active = t.sheet;
      t.sheet.workbook.select([boxAddress(t.box)], t.sheet.name);
    });
  };

  // ----- formats

  function formatValue(format, path) {
    var parts = path.split(".");
    var holder = parts.length === 2 ? format[parts[0]] : format;
    return holder ? holder[parts[parts.length - 1]] : undefined;
  }

  function FormatPart(ctx, range, prefix, names) {
    Base.call(this, ctx, function () { return range._target(); });
    this._range = range;
    this._prefix = prefix;
    this._scalars = names;
  }
  inherit(FormatPart);
  FormatPart.prototype._read = function (name) {
    var t = this._range._target();
    var path = this._prefix ? this._prefix + "." + name : name;
    if (name === "columnWidth" || name === "rowHeight") {
      var dims = name === "columnWidth" ? t.sheet.columnWidths : t.sheet.rowHeights;
      var start = name === "columnWidth" ? t.box.columnIndex : t.box.rowIndex;
      var count = name === "columnWidth" ? t.box.columnCount : t.box.rowCount;
      var fallback = name === "columnWidth" ? DEFAULT_COLUMN_WIDTH : DEFAULT_ROW_HEIGHT;
      var first = dims[start] === undefined ? fallback : dims[start];
      for (var i = 1; i < count; i++) if ((dims[start + i] === undefined ? fallback : dims[start + i]) !== first) return null;
      return first;
    }
    var box = t.box;
    if (box.rowCount * box.columnCount > MAX_FORMAT_CELLS) throw officeError("NotImplemented", "The Excel double keeps formats per cell: too many cells.");
    var first;
    for (var r = 0; r < box.rowCount; r++) {
      for (var c = 0; c < box.columnCount; c++) {
        var cell = t.sheet.cell(box.rowIndex + r, box.columnIndex + c);
        var value = cell ? formatValue(cell.format, path) : undefined;
        if (r === 0 && c === 0) first = value;
        else if (value !== first) return null;
      }
    }
    return first === undefined ? null : first;
  };

  function formatSetter(path) {
    return function (value) {
      var t = this._range._target();
      var parts = path.split(".");
      t.sheet.forEachCell(t.box, true, function (cell) {
        if (parts.length === 2) cell.format[parts[0]] = Object.assign({}, cell.format[parts[0]], { [parts[1]]: value });
        else cell.format[path] = value;
      });
      t.sheet.workbook.record({ op: "format", sheet: t.sheet.name, address: boxAddress(t.box), property: path, value: value });
    };
  }

  function RangeFont(ctx, range) { FormatPart.call(this, ctx, range, "font", ["name", "size", "bold", "italic", "color"]); }
  inherit(RangeFont);
  RangeFont.prototype._read = FormatPart.prototype._read;
  properties(RangeFont, ["name", "size", "bold", "italic", "color"], {
    name: formatSetter("font.name"), size: formatSetter("font.size"), bold: formatSetter("font.bold"),
    italic: formatSetter("font.italic"), color: formatSetter("font.color"),
  });

  function RangeFill(ctx, range) { FormatPart.call(this, ctx, range, "fill", ["color"]); }
  inherit(RangeFill);
  RangeFill.prototype._read = FormatPart.prototype._read;
  properties(RangeFill, ["color"], { color: formatSetter("fill.color") });
  RangeFill.prototype.clear = function () {
    formatSetter("fill.color").call(this, undefined);
  };

  var EDGES = { EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right", InsideHorizontal: "inside", InsideVertical: "inside" };

  function RangeBorder(ctx, range, edge) {
    if (!EDGES[edge]) throw officeError("InvalidArgument", "Unknown border " + edge);
    Base.call(this, ctx, function () { return range._target(); });
    this._range = range;
    this._edge = edge;
  }
  inherit(RangeBorder);
  function borderSetter(property) {
    return function (value) {
      var t = this._range._target();
      var box = t.box, edge = this._edge;
      t.sheet.forEachCell(box, true, function (cell, r, c) {
        var sides = [];
        if (edge === "EdgeTop" && r === 0) sides.push("top");
        if (edge === "EdgeBottom" && r === box.rowCount - 1) sides.push("bottom");
        if (edge === "EdgeLeft" && c === 0) sides.push("left");
        if (edge === "EdgeRight" && c === box.columnCount - 1) sides.push("right");
        if (edge === "InsideHorizontal" && r < box.rowCount - 1) sides.push("bottom");
        if (edge === "InsideVertical" && c < box.columnCount - 1) sides.push("right");
        sides.forEach(function (side) {
          var borders = cell.format.borders = Object.assign({}, cell.format.borders);
          borders[side] = Object.assign({}, borders[side], { [property]: value });
        });
      });
      t.sheet.workbook.record({ op: "border", sheet: t.sheet.name, address: boxAddress(box), edge: edge, property: property, value: value });
    };
  }
  properties(RangeBorder, ["style", "color", "weight"], { style: borderSetter("style"), color: borderSetter("color"), weight: borderSetter("weight") });

  function RangeFormat(ctx, range) {
    FormatPart.call(this, ctx, range, "", ["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth", "rowHeight"]);
    this.font = new RangeFont(ctx, range);
    this.fill = new RangeFill(ctx, range);
    var format = this;
    this.borders = { getItem: function (edge) { return new RangeBorder(ctx, format._range, edge); } };
  }
  inherit(RangeFormat);
  RangeFormat.prototype._read = FormatPart.prototype._read;
  function dimensionSetter(name) {
    return function (value) {
      var t = this._range._target();
      var dims = name === "columnWidth" ? t.sheet.columnWidths : t.sheet.rowHeights;
      var start = name === "columnWidth" ? t.box.columnIndex : t.box.rowIndex;
      var count = name === "columnWidth" ? t.box.columnCount : t.box.rowCount;
      for (var i = 0; i < count; i++) dims[start + i] = value;
      t.sheet.workbook.record({ op: "format", sheet: t.sheet.name, address: boxAddress(t.box), property: name, value: value });
    };
  }
  properties(RangeFormat, ["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth", "rowHeight"], {
    wrapText: formatSetter("wrapText"),
    horizontalAlignment: formatSetter("horizontalAlignment"),
    verticalAlignment: formatSetter("verticalAlignment"),
    columnWidth: dimensionSetter("columnWidth"),
    rowHeight: dimensionSetter("rowHeight"),
  });

  // ----- conditional formats

  function ConditionalFormatCollection(ctx, range) {
    Collection.call(this, ctx, function () {
      var t = range._target();
      return t.sheet.conditionalFormats.filter(function (cf) { return intersects(cf.box, t.box); });
    }, function (model) { return new ConditionalFormat(ctx, model); });
    this._range = range;
  }
  inherit(ConditionalFormatCollection);
  ConditionalFormatCollection.prototype.load = Collection.prototype.load;
  ConditionalFormatCollection.prototype.getCount = Collection.prototype.getCount;
  ConditionalFormatCollection.prototype.add = function (type) {
    var range = this._range;
    var model = null;
    var proxy = new ConditionalFormat(this._ctx, null, function () { return model; });
    this._ctx._queue(function () {
      var t = range._target();
      model = { type: type, sheet: t.sheet, box: t.box, address: boxAddress(t.box), formula: null, fill: null, fontColor: null };
      t.sheet.conditionalFormats.unshift(model); // a new rule goes on top, as in Excel
      t.sheet.workbook.record({ op: "conditionalFormat.add", sheet: t.sheet.name, address: model.address, type: type });
    });
    return proxy;
  };
  Object.defineProperty(ConditionalFormatCollection.prototype, "items", Object.getOwnPropertyDescriptor(Collection.prototype, "items"));

  function ConditionalFormat(ctx, model, resolve) {
    Base.call(this, ctx, resolve || function () { return model; });
    var cf = this;
    function setter(field, property) {
      return function (value) {
        var m = cf._target();
        m[field] = value;
        m.sheet.workbook.record({ op: "conditionalFormat.set", sheet: m.sheet.name, address: m.address, property: property, value: value });
      };
    }
    function Part(names, setters) {
      var part = { _ctx: ctx, _loaded: {} };
      names.forEach(function (name) {
        Object.defineProperty(part, name, {
          get: function () { return cf._target()[setters[name].field]; },
          set: function (value) { ctx._queue(function () { setters[name].set(value); }); },
        });
      });
      return part;
    }
    var rule = Part(["formula"], { formula: { field: "formula", set: setter("formula", "custom.rule.formula") } });
    var fill = Part(["color"], { color: { field: "fill", set: setter("fill", "custom.format.fill.color") } });
    var font = Part(["color"], { color: { field: "fontColor", set: setter("fontColor", "custom.format.font.color") } });
    this.custom = { rule: rule, format: { fill: fill, font: font } };
  }
  inherit(ConditionalFormat);
  ConditionalFormat.prototype._scalars = ["type", "priority"];
  ConditionalFormat.prototype._read = function (name) {
    var m = this._target();
    return name === "priority" ? m.sheet.conditionalFormats.indexOf(m) : m[name];
  };
  properties(ConditionalFormat, ["type", "priority"], {
    priority: function (value) {
      var m = this._target();
      var list = m.sheet.conditionalFormats;
      list.splice(list.indexOf(m), 1);
      list.splice(Math.max(0, Math.min(list.length, value)), 0, m);
      m.sheet.workbook.record({ op: "conditionalFormat.set", sheet: m.sheet.name, address: m.address, property: "priority", value: value });
    },
  });

  // ----- tables

  function Table(ctx, resolve, nullable) {
    Base.call(this, ctx, resolve, nullable);
    this.rows = new TableRowCollection(ctx, this);
  }
  inherit(Table);
  Table.prototype._scalars = ["name", "style", "showTotals", "showHeaders", "showBandedRows"];
  Table.prototype._read = function (name) {
    return this._target()[name];
  };
  function tableSetter(name) {
    return function (value) {
      var table = this._target();
      if (name === "name") table.sheet.workbook.checkTableName(value, table);
      var old = table.name;
      table[name] = value;
      table.sheet.workbook.record({ op: "table.set", sheet: table.sheet.name, table: old, property: name, value: value });
    };
  }
  properties(Table, ["name", "style", "showTotals", "showHeaders", "showBandedRows"], {
    name: tableSetter("name"), style: tableSetter("style"), showTotals: tableSetter("showTotals"), showBandedRows: tableSetter("showBandedRows"),
  });
  Table.prototype.getRange = function () {
    var table = this;
    var sheetProxy = new Worksheet(this._ctx, function () { return table._target().sheet; });
    return new Range(this._ctx, sheetProxy, function () { return table._target().box; });
  };
  Table.prototype.delete = function () {
    var table = this;
    this._ctx._queue(function () {
      var t = table._target();
      t.sheet.tables.splice(t.sheet.tables.indexOf(t), 1);
      t.deleted = true;
      t.sheet.workbook.record({ op: "table.delete", sheet: t.sheet.name, table: t.name });
    });
  };

  // Rows appended at the end of a table (index null), as Excel's TableRowCollection.add does; the
  // double does not shift cells below the table, so a test keeps them clear.
  function TableRowCollection(ctx, table) {
    this._ctx = ctx;
    this._table = table;
  }
  TableRowCollection.prototype.add = function (index, values) {
    if (index !== null && index !== undefined) throw new Error("The Excel double appends table rows only (index null).");
    var table = this._table;
    var input = JSON.parse(JSON.stringify(values));
    this._ctx._queue(function () {
      var t = table._target();
      var width = t.box.columnCount;
      if (!Array.isArray(input) || input.some(function (row) { return !Array.isArray(row) || row.length !== width; })) {
        throw officeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      }
      var added = { rowIndex: t.box.rowIndex + t.box.rowCount, columnIndex: t.box.columnIndex, rowCount: input.length, columnCount: width };
      t.sheet.forEachCell(added, true, function (cell, r, c) { writeCell(cell, input[r][c]); });
      t.box = { rowIndex: t.box.rowIndex, columnIndex: t.box.columnIndex, rowCount: t.box.rowCount + input.length, columnCount: width };
      t.sheet.workbook.record({ op: "table.rows.add", sheet: t.sheet.name, table: t.name, address: boxAddress(added), values: input });
    }, utf8Bytes(values));
  };

  function TableCollection(ctx, list, sheetProxy) {
    Collection.call(this, ctx, list, function (model) { return new Table(ctx, function () { return model; }); });
    this._sheetProxy = sheetProxy;
  }
  inherit(TableCollection);
  TableCollection.prototype.load = Collection.prototype.load;
  TableCollection.prototype.getCount = Collection.prototype.getCount;
  Object.defineProperty(TableCollection.prototype, "items", Object.getOwnPropertyDescriptor(Collection.prototype, "items"));
  TableCollection.prototype.getFirst = function () {
    var list = this._list;
    return new Table(this._ctx, function () { return list()[0] || null; });
  };
  TableCollection.prototype.getItem = function (name) {
    var list = this._list;
    var lower = String(name).toLowerCase();
    return new Table(this._ctx, function () {
      return list().find(function (t) { return t.name.toLowerCase() === lower; }) || null;
    });
  };
  TableCollection.prototype.getItemOrNullObject = function (name) {
    var list = this._list;
    var lower = String(name).toLowerCase();
    return new Table(this._ctx, function () {
      return list().find(function (t) { return t.name.toLowerCase() === lower; }) || null;
    }, true);
  };
  TableCollection.prototype.add = function (address, hasHeaders) {
    if (hasHeaders !== true) throw new Error("The Excel double supports tables.add(address, true) only.");
    var model = null;
    var collection = this;
    var ctx = this._ctx;
    ctx._queue(function () {
      var parsed = parseAddress(typeof address === "string" ? address : address._target().sheet.name + "!" + boxAddress(address._target().box));
      var sheet = collection._sheetProxy
        ? collection._sheetProxy._target()
        : ctx._workbook.sheetByName(parsed.sheetName || "") || ctx._workbook.active;
      model = sheet.workbook.addTable(sheet, parsed.box, undefined, false);
      // Header cells become unique text, as Excel makes them.
      var seen = {};
      sheet.forEachCell({ rowIndex: parsed.box.rowIndex, columnIndex: parsed.box.columnIndex, rowCount: 1, columnCount: parsed.box.columnCount }, true, function (cell, r, c) {
        var text = String(sheet.valueOf(cell) === "" ? "Column" + (c + 1) : sheet.valueOf(cell));
        var unique = text;
        for (var n = 2; seen[unique.toLowerCase()]; n++) unique = text + n;
        seen[unique.toLowerCase()] = true;
        cell.value = unique;
        cell.formula = null;
      });
      sheet.workbook.record({ op: "table.add", sheet: sheet.name, address: boxAddress(parsed.box), hasHeaders: true, name: model.name });
    });
    return new Table(ctx, function () { return model; });
  };

  // ----- charts

  function Chart(ctx, resolve) {
    Base.call(this, ctx, resolve);
    var chart = this;
    function part(field, names) {
      var object = {};
      names.forEach(function (name) {
        Object.defineProperty(object, name, {
          get: function () { return chart._target()[field][name]; },
          set: function (value) {
            ctx._queue(function () {
              var m = chart._target();
              m[field][name] = value;
              m.sheet.workbook.record({ op: "chart.set", sheet: m.sheet.name, chart: m.name, property: field + "." + name, value: value });
            });
          },
        });
      });
      return object;
    }
    this.title = part("title", ["text", "visible"]);
    this.legend = part("legend", ["position", "visible"]);
    this.series = {
      getItemAt: function (index) { return new ChartSeries(ctx, chart, function (m) { return m.series[index]; }); },
      add: function (name, index) {
        var created = null;
        ctx._queue(function () {
          var m = chart._target();
          created = { name: name === undefined ? "Series" + (m.series.length + 1) : name, values: null, xValues: null, chartType: m.chartType, axisGroup: "Primary" };
          m.series.splice(index === undefined ? m.series.length : index, 0, created);
          m.sheet.workbook.record({ op: "chart.set", sheet: m.sheet.name, chart: m.name, property: "series.add", value: created.name });
        });
        return new ChartSeries(ctx, chart, function () { return created; });
      },
      getCount: function () { return new ClientResult(ctx, function () { return chart._target().series.length; }); },
    };
    this.axes = {
      getItem: function (type, group) { return chartAxis(ctx, chart, type + "/" + (group || "Primary")); },
    };
  }
  inherit(Chart);
  Chart.prototype._scalars = ["name", "chartType"];
  Chart.prototype._read = function (name) {
    return this._target()[name];
  };
  function chartSetter(name) {
    return function (value) {
      var m = this._target();
      var old = m.name;
      m[name] = value;
      m.sheet.workbook.record({ op: "chart.set", sheet: m.sheet.name, chart: old, property: name, value: value });
    };
  }
  properties(Chart, ["name", "chartType"], { name: chartSetter("name"), chartType: chartSetter("chartType") });
  Chart.prototype.setPosition = function (startCell, endCell) {
    var chart = this;
    this._ctx._queue(function () {
      var m = chart._target();
      var where = function (cell) { return typeof cell === "string" ? boxAddress(parseAddress(cell).box) : boxAddress(cell._target().box); };
      m.position = { from: where(startCell), to: endCell === undefined ? null : where(endCell) };
      m.sheet.workbook.record({ op: "chart.set", sheet: m.sheet.name, chart: m.name, property: "position", value: m.position });
    });
  };

  function chartAxis(ctx, chart, key) {
    var axis = {};
    ["numberFormat", "minimum", "maximum", "visible"].forEach(function (name) {
      Object.defineProperty(axis, name, {
        get: function () { return (chart._target().axes[key] || {})[name]; },
        set: function (value) {
          ctx._queue(function () {
            var m = chart._target();
            m.axes[key] = Object.assign({}, m.axes[key], { [name]: value });
            m.sheet.workbook.record({ op: "chart.set", sheet: m.sheet.name, chart: m.name, property: "axes." + key + "." + name, value: value });
          });
        },
      });
    });
    return axis;
  }

  function ChartSeries(ctx, chart, pick) {
    Base.call(this, ctx, function () {
      var series = pick(chart._target());
      if (!series) throw officeError("ItemNotFound", "The chart has no such series.");
      return series;
    });
    this._chart = chart;
  }
  inherit(ChartSeries);
  ChartSeries.prototype._scalars = ["name", "chartType", "axisGroup"];
  ChartSeries.prototype._read = function (name) {
    return this._target()[name];
  };
  function seriesSetter(name) {
    return function (value) {
      var series = this._target();
      var m = this._chart._target();
      series[name] = name === "values" || name === "xValues" ? value._target() : value;
      var logged = name === "values" || name === "xValues" ? refAddress(series[name]) : value;
      m.sheet.workbook.record({ op: "chart.set", sheet: m.sheet.name, chart: m.name, property: "series[" + m.series.indexOf(series) + "]." + name, value: logged });
    };
  }
  properties(ChartSeries, ["name", "chartType", "axisGroup"], { name: seriesSetter("name"), chartType: seriesSetter("chartType"), axisGroup: seriesSetter("axisGroup") });
  ChartSeries.prototype.setValues = function (range) {
    var self = this;
    this._ctx._queue(function () { seriesSetter("values").call(self, range); });
  };
  ChartSeries.prototype.setXAxisValues = function (range) {
    var self = this;
    this._ctx._queue(function () { seriesSetter("xValues").call(self, range); });
  };

  function ChartCollection(ctx, sheetProxy) {
    Collection.call(this, ctx, function () { return sheetProxy._target().charts; }, function (model) { return new Chart(ctx, function () { return model; }); });
    this._sheetProxy = sheetProxy;
  }
  inherit(ChartCollection);
  ChartCollection.prototype.load = Collection.prototype.load;
  ChartCollection.prototype.getCount = Collection.prototype.getCount;
  Object.defineProperty(ChartCollection.prototype, "items", Object.getOwnPropertyDescriptor(Collection.prototype, "items"));
  ChartCollection.prototype.add = function (type, sourceData, seriesBy) {
    var model = null;
    var sheetProxy = this._sheetProxy;
    this._ctx._queue(function () {
      var sheet = sheetProxy._target();
      var source = sourceData._target();
      var box = source.box;
      var byColumns = seriesBy === "Columns" || ((seriesBy === undefined || seriesBy === "Auto") && box.rowCount >= box.columnCount);
      var count = byColumns ? box.columnCount : box.rowCount;
      var series = [];
      for (var i = 0; i < count; i++) {
        var part = byColumns
          ? { rowIndex: box.rowIndex, columnIndex: box.columnIndex + i, rowCount: box.rowCount, columnCount: 1 }
          : { rowIndex: box.rowIndex + i, columnIndex: box.columnIndex, rowCount: 1, columnCount: box.columnCount };
        series.push({ name: "Series" + (i + 1), values: { sheet: source.sheet, box: part }, xValues: null, chartType: type, axisGroup: "Primary" });
      }
      model = {
        sheet: sheet, name: "Chart " + (sheet.charts.length + 1), chartType: type, source: source,
        seriesBy: seriesBy || "Auto", series: series, title: {}, legend: {}, axes: {}, position: null,
      };
      sheet.charts.push(model);
      sheet.workbook.record({ op: "chart.add", sheet: sheet.name, type: type, address: boxAddress(box), seriesBy: model.seriesBy });
    });
    return new Chart(this._ctx, function () { return model; });
  };
  ChartCollection.prototype.getItem = function (name) {
    var sheetProxy = this._sheetProxy;
    return new Chart(this._ctx, function () {
      return sheetProxy._target().charts.find(function (c) { return c.name === name; }) || null;
    });
  };

  // ----- worksheets

  function Worksheet(ctx, resolve, nullable) {
    Base.call(this, ctx, resolve, nullable);
    var sheet = this;
    this.tables = new TableCollection(ctx, function () { return sheet._target().tables; }, this);
    this.charts = new ChartCollection(ctx, this);
    this.freezePanes = {
      freezeAt: function (frozen) { sheet._freeze(function () {
        var box = typeof frozen === "string" ? parseAddress(frozen).box : frozen._target().box;
        return { rows: box.rowIndex + box.rowCount, columns: box.columnIndex + box.columnCount };
      }); },
      freezeRows: function (count) { sheet._freeze(function () { return { rows: count === undefined ? 1 : count, columns: 0 }; }); },
      freezeColumns: function (count) { sheet._freeze(function () { return { rows: 0, columns: count === undefined ? 1 : count }; }); },
      unfreeze: function () { sheet._freeze(function () { return { rows: 0, columns: 0 }; }); },
    };
    function setLayout(name, value) {
      ctx._queue(function () {
        var m = sheet._target();
        m.pageLayout[name] = value;
        m.workbook.record({ op: "pageLayout", sheet: m.name, property: name, value: value });
      });
    }
    function layoutProperties(target, names) {
      names.forEach(function (name) {
        Object.defineProperty(target, name, {
          get: function () { return sheet._target().pageLayout[name]; },
          set: function (value) { setLayout(name, value); },
        });
      });
      return target;
    }
    var layout = layoutProperties({}, [
      "orientation", "zoom", "printGridlines", "centerHorizontally", "paperSize",
      "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin",
    ]);
    // Print titles are kept as the address given; header and footer texts under their own names.
    layout.setPrintTitleRows = function (address) { setLayout("printTitleRows", address); };
    layout.headersFooters = {
      defaultForAllPages: layoutProperties({}, ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"]),
    };
    this.pageLayout = layout;
    // Each break is kept as the address of the cell it goes above, in the order added.
    this.horizontalPageBreaks = {
      add: function (address) {
        ctx._queue(function () {
          var m = sheet._target();
          m.pageLayout.horizontalPageBreaks = (m.pageLayout.horizontalPageBreaks || []).concat([address]);
        });
      },
    };
  }
  inherit(Worksheet);
  Worksheet.prototype._scalars = ["name", "id", "position", "visibility"];
  Worksheet.prototype._read = function (name) {
    var m = this._target();
    if (name === "position") return m.workbook.sheets.indexOf(m);
    if (name === "visibility") return "Visible";
    return m[name];
  };
  properties(Worksheet, ["name", "id", "position", "visibility"], {
    position: function (value) {
      var m = this._target();
      var list = m.workbook.sheets;
      if (!(value >= 0 && value < list.length)) throw officeError("InvalidArgument", "The position " + value + " is outside the workbook.");
      list.splice(list.indexOf(m), 1);
      list.splice(value, 0, m);
      m.workbook.record({ op: "sheet.position", sheet: m.name, position: value });
    },
    name: function (value) {
      var m = this._target();
      if (!validSheetName(value)) throw officeError("InvalidArgument", "The sheet name \"" + value + "\" is not valid.");
      var holder = m.workbook.sheetByName(value);
      if (holder && holder !== m) throw officeError("ItemAlreadyExists", "A sheet named \"" + value + "\" already exists.");
      m.workbook.record({ op: "sheet.rename", sheet: m.name, name: value });
      m.name = value;
    },
  });
  Worksheet.prototype._freeze = function (compute) {
    var sheet = this;
    this._ctx._queue(function () {
      var m = sheet._target();
      m.freeze = compute(m);
      m.workbook.record({ op: "freeze", sheet: m.name, rows: m.freeze.rows, columns: m.freeze.columns });
    });
  };
  Worksheet.prototype.getRange = function (address) {
    return new Range(this._ctx, this, function () {
      if (address === undefined) return { rowIndex: 0, columnIndex: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
      return parseAddress(address).box;
    });
  };
  Worksheet.prototype.getRangeByIndexes = function (rowIndex, columnIndex, rowCount, columnCount) {
    return new Range(this._ctx, this, function () {
      return { rowIndex: rowIndex, columnIndex: columnIndex, rowCount: rowCount, columnCount: columnCount };
    });
  };
  Worksheet.prototype.getUsedRange = function (valuesOnly) {
    return new Range(this._ctx, this, function (m) {
      return m.usedBox(!!valuesOnly) || { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 };
    });
  };
  Worksheet.prototype.getUsedRangeOrNullObject = function (valuesOnly) {
    return new Range(this._ctx, this, function (m) { return m.usedBox(!!valuesOnly); }, true);
  };
  Worksheet.prototype.activate = function () {
    var sheet = this;
    this._ctx._queue(function () {
      var m = sheet._target();
      m.workbook.active = m;
      m.workbook.record({ op: "sheet.activate", sheet: m.name });
      m.workbook.activatedHandlers.forEach(function (h) { h({ type: "WorksheetActivated", worksheetId: m.id }); });
    });
  };
  Worksheet.prototype.delete = function () {
    var sheet = this;
    this._ctx._queue(function () {
      var m = sheet._target();
      var wb = m.workbook;
      if (wb.sheets.length === 1) throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      var index = wb.sheets.indexOf(m);
      wb.sheets.splice(index, 1);
      m.deleted = true;
      if (wb.active === m) wb.active = wb.sheets[Math.max(0, index - 1)];
      wb.record({ op: "sheet.delete", sheet: m.name });
    });
  };

  function WorksheetCollection(ctx) {
    var wb = ctx._workbook;
    Collection.call(this, ctx, function () { return wb.sheets.slice(); }, function (model) { return new Worksheet(ctx, function () { return model; }); });
    this.onActivated = handlers(wb.activatedHandlers);
  }
  inherit(WorksheetCollection);
  WorksheetCollection.prototype.load = Collection.prototype.load;
  WorksheetCollection.prototype.getCount = Collection.prototype.getCount;
  Object.defineProperty(WorksheetCollection.prototype, "items", Object.getOwnPropertyDescriptor(Collection.prototype, "items"));
  WorksheetCollection.prototype.getActiveWorksheet = function () {
    var wb = this._ctx._workbook;
    var bound = null;
    return new Worksheet(this._ctx, function () { return bound || (bound = wb.active); });
  };
  WorksheetCollection.prototype.getItem = function (key) {
    var wb = this._ctx._workbook;
    return new Worksheet(this._ctx, function () { return wb.sheetByKey(key); });
  };
  WorksheetCollection.prototype.getItemOrNullObject = function (key) {
    var wb = this._ctx._workbook;
    return new Worksheet(this._ctx, function () { return wb.sheetByKey(key); }, true);
  };
  WorksheetCollection.prototype.add = function (name) {
    var wb = this._ctx._workbook;
    var model = null;
    this._ctx._queue(function () {
      model = wb.addSheet(name);
      wb.record({ op: "sheet.add", sheet: model.name });
    });
    return new Worksheet(this._ctx, function () { return model; });
  };

  function handlers(list) {
    return {
      add: function (handler) {
        list.push(handler);
        return { remove: function () { var i = list.indexOf(handler); if (i >= 0) list.splice(i, 1); } };
      },
    };
  }

  // ----- settings

  function Setting(ctx, key, nullable) {
    var wb = ctx._workbook;
    Base.call(this, ctx, function () { return key in wb.settings ? { key: key } : null; }, nullable);
    this._key = key;
  }
  inherit(Setting);
  Setting.prototype._scalars = ["key", "value"];
  Setting.prototype._read = function (name) {
    this._target();
    var wb = this._ctx._workbook;
    return name === "key" ? this._key : JSON.parse(JSON.stringify(wb.settings[this._key]));
  };
  properties(Setting, ["key", "value"], {
    value: function (value) {
      var wb = this._ctx._workbook;
      this._target();
      wb.settings[this._key] = JSON.parse(JSON.stringify(value));
      wb.record({ op: "setting", key: this._key, value: value });
    },
  });
  Setting.prototype.delete = function () {
    var setting = this;
    this._ctx._queue(function () {
      var wb = setting._ctx._workbook;
      setting._target();
      delete wb.settings[setting._key];
      wb.record({ op: "setting.delete", key: setting._key });
    });
  };

  function SettingCollection(ctx) {
    var wb = ctx._workbook;
    Collection.call(this, ctx, function () { return Object.keys(wb.settings); }, function (key) { return new Setting(ctx, key); });
  }
  inherit(SettingCollection);
  SettingCollection.prototype.load = Collection.prototype.load;
  SettingCollection.prototype.getCount = Collection.prototype.getCount;
  Object.defineProperty(SettingCollection.prototype, "items", Object.getOwnPropertyDescriptor(Collection.prototype, "items"));
  SettingCollection.prototype.add = function (key, value) {
    var wb = this._ctx._workbook;
    var stored = JSON.stringify(value);
    if (stored === undefined) throw officeError("InvalidArgument", "A setting's value must be JSON.");
    this._ctx._queue(function () {
      wb.settings[key] = JSON.parse(stored);
      wb.record({ op: "setting", key: key, value: JSON.parse(stored) });
    });
    return new Setting(this._ctx, key);
  };
  SettingCollection.prototype.getItem = function (key) {
    return new Setting(this._ctx, key);
  };
  SettingCollection.prototype.getItemOrNullObject = function (key) {
    return new Setting(this._ctx, key, true);
  };

  // ----- workbook, application, context

  function Workbook(ctx) {
    var wb = ctx._workbook;
    this._ctx = ctx;
    this.worksheets = new WorksheetCollection(ctx);
    this.tables = new TableCollection(ctx, function () { return wb.allTables(); }, null);
    this.settings = new SettingCollection(ctx);
    this.onSelectionChanged = handlers(wb.selectionHandlers);
  }

  function selectionOf(ctx) {
    var wb = ctx._workbook;
    var sheet = null;
    var sheetProxy = new Worksheet(ctx, function () { return sheet || (sheet = wb.active); });
    return { sheetProxy: sheetProxy, areas: function () { return sheetProxy._target().selection; } };
  }

  /** Only use1904DateSystem is loadable; a double made without it is an Excel that has no such property. */
  Workbook.prototype.load = function (spec) {
    var wb = this._ctx._workbook;
    var self = this;
    var names = parseLoad(spec) || [];
    this._ctx._queue(function () {
      names.forEach(function (name) {
        if (name !== "use1904DateSystem" || wb.use1904DateSystem === undefined) {
          throw officeError("InvalidArgument", "The property '" + name + "' is not available on this workbook.");
        }
        self.use1904DateSystem = wb.use1904DateSystem;
      });
    });
    return this;
  };
  Workbook.prototype.getSelectedRange = function () {
    var s = selectionOf(this._ctx);
    return new Range(this._ctx, s.sheetProxy, function () {
      var areas = s.areas();
      if (areas.length > 1) throw officeError("InvalidSelection", "The current selection is invalid for this operation.");
      return areas[0];
    });
  };

  Workbook.prototype.getActiveCell = function () {
    var s = selectionOf(this._ctx);
    return new Range(this._ctx, s.sheetProxy, function () {
      var a = s.areas()[0];
      return { rowIndex: a.rowIndex, columnIndex: a.columnIndex, rowCount: 1, columnCount: 1 };
    });
  };

  Workbook.prototype.getSelectedRanges = function () {
    var ctx = this._ctx;
    var s = selectionOf(ctx);
    var areas = new Base(ctx, function () { return s.areas(); });
    areas._scalars = ["areaCount", "address"];
    areas._read = function (name) {
      var list = this._target();
      if (name === "areaCount") return list.length;
      var sheetName = quoteSheet(s.sheetProxy._target().name);
      return list.map(function (b) { return sheetName + "!" + boxAddress(b); }).join(",");
    };
    ["areaCount", "address"].forEach(function (name) {
      Object.defineProperty(areas, name, {
        get: function () {
          if (!(name in this._loaded)) throw notLoaded(name);
          return this._loaded[name];
        },
      });
    });
    areas.areas = {
      getItemAt: function (index) {
        return new Range(ctx, s.sheetProxy, function () { return s.areas()[index] || null; });
      },
    };
    return areas;
  };

  function RequestContext(workbook) {
    var ctx = this;
    this._workbook = workbook;
    this._ops = [];
    this._requestBytes = 0;
    this._responseBytes = 0;
    this.workbook = new Workbook(this);
    this.application = {
      suspendScreenUpdatingUntilNextSync: function () {
        ctx._queue(function () { workbook.record({ op: "suspendScreenUpdating" }); });
      },
    };
    this.trackedObjects = { add: function () {}, remove: function () {} };
  }

  RequestContext.prototype._queue = function (op, bytes) {
    this._ops.push(op);
    this._requestBytes += bytes || 0;
  };

  RequestContext.prototype.sync = function () {
    var ctx = this;
    var wb = this._workbook;
    var ops = this._ops;
    var requestBytes = this._requestBytes;
    this._ops = [];
    this._requestBytes = 0;
    this._responseBytes = 0;
    wb.syncs += 1;
    var failure = wb.failingSyncs[wb.syncs];
    return Promise.resolve().then(function () {
      if (requestBytes > wb.payloadLimit) throw officeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
      ops.forEach(function (op, i) {
        if (failure && i === failure.afterCalls) throw officeError(failure.code, "The double was told to fail here.");
        op();
      });
      if (failure) throw officeError(failure.code, "The double was told to fail here.");
      if (ctx._responseBytes > wb.payloadLimit) throw officeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    });
  };

  // ---------------------------------------------------------------- the double

  /**
   * spec: { sheets: { Name: [[row], …] } (in order; as typed: "=…" is a formula, "'=…" the text "=…"),
   *         active: "Name", selection: "B2:D5" | ["A1:B2", "D1:D3"] (on the active sheet; default A1),
   *         tables: [{ name, sheet, address, showTotals }], settings: { key: JSON value }, payloadLimit: bytes }
   */
  function createExcelDouble(spec) {
    var wb = new WorkbookModel(spec || {});

    function run(optionsOrBatch, maybeBatch) {
      var batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch;
      var ctx = new RequestContext(wb);
      return Promise.resolve()
        .then(function () { return batch(ctx); })
        .then(function (result) {
          if (ctx._ops.length === 0) return result;
          return ctx.sync().then(function () { return result; });
        });
    }

    function sheetView(name) {
      var m = wb.sheetByName(name);
      if (!m) return null;
      var box = function (address) { return parseAddress(address).box; };
      var grid = function (address, read) {
        var b = box(address);
        var out = [];
        for (var r = 0; r < b.rowCount; r++) {
          var row = [];
          for (var c = 0; c < b.columnCount; c++) row.push(read(m.cell(b.rowIndex + r, b.columnIndex + c)));
          out.push(row);
        }
        return out;
      };
      return {
        name: m.name,
        id: m.id,
        /** Values as Excel shows them (formulas evaluated). */
        values: function (address) { return grid(address, function (cell) { return m.valueOf(cell); }); },
        /** Formulas where there are some, else the values. */
        formulas: function (address) { return grid(address, function (cell) { return cell && cell.formula !== null ? cell.formula : m.valueOf(cell); }); },
        numberFormats: function (address) { return grid(address, function (cell) { return cell ? cell.numberFormat : "General"; }); },
        /** One cell: { value, formula, numberFormat, format }. */
        cell: function (address) {
          var b = box(address);
          var cell = m.cell(b.rowIndex, b.columnIndex);
          return { value: m.valueOf(cell), formula: cell ? cell.formula : null, numberFormat: cell ? cell.numberFormat : "General", format: cell ? cell.format : {} };
        },
        usedAddress: function () {
          var used = m.usedBox(true);
          return used ? boxAddress(used) : null;
        },
        tables: m.tables.map(function (t) {
          return { name: t.name, address: boxAddress(t.box), style: t.style, showBandedRows: t.showBandedRows, showTotals: t.showTotals };
        }),
        charts: m.charts.map(function (c) {
          return {
            name: c.name, chartType: c.chartType, source: refAddress(c.source), seriesBy: c.seriesBy,
            title: Object.assign({}, c.title), legend: Object.assign({}, c.legend), axes: JSON.parse(JSON.stringify(c.axes)), position: c.position,
            series: c.series.map(function (x) {
              return { name: x.name, values: refAddress(x.values), xValues: refAddress(x.xValues), chartType: x.chartType, axisGroup: x.axisGroup };
            }),
          };
        }),
        dataValidations: m.dataValidations.map(function (v) { return { address: boxAddress(v.box), rule: JSON.parse(JSON.stringify(v.rule)) }; }),
        conditionalFormats: m.conditionalFormats.map(function (cf) {
          return { type: cf.type, address: cf.address, formula: cf.formula, fill: cf.fill, fontColor: cf.fontColor };
        }),
        freeze: Object.assign({}, m.freeze),
        columnWidths: Object.assign({}, m.columnWidths),
        rowHeights: Object.assign({}, m.rowHeights),
        pageLayout: Object.assign({}, m.pageLayout),
      };
    }

    return {
      Excel: {
        run: run,
        ChartType: { columnClustered: "ColumnClustered", line: "Line" },
        ConditionalFormatType: { custom: "Custom" },
        ChartAxisGroup: { primary: "Primary", secondary: "Secondary" },
        ChartAxisType: { category: "Category", value: "Value" },
      },
      /** Every write Excel carried out, in order: { op, sheet, address, …, sync }. */
      log: wb.log,
      get syncs() { return wb.syncs; },
      sheetNames: function () { return wb.sheets.map(function (s) { return s.name; }); },
      activeSheetName: function () { return wb.active.name; },
      sheet: sheetView,
      /** A workbook setting's value (a copy), or undefined. */
      setting: function (key) { return key in wb.settings ? JSON.parse(JSON.stringify(wb.settings[key])) : undefined; },
      /** Selects cells on the active sheet (or on `sheetName`), like the user would. */
      select: function (address, sheetName) { wb.select(address, sheetName); },
      /** Makes `name` the active sheet, like a click on its tab. */
      activate: function (name) { wb.active = wb.sheetByName(name); },
      /** Adds an empty sheet at the end, as a co-author (or the user) may between two syncs of the add-in. */
      addSheet: function (name) { wb.addSheet(name); },
      /**
       * Sync number `sync` (counted from the first sync of this workbook) carries out its first
       * `afterCalls` calls, then fails with `code`, as Excel fails a batch part-way.
       */
      failSync: function (sync, code, afterCalls) { wb.failingSyncs[sync] = { code: code, afterCalls: afterCalls || 0 }; },
      parseAddress: parseAddress,
    };
  }

  var api = { createExcelDouble: createExcelDouble };
  if (typeof module !== "undefined") module.exports = api;
  else root.ExcelDouble = api;
})(typeof window !== "undefined" ? window : this);
