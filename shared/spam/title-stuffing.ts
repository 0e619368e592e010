/**
 * Keyword-stuffed titles: black-hat SEO re-hosts a site's pages under a title that names other institutions, so the
 * copies rank for their names (maia.org.cn: 首都师范大学 pages titled “南航金城学院教务处_南京财经大学教务处_南京
 * 艺术学院…”). A page's own “文章_栏目_站点” title names one institution, its own, and the page shows it.
 */

/** Endings of institution names (data); schools and hospitals are what the operation stuffed. */
const SCHOOL = /(大学|学院|学校|中学|小学|幼儿园|医院|教务处|研究院|研究所)$/;
const INSTITUTION =
  /(大学|学院|学校|中学|小学|幼儿园|医院|教务处|研究院|研究所|协会|学会|委员会|政府|局|厅|公司|集团|网)$/;
const SEPARATORS = /[_|｜]+|\s+[-—–]+\s+/;
/** Names the page never mentions from which a title counts as stuffed. */
const ABSENT_MIN = 2;
/** Different schools named side by side from which a title counts as stuffed (计算机学院_南京大学 is two). */
const SCHOOLS_MIN = 3;
/** Two names sharing this many leading characters belong to one institution (南京大学 / 南京大学教务处). */
const SAME_PREFIX = 4;

const sameInstitution = (a: string, b: string) => a.slice(0, SAME_PREFIX) === b.slice(0, SAME_PREFIX);

/**
 * The institution names that make a title stuffed: those the page's visible text never mentions, or different
 * schools named side by side (the operation also rewrites the page's own name). Empty when the title is not stuffed.
 */
export function stuffedTitleNames(title: string, visibleText: string): string[] {
  const segments = title.split(SEPARATORS).map((s) => s.trim());
  const names = [...new Set(segments.filter((s) => s.length >= 4 && INSTITUTION.test(s)))];
  const absent = names.filter((name) => !visibleText.includes(name));
  if (absent.length >= ABSENT_MIN) return absent;
  const schools = names
    .filter((n) => SCHOOL.test(n))
    .filter((n, i, all) => all.findIndex((m) => sameInstitution(m, n)) === i);
  return schools.length >= SCHOOLS_MIN ? schools : [];
}
