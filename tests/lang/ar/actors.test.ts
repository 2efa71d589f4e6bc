/** Arabic actors: cue-based names (titles, head nouns, gazetteers) on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { actors as arabicActors } from '../../../src/lang/ar/actors.js';
import type { Actor } from '../../../src/types.js';
import { articleActors, find } from '../../helpers/actors.js';

const run = (body: string, headline?: string) => articleActors('ar', body, headline);

describe('Arabic titled people', () => {
  it('keeps the title out of the name and finds the surname alone later', () => {
    const { actors } = run('وقال وزير الخارجية الفرنسي جان مارك ليفي إن المحادثات مفيدة. وأضاف ليفي أن باريس تدعم الحل.');
    const p = find(actors, 'جان مارك ليفي');
    expect(p?.type).toBe('person');
    expect(p?.title).toBe('وزير الخارجية الفرنسي');
    expect(p?.aliases).toContain('ليفي');
  });

  it('stacks honorifics after a genitive title and takes a family name with the article', () => {
    const { actors } = run('أعلن وزير الصحة الدكتور نادر الحربي خطة جديدة للمستشفيات.');
    const p = find(actors, 'نادر الحربي');
    expect(p?.title).toBe('وزير الصحة الدكتور');
  });

  it('ends the name at a preposition-prefixed word or a particle', () => {
    const { actors } = run('ورحب المبعوث الأممي سامي فرحات باستئناف الحوار بين الطرفين.');
    expect(find(actors, 'سامي فرحات')?.mentions[0].text).toBe('سامي فرحات');
  });

  it('does not take an indefinite title followed by an adjective for a name', () => {
    const { actors } = run('وطالب الحزب بانتخاب رئيس مستقل للبلاد في أقرب وقت.');
    expect(find(actors, 'مستقل')).toBeUndefined();
  });

  it('attaches a bare definite title to the one person who holds it', () => {
    const { actors } = run('التقى وزير المالية خالد العمري بالمستثمرين. وأكد الوزير أن الميزانية متوازنة.');
    expect(find(actors, 'خالد العمري')?.aliases).toContain('الوزير');
  });
});

describe('Arabic organisations and groups', () => {
  it('reads a head noun with its genitive, complement and place, and the bare head as an alias', () => {
    const { actors } = run('أعلنت بعثة الاتحاد الأوروبي للمساعدة في تونس بدء برنامج جديد. وقالت البعثة إن البرنامج يستمر عامين.');
    const org = find(actors, 'بعثة الاتحاد الأوروبي للمساعدة في تونس');
    expect(org?.type).toBe('organization');
    expect(org?.aliases).toContain('البعثة');
  });

  it('merges a later shorter form of an organisation', () => {
    const { actors } = run('اجتمعت حكومة الإنقاذ الوطني أمس. ثم أصدرت حكومة الإنقاذ بيانا مقتضبا.');
    const org = find(actors, 'حكومة الإنقاذ الوطني');
    expect(org?.aliases).toContain('حكومة الإنقاذ');
    expect(actors.filter((a) => a.name.startsWith('حكومة')).length).toBe(1);
  });

  it('keeps the forces of a titled person as a group distinct from the person', () => {
    const { actors } = run('تقدمت قوات العقيد المتقاعد سالم الورفلي نحو المدينة. وانسحبت قوات الورفلي لاحقا.');
    const group = find(actors, 'قوات الورفلي');
    expect(group?.type).toBe('group');
    expect(find(actors, 'سالم الورفلي')?.type).toBe('person');
    expect(group).not.toBe(find(actors, 'سالم الورفلي'));
  });

  it('takes a party name in quotation marks as the organisation', () => {
    const { actors } = run('قال رئيس حزب «الأمل الجديد» الدكتور وليد سعدي إن الانتخابات مهمة.');
    expect(find(actors, 'الأمل الجديد')?.type).toBe('organization');
    expect(find(actors, 'وليد سعدي')?.title).toContain('رئيس حزب');
  });

  it('keeps a parenthesised number in the name and merges «لجنة (4+4)»', () => {
    const { actors } = run('عقدت اللجنة الأمنية المشتركة (4+4) اجتماعها الأول. وأكدت لجنة (4+4) التزامها.');
    expect(find(actors, 'اللجنة الأمنية المشتركة (4+4)')?.aliases).toContain('لجنة (4+4)');
  });

  it('does not read a clause as a name: «المستشفى المسؤولية» (gender disagreement)', () => {
    const { actors } = run('وحمل الأهالي المستشفى المسؤولية الكاملة عن التأخير.');
    expect(find(actors, 'المستشفى المسؤولية')).toBeUndefined();
  });

  it('links a post signature to the organisation whose English initials it spells', () => {
    const { actors } = run('قالت بعثة الأمم المتحدة للمساعدة في العراق إنها قلقة.\n— UNAMI (@UNIraq) May 3, 2021');
    const org = find(actors, 'بعثة الأمم المتحدة للمساعدة في العراق');
    expect(org?.aliases).toEqual(expect.arrayContaining(['UNAMI', '@UNIraq']));
  });
});

describe('Arabic places', () => {
  it('strips clitics from place mentions and keeps exact spans', () => {
    const { text, actors } = run('وصل الوفد إلى لبنان أمس، وتوجه بعدها لليبيا ثم وبيروت.');
    const lebanon = find(actors, 'لبنان');
    const libya = find(actors, 'ليبيا');
    expect(lebanon?.type).toBe('location');
    expect(libya?.mentions[0].text).toBe('ليبيا');
    for (const a of actors) for (const m of a.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });

  it('makes an acting capital an alias of its named country', () => {
    const { actors } = run('ورحبت موسكو بالاتفاق الجديد. وكانت روسيا قد دعت إلى التهدئة.');
    expect(find(actors, 'روسيا')?.aliases).toContain('موسكو');
  });

  it('does not read a nationality adjective as its country: «الجامعات السعودية»', () => {
    const { actors } = run('وقررت الجامعات السعودية تأجيل الامتحانات.');
    expect(find(actors, 'السعودية')).toBeUndefined();
  });
});

describe('Arabic false positives stay out', () => {
  it.each(arabicActors.falsePositives)('%s is never an actor', (word) => {
    const { actors } = run(`وأكد ${word} أن الاجتماع انتهى. وقال ${word} إن الجولة المقبلة قريبة.`);
    expect(actors.find((a) => a.name === word)).toBeUndefined();
  });
});

describe('Arabic names opened by a given name (no title, no verb before them)', () => {
  it('finds a given name with a family name and the family name alone later', () => {
    const { actors } = run('وفي السياق نفسه، أوضح المشرف على البرنامج أن نادر الشمراني تولى الملف منذ عامين. وأكد الشمراني أن الخطة تسير.');
    const p = find(actors, 'نادر الشمراني');
    expect(p?.type).toBe('person');
    expect(p?.mentions[0].rule).toBe('ar:given-name');
    expect(p?.aliases).toContain('الشمراني');
  });

  it('keeps a kunya before the given name: «أبو خالد الحلبي», not «خالد الحلبي»', () => {
    const { actors } = run('وقال الباحث إن الجميع يذكر أبو خالد الحلبي وخطبه في الثمانينيات.');
    expect(find(actors, 'أبو خالد الحلبي')?.mentions[0].rule).toBe('ar:kunya+given-name');
    expect(find(actors, 'خالد الحلبي')).toBeUndefined();
  });

  it('keeps a kinship chain whole: «خالد بن سعد المطيري»', () => {
    const { actors } = run('وشارك في اللقاء خالد بن سعد المطيري وعدد من رجال الأعمال.');
    expect(find(actors, 'خالد بن سعد المطيري')?.type).toBe('person');
    expect(find(actors, 'بن سعد المطيري')).toBeUndefined();
  });

  it('reads a one-word «عبد» compound and a conjunction-prefixed given name', () => {
    const { actors } = run('وحضر الحفل عبدالرحمن الدوسري وفهد العتيبي من الجمعية.');
    expect(find(actors, 'عبدالرحمن الدوسري')?.type).toBe('person');
    expect(find(actors, 'فهد العتيبي')?.mentions[0].text).toBe('فهد العتيبي');
  });

  it('takes an indefinite family name only where a name ends (a title follows)', () => {
    const { actors } = run('ووصل إلى المدينة أمس لطفي باسلوم وزير النقل لمتابعة المشروعات.');
    expect(find(actors, 'لطفي باسلوم')?.type).toBe('person');
  });

  it('does not read a verb or noun after a bare given name as a family name', () => {
    const { actors } = run('يذكر بأن عبدالله سبق وأن أعلن اعتزاله. وقال إن سارة ستزور الرياض.');
    expect(find(actors, 'عبدالله سبق')).toBeUndefined();
    expect(actors.some((a) => a.name.startsWith('سارة'))).toBe(false);
  });

  it('does not take a family name with the article for a given name («الحمد» is not «حمد»)', () => {
    const { actors } = run('واختتم الحمد حديثه بالشكر للجمهور.');
    expect(actors.some((a) => a.name.includes('حديثه'))).toBe(false);
  });

  it('stops before a describing participle after the name', () => {
    const { actors } = run('ويتوقع أن يشارك ماجد الحربي المنتقل حديثا إلى الفريق في المباراة.');
    expect(find(actors, 'ماجد الحربي')?.type).toBe('person');
  });

  it('never reads «على» (on) as the name «علي»', () => {
    const { actors } = run('وحصل على موافقة الوزارة بعد أسبوعين من الانتظار.');
    expect(actors.some((a) => a.name.startsWith('على'))).toBe(false);
  });
});

describe('Arabic titles that go on or stop', () => {
  it('continues a title over a conjoined genitive pair («وتقنية المعلومات»)', () => {
    const { actors } = run('وقال وزير الاتصالات وتقنية المعلومات سالم الكثيري إن الشبكة جاهزة.');
    expect(find(actors, 'سالم الكثيري')?.title).toBe('وزير الاتصالات وتقنية المعلومات');
    expect(find(actors, 'وتقنية المعلومات')).toBeUndefined();
  });

  it('ends the title at a given name even when another title follows the name', () => {
    const { actors } = run('أكد الدكتور منصور الخنيزان رئيس لجنة المدارس الأهلية أن الشراكة مستمرة.');
    expect(find(actors, 'منصور الخنيزان')?.title).toBe('الدكتور');
    expect(find(actors, 'لجنة المدارس الأهلية')?.type).toBe('organization');
  });

  it('does not take an indefinite role noun after the name into it («مدرب»)', () => {
    const { actors } = run('وشدد المدرب البرتغالي جوزيه مارتينز مدرب نادي الوحدة على أهمية اللقاء.');
    expect(find(actors, 'جوزيه مارتينز')?.type).toBe('person');
  });
});

describe('Arabic names and teams added for unseen articles', () => {
  it('takes a «با» family name where the name ends, after a verb of saying or a title', () => {
    const { actors } = run('وأوضح سالم باعوضة، مدير المشروع، أن العمل بدأ. ورافقه المهندس ناصر باكرمان وزير الأشغال.');
    expect(find(actors, 'سالم باعوضة')?.type).toBe('person');
    expect(find(actors, 'ناصر باكرمان')?.title).toBe('المهندس');
  });

  it('reads «فريق» + name as an organisation and keeps «الفريق» a military title', () => {
    const { actors } = run('تعاقد فريق الوادي مع لاعب جديد. وحضر الفريق أول ركن سامي الحربي التمرين.');
    expect(find(actors, 'فريق الوادي')?.type).toBe('organization');
    expect(find(actors, 'سامي الحربي')?.type).toBe('person');
  });
});

describe('Arabic foreign names after a nationality adjective', () => {
  it('reads two bare name words after a nisba as a person', () => {
    const { actors } = run('والتقى نظيره الروسي سيرغي لافروف، وبحثا الأزمة.');
    expect(find(actors, 'سيرغي لافروف')?.type).toBe('person');
  });

  it('accepts transliterated words that look prefixed («سيلفا») when the name ends there', () => {
    const { actors } = run('وصرح المهاجم البرازيلي ماركو سيلفا، بأن الاستعداد جيد.');
    expect(find(actors, 'ماركو سيلفا')?.type).toBe('person');
  });

  it('does not read a noun phrase after a nisba as a name', () => {
    const { actors } = run('وتراجع الدولار الأمريكي مقابل اليورو. وقال الجانب الروسي إن المحادثات مستمرة.');
    expect(actors.some((a) => a.name.includes('مقابل'))).toBe(false);
  });
});

describe('Arabic words after a title that are not names', () => {
  it('does not read a possessed noun after a title as a name («حديثه بقوله»)', () => {
    const { actors } = run('واختتم المدرب الوطني حديثه بقوله إن اللاعبين جاهزون.');
    expect(actors.some((a) => a.name.includes('حديثه'))).toBe(false);
  });

  it('does not read «adjective + لي» after an indefinite title as a name', () => {
    const { actors } = run('وقال المدرب: سامر لاعب مهم لي في هذه المرحلة.');
    expect(actors.some((a) => a.name.includes('مهم'))).toBe(false);
  });

  it('keeps a name ending in «ه» when a name word follows or it is short', () => {
    const { actors } = run('وقال الشيخ وجيه الحسيني إن الاحتفال كبير. وشدد المدرب جوزيه مارتينز على أهمية اللقاء.');
    expect(find(actors, 'وجيه الحسيني')?.type).toBe('person');
    expect(find(actors, 'جوزيه مارتينز')?.type).toBe('person');
  });
});

describe('Arabic organisation names with a nationality and a complement', () => {
  it('keeps a «لل» complement and one coordinated noun after a nationality', () => {
    const { actors } = run('وقال الاتحاد المغربي للزراعة والصيد البحري إن الموسم صعب. وحذر الاتحاد العراقي للشغل من الإضراب.');
    expect(find(actors, 'الاتحاد المغربي للزراعة والصيد البحري')?.type).toBe('organization');
    expect(find(actors, 'الاتحاد العراقي للشغل')?.type).toBe('organization');
  });

  it('still stops at the nationality before a describing participle', () => {
    const { actors } = run('وقال حزب العدالة الوطني الليبي الموالي للحكومة إن الانتخابات مهمة.');
    expect(actors.some((a) => a.name.includes('الموالي'))).toBe(false);
  });
});

describe('Arabic capitals that seat a regional body', () => {
  it('makes «بروكسل» acting an alias of the European Union the article names', () => {
    const { actors } = run('أقر الاتحاد الأوروبي صندوقا جديدا. وقالت بروكسل إن الأموال ستصل العام المقبل.');
    expect(find(actors, 'الاتحاد الأوروبي')?.aliases).toContain('بروكسل');
  });
});

describe('Arabic ambiguous titles and objects after a name', () => {
  it('does not read «الفريق» (the team) + one word as a titled person', () => {
    const { actors } = run('وصرح المدرب بأن الفريق جاهز للمباراة.');
    expect(actors.some((a) => a.name.startsWith('جاهز'))).toBe(false);
  });

  it('keeps a two-word name after «الفريق» and stops before a plural object', () => {
    const { actors } = run('وقاد الفريق سامي الحربي القوات في المناورة.');
    expect(find(actors, 'سامي الحربي')?.type).toBe('person');
  });
});

describe('Arabic compound given names and the shorter forms of a name', () => {
  it('reads «عبد» + a divine name written apart, and ends the name at the family name', () => {
    const { actors } = run('وانضم الحارس عبد الرحمن القرني بهدف تعزيز الدفاع.');
    expect(find(actors, 'عبد الرحمن القرني')?.type).toBe('person');
    expect(actors.some((a) => a.name.includes('بهدف'))).toBe(false);
  });

  it('reads «عبدالله» written as one word', () => {
    const { actors } = run('وغاب عن التدريب عبدالله الشهراني بسبب الإصابة.');
    expect(find(actors, 'عبدالله الشهراني')?.type).toBe('person');
  });

  it('reads a theophoric given name («هبة الله») after a title as one part of the name', () => {
    const { actors } = run('وعاد وزير الزراعة هبة الله سالم الكثيري إلى العاصمة أمس.');
    expect(find(actors, 'هبة الله سالم الكثيري')?.title).toBe('وزير الزراعة');
    expect(find(actors, 'سالم الكثيري')).toBeUndefined();
  });

  it('merges «عبد الرحيم» and «عبدالرحيم» with the full name, however the compound is spelled', () => {
    const { actors } = run('وشارك سعيد بن ناصر في اللقاء مع ماجد عبد الرحيم. وأكد عبد الرحيم جاهزيته، ثم قال عبدالرحيم إن الفريق قوي.');
    const p = find(actors, 'ماجد عبد الرحيم');
    expect(p?.aliases).toEqual(expect.arrayContaining(['عبد الرحيم', 'عبدالرحيم']));
    expect(actors.filter((a) => a.type === 'person' && a.name.includes('رحيم')).length).toBe(1);
  });

  it('takes a title with the first name alone for the person named in full', () => {
    const { actors } = run('وقال رئيس الجمعية الدكتور نايف الحارثي إن العمل مستمر. وأضاف الدكتور نايف أن الجمعية تتوسع.');
    expect(find(actors, 'نايف الحارثي')?.aliases).toContain('نايف');
    expect(actors.filter((a) => a.type === 'person').length).toBe(1);
  });

  it('does not take a definite verbal noun or a noun with «his» for a family name', () => {
    const { actors } = run('وحضر فهد سالم المطوع الاجتماع أمس. وأبدى خالد ناصر رأيه في الخطة.');
    expect(actors.some((a) => a.name.includes('الاجتماع'))).toBe(false);
    expect(actors.some((a) => a.name.includes('رأيه'))).toBe(false);
  });
});

describe('Arabic places named by a head noun', () => {
  it('makes a wrapped known place another name of that place («محافظة صنعاء»)', () => {
    const { actors } = run('وصل الوفد إلى محافظة صنعاء أمس، وقال إن صنعاء آمنة.');
    const place = find(actors, 'صنعاء');
    expect(place?.aliases).toContain('محافظة صنعاء');
    expect(actors.filter((a) => a.type === 'location').length).toBe(1);
  });

  it('reads airports, ports and districts with their genitive and adjectives', () => {
    const { actors } = run('وهبطت الطائرة في مطار صنعاء الدولي، ثم نقلت الشحنة إلى ميناء المخا ومنه إلى حي الروضة.');
    expect(find(actors, 'مطار صنعاء الدولي')?.type).toBe('location');
    expect(find(actors, 'ميناء المخا')?.type).toBe('location');
    expect(find(actors, 'حي الروضة')?.type).toBe('location');
  });

  it('keeps a person a place is named after out of the actors («حديقة الملك سلمان»)', () => {
    const { actors } = run('وافتتحت البلدية حديقة الملك سلمان للأطفال.');
    expect(find(actors, 'حديقة الملك سلمان')?.type).toBe('location');
    expect(actors.some((a) => a.type === 'person')).toBe(false);
  });

  it('does not read an adjective or a verb after a wrapper as a place', () => {
    const { actors } = run('وتعد مدينة كبيرة في الشمال، وهي منطقة تشهد نموا سريعا، ولا تقبل تدخل أي دولة أخرى.');
    expect(actors).toEqual([]);
  });
});

describe('Arabic titles, chains and groups: what ends them', () => {
  it('reads the words between two titles as the body the first title heads', () => {
    const { actors } = run('وقال مدير متحف دارين الدكتور سامر الخالدي إن المعرض يفتح أبوابه غدا.');
    expect(find(actors, 'سامر الخالدي')?.type).toBe('person');
    expect(find(actors, 'متحف دارين')?.type).toBe('organization');
  });

  it('keeps an organisation inside a title out of the name («رئيس فريق عمل …»)', () => {
    const { actors } = run('وأكد رئيس فريق عمل الصيدليات الأهلية أن القطاع ينمو بسرعة.');
    expect(actors.some((a) => a.type === 'person')).toBe(false);
  });

  it('does not read a verb opened by «ل» as a prepositional complement («لجأ»)', () => {
    const { actors } = run('ولما ضاقت السبل على عناصر الكتيبة لجأ القائد الميداني إلى الجبال.');
    expect(actors.some((a) => a.name.includes('لجأ'))).toBe(false);
  });

  it('does not make a bare definite head and its whereabouts a name («للفريق في تركيا»)', () => {
    const { actors } = run('وأقيم المعسكر التدريبي للفريق في تركيا مدة أسبوعين.');
    expect(actors.some((a) => a.name.includes('في تركيا'))).toBe(false);
    expect(find(actors, 'تركيا')?.type).toBe('location');
  });

  it('does not name an organisation by describing adjectives alone («المركز الرئيسي»)', () => {
    const { actors } = run('وستكون المدينة المركز الرئيسي لتوزيع المساعدات.');
    expect(find(actors, 'المركز الرئيسي')).toBeUndefined();
  });

  it('keeps «قوات» + an organisation as another name of that organisation', () => {
    const { actors } = run('وتقدمت قوات تحالف الشمال نحو المدينة. وقالت قوات التحالف إنها سيطرت على الطريق.');
    const org = find(actors, 'تحالف الشمال');
    expect(org?.aliases).toEqual(expect.arrayContaining(['قوات تحالف الشمال', 'قوات التحالف']));
  });

  it('reads a resistance or opposition group with its adjective, and its members as the group', () => {
    const { actors } = run('وأعلنت المقاومة الوطنية سيطرتها على الحي. وقال عناصر المقاومة إنهم صدوا الهجوم.');
    const group = find(actors, 'المقاومة الوطنية');
    expect(group?.type).toBe('group');
    expect(group?.aliases).toContain('المقاومة');
  });

  it('does not read a head noun agreeing as an adjective with the noun before it («الإعلام المعارضة»)', () => {
    const { actors } = run('ونقلت وسائل الإعلام المعارضة للحكومة الخبر صباح اليوم.');
    expect(actors.some((a) => a.name.startsWith('المعارضة'))).toBe(false);
  });

  it('reads a website named in quotation marks as an organisation', () => {
    const { actors } = run('وحسب موقع "أخبار الواحة" فإن السلطات أغلقت الطريق.');
    expect(find(actors, 'أخبار الواحة')?.type).toBe('organization');
  });

  it('does not read a place in a competition name as an actor («كأس الخليج»)', () => {
    const { actors } = run('ويستعد المنتخب للمشاركة في بطولة كأس الخليج المقبلة.');
    expect(find(actors, 'الخليج')).toBeUndefined();
  });

  it('does not read a verb with «ك» or «ف» as a short place name («كسرت»)', () => {
    const { actors } = run('وكسرت الطائرة الأولى عزلة المدينة بعد أسابيع.');
    expect(actors.some((a) => a.type === 'location')).toBe(false);
  });

  it('ends a foreign name after a nationality at a describing participle or a relative pronoun', () => {
    const { actors } = run('ويشارك المهاجم الكولومبي خوان ريستريبو القادم من الدوري الإسباني. وعاد مواطنه ماركوس أوليفيرا الذي غاب طويلا.');
    expect(find(actors, 'خوان ريستريبو')?.type).toBe('person');
    expect(find(actors, 'ماركوس أوليفيرا')?.type).toBe('person');
  });

  it('does not read a prepositional phrase after a nationality as a name («ببطولة كأس»)', () => {
    const { actors } = run('ويشارك المنتخب السعودي ببطولة كأس آسيا المقبلة.');
    expect(actors.some((a) => a.type === 'person')).toBe(false);
  });
});

describe('Arabic teams named bare in sports articles', () => {
  const sports = 'وقال المدرب إن اللاعب جاهز للمباراة، وإن الهدف هو الفوز في الملعب هذا الموسم. ';

  it('reads a bare team after a match word and its opponent, then finds it everywhere', () => {
    const { actors } = run(sports + 'وحقق فوز الوحدة على النجمة صدارة الدوري. وتعاقدت الوحدة مع مدافع جديد.');
    expect(find(actors, 'الوحدة')?.type).toBe('organization');
    expect(find(actors, 'الوحدة')?.mentions.length).toBe(2);
    expect(find(actors, 'النجمة')?.type).toBe('organization');
  });

  it('joins a bare team to the club named with «نادي»', () => {
    const { actors } = run(sports + 'وأعلن نادي الفتح ضم المهاجم. ويلعب الفريق ضد الفتح غدا.');
    expect(find(actors, 'نادي الفتح')?.aliases).toContain('الفتح');
    expect(actors.filter((a) => a.name.includes('الفتح')).length).toBe(1);
  });

  it('reads a club with its country after a preposition of transfer', () => {
    const { actors } = run(sports + 'وانضم المهاجم القادم من بنفيكا البرتغالي، بعد أن رحل زميله للعربي القطري.');
    expect(find(actors, 'بنفيكا')?.type).toBe('organization');
  });

  it('does not read a match word + adjective or a non-team noun as a team', () => {
    const { actors } = run(sports + 'وفي المباراة الأولى سجل أمام المرمى هدفا في مباراة الذهاب ضد التيار.');
    expect(actors.filter((a) => a.type === 'organization')).toEqual([]);
  });

  it('reads no team outside a sports article', () => {
    const { actors } = run('وقال الوزير إن الحكومة تقف ضد الفساد، وإن فوز الحزب متوقع.');
    expect(actors.some((a) => a.mentions.some((m) => m.rule === 'ar:team'))).toBe(false);
  });
});

describe('Arabic names: foreign spellings, literary titles and where a bare name ends', () => {
  it('does not take «إل»/«أل» with hamza for the article in a foreign name', () => {
    const { actors } = run('وعاد زميله إلتون ألفيس الذي غاب عن التدريب.');
    expect(find(actors, 'إلتون ألفيس')?.type).toBe('person');
  });

  it('reads a writer or critic as a title before the name', () => {
    const { actors } = run('ويستحضر المقال رأي الناقد والروائي الكبير سليم بركات وهو يكتب عن الهوية.');
    expect(find(actors, 'سليم بركات')?.type).toBe('person');
  });

  it('does not read a title-shaped adjective after a definite noun as a title («الفن الروائي»)', () => {
    const { actors } = run('فالفن الروائي امتحان صعب لموهبة كل كاتب شاب.');
    expect(actors).toEqual([]);
  });

  it('ends a bare two-word name at a preposition or at a noun phrase after it', () => {
    const { actors } = run('ويدعو نبيل فرحات إلى المراجعة، كما يدعو جورج حداد مراجعة الذات باستمرار.');
    expect(find(actors, 'نبيل فرحات')?.type).toBe('person');
    expect(find(actors, 'جورج حداد')?.type).toBe('person');
  });

  it('reads «المملكة» in Saudi news as the country, but not before another nationality', () => {
    const { actors } = run('وتسعى المملكة إلى تنويع الاقتصاد، كما وقعت اتفاقا مع المملكة الأردنية الهاشمية.');
    expect(find(actors, 'المملكة')?.type).toBe('location');
    expect(find(actors, 'المملكة')?.mentions.length).toBe(1);
  });

  it('reads the king\'s title used alone as a person', () => {
    const { actors } = run('وتسلم الأمير الدعوة، وسيحضر حفل الختام خادم الحرمين الشريفين.');
    expect(find(actors, 'خادم الحرمين الشريفين')?.type).toBe('person');
  });
});

describe('Arabic titles that belong to a longer name', () => {
  it('does not make a person of an institution named after a titled person', () => {
    const { actors } = run('ونقل المصاب إلى مستشفى الأمير سلمان في المدينة.');
    expect(actors.some((a) => a.type === 'person')).toBe(false);
  });

  it('keeps the king\'s title inside a longer title out of the actors', () => {
    const { actors } = run('وجاء القرار بتوجيه من نائب خادم الحرمين الشريفين بعد دراسته.');
    expect(find(actors, 'خادم الحرمين الشريفين')).toBeUndefined();
  });

  it('keeps a capital named only as a setting apart from its country', () => {
    const { actors } = run('وتعمل المدارس بالرياض لخدمة المقيمين في المملكة.', 'ارتفاع الاستثمارات في المدارس بالرياض');
    expect(find(actors, 'الرياض')?.type).toBe('location');
    expect(find(actors, 'المملكة')?.aliases ?? []).not.toContain('الرياض');
  });
});

describe('Arabic clubs named by «فريق» + a bare name in sports articles', () => {
  const sports = 'وقال المدرب إن اللاعب جاهز للمباراة، وإن الهدف هو الفوز في الملعب هذا الموسم. ';
  it('reads «فريق» + one bare name word as a club', () => {
    const { actors } = run(sports + 'وتعاقد فريق ورقان أحد أقدم فرق الأحياء مع المهاجم.');
    expect(find(actors, 'فريق ورقان')?.type).toBe('organization');
  });
  it('reads the clubs a player moves between after a word of transfer', () => {
    const { actors } = run(sports + 'ويشارك المدافع المنتقل للوحدة من النجمة في التدريبات، بينما عاد زميله من الإصابة.');
    // («للوحدة»: ل + ال is written لل, so the mention starts at the second ل)
    expect(actors.find((a) => a.name.endsWith('وحدة'))?.type).toBe('organization');
    expect(find(actors, 'النجمة')?.type).toBe('organization');
    expect(find(actors, 'الإصابة')).toBeUndefined();
  });

  it('does not read «نادي آخر» as a club', () => {
    const { actors } = run(sports + 'ويرغب اللاعب في الانتقال إلى نادي آخر، وفق مصادر.');
    expect(actors.some((a) => a.name.includes('آخر'))).toBe(false);
  });
});

describe('Arabic organisation names with «لـ + noun + و + noun» tails', () => {
  it('keeps the complement, its adjective and a coordinated noun with its adjective', () => {
    const { actors } = run('أعلنت المؤسسة العامة للتدريب الفني والتأهيل المهني فتح باب القبول.');
    expect(find(actors, 'المؤسسة العامة للتدريب الفني والتأهيل المهني')?.type).toBe('organization');
  });

  it('keeps a plain coordinated noun after the complement', () => {
    const { actors } = run('وقالت الهيئة العامة للثقافة والفنون إن المهرجان يبدأ غدا.');
    expect(find(actors, 'الهيئة العامة للثقافة والفنون')?.type).toBe('organization');
  });

  it('reads a definite head with only generic adjectives as a reference, not a name («الأمانة العامة»)', () => {
    const { actors } = run('وأوضحت الأمانة العامة أن الاجتماع تأجل.');
    expect(find(actors, 'الأمانة العامة')).toBeUndefined();
  });

  it('reads an institution named after a titled person whole, without a person, and no place phrase as a name', () => {
    const { actors } = run('ونقل المصاب إلى غرفة بمستشفى الأمير نايف بحي الروضة في المدينة.');
    expect(find(actors, 'مستشفى الأمير نايف')?.type).toBe('organization');
    expect(actors.some((a) => a.type === 'person')).toBe(false);
  });
});

describe('Arabic given names that are words as well', () => {
  it('does not read «ناديه» (his club) as the name «نادية», nor a noun with its genitive as a name', () => {
    const { actors } = run('وعاد اللاعب إلى ناديه السابق بعد موسم، وتحدث عن جمال الطبيعة في المدينة.');
    expect(actors.some((a) => a.type === 'person')).toBe(false);
  });
});

describe('Arabic names written without the article', () => {
  it('does not find «مالي» (Mali) in «المالي» (financial)', () => {
    const { actors } = run('وزار الوزير مالي الأسبوع الماضي، وقال إن الوضع المالي مستقر.');
    expect(find(actors, 'مالي')?.mentions.length).toBe(1);
  });
});

describe('Arabic subjects do not reach across a line break', () => {
  it('keeps a capital that ends the headline a place when the body opens with a verb', () => {
    const { actors } = run('وأوضح المسؤول أن المدارس في الرياض تستقبل طلابا من كل الجنسيات داخل المملكة.', 'توسع المدارس الأهلية بالرياض');
    expect(find(actors, 'الرياض')?.type).toBe('location');
    expect(find(actors, 'المملكة')?.aliases ?? []).not.toContain('الرياض');
  });
});

describe('Arabic: more words that open no name', () => {
  it('reads a definite head after its adjectives with a «لـ + noun + genitive» complement, after a definite object', () => {
    const { actors } = run('وينظم السباق الاتحاد الدولي لسباق القوارب. وقال الاتحاد إن السباق مستمر.');
    expect(find(actors, 'الاتحاد الدولي لسباق القوارب')?.aliases).toContain('الاتحاد');
  });

  it('does not read a conjunction on a hamza-initial word, or a preposition on a feminine noun, as a name', () => {
    const { actors } = run('وشارك الطفل وأصدقاؤه في الحفل المدرسي. وتحدثت الممثلة الحائزة بجائزة المهرجان عن دورها الجديد.');
    expect(actors.some((a) => a.type === 'person')).toBe(false);
  });
});

describe('Arabic names after a connector and imperfect verbs after a title', () => {
  it('keeps a name written with a final «ه» after «بن», and «دكتور» without the article as a title', () => {
    const { actors } = run('وأكد المتحدث باسم الشرطة العقيد دكتور سالم بن عطيه الزهراني أن الدوريات تعمل.');
    expect(find(actors, 'سالم بن عطيه الزهراني')?.type).toBe('person');
  });

  it('does not read an imperfect verb after an ambiguous title as a name («النجم يضيء»)', () => {
    const { actors } = run('وكان النجم الصاعد يلمع في سماء البطولة هذا العام.');
    expect(actors.some((a) => a.type === 'person')).toBe(false);
  });
});

describe('Arabic chains that stop at a governed complement', () => {
  it('stops a definite head at a participle with «لـ» and leaves the titled person whole («عبد ربه»)', () => {
    const { actors } = run('وتقدمت الكتائب المؤيدة لحكومة الرئيس الجديد عبد ربه سالم الخطيب نحو الساحل.');
    expect(find(actors, 'عبد ربه سالم الخطيب')?.title).toBe('الرئيس الجديد');
    expect(actors.some((a) => a.name.includes('المؤيدة'))).toBe(false);
  });

  it('does not take «لـ» on a demonstrative as a complement («لهذا الدور»)', () => {
    const { actors } = run('وأكدت الهيئة الاستشارية لهذا الملف ضرورة المراجعة.');
    expect(actors.some((a) => a.name.includes('لهذا'))).toBe(false);
  });
});

describe('Arabic «لل» complements at the end of a name', () => {
  it('keeps a «لل» complement after a definite head and its adjective, but not after describing adjectives only', () => {
    const { actors } = run('وقال المجلس الأعلى للتخطيط إن الخطة جاهزة. وستكون المدينة المركز الرئيسي للتوزيع بدلا من غيرها.');
    expect(find(actors, 'المجلس الأعلى للتخطيط')?.type).toBe('organization');
    expect(actors.some((a) => a.name.startsWith('المركز'))).toBe(false);
  });
});

describe('Arabic speakers with compound and hyphenated first names', () => {
  it('keeps a first name completed by «الدين» with its family name, and links the family name alone later', () => {
    const { actors } = run('دعا نور الدين قاسمي رئيس الجمعية إلى الحوار. وقال قاسمي إن الوقت مناسب.');
    const p = find(actors, 'نور الدين قاسمي');
    expect(p?.type).toBe('person');
    expect(p?.aliases).toContain('قاسمي');
  });

  it('does not read «رجال الدين» (clerics) as a given name', () => {
    const { actors } = run('اجتمع رجال الدين في القاعة الكبرى أمس.');
    expect(actors.some((a) => a.name.includes('رجال الدين'))).toBe(false);
  });

  it('joins two first names around a spaced hyphen after a title', () => {
    const { actors } = run('وحذر وزير المالية النمساوي يوهان - كارل برونر من ارتفاع الديون. وقال برونر: «علينا أن نوفر».');
    const p = find(actors, 'يوهان - كارل برونر');
    expect(p?.title).toBe('وزير المالية النمساوي');
    expect(p?.aliases).toContain('برونر');
  });

  it('does not join a hyphenated word that is not followed by a family name', () => {
    const { actors } = run('التقى وزير الخارجية سامي فرحات - أمس - بنظيره.');
    expect(find(actors, 'سامي فرحات')).toBeDefined();
  });
});

describe('Arabic speakers named before the outlet they spoke to', () => {
  it('ends a bare name before «لـ» on an organisation head («لوكالة», «لصحيفة»)', () => {
    const { actors } = run('وقال هشام بوزيدي لصحيفة محلية إن الأسعار سترتفع. وأضاف بوزيدي أن السوق مستقر.');
    const p = find(actors, 'هشام بوزيدي');
    expect(p?.type).toBe('person');
    expect(p?.aliases).toContain('بوزيدي');
  });

  it('does not read a given name and its object before «لـ» + organisation as a name when no verb of saying precedes', () => {
    const { actors } = run('وأرسل فهد رسائل لوزارة الصحة أمس. ومنح سعد جوائز لصحيفة محلية.');
    expect(actors.some((a) => a.name.startsWith('فهد') || a.name.startsWith('سعد'))).toBe(false);
  });

  it('keeps a second place joined by «و» inside a title\'s «في» complement', () => {
    const { actors } = run('أوضح خبير الشؤون النفطية في العراق والكويت مازن بو عاصي لوكالة الأنباء أن الإنتاج سيزيد.');
    const p = actors.find((a) => a.name.endsWith('عاصي'));
    expect(p?.type).toBe('person');
    expect(p?.title).toBe('خبير الشؤون النفطية في العراق والكويت');
  });
});

describe('Arabic speakers named at the end of a long title, before «:», «إن» or a quote', () => {
  it('takes the bare name run after a title with its own «في» complement', () => {
    const { actors } = run('وقال رئيس قسم التخطيط في وزارة النقل الإقليمية وجدي حسين طرابيشي: إن المشروع سيكتمل العام المقبل.');
    const p = find(actors, 'وجدي حسين طرابيشي');
    expect(p?.type).toBe('person');
    expect(p?.rule).toBe('ar:verb+title+name');
  });

  it('takes the name after an organisation written with «لل» and before an opening quote', () => {
    const { actors } = run('وأضاف مدير المبيعات في شركة الرواد للأجهزة المنزلية رامي جعفري «نتوقع نموا كبيرا».');
    expect(find(actors, 'رامي جعفري')?.type).toBe('person');
  });

  it('takes no run without a known given name, nor one that is not right before the colon', () => {
    const { actors } = run('وقال رئيس اللجنة الفنية كلمة قصيرة: إن العمل مستمر. وذكر المتحدث الرسمي للوزارة عدة أسباب وأن التأخير طبيعي.');
    expect(actors.some((a) => a.type === 'person' && /كلمة|أسباب/u.test(a.name))).toBe(false);
  });
});

describe('Arabic titles that govern a place wrapper', () => {
  it('reads «رئيس إقليم X» as the title before the name', () => {
    const { actors } = run('وطالب رئيس إقليم دارفور سليمان آدم حسن «بالعودة إلى التهدئة».');
    const p = find(actors, 'سليمان آدم حسن');
    expect(p?.type).toBe('person');
    expect(p?.title).toBe('رئيس إقليم دارفور');
  });

  it('keeps the name whole after a wrapper inside an organisation in the title', () => {
    const { actors } = run('وأوضح المتحدث باسم شرطة محافظة الخرج المقدم نايف الرويلي أن البحث جار.');
    expect(find(actors, 'نايف الرويلي')?.type).toBe('person');
    expect(actors.some((a) => a.type === 'person' && a.name.includes('الخرج'))).toBe(false);
  });
});

describe('Arabic foreign outlets after «صحيفة», «مجلة»', () => {
  it('takes a transliterated title up to its last press word, not the object after it', () => {
    const { actors } = run('ونشرت صحيفة واشنطن بوست تقريرا مطولا عن أزمة المياه في الجنوب.');
    const o = find(actors, 'صحيفة واشنطن بوست');
    expect(o?.type).toBe('organization');
    expect(o?.rule).toBe('ar:outlet+foreign-name');
  });

  it('keeps a non-press word before the press word («دير شبيغل»)', () => {
    const { actors } = run('وذكرت مجلة دير شبيغل الأسبوع الماضي أن المفاوضات تعثرت.');
    expect(find(actors, 'مجلة دير شبيغل')?.type).toBe('organization');
  });

  it('takes no bare word after an outlet head without a press word', () => {
    const { actors } = run('وأصدرت قناة رياضية جديدة برنامجا عن كرة السلة.');
    expect(actors.some((a) => a.name.startsWith('قناة رياضية'))).toBe(false);
  });
});

describe('Arabic speakers named by surname alone after a verb of saying', () => {
  it('takes one bare word before «إلى أن», «إن» or a colon as a person', () => {
    const { actors } = run('نشرت المجلة تحقيقا عن الموانئ. وأشار غرينوود إلى أن الشحن تراجع. وقال فيرنر: «الأسعار سترتفع».');
    expect(find(actors, 'غرينوود')?.type).toBe('person');
    expect(find(actors, 'فيرنر')?.rule).toBe('ar:verb+surname');
  });

  it('takes no participle, plural, feminine noun or pronoun-like word for a surname', () => {
    const { actors } = run('وقال مسؤول إن الطريق مغلق. وأضاف مراقبون أن الوضع هادئ. وقالت جهة إن التحقيق مستمر. وقال آخر إن الخسائر كبيرة.');
    expect(actors.filter((a) => a.rule === 'ar:verb+surname')).toEqual([]);
  });

  it('takes no adverbial participle or broken plural for a surname', () => {
    const { actors } = run('ورد الوزير على المنتقدين وقال ضاحكا: «الأرقام واضحة». وذكرت تقارير أن الصفقة تأجلت.');
    expect(actors.filter((a) => a.rule === 'ar:verb+surname')).toEqual([]);
  });

  it('takes no bare word that the speech verb does not introduce right away', () => {
    const { actors } = run('وقال تقرير صادر عن البنك إن النمو تباطأ.');
    expect(actors.filter((a) => a.rule === 'ar:verb+surname')).toEqual([]);
  });
});

describe('Arabic bodies named by a governed place wrapper', () => {
  it('takes «head + إقليم/محافظة + place» as the organisation and «head + الإقليم» as its later name', () => {
    const { actors } = run('وطالبت رئاسة إقليم دارفور الأطراف «بوقف القتال فورا». وقال بيان رئاسة الإقليم إن المفاوضات ستستأنف. وأعلنت حكومة محافظة البصرة الحداد.');
    const o = find(actors, 'رئاسة إقليم دارفور');
    expect(o?.type).toBe('organization');
    expect(o?.aliases).toContain('رئاسة الإقليم');
    expect(find(actors, 'حكومة محافظة البصرة')?.type).toBe('organization');
    expect(find(actors, 'دارفور')?.type).toBe('location');
  });

  it('takes «رئاسة» for no body as an office or in «برئاسة» (headed by)', () => {
    const { actors } = run('وتولى سامر الأحمد رئاسة الحكومة عام 2010 قبل أن يترك رئاسة الوزراء. ووصل وفد برئاسة اللجنة الوطنية.');
    expect(actors.some((a) => a.name.startsWith('رئاسة') || a.name.startsWith('برئاسة'))).toBe(false);
  });
});

describe('Arabic players titled by their position', () => {
  it('takes a foreign surname that looks prefixed after a nationality, before a preposition, past a quoted nickname', () => {
    const { actors } = run('وانتهت مغامرة المهاجم البرتغالي "الساحر" ماركو باليتا مع النادي بعد موسم واحد. ولم يسجل باليتا سوى ثلاثة أهداف.');
    const p = find(actors, 'ماركو باليتا');
    expect(p?.type).toBe('person');
    expect(p?.aliases).toContain('باليتا');
  });

  it('ends the name before a word of the transfer («المنتقل»)', () => {
    const { actors } = run('وسيشارك المدافع الأيمن سامي القرني المنتقل هذا الموسم من الشباب في المباراة.');
    expect(find(actors, 'سامي القرني')?.type).toBe('person');
    expect(actors.some((a) => a.name.includes('المنتقل'))).toBe(false);
  });

  it('keeps a bare prefixed-looking word without a nationality before it out of the name', () => {
    const { actors } = run('وقال المدرب ماجد بالملعب في المساء إن الفريق جاهز.');
    expect(actors.some((a) => a.name.includes('بالملعب'))).toBe(false);
  });
});
