// The pane's Indonesian texts, with an Indonesian sentence per engine and Excel error code (those
// sentences are English at the source).

import type { ErrorCode, ErrorFacts } from "../core/errors";
import { monthLabel } from "../core/labels";
import type { Field } from "../core/types";
import type { ChangedState } from "../excel/officeErrors";
import type { PaneTexts } from "./paneTexts";
import { fieldList } from "./textsEn";

const ID_FIELDS: Record<Field, string> = {
  client: "Pelanggan",
  date: "Tanggal",
  amount: "Nilai penjualan",
  product: "Produk",
  profit: "Laba",
  quantity: "Kuantitas",
  manager: "Sales",
};

/** Indonesian advice per error code (the engine's own sentences are English). */
const ID_ADVICE: Record<ErrorCode, string> = {
  noHeader: "Di 50 baris pertama tidak ada baris judul yang memuat pelanggan, tanggal, dan nilai penjualan. Pilih tabel beserta baris judulnya.",
  missingColumn: "Pilih kolom yang diperlukan di bagian “Kolom”.",
  emptyTable: "Tabel tidak berisi baris data yang bisa dihitung. Pastikan yang dipilih adalah tabel pengiriman.",
  monthOutsideData: "Pilih bulan yang ada pengirimannya di tabel.",
  badOption: "Salah satu pengaturan tidak valid.",
  badFile: "Data tidak bisa dibaca.",
  badRegister: "Kembalikan judul kolom tabel daftar pelanggan utama lalu buat laporan lagi; workbook tidak diubah.",
};

const ID_UNCHANGED = "Data Anda tidak diubah.";
const ID_TOO_LARGE = `Tabel terlalu besar untuk Excel di browser. Buat laporan di Excel untuk Windows atau Mac, atau pilih lebih sedikit kolom. ${ID_UNCHANGED}`;
const ID_BUSY = `Excel sedang sibuk. Tunggu sebentar lalu coba lagi. ${ID_UNCHANGED}`;

/** Indonesian sentences per Excel error code (src/excel/officeErrors.ts has the English ones). */
const ID_EXCEL: Record<string, string> = {
  InvalidOperationInCellEditMode: `Excel sedang mengedit sel. Tekan Enter atau Esc untuk menyelesaikan isian, lalu coba lagi. ${ID_UNCHANGED}`,
  AccessDenied: `Excel tidak mengizinkan perubahan: workbook diproteksi atau hanya-baca. Buka proteksinya (Tinjau → Proteksi Workbook) atau simpan salinan, lalu coba lagi. ${ID_UNCHANGED}`,
  ItemNotFound: `Sheet atau range yang diperlukan hilang: diganti nama atau dihapus. Pilih tabel pengiriman lalu coba lagi. ${ID_UNCHANGED}`,
  RequestPayloadSizeLimitExceeded: ID_TOO_LARGE,
  ResponsePayloadSizeLimitExceeded: ID_TOO_LARGE,
  ActivityLimitReached: ID_BUSY,
  ServiceNotAvailable: ID_BUSY,
};
const ID_WORKBOOK_CHANGED: Record<ChangedState, (sheetName: string) => string> = {
  unfinishedSheetLeft: (sheetName) => `Excel menghentikan pembuatan laporan, dan sheet “${sheetName}” yang belum selesai tidak bisa dihapus. Hapus sheet itu lalu buat laporan lagi.`,
  previousReportRemoved: (sheetName) =>
    `Excel menghentikan pembuatan laporan: laporan lama untuk bulan ini sudah dihapus, dan laporan baru sudah lengkap di sheet “${sheetName}”. Ganti nama sheet itu atau buat laporan lagi.`,
  stateUnknown: (sheetName) => `Excel menghentikan pembuatan laporan. Mungkin masih ada sheet “${sheetName}” yang belum selesai: periksa sheet-sheet Anda, hapus jika ada, lalu buat laporan lagi.`,
};
/** The engine's error in Indonesian, from its facts; null where only the advice per code can be given. */
function factSentence(code: ErrorCode, f: ErrorFacts): string | null {
  const span = f.firstMonth && f.lastMonth ? `${monthLabel(f.firstMonth, "id")} – ${monthLabel(f.lastMonth, "id")}` : null;
  if (code === "monthOutsideData" && span && f.month) return `Tidak ada pengiriman pada ${monthLabel(f.month, "id")}: data mencakup ${span}. Pilih bulan laporan dalam periode itu.`;
  if (code === "monthOutsideData" && span) return `Data mencakup ${span} dan belum ada satu bulan penuh sebelum hari ini. Isi bulan laporan.`;
  if (f.reason === "emptySheet") return `Sheet “${f.sheet ?? ""}” kosong. Buka sheet berisi tabel pengiriman, klik salah satu selnya, lalu tekan “Pakai pilihan”.`;
  if (f.reason === "emptySelection") return "Sel yang dipilih kosong. Pilih tabel pengiriman atau klik salah satu selnya, lalu tekan “Pakai pilihan”.";
  if (f.reason === "multipleAreas") return `Ada beberapa area terpisah yang dipilih (${f.areas ?? 2}). Pilih satu blok sel atau klik sel di dalam tabel, lalu tekan “Pakai pilihan”.`;
  return null;
}

