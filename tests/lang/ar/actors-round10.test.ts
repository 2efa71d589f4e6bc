/**
 * Arabic actors, round 10 (audit of unseen Saudi articles): words that open no personal name (a verb, a noun with a
 * pronoun, a conjunction before a role), a site's tag line, and bodies named only by a generic word.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/pipeline.js';
import { extractActors } from '../../../src/extract/actors.js';
import type { Actor } from '../../../src/types.js';

function run(body: string, headline = 'خبر عاجل من المنطقة'): Actor[] {
  const text = `${headline}\n\n${body}`;
  return extractActors(buildArticle(text, { format: 'text' }, { lang: 'ar', date: '2024-03-05' }));
}
const names = (actors: Actor[]) => actors.flatMap((a) => [a.name, ...a.aliases]);
const find = (actors: Actor[], name: string) => actors.find((a) => a.name === name || a.aliases.includes(name));

describe('words that open no personal name', () => {
  it('a noun with «his» after a role word («وكيل أعماله غرر به»)', () => {
    const actors = run('وقال المدافع إن وكيل أعماله غرر به قبل توقيع العقد مع النادي.');
    expect(names(actors).some((n) => n.includes('أعماله'))).toBe(false);
  });

  it('a conjunction before a second role («البروفيسور واستشاري الجراحة …»)', () => {
    const actors = run('ودعم البروفيسور واستشاري الجراحة سامر الحداد مبادرة الجمعية الخيرية.');
    expect(names(actors).some((n) => n.includes('واستشاري'))).toBe(false);
  });

  it('a verb in the plural past and a particle with a pronoun («رأي اختلفوا معه»)', () => {
    const actors = run('ولا يقبل بعضهم أي رأي اختلفوا معه، ويطالبون بإلغائه فورا.');
    expect(names(actors).some((n) => n.includes('اختلفوا') || n.includes('معه'))).toBe(false);
  });

  it('a future verb after a nationality («الاقتصاد الياباني ستهبط الأسعار»)', () => {
    const actors = run('ومع تباطؤ الاقتصاد الياباني ستهبط الصناعة العالمية بمعدل أبطأ من المتوقع.');
    expect(names(actors).some((n) => n.includes('ستهبط'))).toBe(false);
  });

  it('a preposition on a verbal noun after a nationality («للكرة المصرية لعرض مهارات …»)', () => {
    const actors = run('وقال المدرب إن المباراة فرصة للكرة المصرية لعرض إمكانيات الأندية أمام العالم.');
    expect(names(actors).some((n) => n.includes('لعرض'))).toBe(false);
  });

  it('a past verb of the form «أفعى» between a title and a name («القنصل الإيطالي أعطى سالم …»)', () => {
    const actors = run('وعند ذكر اسم القنصل الإيطالي أعطى سالم الإشارة لرجاله فبدأت العملية.');
    expect(names(actors).some((n) => n.includes('أعطى'))).toBe(false);
  });

  it('the field of a committee at the end of a title («الرئيسة التنفيذية للجنة تكافؤ الأجور»)', () => {
    const actors = run('وكانت الرئيسة التنفيذية للجنة تكافؤ الأجور بين عامي 1990 و1995 قبل أن تدخل البرلمان.');
    expect(actors.some((a) => a.type === 'person' && a.name.includes('تكافؤ'))).toBe(false);
  });
  it('still names a person after a title and a known name («وكيل الوزارة سالم …»)', () => {
    const actors = run('وقال وكيل الوزارة سالم الدوسري إن العمل مستمر.');
    expect(find(actors, 'سالم الدوسري')?.type).toBe('person');
  });
});

describe("a site's tag line", () => {
  it('does not join the names of a closing tag line into one person', () => {
    const actors = run('وأوضح المتحدث باسم الأمانة فهد شاكر أن اللجنة بدأت عملها، وقال إن الأمين سالم ناصر وجه بذلك. سمات الأمانة سالم ناصر فهد شاكر جدة');
    expect(names(actors).some((n) => n.includes('ناصر فهد'))).toBe(false);
    expect(find(actors, 'سالم ناصر')?.type).toBe('person');
    expect(find(actors, 'فهد شاكر')?.type).toBe('person');
  });
  it('keeps «سمات» after a preposition as a word of the story, even at its end', () => {
    const actors = run('وقال الموظفون إن من سمات المدير سالم ناصر أنه صبور');
    expect(find(actors, 'سالم ناصر')?.type).toBe('person');
  });
});

describe('bodies named only by a generic word', () => {
  it('a head with a genitive that is itself a bare head («مجلس الإدارة», «إدارة النادي»)', () => {
    const actors = run('وتحدث اللاعب عن عضو في مجلس الإدارة، وقال إن الصورة واضحة أمام إدارة النادي في الموسم المقبل.');
    expect(find(actors, 'مجلس الإدارة')).toBeUndefined();
    expect(find(actors, 'إدارة النادي')).toBeUndefined();
  });
  it('keeps such a body where it acts («وقرر مجلس الإدارة …»)', () => {
    const actors = run('وقرر مجلس الإدارة تأجيل الاجتماع إلى الشهر المقبل.');
    expect(find(actors, 'مجلس الإدارة')?.type).toBe('organization');
  });
  it('a team or staff named by describing adjectives alone («الفريق الكروي الأول», «الجهاز الفني»)', () => {
    const actors = run('وواصل الفريق الكروي الأول بنادي الشباب تدريباته تحت إشراف الجهاز الفني.');
    expect(find(actors, 'الفريق الكروي الأول')).toBeUndefined();
    expect(find(actors, 'الجهاز الفني')).toBeUndefined();
  });
  it('keeps a body whose genitive names it («قيادة الجيش», «مجلس الوزراء», «إدارة المرور»)', () => {
    const actors = run('وأعلنت قيادة الجيش حالة التأهب، وناقش مجلس الوزراء الخطة، وحذرت إدارة المرور من السرعة.');
    expect(find(actors, 'قيادة الجيش')).toBeDefined();
    expect(find(actors, 'مجلس الوزراء')).toBeDefined();
    expect(find(actors, 'إدارة المرور')).toBeDefined();
  });
});

describe('names that look like those words', () => {
  it('keeps a French given name in «ـوا» and a transliteration opening with «تيا»', () => {
    const actors = run('وقال المدرب الفرنسي فرانسوا ميشيل إن الفريق جاهز. وقال اللاعب إن مواطنه تياجو مارتينز الذي رحل للدوري القطري صديقه.');
    expect(find(actors, 'فرانسوا ميشيل')?.type).toBe('person');
    expect(find(actors, 'تياجو مارتينز')?.type).toBe('person');
  });
  it('keeps a club named by a head noun («نادي الاتحاد») and a board inside a title', () => {
    const actors = run('وأعلن نادي الاتحاد تعاقده مع المدافع. وقال رئيس مجلس الإدارة في الشركة سامي فرحات إن الصفقة مهمة.');
    expect(find(actors, 'نادي الاتحاد')?.type).toBe('organization');
    expect(find(actors, 'سامي فرحات')?.type).toBe('person');
  });
});

describe('a media figure as a title', () => {
  it('names the person after «الإعلامي» and a nationality', () => {
    const actors = run('أثار اتهام الإعلامي السوري سامر عبدالكريم بقتل زوجته الجدل. وكشفت التحريات أن قتل الزوجة وقع في الصيف.');
    expect(find(actors, 'سامر عبدالكريم')?.title).toBe('الإعلامي السوري');
  });
  it('takes no broken plural of the «تفاعيل» shape for a name after a title', () => {
    const actors = run('وأظهر المقطع الإعلامي والسائق تفاصيل الحادث قبل توقيفهما.');
    expect(names(actors).some((n) => n.includes('تفاصيل'))).toBe(false);
  });
});

describe('a club named inside a title', () => {
  it('is an actor beside the coach or the chairman', () => {
    const actors = run('قال المدير الفني للفريق الأول بنادي الشباب جورج ميلان إن المباراة صعبة. وقال رئيس نادي الوحدة سالم الحربي إن الفريق جاهز.');
    expect(find(actors, 'جورج ميلان')?.title).toBe('المدير الفني للفريق الأول بنادي الشباب');
    expect(find(actors, 'نادي الشباب')?.type).toBe('organization');
    expect(find(actors, 'نادي الوحدة')?.type).toBe('organization');
  });
  it('takes no military rank for a club («قائد الفريق أول …»)', () => {
    const actors = run('وقال رئيس هيئة الأركان الفريق أول ركن سالم الحربي إن القوات جاهزة.');
    expect(actors.filter((a) => a.type === 'organization').map((a) => a.name)).not.toContain('الفريق أول');
  });
});

describe('foreigners known by one name or after a sports role', () => {
  it('takes one bare word after a nationality used as a noun, before a relative pronoun or a particle', () => {
    const actors = run('ويشارك جميع اللاعبين باستثناء البرازيلي ريكاردينو الذي يواصل علاجه، ويتدرب الفريق تحت قيادة الإسباني غارسيا بعد الإجازة.');
    expect(find(actors, 'ريكاردينو')?.type).toBe('person');
    expect(find(actors, 'غارسيا')?.type).toBe('person');
  });
  it('takes no adjective, adverb or noun after a nationality for a name', () => {
    const actors = run('وتعاقد النادي مع البرازيلي جديد في الصيف، ووقع الكويتي حاليا على العقد، ويعاني الاقتصاد الصيني ركودا.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });
  it('reads athletes and the feminine of address as titles, and ends a name before «بالـ» on a feminine noun', () => {
    const actors = run('ووصلت العداءة الكينية جويس موتاي إلى خط النهاية، وفاز السباح الأمريكي مارك ستيفنز بالذهبية، وكرمت الجامعة الأستاذة لورا ميتشل.');
    expect(find(actors, 'جويس موتاي')?.title).toBe('العداءة الكينية');
    expect(find(actors, 'مارك ستيفنز')?.title).toBe('السباح الأمريكي');
    expect(find(actors, 'لورا ميتشل')?.title).toBe('الأستاذة');
  });
});

describe('a body named by its field after its nationality', () => {
  it('takes «لـ» with a noun and its genitive after the nationality («الاتحاد السعودي لكرة القدم»)', () => {
    const actors = run('وأعلن الاتحاد الأردني لكرة السلة عقوبات جديدة، وعقد المركز الوطني لأبحاث المياه ورشة.');
    expect(find(actors, 'الاتحاد الأردني لكرة السلة')?.type).toBe('organization');
  });
  it('stops at the nationality before a purpose after a team or a government', () => {
    const actors = run('وسافر المنتخب الأردني لملاقاة الفريق الياباني، ودعا الوزير الحكومة التركية لوقف العمليات.');
    expect(find(actors, 'المنتخب الأردني')?.type).toBe('organization');
    expect(find(actors, 'الحكومة التركية')?.type).toBe('organization');
  });
});

describe('name extents', () => {
  it('keeps a body\'s seat named by a wrapper and its place («… بمحافظة الطائف», «… في منطقة نجران»)', () => {
    const actors = run('وعقدت لجنة التنمية السياحية بمحافظة الطائف اجتماعها، وأعلنت إدارة التعليم في منطقة نجران موعد الدراسة.');
    expect(find(actors, 'لجنة التنمية السياحية بمحافظة الطائف')?.type).toBe('organization');
    expect(find(actors, 'إدارة التعليم في منطقة نجران')?.type).toBe('organization');
  });
  it('takes «الله» into a theophoric family name written as two words, and never as a name alone', () => {
    const actors = run('وقال المدير العام فهد العبد الله إن المشروع اكتمل والحمد لله. وأكد العبد الله أن العمل مستمر بإذن الله.');
    const p = find(actors, 'فهد العبد الله');
    expect(p?.aliases).toEqual(['العبد الله']);
  });
  it('ends a name before a past verb of an official («… بن سعود دشن المعرض»)', () => {
    const actors = run('وفي حفل كبير افتتح الأمير خالد بن سعود دشن المعرض الدولي للكتاب.');
    expect(find(actors, 'خالد بن سعود')?.type).toBe('person');
  });
});

describe('the people a headline counts or names by a plural', () => {
  const run2 = (headline: string, body: string) => extractActors(buildArticle(`${headline}\n\n${body}`, { format: 'text' }, { lang: 'ar', date: '2024-03-05' }));
  it('a counted singular in the headline and the definite plural in the body («40 معلماً» / «المعلمين الجدد»)', () => {
    const actors = run2('إدارة التعليم تستقبل 40 معلماً جديداً', 'استقبلت إدارة التعليم في المحافظة المعلمين الجدد في القاعة الكبرى.');
    expect(find(actors, 'المعلمين الجدد')?.type).toBe('group');
  });
  it('a sound plural of a participle in both («المتقدمين للوظائف»), not with a conjunction after it', () => {
    const actors = run2('الفرع يرد على المتقدمين للوظائف', 'ورد مدير الفرع على المتقدمين والمراجعين عبر حسابه.');
    expect(find(actors, 'المتقدمين')?.type).toBe('group');
  });
  it('not a body\'s genitive («حزب العمال»), nor a broken plural of the «مفاعيل» shape («ملايين»)', () => {
    const actors = run2('الحكومة تطالب حزب العمال بالانسحاب وتخصص ملايين للإعمار', 'وطالبت الحكومة حزب العمال بسحب قواته، وخصصت الملايين لإعادة الإعمار.');
    expect(actors.filter((a) => a.type === 'group').map((a) => a.name)).toEqual([]);
  });
});

describe('more nationalities, and a name before a known word in the accusative', () => {
  it('reads Latin American, African and Asian nationalities before a foreign name', () => {
    const actors = run('وسجل الأوروغوياني ماتياس ليما هدفا، ووصلت الكينية ماري كيتاني أولا، وتألق الفلبيني مانويل سانتوس.');
    expect(find(actors, 'ماتياس ليما')?.type).toBe('person');
    expect(find(actors, 'ماري كيتاني')?.type).toBe('person');
    expect(find(actors, 'مانويل سانتوس')?.type).toBe('person');
  });
});

describe('a group named in the construct state and its plural alone', () => {
  it('joins «الأهالي» and «بعض الأهالي» to «أهالي النسيم»', () => {
    const actors = extractActors(buildArticle('أهالي الورود يطالبون بحديقة\n\nطالب أهالي حي الورود بإنشاء حديقة. وقال الأهالي إن الحي يفتقر للخدمات. وأكد بعض الأهالي أن المطالب قديمة.', { format: 'text' }, { lang: 'ar', date: '2024-03-05' }));
    const groups = actors.filter((a) => a.type === 'group');
    expect(groups).toHaveLength(1);
    expect(groups[0].name).toBe('أهالي الورود');
    expect(groups[0].aliases).toContain('الأهالي');
  });
});

describe('a law, a system or an activity named like a body', () => {
  it('«النظام» with no nationality is a law; with one, a regime', () => {
    const actors = run('ونص النظام الأساسي للحكم على العدل. وقصف النظام السوري المدينة.');
    expect(find(actors, 'النظام الأساسي')).toBeUndefined();
    expect(find(actors, 'النظام السوري')?.type).toBe('organization');
  });
  it('«مقاومة» without the article before a common noun is resisting it', () => {
    const actors = run('وساهمت مقاومة الدوران في خفض الاستهلاك. وأعلنت المقاومة الشعبية سيطرتها على المدينة.');
    expect(find(actors, 'مقاومة الدوران')).toBeUndefined();
    expect(find(actors, 'المقاومة الشعبية')?.type).toBe('group');
  });
});

describe('a headline plural described by a known group', () => {
  it('is that group, not a second one («المتمردين الحوثيين»)', () => {
    const actors = extractActors(buildArticle('القوات تتعقب المتمردين الحوثيين في الجنوب\n\nوتواصل القوات ملاحقة المتمردين الحوثيين في الجنوب منذ أيام.', { format: 'text' }, { lang: 'ar', date: '2024-03-05' }));
    expect(actors.map((a) => a.name)).toEqual(['الحوثيين']);
  });
});

describe('a foreign given name once before a family name the story uses alone', () => {
  it('completes the name («… لكن مارتن غرينوود رحل … وقال غرينوود …»)', () => {
    const actors = run('وكان الاتحاد قد تعاقد مع المدرب قبل عام، لكن مارتن غرينوود رحل بعد الهزيمة. وقال غرينوود إن القرار نهائي. وأضاف غرينوود أنه سيعود.');
    const p = find(actors, 'مارتن غرينوود');
    expect(p?.type).toBe('person');
    expect(p?.aliases).toContain('غرينوود');
  });
  it('takes no verb, preposition-led noun or noun of kin for a given name', () => {
    const actors = run('وسيقود غرينوود الفريق، وأعلن النادي لقبول غرينوود العرض، وحضر زوج غرينوود الحفل. وقال غرينوود إن الموسم طويل.');
    expect(find(actors, 'غرينوود')?.name).toBe('غرينوود');
  });
});

describe('a role or a verb right after a full name', () => {
  it('ends the name before «أستاذ …», «الحارس …» and the verb «فرض»', () => {
    const actors = run('وقال الدكتور جون مارتن أستاذ الاقتصاد إن القرار صائب. وتجنب المدرب التعليق على طرد الحكم مايكل هاريسون الحارس كورتيز بعد ارتكابه خطأ. وكان وزير المالية جورج فيلد فرض ضريبة جديدة.');
    expect(find(actors, 'جون مارتن')?.type).toBe('person');
    expect(find(actors, 'مايكل هاريسون')?.type).toBe('person');
    expect(find(actors, 'جورج فيلد')?.type).toBe('person');
  });
});
