import type { RemovableDrive } from '../../../shared/api';
import { listRemovableDrives } from './drives';

/** The desktop shell's folder dialog (Electron's), answering a path or null when cancelled. */
export type FolderPicker = () => Promise<string | null>;

/**
 * What the bundles room needs from the machine: the removable drives, the desktop's folder
 * picker, and the folders picked so far. An export writes only to one of these, so a caller
 * over the network cannot name an arbitrary folder of the PC.
 */
export interface BundlesRuntime {
  listDrives(): Promise<RemovableDrive[]>;
  folderPicker: FolderPicker | null;
  pickedFolders: Set<string>;
}

export interface BundlesOptions {
  /** Tests stand in for USB sticks with temp folders. */
  listDrives?: () => Promise<RemovableDrive[]>;
}

export function createBundlesRuntime(options: BundlesOptions = {}): BundlesRuntime {
  return {
    listDrives: options.listDrives ?? (() => listRemovableDrives()),
    folderPicker: null,
    pickedFolders: new Set(),
  };
}
