// Ribbon commands. They run in the shared runtime (taskpane.html), so they share modules and state
// with the pane and the custom functions.

/** "Monthly key clients": placeholder until the report flow exists. */
function buildMonthlyReport(event: Office.AddinCommands.Event): void {
  // Office keeps the button busy until completed() is called, whatever happens before it.
  event.completed();
}

Office.actions.associate("buildMonthlyReport", buildMonthlyReport);
