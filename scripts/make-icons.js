#!/usr/bin/env node
// Draws the add-in icons (assets/icon-<size>.png) without any image tool:
// a green tile with three descending bars, the first one gold — the Pareto
// picture of "a few key clients make most of the sales".
// Run `node scripts/make-icons.js` after changing the design; the PNGs are committed.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 4; // 4×4 samples per pixel give smooth edges at 16 px

const TILE = [0x1f, 0x6f, 0x4a]; // deep green, close to Excel's own
const BAR = [0xff, 0xff, 0xff];
const KEY_BAR = [0xf2, 0xb7, 0x05]; // gold: the key clients

/** Shapes in unit coordinates (0..1, y down); later shapes paint over earlier ones. */
const SHAPES = [
  { color: TILE, inside: (x, y) => inRoundedRect(x, y, 0, 0, 1, 1, 0.18) },
  { color: KEY_BAR, inside: (x, y) => inRect(x, y, 0.17, 0.2, 0.35, 0.82) },
  { color: BAR, inside: (x, y) => inRect(x, y, 0.41, 0.44, 0.59, 0.82) },
  { color: BAR, inside: (x, y) => inRect(x, y, 0.65, 0.62, 0.83, 0.82) },
];

function inRect(x, y, x0, y0, x1, y1) {
  return x >= x0 && x < x1 && y >= y0 && y < y1;
}

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (!inRect(x, y, x0, y0, x1, y1)) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** RGBA pixels of one icon, each pixel the average of its sub-samples. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0]; // premultiplied r, g, b and coverage
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          let color = null;
          for (const shape of SHAPES) if (shape.inside(x, y)) color = shape.color;
          if (color) {
            sum[0] += color[0];
            sum[1] += color[1];
            sum[2] += color[2];
            sum[3] += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (sum[3] > 0) {
        pixels[o] = Math.round(sum[0] / sum[3]);
        pixels[o + 1] = Math.round(sum[1] / sum[3]);
        pixels[o + 2] = Math.round(sum[2] / sum[3]);
      }
      pixels[o + 3] = Math.round((255 * sum[3]) / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A truecolour-with-alpha PNG; every scanline uses filter 0 (none). */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
