export { ComparePanel, type CompareTabName } from './ComparePanel';
