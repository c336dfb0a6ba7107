/** The renditions by name. */
import { startBootstrapNavbar } from './bootstrap-navbar.js';
import type { Rendition } from './common.js';
import { startNicWebforms } from './nic-webforms.js';

export const RENDITIONS: Record<'nic-webforms' | 'bootstrap-navbar', (port?: number) => Promise<Rendition>> =
  {
    'nic-webforms': startNicWebforms,
    'bootstrap-navbar': startBootstrapNavbar,
  };
