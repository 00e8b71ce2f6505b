export { ExportDialog, saveFile } from './ExportDialog';
