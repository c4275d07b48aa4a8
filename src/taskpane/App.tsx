// The task pane: source → columns → options → Build, then the result. State lives here; the
// cards only render it. Everything Excel does goes through `api` (src/excel in the add-in).

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  AriaLiveAnnouncer,
  Button,
  PortalMountNodeProvider,
  Caption1,
  FluentProvider,
  Spinner,
  makeStaticStyles,
  makeStyles,
  tokens,
  useAnnounce,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { DataBarVerticalRegular, WarningRegular } from "@fluentui/react-icons";
import type { PaneApi, ReportSettings } from "./api";
import { ErrorBar } from "./ErrorBar";
import { isAbort } from "./errors";
import { useFocusAboveFooter } from "./focusAboveFooter";
import { formFromSettings, formProblems, reportSettings, resolveMapping, type PaneForm } from "./form";
import { Header } from "./Header";
import { formatCount, formatPercent, paneTexts, resolvePaneLang, type LangChoice } from "./i18n";
import { MappingCard } from "./MappingCard";
import { Notice } from "./Notice";
import { currentOfficeDark, followOfficeTheme } from "./officeTheme";
import { OptionsCard } from "./OptionsCard";
import { focusOutcome } from "./outcome";
import { loadLangChoice, saveLangChoice } from "./preferences";
import { ProgressCard } from "./ProgressCard";
import { ResultCard } from "./ResultCard";
import { runStateOfCommand, type RunState } from "./runState";
import { SourceCard, type SourceState } from "./SourceCard";

export interface AppProps {
  api: PaneApi;
  /** Office.context.displayLanguage, e.g. "ru-RU". */
  displayLanguage: string;
}

// The pane fills the task pane's frame; Fluent's text components bring their own spacing.
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 }, "h1, h2": { margin: 0 } });

