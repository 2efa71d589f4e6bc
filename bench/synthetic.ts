/**
 * Synthetic news articles for load tests: sentences written for this benchmark, recombined with a
 * seeded generator so that article `i` is always the same. Half English, half Arabic, 1–4 KB each.
 */
const PEOPLE_EN = ['Ana Ruiz', 'Tom Becker', 'Leila Haddad', 'Samuel Okafor', 'Mei Tanaka', 'Omar Nasser'];
const TITLES_EN = ['Mayor', 'Finance Minister', 'Health Minister', 'Prime Minister', 'spokeswoman', 'union leader'];
const ORGS_EN = ['the Port Ellis Council', 'the National Rail Company', 'the Central Bank', 'the Harbour Workers Union', 'the Ministry of Health'];
const PLACES_EN = ['Port Ellis', 'Northbridge', 'Lake Carrow', 'the capital', 'the eastern province'];
const DAYS_EN = ['on Monday', 'on Tuesday', 'last week', 'on 3 March', 'in May', 'next year', 'yesterday', 'on 12 June 2021'];
const VERBS_EN = ['approved a plan to rebuild the old harbour', 'announced new rules for rail fares', 'opened a hospital', 'warned of higher prices', 'signed an agreement on water supply', 'postponed the vote on the budget'];

const PEOPLE_AR = ['أحمد سالم', 'ليلى حداد', 'عمر ناصر', 'سارة الخطيب', 'خالد المنصور'];
const TITLES_AR = ['وزير الصحة', 'رئيس الوزراء', 'وزيرة المالية', 'المتحدث باسم الحكومة', 'محافظ المدينة'];
const ORGS_AR = ['وزارة الصحة', 'البنك المركزي', 'مجلس المدينة', 'الشركة الوطنية للنقل', 'نقابة العمال'];
const PLACES_AR = ['الرياض', 'عمان', 'الميناء', 'وسط المدينة', 'المنطقة الشرقية'];
const DAYS_AR = ['يوم الأحد', 'أمس', 'الأسبوع الماضي', 'في الثالث من مارس', 'الشهر المقبل', 'في العام المقبل'];
const VERBS_AR = ['افتتح مستشفى جديدا', 'أعلن عن خطة لإعادة بناء الميناء', 'وقع اتفاقية لتوفير المياه', 'حذر من ارتفاع الأسعار', 'أجل التصويت على الميزانية'];

/** Small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateArticle(i: number): string {
  const r = random(i + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const paragraphs = 3 + Math.floor(r() * 8);
  const lines: string[] = [];
  if (i % 2 === 0) {
    lines.push(`${pick(PLACES_EN)}: ${pick(ORGS_EN).replace(/^the /u, '')} ${pick(VERBS_EN).split(' ').slice(0, 3).join(' ')}`, '');
    for (let p = 0; p < paragraphs; p++) {
      const who = pick(PEOPLE_EN);
      lines.push(
        `${pick(TITLES_EN)} ${who} ${pick(DAYS_EN)} ${pick(VERBS_EN)} in ${pick(PLACES_EN)}, ${pick(ORGS_EN)} said. ` +
          `"We will keep working with ${pick(ORGS_EN)} until the job is done," ${who.split(' ')[1]} told reporters ${pick(DAYS_EN)}.`,
        '',
      );
    }
  } else {
    lines.push(`${pick(ORGS_AR)} ${pick(VERBS_AR)} في ${pick(PLACES_AR)}`, '');
    for (let p = 0; p < paragraphs; p++) {
      const who = pick(PEOPLE_AR);
      lines.push(
        `${pick(VERBS_AR)} ${pick(TITLES_AR)} ${who} ${pick(DAYS_AR)} في ${pick(PLACES_AR)}، بحضور ممثلين عن ${pick(ORGS_AR)}. ` +
          `وقال ${who.split(' ')[1]}: "سنواصل العمل مع ${pick(ORGS_AR)} حتى ننجز المشروع" ${pick(DAYS_AR)}.`,
        '',
      );
    }
  }
  return lines.join('\n');
}
