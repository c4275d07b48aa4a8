// Placeholder pane: proves the React 19 + Fluent UI v9 stack builds and renders inside Office.
// The real pane replaces App.
import { createRoot } from "react-dom/client";
import { FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";

function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Title2 as="h1">KeyClient</Title2>
    </FluentProvider>
  );
}

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App />);
});
