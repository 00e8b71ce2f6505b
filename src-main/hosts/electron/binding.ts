// Which better-sqlite3 addon the Electron host loads. In development (`npm start`) the
// Electron-ABI build named by QUIRE_SQLITE_BINDING (kept in .native/electron/; node_modules has
// the Node build the tests use). A packaged app ignores the variable: anyone able to set the
// user's environment could otherwise load native code of their choice past the fuses; it loads
// only the addon packed beside app.asar (app.asar.unpacked), which better-sqlite3 finds itself.

/** The nativeBinding to pass to better-sqlite3, or undefined for its own (packaged) addon. */
export function sqliteBinding(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (isPackaged) return undefined;
  return env.QUIRE_SQLITE_BINDING || undefined;
}
