// Backups from the app: the palette opens the backups dialog; "Back up now" adds one; restoring
// it (Enter, then Enter to confirm) replaces the library and the app shows the restored one; the
// replaced library is listed as a backup, so the restore can be undone the same way.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, CORPUS_FILES } from '../integration/service-helpers';
import { launch, resultsDir, waitFor, type Harness } from './support/harness';
import { readFileSync } from 'node:fs';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const noteRows = (): Promise<string[]> => h.page.locator('.note-row').allTextContents();

describe('backups in the app', () => {
  it('backs up from the palette, restores a backup, and undoes the restore', async () => {
    const { page } = h;
    const file = CORPUS_FILES[0];
    await h.api('articles.import', { fileName: file, data: readFileSync(join(CORPUS_DIR, file)).toString('base64') });
    await h.api('notes.create', { title: 'Kept in the backup' });
    await page.goto(h.host.url);
    await waitFor('the note', async () => (await noteRows()).some((t) => t.includes('Kept in the backup')));

    const openDialog = async (): Promise<void> => {
      await page.keyboard.press('Control+K');
      await page.getByRole('combobox', { name: 'Command' }).fill('backups');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Backups' }).waitFor();
    };
    await openDialog();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.getByText('No backups yet').waitFor();
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await waitFor('one backup', async () => (await dialog.getByRole('option').count()) === 1);
    expect(await dialog.getByRole('option').first().textContent()).toContain('made by hand');
    await page.keyboard.press('Escape');
    await waitFor('dialog closed', async () => (await dialog.count()) === 0);

    // Work after the backup.
    await h.api('notes.create', { title: 'Written after the backup' });
    await page.reload();
    await waitFor('two notes', async () => (await noteRows()).length === 2);

    await openDialog();
    await waitFor('listed', async () => (await dialog.getByRole('option').count()) === 1);
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain('The current library is kept as a backup');
    await page.screenshot({ path: join(resultsDir, 'backups-restore.png') });
    await page.keyboard.press('Enter');

    // The app reloads on the restored library.
    await waitFor('restored notes', async () => {
      const rows = await noteRows();
      return rows.length === 1 && rows[0]?.includes('Kept in the backup');
    });
    expect((await h.api<unknown[]>('articles.list', {})).length).toBe(1);

    // Undo: the replaced library is the newest backup.
    await openDialog();
    await waitFor('two backups', async () => (await dialog.getByRole('option').count()) === 2);
    expect(await dialog.getByRole('option').first().textContent()).toContain('before a restore');
    await page.screenshot({ path: join(resultsDir, 'backups-list.png') });
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await waitFor('undone', async () => (await noteRows()).length === 2);

    expect(h.pageErrors).toEqual([]);
    expect(h.offHost).toEqual([]);
  });
});
