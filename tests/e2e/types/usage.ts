// Compiled against dist/'s declarations by package.test.mjs (tsc --noEmit --strict).
import type { MountOptions, Ogw, OgwPlan1, OgwDaycare1 } from '../../../dist/ogw';
import plan from '../../../www/feeds/handlingsplan-2017-2019.json';
import daycare from '../../feeds/small-daycare.json';

const seed: OgwPlan1 = plan;
const small: OgwDaycare1 = daycare as OgwDaycare1;
const options: MountOptions = { widget: 'timeline', feed: seed, lang: 'en', timeout: 5, maxBytes: 1_000_000 };
declare const ogw: Ogw;
export const done: Promise<void> = ogw.mount(document.body, options).then(() => ogw.unmount(document.body));
export const dashboard: MountOptions = { widget: 'daycare', feed: small, compare: 'a:751' };
