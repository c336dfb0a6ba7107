/**
 * Issue 18: the command, headless, against a tenth round of renditions of the portal written from
 * the public facts only, by hands that had not seen the bot (see each server.ts's header).
 * On each: a dry run (nothing submitted), a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { ASPMENU_R19_LOGIN, startAspmenuR19Rendition } from './renditions/r19-aspmenu/server.js';
import {
  BS5_OFFCANVAS_R19_LOGIN,
  startBs5OffcanvasR19Rendition,
} from './renditions/r19-bs5-offcanvas/server.js';
import { RICHFACES_R19_LOGIN, startRichfacesR19Rendition } from './renditions/r19-richfaces/server.js';
import { startVaadinR19Rendition, VAADIN_R19_LOGIN } from './renditions/r19-vaadin/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r19-aspmenu',
    ...ASPMENU_R19_LOGIN,
    start: (expireOnce) => startAspmenuR19Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r19-bs5-offcanvas',
    ...BS5_OFFCANVAS_R19_LOGIN,
    start: (expireOnce) => startBs5OffcanvasR19Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r19-richfaces',
    ...RICHFACES_R19_LOGIN,
    start: (expireOnce) => startRichfacesR19Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r19-vaadin',
    ...VAADIN_R19_LOGIN,
    start: (expireOnce) => startVaadinR19Rendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend19');
