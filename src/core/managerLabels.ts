// Words of SPEC §12 (managers) on the report sheet and in the CLI summary, in every language of the
// sheet's labels.

import type { Lang } from "./types";

export interface ManagerLabels {
  /** Main-table column and roll-up header. */
  manager: string;
  /** A client whose manager cell is blank, or no manager at all. */
  noManager: string;
  section: string;
  clients: string;
  total: string;
  share: string;
  keyClients: string;
  atRisk: string;
  atRiskAmount: string;
  lostCount: string;
  lostAmount: string;
  /** CLI summary: "Managers: 3 · largest Petrov, 41.0% of the window". */
  summary: (count: number, largest: string, share: string) => string;
  /** Summary figure of one manager's report: rows read but left out as another manager's. */
  otherManagersFigure: string;
  /** CLI summary of one manager's report: "Rows of other managers left out: 120". */
  otherManagers: (rows: number) => string;
}

const EN: ManagerLabels = {
  manager: "Manager",
  noManager: "(no manager)",
  section: "Managers",
  clients: "Clients active",
  total: "Window total",
  share: "Share",
  keyClients: "Key clients",
  atRisk: "At risk",
  atRiskAmount: "At risk, monthly average",
  lostCount: "Lost clients",
  lostAmount: "Lost, monthly amount",
  summary: (count, largest, share) => `Managers: ${count} · largest ${largest}, ${share} of the window`,
  otherManagersFigure: "Rows of other managers",
  otherManagers: (rows) => `Rows of other managers left out: ${rows}`,
};

const RU: ManagerLabels = {
  manager: "Менеджер",
  noManager: "(без менеджера)",
  section: "Менеджеры",
  clients: "Активных клиентов",
  total: "Сумма за окно",
  share: "Доля",
  keyClients: "Ключевых клиентов",
  atRisk: "Под угрозой",
  atRiskAmount: "Под угрозой, среднее в месяц",
  lostCount: "Потерянных клиентов",
  lostAmount: "Потеряно в месяц",
  summary: (count, largest, share) => `Менеджеров: ${count} · крупнейший ${largest}, ${share} окна`,
  otherManagersFigure: "Строк других менеджеров",
  otherManagers: (rows) => `Строк других менеджеров не учтено: ${rows}`,
};

const BG: ManagerLabels = {
  manager: "Търговец",
  noManager: "(без търговец)",
  section: "Търговци",
  clients: "Активни клиенти",
  total: "Оборот за периода",
  share: "Дял",
  keyClients: "Ключови клиенти",
  atRisk: "В риск",
  atRiskAmount: "В риск, среден месечен оборот",
  lostCount: "Загубени клиенти",
  lostAmount: "Загубен оборот на месец",
  summary: (count, largest, share) => `Търговци: ${count} · най-голям ${largest}, ${share} от оборота за периода`,
  otherManagersFigure: "Редове на други търговци",
  otherManagers: (rows) => `Неотчетени редове на други търговци: ${rows}`,
};

const ID: ManagerLabels = {
  manager: "Sales",
  noManager: "(tanpa sales)",
  section: "Tim sales",
  clients: "Pelanggan aktif",
  total: "Omzet periode",
  share: "Porsi",
  keyClients: "Pelanggan utama",
  atRisk: "Berisiko",
  atRiskAmount: "Berisiko, rata-rata per bulan",
  lostCount: "Pelanggan hilang",
  lostAmount: "Omzet hilang per bulan",
  summary: (count, largest, share) => `Sales: ${count} orang · terbesar ${largest}, ${share} dari omzet periode`,
  otherManagersFigure: "Baris milik sales lain",
  otherManagers: (rows) => `Baris milik sales lain yang tidak dihitung: ${rows}`,
};

const LABELS: Record<Lang, ManagerLabels> = { en: EN, ru: RU, bg: BG, id: ID };

export function managerLabels(lang: Lang): ManagerLabels {
  return LABELS[lang];
}
