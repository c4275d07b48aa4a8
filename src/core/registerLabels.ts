// Words of the key-client register (SPEC §13), in every language of the sheet's labels: the sheet,
// the columns, the statuses, the seven kinds of relationship, the client roles, and what is wrong
// with a register the user has broken.

import type { Lang } from "./types";

/** Columns the add-in refreshes on every build. */
export const COMPUTED_COLUMNS = [
  "client", "manager", "rank", "abcXyz", "keyNow", "status", "monthsKey", "keySince", "lastShipment", "average", "trend", "risk", "margin", "companyMargin",
] as const;
/** Columns the manager writes: never overwritten (Client role only filled while empty). */
export const MANAGER_COLUMNS = ["relationship", "clientRole", "decisionMakers", "dossier", "nextStep", "nextStepDate", "notes"] as const;
export type RegisterColumn = (typeof COMPUTED_COLUMNS)[number] | (typeof MANAGER_COLUMNS)[number];
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [...COMPUTED_COLUMNS, ...MANAGER_COLUMNS];

export type RegisterStatus = "newKey" | "key" | "nearKey" | "dropped" | "active" | "lost" | "inactive";
/** The seven kinds of relationship that hold a key client (SPEC §13), strongest first. */
export const RELATIONSHIPS = ["structural", "brand", "reputation", "personal", "informationControl", "value", "zeroChoice"] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export type ClientRole = "breadwinner" | "prospective" | "imageMaker" | "expert";

/** What makes a register unusable; nothing is changed while it stands. */
export type RegisterProblem =
  | { kind: "noHeader" }
  | { kind: "missingColumns"; columns: RegisterColumn[] }
  | { kind: "duplicateColumn"; column: RegisterColumn };

export interface RegisterLabels {
  sheet: string;
  columns: Record<RegisterColumn, string>;
  yes: string;
  status: Record<RegisterStatus, string>;
  relationships: Record<Relationship, string>;
  roles: Record<ClientRole, string>;
  problem: (problem: RegisterProblem, sheet: string) => string;
}

const quoteList = (names: string[]) => names.map((n) => `“${n}”`).join(", ");

const EN: RegisterLabels = {
  sheet: "Key-client register",
  columns: {
    client: "Client", manager: "Manager", rank: "Rank", abcXyz: "ABC-XYZ", keyNow: "Key now", status: "Status", monthsKey: "Months key",
    keySince: "Key since", lastShipment: "Last shipment", average: "Average", trend: "Trend", risk: "Risk", margin: "Margin",
    companyMargin: "Company margin", relationship: "Relationship", clientRole: "Client role", decisionMakers: "Decision makers",
    dossier: "Dossier", nextStep: "Next step", nextStepDate: "Next step date", notes: "Notes",
  },
  yes: "Yes",
  status: { newKey: "new key", key: "key", nearKey: "near-key", dropped: "dropped", active: "active", lost: "lost", inactive: "inactive" },
  relationships: {
    structural: "structural", brand: "brand", reputation: "reputation", personal: "personal",
    informationControl: "information and control", value: "value", zeroChoice: "zero choice",
  },
  roles: { breadwinner: "breadwinner", prospective: "prospective", imageMaker: "image-maker", expert: "expert" },
  problem: (p, sheet) => {
    if (p.kind === "noHeader") return `The table on the sheet “${sheet}” has lost its header row. Turn the header row back on (Table Design → Header Row) and build again; nothing was changed.`;
    if (p.kind === "duplicateColumn") return `The table on the sheet “${sheet}” has two columns named “${EN.columns[p.column]}”. Rename one of them and build again; nothing was changed.`;
    return `The table on the sheet “${sheet}” has no column ${quoteList(p.columns.map((c) => EN.columns[c]))}: it was renamed or deleted. Give the column its name back and build again; nothing was changed.`;
  },
};

const RU: RegisterLabels = {
  sheet: "Реестр ключевых клиентов",
  columns: {
    client: "Клиент", manager: "Менеджер", rank: "Ранг", abcXyz: "ABC-XYZ", keyNow: "Ключевой сейчас", status: "Статус", monthsKey: "Месяцев ключевым",
    keySince: "Ключевой с", lastShipment: "Последняя отгрузка", average: "Среднее", trend: "Тренд", risk: "Риск", margin: "Маржа",
    companyMargin: "Маржа компании", relationship: "Тип отношений", clientRole: "Роль клиента", decisionMakers: "ЛПР",
    dossier: "Досье", nextStep: "Следующий шаг", nextStepDate: "Дата следующего шага", notes: "Заметки",
  },
  yes: "Да",
  status: { newKey: "новый ключевой", key: "ключевой", nearKey: "близкий к ключевым", dropped: "выбыл", active: "активный", lost: "потерян", inactive: "неактивен" },
  relationships: {
    structural: "структурные", brand: "бренд", reputation: "репутация", personal: "личные",
    informationControl: "информация и контроль", value: "ценность", zeroChoice: "нулевой выбор",
  },
  roles: { breadwinner: "кормилец", prospective: "перспективный", imageMaker: "имиджмейкер", expert: "эксперт" },
  problem: (p, sheet) => {
    if (p.kind === "noHeader") return `Таблица на листе «${sheet}» потеряла строку заголовков. Включите её снова (Конструктор таблиц → Строка заголовков) и постройте отчёт ещё раз; ничего не изменено.`;
    if (p.kind === "duplicateColumn") return `В таблице на листе «${sheet}» два столбца «${RU.columns[p.column]}». Переименуйте один из них и постройте отчёт ещё раз; ничего не изменено.`;
    const names = p.columns.map((c) => `«${RU.columns[c]}»`).join(", ");
    return `В таблице на листе «${sheet}» нет ${p.columns.length === 1 ? "столбца" : "столбцов"} ${names}: ${p.columns.length === 1 ? "его" : "их"} переименовали или удалили. Верните прежнее название и постройте отчёт ещё раз; ничего не изменено.`;
  },
};

const LABELS: Record<Lang, RegisterLabels> = { en: EN, ru: RU };

export function registerLabels(lang: Lang): RegisterLabels {
  return LABELS[lang];
}

/** Every language's labels: a register built in one language is read in any other. */
export const ALL_REGISTER_LABELS: readonly RegisterLabels[] = Object.values(LABELS);
