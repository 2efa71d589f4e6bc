/**
 * Arabic actors, precision on unseen news: lone words after titles, organisations that differ by nationality or
 * scope, short national forms. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { run, find, has, namesAndAliases as names } from '../../helpers/arabic-actors.js';

describe('Arabic lone words after a title', () => {
  it('does not take the predicate, a verbal noun, an accusative or a prepositional phrase after a full title for a name', () => {
    const cases: [string, string][] = [
      ['وراجع المواطن الإدارة فوجد أن مدير الشؤون المالية مسافر، فعاد في اليوم التالي.', 'مسافر'],
      ['ونفى المتحدث باسم البلدية رصد أي مخالفات في السوق.', 'رصد'],
      ['ويبقى رئيس النادي الأهلي المرشح الأقوى حظا للفوز بالمقعد.', 'حظا'],
      ['وذكّر سالم الفهيد رئيس الجمعية الخيرية بقرار اللجنة الأخير.', 'بقرار'],
      ['وطمأن الطبيب الأسرة بأن المدير بخير بعد العملية.', 'بخير'],
    ];
    for (const [text, word] of cases) expect(names(run(text)), text).not.toContain(word);
  });

  it('does not take a prepositional phrase after an ambiguous title alone («الفريق» the team)', () => {
    expect(names(run('وتأهل الفريق لنصف النهائي بعد فوز صعب.'))).not.toContain('لنصف النهائي');
  });

  it('keeps a one-word name in the speaker slot, after a nationality, or repeated', () => {
    expect(find(run('وقال وزير الخارجية لافروف إن الاتفاق قائم.'), 'لافروف')?.type).toBe('person');
    expect(find(run('وأكد الرئيس بوتين أن الاتفاق قائم.'), 'بوتين')?.type).toBe('person');
    expect(find(run('وغاب المدرب البرتغالي كوستينيا عن المؤتمر الصحفي.'), 'كوستينيا')?.type).toBe('person');
    expect(find(run('وزار رئيس البعثة الأممية كولمان المدينة. وقال كولمان إن الوضع هادئ.'), 'كولمان')?.type).toBe('person');
  });
});

describe('Arabic organisations with a nationality or scope', () => {
  it('keeps an international body and a national one with the same head and complement apart', () => {
    const actors = run('ودعا الاتحاد الدولي للمهندسين إلى الإفراج عن الموقوفين. ورحب الاتحاد الأردني للمهندسين بالدعوة.');
    expect(find(actors, 'الاتحاد الدولي للمهندسين')).toBeDefined();
    expect(find(actors, 'الاتحاد الأردني للمهندسين')).toBeDefined();
    expect(find(actors, 'الاتحاد الدولي للمهندسين')).not.toBe(find(actors, 'الاتحاد الأردني للمهندسين'));
  });

  it('takes the head with its nationality alone as the short form of the full name', () => {
    const actors = run('نقلت وكالة الأنباء العمانية الخبر صباحا. وقالت الوكالة العمانية إن الطريق مفتوح.');
    expect(actors.filter((a) => a.type === 'organization')).toHaveLength(1);
    expect(find(actors, 'وكالة الأنباء العمانية')?.aliases).toContain('الوكالة العمانية');
  });

  it('does not merge bodies of two nationalities', () => {
    const actors = run('أعلنت وزارة الخارجية المصرية القرار. ورحبت الوزارة الأردنية بالقرار.');
    expect(find(actors, 'وزارة الخارجية المصرية')?.aliases ?? []).not.toContain('الوزارة الأردنية');
  });
});

describe('Arabic «بقيادة» (led by)', () => {
  it('reads «بقيادة» + a noun as «led by», not a body, and keeps «قيادة» with its genitive a body', () => {
    expect(names(run('وفاز المنتخب بقيادة الوطني سعد الشمري على ضيفه.'))).not.toContain('قيادة الوطني');
    expect(run('وأعلنت قيادة الحرس الوطني بدء المناورة.').some((a) => a.type === 'organization' && a.name.startsWith('قيادة'))).toBe(true);
  });
});

describe('Arabic administrative units named with the article', () => {
  it('takes «محافظة/بلدة» + a definite name as a place, with the wrapped form as an alias', () => {
    const p = find(run('وأغلقت البلدية متجرا بمحافظة الخرمة أمس.'), 'الخرمة');
    expect(p?.type).toBe('location');
    expect(p?.aliases).toContain('محافظة الخرمة');
    expect(find(run('وقصفت الطائرات بلدة الدانا شمال المدينة.'), 'الدانا')?.type).toBe('location');
  });

  it('does not take «المحافظة على», an agreeing adjective or a nationality for a place name', () => {
    const cases = ['ودعا إلى المحافظة على الممتلكات العامة.', 'ووصلت القافلة إلى محافظة الشمالية.', 'وزار الوفد محافظة السعودية.'];
    for (const text of cases) expect(run(text).filter((a) => a.type === 'location' && a.rule === 'ar:wrapper+place'), text).toEqual([]);
  });
});

describe('Arabic web article link line', () => {
  it('drops the publisher named only in the closing «رابط الخبر» line', () => {
    const actors = run('وأعلنت وزارة الصحة نتائج الحملة. رابط الخبر بصحيفة النهار: وزارة الصحة تعلن نتائج الحملة');
    expect(names(actors)).not.toContain('صحيفة النهار');
    expect(find(actors, 'وزارة الصحة')).toBeDefined();
  });

  it('keeps an outlet named in the story', () => {
    expect(find(run('وقالت صحيفة النهار إن الحملة نجحت.'), 'صحيفة النهار')).toBeDefined();
  });
});

describe('Arabic names with a title in apposition after them', () => {
  it('takes two name words after a verb or preposition, before «، + title» or a bare construct title', () => {
    const a = find(run('اعتبر الطيب الحمامي، وزير الخارجية الموريتاني، أن الوضع مستقر. وأضاف الحمامي أن البلاد آمنة.'), 'الطيب الحمامي');
    expect(a?.type).toBe('person');
    expect(a?.title).toBe('وزير الخارجية الموريتاني');
    expect(a?.aliases).toContain('الحمامي');
    expect(find(run('وطالبت النقابة بالإفراج عن سالم بنهان مدير مكتب الوكالة في المدينة.'), 'سالم بنهان')?.type).toBe('person');
  });

  it('does not take a noun and its adjective, or an object phrase, before a title for a name', () => {
    const cases = [
      'وأكد الوضع الأمني، رئيس الجمهورية، أن الأمن مستتب.',
      'وحضر الحفل الكبير، وزير الثقافة.',
      'وناقش الاجتماع الأول، رئيس المجلس وأعضاؤه.',
      'وتسلم التقرير السنوي مدير الإدارة.',
    ];
    for (const text of cases) expect(run(text).filter((a) => a.type === 'person'), text).toEqual([]);
  });
});

describe('Arabic regions and the Saudi market', () => {
  it('reads a compass word with a continent, and «أمريكا الجنوبية», as one region (not the United States)', () => {
    const actors = run('وقال إن أمن منطقة شمال أفريقيا وجنوب أوروبا مرتبط. وحصل على دعم أوروبا وأميركا الجنوبية.');
    expect(find(actors, 'شمال أفريقيا')?.type).toBe('location');
    expect(find(actors, 'جنوب أوروبا')?.type).toBe('location');
    expect(find(actors, 'أميركا الجنوبية')?.type).toBe('location');
    expect(names(actors)).not.toContain('أفريقيا');
    expect(actors.some((a) => a.name === 'أمريكا' || a.name === 'أميركا')).toBe(false);
  });

  it('names the Saudi stock exchange and does not read its nationality adjective as the country', () => {
    const actors = run('أغلق مؤشر سوق الأسهم السعودية على ارتفاع. وتصدرت أسهم الشركات السعودية القائمة.');
    expect(find(actors, 'سوق الأسهم السعودية')?.type).toBe('organization');
    expect(actors.some((a) => a.type === 'location' && a.name === 'السعودية')).toBe(false);
  });

  it('keeps the country where it is named as a country', () => {
    expect(find(run('وزار الوفد الأردني السعودية ثلاثة أيام. وقالت السعودية إن الزيارة ناجحة.'), 'السعودية')?.type).toBe('location');
  });
});

describe('Arabic lone names kept', () => {
  it('keeps a lone foreign name glossed in brackets or closing the sentence, and drops an honorific or a named thing before a title', () => {
    expect(find(run('وقسم المدير الفني للفريق بولاني (روماني) اللاعبين إلى مجموعتين.'), 'بولاني')?.type).toBe('person');
    expect(find(run('وتدرب الحراس بإشراف مدرب الحراس سانتوس.'), 'سانتوس')?.type).toBe('person');
    expect(run('وافق المجلس على تفويض معالي وزير الخارجية بالتباحث.').filter((a) => a.type === 'person')).toEqual([]);
    expect(run('وخرج الفريق من منافسات كأس ولي العهد إثر خسارته.').filter((a) => a.type === 'person')).toEqual([]);
  });
});

describe('Arabic family names that look like a word with a pronoun', () => {
  it('keeps a family name with the article ending in «نا» and one written with «ة» ending in «تة»', () => {
    expect(find(run('وقال المدرب عمر المهنا إن الفريق جاهز.'), 'عمر المهنا')?.type).toBe('person');
    expect(find(run('وأكد مهاجم الفريق مختار فلاتة أن الفوز قريب.'), 'مختار فلاتة')?.type).toBe('person');
  });

  it('still ends a name before a noun with an attached pronoun', () => {
    const actors = run('وقال المدير خالد زيارته مفيدة للطرفين.');
    expect(names(actors)).not.toContain('خالد زيارته');
  });
});

describe('Arabic ranks', () => {
  it('does not take a head noun with an ordinal («المركز الثاني», second place) for a body', () => {
    expect(names(run('وحل الفريق في المركز الثاني برصيد عشرين نقطة.'))).not.toContain('المركز الثاني');
    expect(names(run('وجاء العداء في المركز الثالث في السباق.'))).not.toContain('المركز الثالث');
  });
});

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

describe('Arabic sources described after a verb of saying', () => {
  it('takes no person from «تقارير إخبارية», «أوساط سياسية»', () => {
    const actors = run('وذكرت تقارير إخبارية أن الشركة تدرس العرض. وقالت أوساط سياسية إن الاتفاق قريب.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('keeps two-word names after a verb of saying', () => {
    const actors = run('وقال سامر حداد إن الاتفاق قريب. وقالت عطية منصور إن الشركة تدرس العرض.');
    expect(find(actors, 'سامر حداد')?.type).toBe('person');
  });
});

describe('Arabic columnist contact lines', () => {
  it('takes no actor from «للتواصل مع الكاتب …»', () => {
    const actors = run('إن المدن تحتاج إلى حدائق أكثر.\n\nللتواصل مع الكاتب ابعث برسالتك عبر البريد الإلكتروني المنشور أعلاه.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });
});

describe('Arabic prayer formulas, greetings and seats', () => {
  it('does not read «يحفظه الله» after a title as a name, so the title joins the king', () => {
    const actors = run('ودشن خادم الحرمين الشريفين الملك فهد بن سالم المشروع. وقدم المجلس شكره إلى خادم الحرمين الشريفين يحفظه الله على دعمه.');
    expect(names(actors)).not.toContain('يحفظه الله');
    expect(actors.filter((a) => a.type === 'person')).toHaveLength(1);
  });

  it('does not take the object before an honorific for a name («نقل الوكيل تحيات سمو …»)', () => {
    expect(names(run('وفي الختام نقل الوكيل تحيات سمو أمير المنطقة للحضور.'))).not.toContain('تحيات');
  });

  it('merges a party named with its seat and with its full name', () => {
    const actors = run('وأعلن حزب العدالة والتنمية فوزه. وقال مسؤول في حزب العدالة بأنقرة إن النتائج نهائية.');
    expect(actors.filter((a) => a.type === 'organization')).toHaveLength(1);
  });

  it('keeps bodies of two seats apart', () => {
    const actors = run('وكرمت جمعية حقوق الإنسان بجدة المتطوعين. وكرمت جمعية حقوق الإنسان بالرياض المتطوعين أيضا.');
    expect(actors.filter((a) => a.type === 'organization')).toHaveLength(2);
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

describe('what a verb of saying stresses, after its titled subject', () => {
  it('is no name: «ضرورة …», «أهمية …» after a title', () => {
    expect(run('وأكد وزير الخارجية الفرنسي ضرورة التوصل إلى حل سياسي للأزمة.').filter((a) => a.type === 'person')).toEqual([]);
    expect(run('وشدد مدير التعليم على أهمية الالتزام بالمواعيد.').filter((a) => a.type === 'person')).toEqual([]);
  });
  it('the name before it stays (false positive)', () => {
    expect(find(run('وأكد وزير الخارجية الفرنسي جان مارك ليفي ضرورة الحوار.'), 'جان مارك ليفي')?.type).toBe('person');
  });
});