const ID_EXCEL_OTHER = `Excel tidak bisa menjalankan salah satu langkah pembuatan laporan. ${ID_UNCHANGED}`;

export const ID: PaneTexts = {
  locale: "id-ID",
  app: { title: "KeyClient", tagline: "Laporan bulanan pelanggan utama", loading: "Memuat…" },
  source: {
    title: "Data sumber",
    sheet: "Sheet",
    range: "Range",
    rowsLabel: "Baris data",
    kind: { selection: "pilihan", table: (name) => `tabel ${name}`, usedRange: "seluruh sheet" },
    headerRow: (row) => `judul di baris ${row}`,
    noHeader: "baris judul tidak ditemukan",
    useSelection: "Pakai pilihan",
    useSelectionHint: "Pilih tabel pengiriman (atau klik salah satu selnya), lalu tekan di sini.",
    inspecting: "Memeriksa tabel…",
  },
  mapping: {
    title: "Kolom",
    hint: "Ditemukan dari judul kolom. Perbaiki jika ada yang salah.",
    fields: ID_FIELDS,
    none: "(tidak ada)",
    choose: "Pilih kolom",
    missing: (field) => `Kolom “${field}” tidak ditemukan: silakan pilih.`,
    taken: (header, other, required) => `“${header}” sekarang dipakai sebagai “${other}”.${required ? " Pilih kolom lain." : ""}`,
    noMatch: "Tidak ada kolom yang cocok",
    openList: (field) => `Tampilkan kolom untuk “${field}”`,
    savedChoiceGone: (field, header) => `Kolom tersimpan “${header}” (${field}) tidak ada di tabel ini; dipakai kolom yang ditemukan dari judulnya.`,
  },
  options: {
    title: "Pengaturan",
    month: "Bulan laporan",
    monthPlaceholder: "TTTT-BB",
    monthHint: "Kosongkan untuk memakai bulan penuh terakhir dalam data.",
    months: "Jumlah bulan untuk rata-rata",
    monthsHint: "Penjualan dirata-ratakan selama sekian bulan sampai bulan laporan. Biasanya 3.",
    rule: "Cara memilih pelanggan utama",
    ruleTop: "Sejumlah pelanggan terbesar",
    rulePareto: "Pelanggan terbesar yang menyumbang porsi penjualan",
    ruleHint: "Pelanggan diurutkan menurut rata-rata penjualan bulanan.",
    topN: "Jumlah pelanggan utama",
    share: "Porsi penjualan mereka, %",
    shareHint: "80: pelanggan terbesar yang bersama-sama menyumbang 80% penjualan.",
    basis: "Kelompokkan pelanggan ke A, B, C menurut",
    basisHint: "A — terbesar, penyumbang bagian utama total; C — terkecil.",
    basisSales: "Penjualan",
    basisProfit: "Laba",
    basisProfitNeedsColumn: "Perlu kolom laba.",
    paneLanguage: "Bahasa",
    reportLanguage: "Bahasa laporan",
    langAuto: "Ikuti Excel",
    langSameAsPane: "Sama dengan panel",
    dateOrder: "Tanggal seperti 03/04/2017",
    dateOrderAuto: "Deteksi dari kolom",
    dateOrderDmy: "Hari dulu (03 = tanggal)",
    dateOrderMdy: "Bulan dulu (AS)",
  },
  build: {
    button: "Buat laporan",
    again: "Buat ulang",
    cancel: "Batal",
    progressName: "Proses pembuatan laporan",
    stage: {
      starting: "Memulai…",
      reading: (done, total) => `Membaca baris: ${done} dari ${total}…`,
      analysing: "Menganalisis…",
      writing: "Menulis sheet…",
    },
    cancelledTitle: "Pembuatan laporan dibatalkan",
    cancelled: "Workbook tidak diubah.",
    needsSetupTitle: "Atur laporan sekali saja",
    needsSetup: "Periksa kolom dan pengaturan sekali, lalu tekan “Buat laporan”. Tombol di ribbon akan membuat laporan dengan pengaturan itu.",
  },
  result: {
    title: "Laporan siap",
    keyClients: "Pelanggan utama",
    keyShare: "Porsi penjualan mereka",
    activeClients: "Pelanggan aktif",
    newInKey: "Baru masuk pelanggan utama",
    droppedFromKey: "Keluar dari pelanggan utama",
    noPrevious: "t/a",
    falling: "Pelanggan utama dengan omzet turun",
    irregular: "Pelanggan utama dengan pengiriman tidak rutin",
    rowsRead: "Baris dibaca",
    rowsUsed: "Baris dipakai",
    rowsSkipped: "Baris dilewati",
    skippedRows: (rows, more) => `baris ${rows.join(", ")}${more ? ", …" : ""}`,
    warnings: "Peringatan",
    goToSheet: "Buka sheet laporan",
    announce: (sheet, keyCount, keyShare) => `Laporan siap di sheet “${sheet}”: ${keyCount} pelanggan utama, porsi penjualan mereka ${keyShare}.`,
  },
  errors: {
    titles: {
      noHeader: "Baris judul tidak ditemukan",
      missingColumn: "Kolom wajib belum ada",
      emptyTable: "Tidak ada yang bisa dibaca",
      monthOutsideData: "Tidak ada data untuk bulan ini",
      badOption: "Periksa pengaturan",
      badFile: "Data tidak bisa dibaca",
      badRegister: "Daftar pelanggan utama perlu diperbaiki",
    },
    reasonTitles: {
      multipleAreas: "Pilih satu blok sel",
      emptySelection: "Sel yang dipilih kosong",
      emptySheet: "Sheet kosong",
    },
    excelTitle: "Excel tidak bisa menyelesaikan laporan",
    buildRunningTitle: "Laporan sedang dibuat",
    buildRunning: "Tunggu sampai selesai (prosesnya terlihat di sini), lalu buat laporan lagi bila perlu.",
    unexpectedTitle: "Terjadi kesalahan",
    unexpected: `Laporan tidak dibuat karena kesalahan yang tidak terduga. ${ID_UNCHANGED} Coba lagi; jika terulang, kirim rincian di bawah ini ke tim dukungan.`,
    settingsNotReadTitle: "Pengaturan tersimpan tidak dipakai",
    settingsNotRead: "Pengaturan tersimpan tidak bisa dibaca; dipakai pengaturan bawaan.",
    details: "Rincian",
    keyClient: (code, sentence, facts) => {
      const own = factSentence(code, facts);
      return own ? { message: own } : { message: ID_ADVICE[code], detail: sentence };
    },
    excel: (code, sentence) => ({ message: ID_EXCEL[code] ?? ID_EXCEL_OTHER, detail: sentence }),
    workbookChanged: (state, sheetName, sentence) => ({ message: ID_WORKBOOK_CHANGED[state](sheetName), detail: sentence }),
  },
  problem: (p) => {
    switch (p.kind) {
      case "noSource":
        return "Pilih tabel pengiriman terlebih dahulu.";
      case "missingColumns":
        return `Pilih kolom untuk ${fieldList(p.fields, ID_FIELDS, "dan")}.`;
      case "sameColumn":
        return `Kolom “${p.header}” dipilih sebagai “${ID_FIELDS[p.fields[0]]}” sekaligus “${ID_FIELDS[p.fields[1]]}”.`;
      case "month":
        return "Isi bulan laporan lengkap dengan tahunnya (misalnya 2017-12), atau kosongkan.";
      case "months":
        return "Jumlah bulan untuk rata-rata adalah bilangan bulat 1 sampai 24.";
      case "topN":
        return "Jumlah pelanggan utama adalah bilangan bulat, minimal 1.";
      case "share":
        return "Porsi penjualan harus lebih dari 0% dan paling banyak 100%.";
      case "profitBasis":
        return "Untuk mengelompokkan menurut laba, perlu kolom laba.";
    }
  },
};
