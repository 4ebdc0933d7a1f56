// Must NOT compile: package.test.mjs checks that tsc finds exactly these mistakes.
import type { MountOptions, OgwPlan1 } from '../../../dist/ogw';

export const widget: MountOptions = { widget: 'statsu' };
export const feed: OgwPlan1 = { format: 'ogw.plan/1', plan: { title: 'x' } };
