// The shell: three panes (library · reader · notebook), the command palette, shortcuts,
// drag-and-drop import, and the banners every failure ends up in.
import { useCallback, useEffect, useRef, useState, type JSX } from 'react';
import type { AppInfo, ArticleSummary, Claim, NoteSummary } from '../src-main/api/contract/methods';
import { api, errorMessage } from './api/client';
import { Banners, type Banner } from './components/Banners';
import { CommandPalette } from './features/palette';
import { shortcutLabel } from './components/platform';
import { installKeyDispatcher, isTyping } from './commands/keys';
import { rememberFocus, returnFocus } from './commands/focus';
import { useAllCommands, useCommands } from './commands/useCommands';
import { announceDecisionChange } from './commands/decisionEvents';
import { ShortcutsSheet } from './components/ShortcutsSheet';
import { SplitPanes } from './components/SplitPanes';
import { filesFromDrop, startImport, type ImportHandle, type ImportItem, type ImportProgress, type ImportReport } from './features/library/importFiles';
import { ImportProgressBar, ImportReportDialog, ImportSummary } from './features/library/ImportPanel';
import { PasteDialog } from './features/library/PasteDialog';
import { LibraryPane, type LibraryHandle } from './features/library/LibraryPane';
import { NotebookPane, seedClaim, type NotebookHandle } from './features/notebook/NotebookPane';
import { ReaderPane, type ReaderTarget } from './features/reader/ReaderPane';
import { ANNOTATION_COMMANDS, runAnnotationAction } from './features/reader/annotationActions';
import { FindPanel } from './features/search/FindPanel';
import { ComparePanel } from './features/compare';
import { Welcome } from './features/start/Welcome';
import { EntitiesHost } from './features/entities/index';
import { openEntity } from './components/entityEvents';
import { BackupsDialog, openBackups } from './features/backups/BackupsDialog';

let nextBannerId = 1;

const LAST_ARTICLE_KEY = 'quire.lastArticle';

function readPref(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writePref(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* not fatal */
  }
}

function fetchArticles(): Promise<ArticleSummary[]> {
  // Each summary carries its claim count: no need to fetch every claim.
  return api.call('articles.list', {});
}

/** Are words selected in the reader's text (where H / C / T annotate them)? */
function readerHasSelection(): boolean {
  const sel = window.getSelection();
  const text = document.getElementById('reader-text');
  return !!sel && !sel.isCollapsed && sel.rangeCount > 0 && !!text?.contains(sel.getRangeAt(0).commonAncestorContainer);
}

function hasFiles(e: DragEvent): boolean {
  return [...(e.dataTransfer?.types ?? [])].includes('Files');
}

