// Every warning (warnings.ts) in Indonesian, as warningText.ts words it in English and Russian.

import type { NumberField, Warning } from "./warnings";

const quote = (text: string) => `“${text}”`;
const rowsText = (rows: readonly number[]) => `baris ${rows.join(", ")}`;
const ORDER = { dmy: "tanggal/bulan/tahun", mdy: "bulan/tanggal/tahun" } as const;
const FIELD: Record<NumberField, string> = { amount: "nilai penjualan", profit: "laba" };
const separator = (decimal: boolean) => (decimal ? "tanda desimal" : "pemisah ribuan");

export function indonesian(w: Warning): string {
  switch (w.code) {
    case "mixedDateOrders":
      return `Kolom tanggal mencampur format tanggal-dulu dan bulan-dulu; sebagian besar ${ORDER[w.order]}, jadi ${w.count} baris seperti ${quote(w.example)} yang hanya masuk akal dengan urutan lain dilewati sebagai tanggal tidak terbaca.`;
    case "ambiguousDates":
      return `${w.count} tanggal seperti ${quote(w.example)} bisa dibaca tanggal/bulan atau bulan/tanggal dan kolomnya tidak memberi petunjuk; tanggal itu dibaca sebagai ${ORDER[w.order]}. Pilih urutan tanggal jika ini salah.`;
    case "ambiguousNumbers":
      return `${w.count} angka ${FIELD[w.field]} seperti ${quote(w.example)} bisa dibaca dua cara dan isi kolom lainnya tidak memberi petunjuk; "${w.separator}" dibaca sebagai ${separator(w.decimal)}.`;
    case "mixedNumberStyles":
      return `Kolom ${FIELD[w.field]} memakai format angka yang berbeda-beda; ${w.count} angka seperti ${quote(w.example)} dibaca dengan "${w.separator}" sebagai ${separator(w.decimal)}, sama seperti sebagian besar kolom.`;
    case "futureRows":
      return `${w.count} baris bertanggal setelah hari ini (${w.today}), pertama ${rowsText(w.rows)}; baris itu tetap dipakai, tetapi tidak menentukan bulan laporan.`;
    case "oldRows":
      return `${w.count} baris bertanggal sebelum 1990, pertama ${rowsText(w.rows)}; periksa apakah kolom tanggalnya sudah benar.`;
    case "badProfit":
      return `${w.count} baris punya laba kosong atau tidak terbaca, dihitung 0: pertama ${rowsText(w.rows)}.`;
    case "mergedNames":
      return `Nama pelanggan yang hanya berbeda huruf besar/kecil atau spasi digabung (${w.count} ejaan), misalnya ${w.examples.map((e) => `${quote(e.variant)} menjadi ${quote(e.name)}`).join(", ")}.`;
    case "unstorableCharacters":
      return `${w.count} nama berisi karakter yang tidak bisa disimpan di workbook, pertama di baris ${w.row}; karakter itu diganti dengan “\uFFFD”.`;
    case "linesMerged":
      return `${w.rows} baris tabel memakan beberapa baris file (kolom berkutip dengan ganti baris, seperti dibaca Excel): total ${w.lines} ganti baris, terbanyak di baris ${w.row}, baris file ${w.firstLine}–${w.lastLine}. Tanda kutip yang tidak ditutup menggabungkan baris sesudahnya: periksa baris-baris itu.`;
    case "encodingGuessed":
      return `File dibaca sebagai Windows-1251, padahal ${w.utf8Sequences} karakter ditulis seperti UTF-8 (byte ${w.firstInvalidByte} bukan UTF-8 yang valid); jika nama tampak rusak, simpan file sebagai UTF-8.`;
  }
}
