// The judged set of `npm run bench:match`: 52 demands written as grassroots units write them (中风, 洋芋, 拉稀, 旱厕 …),
// a library of 384 experts written for them — the relevant ones in the words experts use (脑卒中, 马铃薯 …),
// distractors from neighbouring topics of the same field and from neighbouring fields that share words (a 脑瘫
// 康复训练 teacher for a stroke demand, 儿童腹泻 for piglets), experts who break one hard rule for one demand (booked,
// 回避, annual cap, deactivated, under-title) and unrelated fillers — with graded relevance per demand.
//
// The data is test/match/judged-set.json, so that the compiled benchmark (dist/apps/api/src/bench/match.bench.js)
// reads the very same file; its types and the hard-rule oracle live with the benchmark in
// apps/api/src/bench/match-judged.ts.
import { loadJudgedSet, type JudgedSet } from '../../apps/api/src/bench/match-judged.js';

export * from '../../apps/api/src/bench/match-judged.js';

export const JUDGED_SET: JudgedSet = loadJudgedSet(new URL('./judged-set.json', import.meta.url).pathname);
