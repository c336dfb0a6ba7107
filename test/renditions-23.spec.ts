/**
 * Issue 18: the command, headless, against a fourteenth round of renditions of the portal written
 * from the public facts only, by hands that had not seen the bot (see each server.ts's header).
 * On each: a dry run (nothing submitted), a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { BLUEPRINT_R23_LOGIN, startBlueprintR23Rendition } from './renditions/r23-blueprint/server.js';
import { CHAKRA_R23_LOGIN, startChakraR23Rendition } from './renditions/r23-chakra/server.js';
import { ELEMENTPLUS_R23_LOGIN, startElementPlusR23Rendition } from './renditions/r23-elementplus/server.js';
import { FLUENT9_R23_LOGIN, startFluent9R23Rendition } from './renditions/r23-fluent9/server.js';
import { JQWIDGETS_R23_LOGIN, startJqwidgetsR23Rendition } from './renditions/r23-jqwidgets/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r23-blueprint',
    ...BLUEPRINT_R23_LOGIN,
    start: (expireOnce) => startBlueprintR23Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r23-chakra',
    ...CHAKRA_R23_LOGIN,
    start: (expireOnce) => startChakraR23Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r23-elementplus',
    ...ELEMENTPLUS_R23_LOGIN,
    start: (expireOnce) => startElementPlusR23Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r23-fluent9',
    ...FLUENT9_R23_LOGIN,
    start: (expireOnce) => startFluent9R23Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r23-jqwidgets',
    ...JQWIDGETS_R23_LOGIN,
    start: (expireOnce) => startJqwidgetsR23Rendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend23');
