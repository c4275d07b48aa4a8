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

const BG: RegisterLabels = {
  sheet: "Регистър на ключовите клиенти",
  columns: {
    client: "Клиент", manager: "Търговец", rank: "Място", abcXyz: "ABC-XYZ", keyNow: "Ключов сега", status: "Статус", monthsKey: "Месеци като ключов",
    keySince: "Ключов от", lastShipment: "Последна доставка", average: "Среден оборот", trend: "Тренд", risk: "Риск", margin: "Марж",
    companyMargin: "Марж на фирмата", relationship: "Вид на връзката", clientRole: "Роля на клиента", decisionMakers: "Вземащи решения",
    dossier: "Досие", nextStep: "Следваща стъпка", nextStepDate: "Дата на следващата стъпка", notes: "Бележки",
  },
  yes: "Да",
  status: { newKey: "нов ключов", key: "ключов", nearKey: "кандидат", dropped: "отпаднал", active: "активен", lost: "загубен", inactive: "неактивен" },
  relationships: {
    structural: "структурна", brand: "марка", reputation: "репутация", personal: "лична",
    informationControl: "информация и контрол", value: "стойност", zeroChoice: "без алтернатива",
  },
  roles: { breadwinner: "основен", prospective: "перспективен", imageMaker: "имиджов", expert: "експерт" },
  problem: (p, sheet) => {
    if (p.kind === "noHeader") return `Таблицата в листа „${sheet}“ е загубила заглавния си ред. Включете го отново (Проектиране на таблица → Заглавен ред) и изгответе отчета пак; нищо не е променено.`;
    if (p.kind === "duplicateColumn") return `Таблицата в листа „${sheet}“ има две колони „${BG.columns[p.column]}“. Преименувайте едната и изгответе отчета пак; нищо не е променено.`;
    const names = p.columns.map((c) => `„${BG.columns[c]}“`).join(", ");
    return `В таблицата в листа „${sheet}“ ${p.columns.length === 1 ? "липсва колона" : "липсват колони"} ${names}: преименувани или изтрити са. Върнете предишното име и изгответе отчета пак; нищо не е променено.`;
  },
};

const ID: RegisterLabels = {
  sheet: "Daftar pelanggan utama",
  columns: {
    client: "Pelanggan", manager: "Sales", rank: "Peringkat", abcXyz: "ABC-XYZ", keyNow: "Utama sekarang", status: "Status", monthsKey: "Bulan sebagai utama",
    keySince: "Utama sejak", lastShipment: "Pengiriman terakhir", average: "Rata-rata penjualan", trend: "Tren", risk: "Risiko", margin: "Margin",
    companyMargin: "Margin perusahaan", relationship: "Jenis hubungan", clientRole: "Peran pelanggan", decisionMakers: "Pengambil keputusan",
    dossier: "Profil pelanggan", nextStep: "Langkah berikutnya", nextStepDate: "Tanggal langkah berikutnya", notes: "Catatan",
  },
  yes: "Ya",
  status: { newKey: "utama baru", key: "utama", nearKey: "kandidat", dropped: "keluar", active: "aktif", lost: "hilang", inactive: "tidak aktif" },
  relationships: {
    structural: "struktural", brand: "merek", reputation: "reputasi", personal: "personal",
    informationControl: "informasi dan kontrol", value: "nilai", zeroChoice: "tanpa pilihan lain",
  },
  roles: { breadwinner: "penopang omzet", prospective: "potensial", imageMaker: "pembangun citra", expert: "pakar" },
  problem: (p, sheet) => {
    if (p.kind === "noHeader") return `Tabel di sheet “${sheet}” kehilangan baris judulnya. Aktifkan lagi (Desain Tabel → Baris Header) lalu buat laporan lagi; tidak ada yang diubah.`;
    if (p.kind === "duplicateColumn") return `Tabel di sheet “${sheet}” punya dua kolom bernama “${ID.columns[p.column]}”. Ganti nama salah satunya lalu buat laporan lagi; tidak ada yang diubah.`;
    return `Tabel di sheet “${sheet}” tidak punya kolom ${quoteList(p.columns.map((c) => ID.columns[c]))}: kolomnya diganti nama atau dihapus. Kembalikan namanya lalu buat laporan lagi; tidak ada yang diubah.`;
  },
};

const LABELS: Record<Lang, RegisterLabels> = { en: EN, ru: RU, bg: BG, id: ID };

export function registerLabels(lang: Lang): RegisterLabels {
  return LABELS[lang];
}

/** Every language's labels: a register built in one language is read in any other. */
export const ALL_REGISTER_LABELS: readonly RegisterLabels[] = Object.values(LABELS);