export function App(): JSX.Element {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [notes, setNotes] = useState<NoteSummary[] | null>(null);
  const [target, setTarget] = useState<ReaderTarget | null>(null);
  const [activeClaim, setActiveClaim] = useState<Claim | null>(null);
  const [banners, setBanners] = useState<Banner[]>([]);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [findOpen, setFindOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  // compare (#6)
  const [compareOpen, setCompareOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [lastReport, setLastReport] = useState<ImportReport | null>(null);
  const [summaryShown, setSummaryShown] = useState(false);
  const [reportOpen, setReportOpen] = useState(false);
  const [pasteOpen, setPasteOpen] = useState(false);
  const importHandle = useRef<ImportHandle | null>(null);
  const [sampleBusy, setSampleBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [revision, setRevision] = useState(0);
  const library = useRef<LibraryHandle>(null);
  const notebook = useRef<NotebookHandle>(null);

  const dismiss = useCallback((id: number) => setBanners((bs) => bs.filter((b) => b.id !== id)), []);
  const report = useCallback(
    (message: string, kind: Banner['kind'] = 'error', replaces?: string) => {
      const id = nextBannerId++;
      // A banner of the same `replaces` group (the undo toast) takes the previous one's place.
      const same = (b: Banner): boolean => b.message === message || (replaces !== undefined && b.group === replaces);
      setBanners((bs) => [...bs.filter((b) => !same(b)), { id, kind, message, ...(replaces !== undefined ? { group: replaces } : {}) }].slice(-6));
      if (kind === 'info') window.setTimeout(() => dismiss(id), 5000);
    },
    [dismiss],
  );

  const applyArticles = useCallback((list: ArticleSummary[]) => {
    setArticles(list);
  }, []);

  const refreshArticles = useCallback(async (): Promise<ArticleSummary[]> => {
    try {
      const list = await fetchArticles();
      applyArticles(list);
      return list;
    } catch (err) {
      report(`Could not list articles: ${errorMessage(err)}`);
      setArticles((a) => a ?? []);
      return [];
    }
  }, [applyArticles, report]);

  useEffect(() => {
    api.call('app.info', {}).then(setInfo, (err: unknown) => report(`Quire’s service did not answer: ${errorMessage(err)}`));
    fetchArticles().then(
      (list) => {
        applyArticles(list);
        // Reopen the article that was open last time.
        const last = Number(readPref(LAST_ARTICLE_KEY));
        if (list.some((a) => a.id === last)) setTarget({ articleId: last, claimId: null, nonce: Date.now() });
      },
      (err: unknown) => {
        report(`Could not list articles: ${errorMessage(err)}`);
        setArticles([]);
      },
    );
  }, [applyArticles, report]);

  const openArticle = useCallback((articleId: number, claimId: number | null = null, span?: { start: number; end: number }) => {
    setTarget({ articleId, claimId, nonce: Date.now(), ...(span ? { span } : {}) });
    writePref(LAST_ARTICLE_KEY, String(articleId));
    if (claimId === null) setActiveClaim(null);
  }, []);

  // A chip clicked in a note: open its article and select the claim there.
  const openCitation = useCallback(
    (articleId: number, claimId: number | null, span?: { start: number; end: number }) => {
      openArticle(articleId, claimId, span);
      if (claimId !== null) {
        api.call('claims.list', { articleId }).then(
          (cs) => setActiveClaim(cs.find((c) => c.id === claimId) ?? null),
          () => undefined,
        );
      }
    },
    [openArticle],
  );

  const onFiles = useCallback(
    async (files: ImportItem[]) => {
      if (importHandle.current) {
        report('An import is already running: wait for it, or cancel it first.', 'info');
        return;
      }
      setImporting(true);
      setSummaryShown(false);
      setReportOpen(false);
      // The library shows each file as soon as it is stored: a progress report with more files
      // imported re-reads the list (one read at a time, the latest count last).
      let shown = 0;
      let reading: Promise<unknown> | null = null;
      let again = false;
      const reread = (): void => {
        if (reading) {
          again = true;
          return;
        }
        reading = refreshArticles().finally(() => {
          reading = null;
          if (again) {
            again = false;
            reread();
          }
        });
      };
      const handle = startImport(files, (p) => {
        setProgress(p);
        if (p.imported > shown) {
          shown = p.imported;
          reread();
        }
      });
      importHandle.current = handle;
      try {
        const result = await handle.done;
        setLastReport(result);
        const problems = result.lines.filter((l) => l.status !== 'imported');
        for (const f of problems.slice(0, 3)) report(`Could not import “${f.fileName}”: ${f.message ?? f.status}`);
        if (problems.length > 3) report(`${problems.length - 3} more files were not imported: see the import report.`);
        if (files.length > 1 || problems.length > 0 || result.cancelled > 0) setSummaryShown(true);
        await refreshArticles();
        if (result.imported.length > 0) {
          setRevision((r) => r + 1);
          const last = result.imported[result.imported.length - 1];
          if (last) openArticle(last.article.id);
          const claims = result.imported.reduce((n, o) => n + o.claims, 0);
          report(
            `Imported ${result.imported.length} article${result.imported.length === 1 ? '' : 's'} · ${claims} claim${claims === 1 ? '' : 's'} found`,
            'info',
          );
        }
      } finally {
        importHandle.current = null;
        setProgress(null);
        setImporting(false);
      }
    },
    [refreshArticles, openArticle, report],
  );

  const importPaste = useCallback(
    async (content: { text?: string; html?: string }) => {
      try {
        const outcome = await api.call('articles.importPaste', content);
        setPasteOpen(false);
        await refreshArticles();
        setRevision((r) => r + 1);
        openArticle(outcome.article.id);
        report(`Imported “${outcome.article.title}” · ${outcome.claims} claim${outcome.claims === 1 ? '' : 's'} found`, 'info');
      } catch (err) {
        report(`Could not import the pasted text: ${errorMessage(err)}`);
      }
    },
    [refreshArticles, openArticle, report],
  );

  const openSample = useCallback(async () => {
    setSampleBusy(true);
    try {
      const loaded = await api.call('sample.load', {});
      const list = await refreshArticles();
      await notebook.current?.refresh();
      await notebook.current?.openNote(loaded.noteId);
      if (list[0]) openArticle(list[0].id);
    } catch (err) {
      report(`Could not open the sample notebook: ${errorMessage(err)}`);
    } finally {
      setSampleBusy(false);
    }
  }, [refreshArticles, openArticle, report]);

  const citeClaim = useCallback(
    (claim: Claim | null) => {
      if (!claim) {
        report('Select a claim in the reader first, then cite it.', 'info');
        return;
      }
      seedClaim(claim, articles?.find((a) => a.id === claim.articleId)?.title ?? null);
      void notebook.current?.insertCitation({ kind: 'claim', claimId: claim.id });
    },
    [articles, report],
  );

  const focusReader = useCallback(() => document.getElementById('reader-text')?.focus(), []);

  // Review decisions (claims, entities, suggestions) undone and redone in the service, whichever
  // pane made them; every pane re-reads what it shows.
  const stepDecision = useCallback(
    async (method: 'decisions.undo' | 'decisions.redo') => {
      try {
        const step = await api.call(method, {});
        if (!step) {
          report(method === 'decisions.undo' ? 'Nothing to undo.' : 'Nothing to redo.', 'info', 'undo');
          return;
        }
        report(`${method === 'decisions.undo' ? 'Undone' : 'Redone'}: ${step.label}`, 'info', 'undo');
        setRevision((r) => r + 1);
        announceDecisionChange();
      } catch (err) {
        report(`Could not ${method === 'decisions.undo' ? 'undo' : 'redo'}: ${errorMessage(err)}`);
      }
    },
    [report],
  );

  const openCompare = useCallback(() => {
    rememberFocus();
    setCompareOpen(true);
  }, []);
  const closeCompare = useCallback(() => {
    setCompareOpen(false);
    window.setTimeout(returnFocus, 0);
  }, []);

  const notTyping = (): boolean => !isTyping(document.activeElement);
  useCommands([
    {
      id: 'palette',
      run: () =>
        setPaletteOpen((o) => {
          if (!o) rememberFocus();
          return !o;
        }),
    },
    { id: 'find', run: () => setFindOpen(true) },
    { id: 'compare', run: openCompare },
    { id: 'entities', run: () => openEntity(null) },
    {
      id: 'shortcuts',
      run: () => {
        rememberFocus();
        setShortcutsOpen(true);
      },
    },
    { id: 'undo', enabled: notTyping, run: () => void stepDecision('decisions.undo') },
    { id: 'redo', enabled: notTyping, run: () => void stepDecision('decisions.redo') },
    { id: 'import', run: () => library.current?.openFilePicker() },
    { id: 'import-folder', run: () => library.current?.openFolderPicker() },
    // In a text field Ctrl+Shift+V stays "paste as plain text".
    { id: 'paste', enabled: notTyping, run: () => setPasteOpen(true) },
    { id: 'import-report', enabled: () => lastReport !== null, run: () => setReportOpen(true) },
    { id: 'import-cancel', enabled: () => importing, run: () => importHandle.current?.cancel() },
    { id: 'sample', run: () => void openSample() },
    { id: 'focus-library', run: () => library.current?.focusList() },
    { id: 'focus-reader', run: focusReader },
    { id: 'focus-notebook', run: () => notebook.current?.focusEditor() },
    { id: 'new-note', run: () => void notebook.current?.newNote() },
    { id: 'export', run: () => notebook.current?.openExport() },
    { id: 'cite', run: () => citeClaim(activeClaim) },
    { id: 'insert-table', run: () => void notebook.current?.insertEmptyTable(3, 3) },
    ...ANNOTATION_COMMANDS.map(({ id, action, letter }) => ({
      id,
      // A letter key annotates only over a selection; from the palette the reader says what is missing.
      ...(letter ? { enabled: readerHasSelection } : {}),
      run: () => {
        if (!runAnnotationAction(action)) report('Open an article in the reader first.', 'info');
      },
    })),
    { id: 'backups', run: openBackups },
  ]);
  const allCommands = useAllCommands();
  useEffect(installKeyDispatcher, []);

  // Files dropped anywhere on the window are imported.
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (!e.dataTransfer) return;
      // Folders are walked (webkitGetAsEntry must be read during the event itself).
      void filesFromDrop(e.dataTransfer).then(
        (files) => {
          if (files.length) void onFiles(files);
          else report('Nothing to import in what was dropped.', 'info');
        },
        (err: unknown) => report(`Could not read what was dropped: ${errorMessage(err)}`),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles, report]);

  const loaded = articles !== null && notes !== null;
  const showWelcome = loaded ? articles.length === 0 && notes.length === 0 : info?.empty === true;

  const readerEmpty = showWelcome ? (
    <Welcome busy={sampleBusy} onSample={() => void openSample()} onImport={() => library.current?.openFilePicker()} />
  ) : (
    <div className="pane-empty center">
      <p>{articles && articles.length > 0 ? 'Select an article in the library.' : 'Import an article to start reading.'}</p>
      <p className="muted small">{shortcutLabel('Mod+K')} lists every command.</p>
    </div>
  );

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Quire</span>
        <button type="button" className="palette-hint" onClick={() => setPaletteOpen(true)} title="Command palette">
          Commands <kbd>{shortcutLabel('Mod+K')}</kbd>
        </button>
        {info && (
          <span className="muted small topbar-info" title={info.dbPath}>
            v{info.version}
          </span>
        )}
      </header>
      <Banners banners={banners} onDismiss={dismiss} />
      <SplitPanes
        left={
          <div className="pane-context" data-context="library">
          <LibraryPane
            ref={library}
            articles={articles}
            status={
              progress ? (
                <ImportProgressBar progress={progress} onCancel={() => importHandle.current?.cancel()} />
              ) : summaryShown && lastReport ? (
                <ImportSummary report={lastReport} onOpen={() => setReportOpen(true)} onDismiss={() => setSummaryShown(false)} />
              ) : null
            }
            selectedId={target?.articleId ?? null}
            busy={importing}
            onSelect={(id) => openArticle(id)}
            onFiles={(files) => void onFiles(files)}
            onEnter={focusReader}
          />
          </div>
        }
        middle={
          <div className="pane-context" data-context="reader">
          <ReaderPane
            target={target}
            activeClaimId={activeClaim?.id ?? null}
            onSelectClaim={setActiveClaim}
            onCite={citeClaim}
            onError={report}
            empty={readerEmpty}
            revision={revision}
            onOpenArticle={(id) => openArticle(id)}
            onArticleChange={() => void refreshArticles()}
            onCiteSpan={(ref) => void notebook.current?.insertCitation(ref)}
          />
          </div>
        }
        right={
          <div className="pane-context" data-context="notebook">
            <NotebookPane ref={notebook} onOpenArticle={openCitation} onError={report} onNotesChange={setNotes} />
          </div>
        }
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div>Drop articles or folders to import them</div>
        </div>
      )}
      {reportOpen && lastReport && (
        <ImportReportDialog report={lastReport} onClose={() => setReportOpen(false)} onOpenArticle={(id) => openArticle(id)} onChanged={() => { setRevision((r) => r + 1); void refreshArticles(); }} />
      )}
      {pasteOpen && <PasteDialog onPaste={importPaste} onClose={() => setPasteOpen(false)} />}
      {paletteOpen && (
        <CommandPalette
          commands={allCommands}
          open={{
            article: (id) => openArticle(id),
            note: (id) => void notebook.current?.openNote(id),
            claim: (articleId, claimId) => openCitation(articleId, claimId),
            entity: (id) => openEntity(id),
          }}
          onClose={(ran) => {
            setPaletteOpen(false);
            // Cancelled, the focus goes back to where it was; a command decides it otherwise.
            if (!ran) window.setTimeout(returnFocus, 0);
          }}
        />
      )}
      {findOpen && (
        <FindPanel
          onClose={() => setFindOpen(false)}
          onOpenArticle={(id) => openArticle(id)}
          onOpenClaim={openCitation}
          onOpenNote={(id) => void notebook.current?.openNote(id)}
        />
      )}
      {shortcutsOpen && (
        <ShortcutsSheet
          commands={allCommands}
          onClose={() => {
            setShortcutsOpen(false);
            window.setTimeout(returnFocus, 0);
          }}
        />
      )}
      {/* entities (#4) */}
      <EntitiesHost onOpenClaim={openCitation} onOpenArticle={(id) => openArticle(id)} onOpenNote={(id) => void notebook.current?.openNote(id)} onError={report} />

      {/* compare (#6) */}
      {compareOpen && (
        <ComparePanel
          onClose={closeCompare}
          onOpenClaim={openCitation}
          onInsertTable={async (table) => notebook.current?.insertTable(table)}
          onError={report}
        />
      )}

      {/* backups (#8): after a restore every pane reloads from the restored library */}
      <BackupsDialog onError={report} onRestored={() => window.location.reload()} />
    </div>
  );
}