const useStyles = makeStyles({
  // On the page, not on FluentProvider: the provider's class is also given to popups' portals.
  // The form scrolls between the title and the Build bar, so the bar never covers a control.
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  content: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    // The cards keep their height and the form scrolls: flex items would otherwise shrink to fit.
    "& > *": { flexShrink: 0 },
  },
  outcome: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, scrollMarginTop: tokens.spacingVerticalM },
  footer: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  reasons: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  reason: { display: "flex", columnGap: tokens.spacingHorizontalXS, color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Light or dark as Office is, following the changes the host reports. */
function useOfficeDark(): boolean {
  const [dark, setDark] = useState(currentOfficeDark);
  useEffect(() => followOfficeTheme(setDark), []);
  return dark;
}

export function App(props: AppProps) {
  const dark = useOfficeDark();
  const [langChoice, setLangChoice] = useState<LangChoice>(loadLangChoice);
  const lang = resolvePaneLang(langChoice, props.displayLanguage);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
      <AriaLiveAnnouncer>
        <Pane {...props} langChoice={langChoice} setLangChoice={setLangChoice} />
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

function Pane({ api, displayLanguage, langChoice, setLangChoice }: AppProps & { langChoice: LangChoice; setLangChoice: (choice: LangChoice) => void }) {
  useGlobalStyles();
  const styles = useStyles();
  const lang = resolvePaneLang(langChoice, displayLanguage);
  const t = paneTexts(lang);
  const { announce } = useAnnounce();

  const [form, setForm] = useState<PaneForm | null>(null);
  const [settingsError, setSettingsError] = useState<unknown>(null);
  const [source, setSource] = useState<SourceState>({ status: "loading" });
  const [run, setRun] = useState<RunState>(() => runStateOfCommand(api.commandState.get()) ?? { status: "idle" });
  const abort = useRef<AbortController | null>(null);
  const content = useRef<HTMLElement | null>(null);
  // Popups (the column lists) open inside the form's landmark, not loose in the page.
  const [contentNode, setContentNode] = useState<HTMLElement | null>(null);
  const footer = useRef<HTMLElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  useFocusAboveFooter(content, footer);

  const inspect = useCallback(
    async (address?: string) => {
      setSource({ status: "loading" });
      try {
        setSource({ status: "ready", info: await api.inspectSource(address) });
      } catch (error) {
        setSource({ status: "failed", error });
      }
    },
    [api],
  );

  useEffect(() => {
    (async () => {
      let saved: ReportSettings | null = null;
      try {
        saved = await api.loadSettings();
      } catch (error) {
        setSettingsError(error);
      }
      setForm(formFromSettings(saved, lang));
      await inspect(saved?.sourceAddress);
    })();
    // Once, when the pane opens (`lang` is read then on purpose: a later change reloads nothing).
  }, [api, inspect]);

  // The ribbon button runs in the same runtime: show its progress, result or error here.
  useEffect(
    () =>
      api.commandState.subscribe((state) => {
        const next = runStateOfCommand(state);
        if (next) setRun(next);
      }),
    [api],
  );

  // A run ended (the pane's or the ribbon's): its outcome is shown above the form, out of sight.
  useEffect(() => {
    if (run.status !== "done" && run.status !== "failed" && run.status !== "cancelled") return;
    focusOutcome(outcome.current);
    if (run.status === "done") {
      const { summary } = run.result.model;
      announce(t.result.announce(run.result.sheetName, formatCount(summary.keyCount, lang), formatPercent(summary.keyShare, lang)), { polite: true });
    }
    // Once per run's end: a change of language re-renders the outcome but is not a new one.
  }, [run]);

  const info = source.status === "ready" ? source.info : null;
  const mapping = useMemo(() => (info && form ? resolveMapping(info.headers, info.mapping, form.columns) : null), [info, form]);
  const problems = form ? formProblems(form, mapping) : [];
  const running = run.status === "running";

  const build = async () => {
    if (!form || !info || !mapping || problems.length > 0) return;
    const { run: settings, save } = reportSettings(form, lang, info, mapping);
    const controller = new AbortController();
    abort.current = controller;
    setRun({ status: "running", progress: { stage: null, done: 0, total: 0 }, cancellable: true, cancelling: false });
    try {
      const result = await api.runReport(settings, {
        signal: controller.signal,
        onProgress: (stage, done, total) => setRun((r) => (r.status === "running" ? { ...r, progress: { stage, done, total } } : r)),
      });
      setRun({ status: "done", result });
      // The report is written; settings that fail to save only cost the user the defaults next time.
      await api.saveSettings(save).catch((error: unknown) => setSettingsError(error));
    } catch (error) {
      setRun(isAbort(error) ? { status: "cancelled" } : { status: "failed", error });
    } finally {
      abort.current = null;
    }
  };

  const cancel = () => {
    setRun((r) => (r.status === "running" ? { ...r, cancelling: true } : r));
    abort.current?.abort();
  };

  const goToSheet = (name: string) => api.activateSheet(name).catch((error: unknown) => setRun({ status: "failed", error }));

  const changeLang = (choice: LangChoice) => {
    setLangChoice(choice);
    saveLangChoice(choice);
  };

  const patch = (p: Partial<PaneForm>) => setForm((f) => (f ? { ...f, ...p } : f));

  return (
    <div className={styles.page}>
      <Header t={t} />
      <main
        className={styles.content}
        ref={(node) => {
          content.current = node;
          setContentNode(node);
        }}
      >
        <PortalMountNodeProvider value={contentNode ?? undefined}>
        {form === null ? (
          <Spinner label={t.app.loading} />
        ) : (
          <>
            {settingsError !== null && (
              <Notice intent="warning" title={t.errors.settingsNotReadTitle}>
                {t.errors.settingsNotRead}
              </Notice>
            )}
            <div className={styles.outcome} ref={outcome}>
              {run.status === "needsSetup" && (
                <Notice intent="info" title={t.build.needsSetupTitle}>
                  {t.build.needsSetup}
                </Notice>
              )}
              {run.status === "failed" && <ErrorBar error={run.error} t={t} outcome />}
              {run.status === "cancelled" && (
                <Notice intent="info" title={t.build.cancelledTitle} outcome testId="cancelled">
                  {t.build.cancelled}
                </Notice>
              )}
              {run.status === "done" && <ResultCard result={run.result} t={t} lang={lang} onGoToSheet={() => void goToSheet(run.result.sheetName)} />}
            </div>
            <SourceCard state={source} t={t} lang={lang} disabled={running} onUseSelection={() => void inspect()} />
            {info && mapping && (
              <MappingCard headers={info.headers} mapping={mapping} choices={form.columns} t={t} disabled={running} onChange={(columns) => patch({ columns })} />
            )}
            <OptionsCard
              form={form}
              onChange={patch}
              t={t}
              problems={problems}
              hasProfit={mapping?.columns.profit !== undefined}
              langChoice={langChoice}
              onLangChoice={changeLang}
              disabled={running}
            />
          </>
        )}
        </PortalMountNodeProvider>
      </main>
      <footer className={styles.footer} ref={footer}>
        {run.status === "running" ? (
          <ProgressCard progress={run.progress} t={t} lang={lang} cancelling={run.cancelling} onCancel={run.cancellable ? cancel : undefined} />
        ) : (
          <>
            {/* One primary button per view: after a report it is "Go to the report sheet". */}
            <Button
              appearance={run.status === "done" ? "secondary" : "primary"}
              size="large"
              icon={<DataBarVerticalRegular />}
              disabled={form === null || problems.length > 0}
              onClick={() => void build()}
            >
              {run.status === "done" ? t.build.again : t.build.button}
            </Button>
            <div className={styles.reasons} aria-live="polite" data-testid="build-reasons">
              {form !== null &&
                problems.map((p, i) => (
                  <Caption1 key={i} className={styles.reason}>
                    <WarningRegular />
                    {t.problem(p)}
                  </Caption1>
                ))}
            </div>
          </>
        )}
      </footer>
    </div>
  );
}
