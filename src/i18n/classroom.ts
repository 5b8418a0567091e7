// Accessors for the classroom's modules (assignments, hand-ins, the class view; challenges are in
// ./challenges.ts), apart from ./index.ts on purpose: the bundler puts every module ./index.ts imports into
// one chunk that every widget page downloads, and these strings are needed only by the classroom pages
// (measured: keeping them in ./index.ts added about 8 KB gzip to every page with a widget).
import { pick } from './index.ts';
import { assignment as enAssignment } from './en/assignment.ts';
import { assignment as esAssignment } from './es/assignment.ts';
import { classView as enClassView } from './en/class-view.ts';
import { classView as esClassView } from './es/class-view.ts';
import { handIn as enHandIn } from './en/hand-in.ts';
import { handIn as esHandIn } from './es/hand-in.ts';

export const assignmentStrings = /* @__PURE__ */ pick<'assignment'>({ en: enAssignment, es: esAssignment });
export const handInStrings = /* @__PURE__ */ pick<'handIn'>({ en: enHandIn, es: esHandIn });
export const classViewStrings = /* @__PURE__ */ pick<'classView'>({ en: enClassView, es: esClassView });
