/**
 * Arabic actors, round 11 (unseen Saudi and pan-Arab articles): names read through «لل» get their article back, a
 * purpose after a club or a board, words after a name that end it (a conjunction of time, a counted dual, «لـ» on a
 * verbal or feminine noun), a feminine nationality that is an adjective, praise of God after a given name, and bodies
 * the pack now knows. Sentences written for these tests.
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
const has = (actors: Actor[], name: string) => names(actors).includes(name);

describe('a name read through «لل» (ل + ال)', () => {
  it('gets its article back: «للقوات المسلحة» is «القوات المسلحة», «للمملكة» is «المملكة»', () => {
    const actors = run('وقال المتحدث الرسمي للقوات المسلحة الأردنية إن الدورية عادت. وأعرب الوفد عن شكره للمملكة على الدعم.');
    expect(has(actors, 'القوات المسلحة الأردنية')).toBe(true);
    expect(has(actors, 'المملكة')).toBe(true);
    expect(names(actors).some((n) => n.startsWith('لقوات') || n === 'لمملكة')).toBe(false);
  });

  it('an alias read through «لل» too («للأمم المتحدة» → «الأمم المتحدة»)', () => {
    const actors = run('وطالبت الأمم المتحدة بوقف القتال. ووجه الوزير رسالة للأمم المتحدة أمس.');
    expect(names(actors).some((n) => n.startsWith('لأمم'))).toBe(false);
  });

  it('a name that starts with «ل» keeps its letters («للبنان» is «لبنان»)', () => {
    const actors = run('وأكد الوزير دعم بلاده للبنان في مواجهة الأزمة.');
    expect(has(actors, 'لبنان')).toBe(true);
    expect(has(actors, 'البنان')).toBe(false);
  });
});

describe('a purpose after a club or a board', () => {
  it('«نادي الوحدة لإنهاء الأمور …» is the club, not a longer name', () => {
    const actors = run('ويستعد نادي الوحدة لإنهاء الأمور المتعلقة بعقود اللاعبين قبل انطلاق الموسم.');
    expect(has(actors, 'نادي الوحدة')).toBe(true);
    expect(names(actors).some((n) => n.includes('لإنهاء'))).toBe(false);
  });

  it('«مجلس الإدارة لتخفيف الأعباء» ends before the purpose', () => {
    const actors = run('وقال الرئيس إن الرعاية تأتي ضمن خطط مجلس الإدارة لتخفيف الأعباء عن النادي.');
    expect(names(actors).some((n) => n.includes('لتخفيف'))).toBe(false);
  });

  it('keeps a body\'s own field after a field head («الهيئة الوطنية لمكافحة الفساد»)', () => {
    const actors = run('وأعلنت الهيئة الوطنية لمكافحة الفساد فتح تحقيق في المشروع.');
    expect(has(actors, 'الهيئة الوطنية لمكافحة الفساد')).toBe(true);
  });
});

describe('words after a name that end it', () => {
  it('a conjunction of time written as one word («… سامر معاذ بعدما …»)', () => {
    const actors = run('واتفقت الإدارة مع نظيرتها على انتقال المدافع سامر معاذ بعدما وافقت الأخيرة على العرض.');
    expect(has(actors, 'سامر معاذ')).toBe(true);
    expect(names(actors).some((n) => n.includes('بعدما'))).toBe(false);
  });

  it('«لـ» on a verbal noun after a one-word name («المدرب الروماني فلورين لمناقشة …»)', () => {
    const actors = run('ويجتمع المدير الفني مع المدرب الروماني فلورين لمناقشة أوضاع الفريق الأول.');
    expect(has(actors, 'فلورين')).toBe(true);
    expect(names(actors).some((n) => n.includes('لمناقشة'))).toBe(false);
  });

  it('a counted dual after a name («… جوزيه فرنانديز فترتين تدريبيتين»)', () => {
    const actors = run('وفرض المدرب البرتغالي جوزيه فرنانديز فترتين تدريبيتين على اللاعبين في اليوم الأول.');
    expect(has(actors, 'جوزيه فرنانديز')).toBe(true);
    expect(names(actors).some((n) => n.includes('فترتين'))).toBe(false);
  });

  it('a given name with a family name starting with «ل» stays whole («المهندس سامي لطفي»)', () => {
    const actors = run('وأوضح المهندس سامي لطفي أن الأعمال تسير وفق الخطة.');
    expect(has(actors, 'سامي لطفي')).toBe(true);
  });
});

describe('a feminine nationality after a noun that is no role', () => {
  it('is that noun\'s adjective: «المدفعية السعودية دك مواقع …» names no one', () => {
    const actors = run('وواصلت المدفعية السعودية دك مواقع المتمردين في المنطقة الحدودية.');
    expect(names(actors).some((n) => n.includes('دك') || n.includes('مواقع'))).toBe(false);
  });

  it('after a role it still opens a name («اللاعبة السعودية سارة العتيبي»)', () => {
    const actors = run('وفازت اللاعبة السعودية سارة العتيبي بالميدالية الذهبية.');
    expect(has(actors, 'سارة العتيبي')).toBe(true);
  });
});

describe('praise of God after a given name', () => {
  it('«بحمد الله», «أحمد الله» are no persons', () => {
    const actors = run('ووجدت الجمعية بحمد الله القبول من المجتمع. وقال الحكم: أنا احمد الله أنني جاهز للمباراة.');
    expect(names(actors).some((n) => n.includes('حمد الله'))).toBe(false);
  });

  it('a compound with «الله» stays a name («سعيد نصر الله», «محمد عبد الله الغامدي»)', () => {
    const actors = run('وقال محمد عبد الله الغامدي إن المشروع جاهز. وقال سعيد نصر الله إن القرار صائب.');
    expect(has(actors, 'محمد عبد الله الغامدي')).toBe(true);
    expect(names(actors).some((n) => n.includes('نصر الله'))).toBe(true);
  });
});

describe('bodies and roles the pack knows', () => {
  it('an observatory, a deanship and a police station are bodies', () => {
    const actors = run('وأعلن المرصد الوطني للعمل نتائج الدراسة. ودشنت عمادة القبول والتسجيل نظاما جديدا. وفتح مخفر شرطة الروضة تحقيقا في الحادث.');
    expect(has(actors, 'المرصد الوطني للعمل')).toBe(true);
    expect(names(actors).some((n) => n.startsWith('عمادة القبول'))).toBe(true);
    expect(names(actors).some((n) => n.startsWith('مخفر شرطة'))).toBe(true);
  });

  it('the public prosecution is a body in every country\'s news', () => {
    const actors = run('وأوضحت مذكرة النيابة العامة أن المتهم لم يحضر الجلسة.');
    expect(has(actors, 'النيابة العامة')).toBe(true);
  });

  it('a singer\'s role opens the name, and «وكاتب الأغاني» after it is a second role, no name', () => {
    const actors = run('وقال المغني وكاتب الأغاني البريطاني سام جونز إنه سعيد بالترشيح.');
    expect(has(actors, 'سام جونز')).toBe(true);
    expect(names(actors).some((n) => n.includes('كاتب'))).toBe(false);
  });

  it('«الموسيقى» (music) is no role: the name of an academy of music goes on', () => {
    const actors = run('وتخرجت الطالبة في أكاديمية لندن للموسيقى والفنون الدرامية العام الماضي.');
    expect(names(actors).some((n) => n.startsWith('أكاديمية لندن للموسيقى'))).toBe(true);
  });
});

describe('a club and its board, an eponym\'s institution, a government and its complement', () => {
  it('keeps a club\'s board apart from the club («إدارة النادي الأهلي» decides, «النادي الأهلي» plays)', () => {
    const actors = run('وقررت إدارة النادي الأهلي إيقاف مستحقات الحارس. ويخوض النادي الأهلي أولى مبارياته الودية الجمعة.');
    const board = actors.find((a) => a.name === 'إدارة النادي الأهلي');
    expect(board).toBeDefined();
    expect(board!.aliases.includes('النادي الأهلي')).toBe(false);
    expect(has(actors, 'النادي الأهلي')).toBe(true);
  });

  it('takes the field of an institution named after a person inside a title («مدير مركز الملك فهد بن عبدالعزيز للأبحاث الطبية»)', () => {
    const actors = run('وقال مدير مركز الملك فهد بن عبدالعزيز للأبحاث الطبية "سالم العمري": إن القوافل بدأت.');
    expect(has(actors, 'مركز الملك فهد بن عبدالعزيز للأبحاث الطبية')).toBe(true);
  });

  it('a government has no field: «للمجتمع الدولي» after «الحكومة اليمنية» is the complement of the appeal', () => {
    const actors = run('وجاء ذلك بعد مناشدة الحكومة اليمنية للمجتمع الدولي بإرسال مساعدات.');
    expect(has(actors, 'الحكومة اليمنية')).toBe(true);
    expect(names(actors).some((n) => n.includes('للمجتمع'))).toBe(false);
  });

  it('a body with a field keeps it after the nationality («الشركة السعودية للكهرباء»)', () => {
    const actors = run('وقالت الشركة السعودية للكهرباء إن الانقطاع انتهى.');
    expect(has(actors, 'الشركة السعودية للكهرباء')).toBe(true);
  });
});

describe('common nouns, fields and districts', () => {
  it('«حماس» is enthusiasm with «بـ» on it or an adjective after it, the movement otherwise', () => {
    expect(names(run('وشارك جميع اللاعبين بفعالية وحماس كبير في التدريب.')).some((n) => n.includes('حماس'))).toBe(false);
    expect(names(run('واستقبل الجمهور الفريق بحماس في المطار.')).some((n) => n.includes('حماس'))).toBe(false);
    expect(has(run('وقالت حماس إنها ترفض القرار.'), 'حماس')).toBe(true);
  });

  it('the Houthis\' militias are the Houthis', () => {
    const actors = run('وانتهاكات ميليشيات الحوثي ضد المدنيين مستمرة بعد دخول الحوثيين عدن.');
    const houthis = actors.filter((a) => [a.name, ...a.aliases].some((n) => n.includes('الحوثي')));
    expect(houthis.length).toBe(1);
  });

  it('a plural noun of people after a body is the object («منحت إدارة نادي الوحدة اللاعبين …»)', () => {
    const actors = run('ومنحت إدارة نادي الوحدة اللاعبين حرية الانتقال.');
    expect(names(actors).some((n) => n.endsWith('اللاعبين') && n.includes('الوحدة'))).toBe(false);
  });

  it('a field of the second stem after a title is no name («مدير تعليم الحد الجنوبي»), a known given name is («الوزير توفيق الربيعة»)', () => {
    expect(names(run('وقال مدير تعليم الحد الجنوبي إن المدارس جاهزة.')).some((n) => n.startsWith('تعليم'))).toBe(false);
    expect(has(run('وقال وزير التجارة الدكتور توفيق الربيعة إن الأسعار مستقرة.'), 'توفيق الربيعة')).toBe(true);
  });

  it('a district of Yemen after «مديرية» is a place; a directorate with a genitive is a body', () => {
    const district = run('وقصفت المدفعية مواقع في مديرية حرض المتاخمة للحدود.');
    expect(district.find((a) => a.name === 'حرض')?.type).toBe('location');
    expect(names(district).some((n) => n.includes('المتاخمة'))).toBe(false);
    const body = run('وأعلنت مديرية أمن العاصمة القبض على المتهمين.');
    expect(body.some((a) => a.name === 'أمن')).toBe(false);
  });

  it('the general hospital keeps «العام»; the year after a hospital is no part of it', () => {
    expect(has(run('وتلقت الشرطة بلاغا من مستشفى الريان العام حول الحادث.'), 'مستشفى الريان العام')).toBe(true);
    expect(names(run('وافتتح مستشفى الملك فهد العام الماضي قسما جديدا.')).some((n) => n.endsWith('العام'))).toBe(false);
  });

  it('a group\'s describing participle stays in its name («القوات الموالية للشرعية»)', () => {
    const actors = run('وتقدمت القوات الموالية للشرعية نحو المدينة.');
    expect(names(actors).some((n) => n.includes('الموالية للشرعية'))).toBe(true);
  });
});

describe('groups told by a plural in the construct state', () => {
  it('the plural of a role noun with its genitive, told twice, is a group («مديري التعليم», «مديرو التعليم»)', () => {
    const actors = run('أكد وزير التعليم في اجتماعه بمديري التعليم أمس على بدء الدراسة. وأكد مديرو التعليم جاهزية المدارس.');
    const g = actors.find((a) => a.name === 'مديري التعليم');
    expect(g?.type).toBe('group');
    expect(g?.aliases).toContain('مديرو التعليم');
  });

  it('a pack plural of people with a body as genitive, told twice: the group and the body both', () => {
    const actors = run('وأعلنت الجامعة نتائج القبول. وطالب منسوبي الجامعة بزيادة الرواتب، وقال منسوبو الجامعة إن الطلب قديم.');
    expect(has(actors, 'منسوبي الجامعة')).toBe(true);
  });

  it('told once, it is no group of the story', () => {
    const actors = run('وحضر الحفل عدد من مديري المدارس والمعلمين.');
    expect(names(actors).some((n) => n.startsWith('مديري'))).toBe(false);
  });
});

describe('a verb after two name words', () => {
  it('is cut when the family name is told again alone and the word is nowhere else («كلاوديو رانييري طلب منه …»)', () => {
    const actors = run('وكان مدرب الفريق الجديد الإيطالي كلاوديو رانييري طلب منه البقاء. وقال رانييري إن اللاعب يحتاجه.');
    expect(has(actors, 'كلاوديو رانييري')).toBe(true);
    expect(names(actors).some((n) => n.includes('طلب'))).toBe(false);
  });

  it('a third name word told again stays («خوان مانويل سانتوس … وقال سانتوس»)', () => {
    expect(has(run('واستقبل الرئيس خوان مانويل سانتوس الوفد. وقال سانتوس إن الزيارة مهمة.'), 'خوان مانويل سانتوس')).toBe(true);
  });

  it('a family name after a father\'s given name stays («الدكتور فيصل علي نصار»)', () => {
    const actors = run('وبتوجيه من مدير المستشفى الدكتور فيصل علي نصار تم تشكيل فريق. وقال علي إن الفريق نجح.');
    expect(has(actors, 'فيصل علي نصار')).toBe(true);
  });
});

describe('a company read through a verb, a future verb after a title', () => {
  it('one word told alone after «شركة X» is the company («قالت شركة نتفليكس … وقالت نتفليكس»)', () => {
    const actors = run('قالت شركة نتفليكس للبث عبر الإنترنت إن الفيلم جاهز. وقالت نتفليكس إن الفيلم سيطرح العام المقبل.');
    const firm = actors.find((a) => a.name === 'شركة نتفليكس');
    expect(firm?.aliases).toContain('نتفليكس');
    expect(actors.some((a) => a.type === 'person' && a.name === 'نتفليكس')).toBe(false);
  });

  it('a future verb after a title is the predicate («اللاعب سيغادر»), a foreign given name of its shape is not («المدرب الإنجليزي ستيفن جيرارد»)', () => {
    expect(run('وقال المدرب إن اللاعب سيغادر.').some((a) => a.type === 'person')).toBe(false);
    expect(has(run('وقال المدرب الإنجليزي ستيفن جيرارد إن الفريق جاهز.'), 'ستيفن جيرارد')).toBe(true);
  });
});

describe('a company named by a bare word and its field', () => {
  it('«شركة ريماس للأطعمة الغذائية» is one company, «ريماس» its short form', () => {
    const actors = run('اتفقت إدارة نادي الشعلة مع شركة ريماس للأطعمة الغذائية ليكون اسم الشركة على القمصان.');
    const firm = actors.find((a) => a.name === 'شركة ريماس للأطعمة الغذائية');
    expect(firm?.type).toBe('organization');
    expect(firm?.aliases).toContain('ريماس');
  });

  it('not a purpose («محاولة شركة أمازون للهيمنة على السوق»), not «its whole» («في مجموعه برنامجا …»)', () => {
    expect(names(run('وتواصل محاولة شركة نوفا للهيمنة على السوق المحلية.')).some((n) => n.includes('للهيمنة'))).toBe(false);
    expect(run('وهو ما شكل في مجموعه برنامجا للفلسفة خاصا بالأطفال.').length).toBe(0);
  });
});

describe('a place that is also an adjective, an army\'s arm', () => {
  it('«مالي» after an indefinite noun is «financial» («بدعم مالي», «عجز مالي»), the country elsewhere', () => {
    expect(has(run('والتزمت الدولة بدعم مالي للمشروع. وسجلت أول عجز مالي لها.'), 'مالي')).toBe(false);
    expect(has(run('وانتقلت الجماعات المسلحة من مالي إلى الجزائر.'), 'مالي')).toBe(true);
  });

  it('«المدفعية السعودية» is a body, «المدفعية» its short form', () => {
    const actors = run('وواصلت المدفعية السعودية دك مواقع المتمردين. وقالت مصادر إن المدفعية دكت مباني مهجورة.');
    expect(actors.find((a) => a.name === 'المدفعية السعودية')?.aliases).toContain('المدفعية');
  });
});

describe('a kind of facility', () => {
  it('a facility head with a bare nisba adjective is no place («إنشاء جسر علوي», «ملعب خارجي»)', () => {
    expect(run('ويتضمن المشروع إنشاء جسر علوي عند التقاطع.').some((a) => a.type === 'location')).toBe(false);
    expect(has(run('وأقيمت المباراة في ملعب ويمبلي أمس.'), 'ملعب ويمبلي')).toBe(true);
  });
});

describe('a predicate after a title', () => {
  it('a feminine participle of the derived stems is no name («حالة الطفل مستقرة»)', () => {
    expect(run('وأكد الطبيب أن حالة الطفل مستقرة وسيخرج قريبا.').some((a) => a.type === 'person' && a.name.includes('مستقرة'))).toBe(false);
  });
});

describe('a place\'s name in quotation marks', () => {
  it('names a newspaper or a stock, not the place («وقال لـ«الشرق الأوسط»», «سهم «قطر»»)', () => {
    const actors = run('وقال المتحدث لـ«الشرق الأوسط» إن الوضع هادئ. وسجل سهم «قطر» أعلى نسبة تراجع.');
    expect(actors.some((a) => a.type === 'location')).toBe(false);
  });

  it('the place itself stays («في الشرق الأوسط»)', () => {
    expect(run('وتتزايد المخاطر في الشرق الأوسط هذا العام.').some((a) => a.type === 'location')).toBe(true);
  });
});

describe('a given name of the imperfect verb\'s shape', () => {
  it('opens the name after a title when the family name comes back alone («البروفيسور يوسي حايك … وأضاف حايك»)', () => {
    const actors = run('وقال مدير القسم البروفيسور يوسي حايك إن الحالة استقرت. وأضاف حايك أن العلاج مستمر.');
    expect(has(actors, 'يوسي حايك')).toBe(true);
  });

  it('the predicate after a title stays out («النجم يلمع في المباراة»)', () => {
    expect(run('وقال المدرب إن النجم يلمع في كل مباراة.').some((a) => a.type === 'person')).toBe(false);
  });
});

describe('more plurals of people', () => {
  it('a plural of people told three times is a group («المدنيين», «الركاب»)', () => {
    const actors = run('وسقط عدد من المدنيين في القصف. وطالبت المنظمة بحماية المدنيين. وقال شهود إن المدنيين فروا من المنطقة.');
    expect(actors.find((a) => a.name === 'المدنيين')?.type).toBe('group');
  });

  it('and after a body it is no adjective of its name («وزارة الدفاع العاملين …»)', () => {
    expect(names(run('وشكرت وزارة الدفاع العاملين في الميدان على جهودهم.')).some((n) => n.includes('الدفاع العاملين'))).toBe(false);
  });
});

describe('a group told by its noun alone', () => {
  it('«الأهالي» after «أهالي الحي» is the same group, its alias', () => {
    const actors = run('وطالب أهالي الحي بإنشاء حديقة عامة. وقال الأهالي إن الحي يفتقر للخدمات.');
    const g = actors.find((a) => a.name === 'أهالي الحي');
    expect(g?.type).toBe('group');
    expect(g?.aliases).toContain('الأهالي');
  });
});

describe('verbs of what people do', () => {
  it('a family name told four times after such verbs is found with its given name («واعتقل رضايان», «وينفي رضايان»)', () => {
    const actors = run('ويبدأ الصحافي جوناثان ربيعي عامه الثاني في السجن. واعتقل ربيعي في يوليو. وينفي ربيعي التهم. ومثل ربيعي أمام المحكمة مرتين.');
    expect(names(actors).some((n) => n.includes('ربيعي'))).toBe(true);
  });

  it('a verb after a title is no name («النجم قام بتسجيل الهدف»)', () => {
    expect(run('وقال المدرب إن النجم قام بتسجيل الهدف الأول.').some((a) => a.name === 'قام')).toBe(false);
  });
});
