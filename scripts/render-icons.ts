// Renders resources/icon.svg to the PNGs electron-builder packs (run: npx tsx scripts/render-icons.ts):
// resources/icon.png (512, macOS and Windows; electron-builder derives .icns/.ico from it) and
// resources/icons/<size>x<size>.png (Linux). Chromium draws the SVG, so no image library is needed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../src-main/hosts/pdf-chromium';
import { repoRoot } from '../src-main/hosts/paths';

const resources = join(repoRoot, 'resources');
const svg = readFileSync(join(resources, 'icon.svg'));
const targets: [size: number, file: string][] = [
  [512, join(resources, 'icon.png')],
  [512, join(resources, 'icons', '512x512.png')],
  [256, join(resources, 'icons', '256x256.png')],
];

const browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM, args: CHROMIUM_ARGS });
try {
  mkdirSync(join(resources, 'icons'), { recursive: true });
  for (const [size, file] of targets) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(file, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
    process.stdout.write(`${file} (${size}×${size})\n`);
  }
} finally {
  await browser.close();
}
