// Stands in for office.js in the browser test. The test answers the page's request for Microsoft's
// office.js with test/doubles/excelDouble.js followed by this file, so the page gets:
// - Office: onReady (host Excel), context.displayLanguage, context.officeTheme and its
//   OfficeThemeChanged event (window.__setOfficeTheme(theme) plays a change of the Office theme),
//   actions.associate, addin.showAsTaskpane;
// - Excel.run on an in-memory workbook (the double), reachable by the test as window.__excelDouble;
// - CustomFunctions.associate, so the functions bundle of the shared page registers quietly.
// The test configures it before any script runs (page.addInitScript):
//   window.__keyclientTest = { displayLanguage: "ru-RU", workbook: { sheets: {…}, active: "Sales" }, syncDelayMs: 100, officeTheme: {…} }
// syncDelayMs slows every context.sync() down, so a run lasts long enough to see its progress and cancel it.
(function () {
  "use strict";
  var config = window.__keyclientTest || {};
  var double = window.ExcelDouble.createExcelDouble(config.workbook || { sheets: { Sheet1: [] } });
  var delay = config.syncDelayMs || 0;

  function slowed(context) {
    var sync = context.sync.bind(context);
    context.sync = function () {
      return new Promise(function (resolve) {
        setTimeout(resolve, delay);
      }).then(sync);
    };
    return context;
  }

  window.__excelDouble = double;
  window.Excel = {
    run: function (batch) {
      return double.Excel.run(function (context) {
        return batch(delay > 0 ? slowed(context) : context);
      });
    },
  };

  // Office's White theme unless the test gives another (Black: isDarkTheme true, body #262626).
  var officeTheme = config.officeTheme || { isDarkTheme: false, themeId: "White", bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626" };
  var themeHandlers = [];
  function asyncResult(callback, status) {
    if (typeof callback === "function") callback({ status: status, value: undefined });
  }

  var associated = {};
  var ready = Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: config.displayLanguage || "en-US",
      officeTheme: officeTheme,
      document: {
        addHandlerAsync: function (type, handler, optionsOrCallback, callback) {
          var done = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
          if (type !== "officeThemeChanged") return asyncResult(done, "failed");
          themeHandlers.push(handler);
          asyncResult(done, "succeeded");
        },
      },
    },
    onReady: function (callback) {
      if (callback) ready.then(callback);
      return ready;
    },
    actions: {
      associate: function (name, handler) {
        associated[name] = handler;
      },
    },
    addin: {
      showAsTaskpane: function () {
        return Promise.resolve();
      },
    },
  };
  window.__setOfficeTheme = function (theme) {
    window.Office.context.officeTheme = theme;
    themeHandlers.forEach(function (handler) {
      handler({ type: "officeThemeChanged", officeTheme: theme });
    });
  };
  /** Ribbon commands the page registered, for a test to call as Excel would. */
  window.__officeActions = associated;

  window.CustomFunctions = {
    associate: function () {},
    Error: function (code, message) {
      this.code = code;
      this.message = message;
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
})();
