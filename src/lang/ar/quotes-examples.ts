/**
 * Arabic example sentences for the quote rules (written for these tests, news style). Each names the
 * speaker rule it exercises; tests/lang/ar/quotes.test.ts runs them through the engine.
 */
import type { QuoteCounterExample, QuoteExample } from '../../extract/quotes.js';

const minister = { name: 'سالم الحربي', type: 'person' as const, aliases: ['الحربي', 'وزير المالية سالم الحربي'] };
const ministry = { name: 'وزارة الصحة', type: 'organization' as const, aliases: ['الوزارة'] };
const council = { name: 'مجلس الأمن', type: 'organization' as const, aliases: ['المجلس'] };
const envoy = { name: 'هدى العلي', type: 'person' as const, aliases: ['العلي'] };

const analyst = { name: 'نادر الخطيب', type: 'person' as const, aliases: ['الخطيب'] };
const coach = { name: 'ماجد الشمري', type: 'person' as const, aliases: ['الشمري'] };
const referee = { name: 'خالد الدوسري', type: 'person' as const, aliases: ['الدوسري'] };

const prophet = { name: 'النبي محمد', type: 'person' as const, aliases: ['النبي', 'رسول الله'] };
const poet = { name: 'حامد العسيري', type: 'person' as const, aliases: ['العسيري'] };
const lateKing = { name: 'فهد بن سعود', type: 'person' as const };

export const examples: readonly QuoteExample[] = [
  {
    // The pluperfect «وكان فلان قد قال»: the subject stands between the auxiliary and the verb (pastAuxiliaries), and
    // a clause of time after the verb («حين …») is no subject (subjectStops).
    rule: 'speaker:subject-before-verb',
    text: 'وغادر اللاعب البلاد أمس. وكان العنزي قد قال حين وقع العقد: «سأبقى هنا حتى نهاية مسيرتي».',
    actors: [],
    expect: [{ text: 'سأبقى هنا حتى نهاية مسيرتي', speaker: 'العنزي' }],
  },
  {
    // A blessing between the speaker and the colon is not part of the subject (src/text/formulas.ts).
    rule: 'speaker:verb-before',
    text: 'وفي خطبة الجمعة ذكر الخطيب المصلين بفضل الصدقة، وقال رسول الله صلى الله عليه وسلم: «الكلمة الطيبة صدقة».',
    actors: [prophet],
    expect: [{ text: 'الكلمة الطيبة صدقة', speaker: 'النبي محمد' }],
  },
  {
    // … nor between the subject and its verb, set apart by dashes.
    rule: 'speaker:subject-before-verb',
    text: 'وكان الملك فهد بن سعود - رحمه الله - قد قال في افتتاح المشروع: «هذا الجسر لكل أبناء الوطن».',
    actors: [lateKing],
    expect: [{ text: 'هذا الجسر لكل أبناء الوطن', speaker: 'فهد بن سعود' }],
  },
  {
    // «مستشهدا بقول X»: the saying's owner spoke the words, not the one who cites them.
    rule: 'speaker:possessive',
    text: 'وختم وزير المالية سالم الحربي كلمته مستشهدا بقول الشاعر حامد العسيري: «إذا صدق العزم وضح السبيل».',
    actors: [minister, poet],
    expect: [{ text: 'إذا صدق العزم وضح السبيل', speaker: 'حامد العسيري' }],
  },
  {
    // «عن X أنه قال»: the clause's own verb of saying after «أنه» makes X the speaker, with no verb of passing on.
    rule: 'speaker:source-marker',
    text: 'وفي الحديث عن النبي صلى الله عليه وسلم أنه قال: «خير الناس أنفعهم للناس».',
    actors: [prophet],
    expect: [{ text: 'خير الناس أنفعهم للناس', speaker: 'النبي محمد' }],
  },
  {
    // «ما وصفته بـ«…»»: «بـ» after the verb is no subject; the subject of the sentence described it.
    rule: 'speaker:dropped-subject',
    text: 'وفي المقابل، انتقدت وزارة الصحة ما وصفته بـ«غياب التنسيق» بين المستشفيات.',
    actors: [ministry],
    expect: [{ text: 'غياب التنسيق', speaker: 'وزارة الصحة' }],
  },
  {
    // «طالبا منهم أن»: the pronoun after the preposition is the object; the sentence's subject speaks.
    rule: 'speaker:dropped-subject',
    text: 'ولم يتراجع سالم الحربي عن موقفه إذ توجه إلى منتقديه في مقطع مصور طالبا منهم أن «يراجعوا الأرقام».',
    actors: [minister],
    expect: [{ text: 'يراجعوا الأرقام', speaker: 'سالم الحربي' }],
  },
  {
    // «وصفته بأنه»: a speech verb with the object pronoun on it; its dropped subject is the ministry.
    rule: 'speaker:dropped-subject',
    text: 'ونددت وزارة الصحة بإغلاق المعبر ووصفته بأنه «عقاب جماعي للمرضى».',
    actors: [ministry],
    expect: [{ text: 'عقاب جماعي للمرضى', speaker: 'وزارة الصحة' }],
  },
  {
    // A title with its own prepositional complement, then the name in apposition.
    rule: 'speaker:verb-before',
    text: 'وأشار الباحث في شؤون الطاقة الخليجية نادر الخطيب إلى «تراجع واضح في الطلب على النفط الخام».',
    actors: [analyst],
    expect: [{ text: 'تراجع واضح في الطلب على النفط الخام', speaker: 'نادر الخطيب' }],
  },
  {
    // A name after a second preposition is a companion, not the speaker in apposition.
    rule: 'speaker:verb-before',
    text: 'وقال رئيس الوزراء في مؤتمر مع نظيره نادر الخطيب إن «الاتفاق يفتح صفحة جديدة».',
    actors: [analyst],
    expect: [{ text: 'الاتفاق يفتح صفحة جديدة', speaker: null }],
  },
  {
    // A place closing the speaker phrase qualifies its head: not the place speaking.
    rule: 'speaker:verb-before',
    text: 'وقالت رئاسة إقليم الشمال في بيان إن «الطريق سيفتح غدا».',
    actors: [{ name: 'الشمال', type: 'location' as const }],
    expect: [{ text: 'الطريق سيفتح غدا', speaker: null }],
  },
  {
    // The participle continues an unnamed spokesman's clause: the source as written, not the name in its object.
    rule: 'speaker:anonymous',
    text: 'وأكد متحدث باسم الحكومة في بيان نقلته وكالة الأنباء المقربة من الحربي أن الطريق آمن، مشيرا إلى «انخفاض الحوادث».',
    actors: [minister],
    expect: [{ text: 'انخفاض الحوادث', speaker: null }],
  },
  {
    // «جاء في بيان X»: no speech verb, the document names its issuer.
    rule: 'speaker:document',
    text: 'وجاء في بيان وزارة الصحة «لا توجد إصابات جديدة في المنطقة الشرقية منذ أسبوعين».',
    actors: [ministry],
    expect: [{ text: 'لا توجد إصابات جديدة في المنطقة الشرقية منذ أسبوعين', speaker: 'وزارة الصحة' }],
  },
  {
    // «نقل عن X قوله»: the source after «عن», before the saying noun, even with a reporter as the verb's subject.
    rule: 'speaker:source-marker',
    text: 'ونقلت وكالة الأنباء عن الحربي قوله إن «الميزانية متوازنة».',
    actors: [minister],
    expect: [{ text: 'الميزانية متوازنة', speaker: 'سالم الحربي' }],
  },
  {
    rule: 'speaker:source-marker',
    text: 'ونقل عن العلي قولها «سنعود إلى طاولة الحوار قريبا».',
    actors: [envoy],
    expect: [{ text: 'سنعود إلى طاولة الحوار قريبا', speaker: 'هدى العلي' }],
  },
  {
    // A quote standing as its own paragraph, attributed by a verb opening the next one.
    rule: 'speaker:verb-after',
    text: '«لن نرفع الضرائب في العام المقبل»\nقال وزير المالية سالم الحربي في مؤتمر صحفي أمس.',
    actors: [minister],
    expect: [{ text: 'لن نرفع الضرائب في العام المقبل', speaker: 'سالم الحربي' }],
  },
  {
    rule: 'speaker:verb-before',
    text: 'وطلبت وزارة الصحة من المستشفيات «رفع درجة الاستعداد إلى أقصاها».',
    actors: [ministry],
    expect: [{ text: 'رفع درجة الاستعداد إلى أقصاها', speaker: 'وزارة الصحة' }],
  },
  {
    // A definite document («البيان») is followed by its object, not by its issuer.
    rule: 'speaker:document',
    text: 'وأصدرت وزارة الصحة بيانا مساء أمس. وطالب البيان مجلس الأمن بـ«التحرك العاجل لوقف القتال».',
    actors: [ministry, council],
    expect: [{ text: 'التحرك العاجل لوقف القتال', speaker: 'وزارة الصحة' }],
  },
  {
    // A participle continues the subject of its own sentence, not a name in its object nor an earlier sentence.
    rule: 'speaker:lead-in',
    text: 'وأضاف الدوسري «القرار كان صحيحا». ورفض الشمري التعليق على قرار الحكم خالد الدوسري قائلا «لن أتحدث عن التحكيم اليوم».',
    actors: [coach, referee],
    expect: [
      { text: 'القرار كان صحيحا', speaker: 'خالد الدوسري' },
      { text: 'لن أتحدث عن التحكيم اليوم', speaker: 'ماجد الشمري' },
    ],
  },
  {
    rule: 'speaker:verb-before',
    text: 'وقال وزير المالية سالم الحربي: «الميزانية الجديدة تحمي الأسر ذات الدخل المحدود».',
    actors: [minister],
    expect: [{ text: 'الميزانية الجديدة تحمي الأسر ذات الدخل المحدود', speaker: 'سالم الحربي' }],
  },
  {
    rule: 'speaker:verb-before',
    text: 'وقالت الوزارة في بيان صحفي إن “حملة التطعيم ستشمل جميع المدارس الحكومية”.',
    actors: [ministry],
    expect: [{ text: 'حملة التطعيم ستشمل جميع المدارس الحكومية', speaker: 'وزارة الصحة' }],
  },
  {
    rule: 'speaker:verb-after',
    text: '«لن نسمح بتأخير المشروع مرة أخرى»، قال الحربي في ختام الاجتماع.',
    actors: [minister],
    expect: [{ text: 'لن نسمح بتأخير المشروع مرة أخرى', speaker: 'سالم الحربي' }],
  },
  {
    rule: 'speaker:dropped-subject',
    text: 'وقال الحربي إن الاقتصاد يتعافى. وأضاف “نتوقع نموا أقوى في الربع المقبل من العام”.',
    actors: [minister],
    expect: [{ text: 'نتوقع نموا أقوى في الربع المقبل من العام', speaker: 'سالم الحربي' }],
  },
  {
    rule: 'speaker:dropped-subject',
    text: 'وقالت العلي: «المفاوضات تسير ببطء شديد». وقال الحربي: «الحكومة مستعدة للحوار في أي وقت». وأضافت: «نحتاج إلى ضمانات مكتوبة من الطرفين».',
    actors: [envoy, minister],
    expect: [
      { text: 'المفاوضات تسير ببطء شديد', speaker: 'هدى العلي' },
      { text: 'الحكومة مستعدة للحوار في أي وقت', speaker: 'سالم الحربي' },
      { text: 'نحتاج إلى ضمانات مكتوبة من الطرفين', speaker: 'هدى العلي' },
    ],
  },
  {
    rule: 'speaker:lead-in',
    text: 'ورفض الحربي الانتقادات، مؤكدا أن «الأرقام المعلنة دقيقة وموثقة بالكامل».',
    actors: [minister],
    expect: [{ text: 'الأرقام المعلنة دقيقة وموثقة بالكامل', speaker: 'سالم الحربي' }],
  },
  {
    rule: 'speaker:source-marker',
    text: 'وستنخفض الأسعار «بنسبة لا تقل عن عشرة في المئة خلال العام»، بحسب الحربي.',
    actors: [minister],
    expect: [{ text: 'بنسبة لا تقل عن عشرة في المئة خلال العام', speaker: 'سالم الحربي' }],
  },
  {
    rule: 'speaker:document',
    text: 'وأصدر مجلس الأمن بيانا أمس. وذكر البيان أن «الهجمات على المدنيين غير مقبولة تحت أي ظرف».',
    actors: [council],
    expect: [{ text: 'الهجمات على المدنيين غير مقبولة تحت أي ظرف', speaker: 'مجلس الأمن' }],
  },
  {
    rule: 'speaker:anonymous',
    text: 'وقال الحربي إن العمل مستمر. وقال مصدر مطلع إن «الاتفاق سيوقع قبل نهاية الشهر الجاري».',
    actors: [minister],
    expect: [{ text: 'الاتفاق سيوقع قبل نهاية الشهر الجاري', speaker: null }],
  },
  {
    rule: 'speaker:subject-before-verb',
    text: 'وفي ختام الزيارة، العلي أكدت أن «التعاون بين البلدين يدخل مرحلة جديدة».',
    actors: [envoy],
    expect: [{ text: 'التعاون بين البلدين يدخل مرحلة جديدة', speaker: 'هدى العلي' }],
  },
  {
    rule: 'speaker:continuation',
    text: 'وقال الحربي: «نعمل على خفض العجز تدريجيا». «وسنعلن التفاصيل الكاملة الأسبوع المقبل».',
    actors: [minister],
    expect: [
      { text: 'نعمل على خفض العجز تدريجيا', speaker: 'سالم الحربي' },
      { text: 'وسنعلن التفاصيل الكاملة الأسبوع المقبل', speaker: 'سالم الحربي' },
    ],
  },
  {
    // «بيان» in construct with a body no actor holds: no speaker, not the last organisation named.
    rule: 'speaker:document',
    text: 'وهاجمت وزارة الصحة القرار. وبحسب بيان نقابة الأطباء فإن «المستشفيات تعمل بنصف طاقتها».',
    actors: [ministry],
    expect: [{ text: 'المستشفيات تعمل بنصف طاقتها', speaker: null }],
  },
  {
    // «البيان» again is the statement quoted before: its issuer, even one the actors lack.
    rule: 'speaker:document',
    text: 'وجاء في بيان نقابة الأطباء «لن نقبل بتأخير الرواتب». ورحبت وزارة الصحة بالحوار. وطالب البيان الحكومة بـ«صرف المستحقات المتأخرة فورا».',
    actors: [ministry],
    expect: [
      { text: 'لن نقبل بتأخير الرواتب', speaker: null },
      { text: 'صرف المستحقات المتأخرة فورا', speaker: null },
    ],
  },
  {
    // A dropped subject after a document quote is the document («وأوضح» after «وأضاف التقرير»), so its issuer.
    rule: 'speaker:dropped-subject',
    text: 'وأصدر مجلس الأمن تقريرا أمس. وأضاف التقرير أن «الوضع الإنساني يتدهور بسرعة». وأوضح أن «المساعدات لا تصل إلى المحتاجين».',
    actors: [council, analyst],
    expect: [
      { text: 'الوضع الإنساني يتدهور بسرعة', speaker: 'مجلس الأمن' },
      { text: 'المساعدات لا تصل إلى المحتاجين', speaker: 'مجلس الأمن' },
    ],
  },
  {
    // A role noun with the person named at the end: the person, not an unnamed source.
    rule: 'speaker:verb-before',
    text: 'وقال المتحدث باسم الوزارة نادر الخطيب إن «اللقاح آمن تماما».',
    actors: [analyst],
    expect: [{ text: 'اللقاح آمن تماما', speaker: 'نادر الخطيب' }],
  },
  {
    // A verb joined by «و» shares the subject of the sentence's earlier speech verb, even a name no actor holds.
    rule: 'speaker:dropped-subject',
    text: 'وحضر الحفل في الرياض جمهور كبير. ومن جهتها أبدت الفنانة ريم السالم سعادتها بالجمهور وقالت: «هذه أجمل ليلة في مسيرتي الفنية».',
    actors: [{ name: 'الرياض', type: 'location' as const }],
    expect: [{ text: 'هذه أجمل ليلة في مسيرتي الفنية', speaker: null }],
  },
  {
    rule: 'speaker:dropped-subject',
    text: 'ومن جهتها أبدت العلي تفاؤلها بنتائج الزيارة وقالت: «الأيام المقبلة ستحمل أخبارا سارة».',
    actors: [envoy],
    expect: [{ text: 'الأيام المقبلة ستحمل أخبارا سارة', speaker: 'هدى العلي' }],
  },
  {
    // A speaker the actors lack, reported without quotation marks, still takes the next «وأضاف» from the one before.
    rule: 'speaker:dropped-subject',
    text: 'وقال الحربي: «الميزانية متوازنة». وأكد الخبير الاقتصادي فارس النمر أن العجز سيتراجع. وأضاف «الأسواق تنتظر إصلاحات أعمق».',
    actors: [minister],
    expect: [
      { text: 'الميزانية متوازنة', speaker: 'سالم الحربي' },
      { text: 'الأسواق تنتظر إصلاحات أعمق', speaker: null },
    ],
  },
  {
    // «بين» is a speech verb («showed») when its reported clause follows.
    rule: 'speaker:verb-before',
    text: 'وبين الحربي أن «العجز سينخفض إلى النصف خلال عامين».',
    actors: [minister],
    expect: [{ text: 'العجز سينخفض إلى النصف خلال عامين', speaker: 'سالم الحربي' }],
  },
  {
    // «بين» meaning "between", with no reported clause after it, is no speech verb.
    rule: 'speaker:none',
    // (A stretch this long: a shorter one that no speech governs is a term, and no quote at all.)
    text: 'وبين الحربي والعلي خلاف قديم حول «الرسوم الجمركية الجديدة على الواردات من الدول المجاورة».',
    actors: [minister, envoy],
    expect: [{ text: 'الرسوم الجمركية الجديدة على الواردات من الدول المجاورة', speaker: null }],
  },
  {
    // «تابع» right before its quote, after a short subject, is speech («went on»).
    rule: 'speaker:verb-before',
    text: 'وتابع الحربي «لن نتراجع عن الإصلاحات مهما كانت الضغوط».',
    actors: [minister],
    expect: [{ text: 'لن نتراجع عن الإصلاحات مهما كانت الضغوط', speaker: 'سالم الحربي' }],
  },
  {
    // A short quote at the start of the reported clause is speech, however long the speaker phrase before «أن».
    rule: 'speaker:verb-before',
    text: 'وأكد الحربي في مؤتمر صحفي عقده في مقر الوزارة بالعاصمة مساء أمس بحضور عدد من المسؤولين، أن الاتفاق «بات وشيكا».',
    actors: [minister],
    expect: [{ text: 'بات وشيكا', speaker: 'سالم الحربي' }],
  },
  {
    // A place named after a preposition is a setting: a dropped feminine subject is not it.
    rule: 'speaker:dropped-subject',
    text: 'وعقد المؤتمر في القاهرة أمس. وقالت في كلمتها «الحوار هو الطريق الوحيد للحل».',
    actors: [{ name: 'القاهرة', type: 'location' as const }],
    expect: [{ text: 'الحوار هو الطريق الوحيد للحل', speaker: null }],
  },
  {
    // A capital acting as its government («ردت القاهرة») can be.
    rule: 'speaker:dropped-subject',
    text: 'وردت القاهرة على الاتهامات. وقالت في بيان «الحوار هو الطريق الوحيد للحل».',
    actors: [{ name: 'القاهرة', type: 'location' as const }],
    expect: [{ text: 'الحوار هو الطريق الوحيد للحل', speaker: 'القاهرة' }],
  },
  {
    // A participle of addressing opens its own sentence: it continues the previous sentence's speaker.
    rule: 'speaker:lead-in',
    text: 'وأضاف ماجد الشمري أن الفريق استعد جيدا للموسم. موجها شكره للإدارة على دعمها «لنحقق بطولة تليق بالنادي وجماهيره».',
    actors: [coach],
    expect: [{ text: 'لنحقق بطولة تليق بالنادي وجماهيره', speaker: 'ماجد الشمري' }],
  },
  {
    // «مبديا» (the participle of أبدى) before what was said; the subject of the sentence speaks.
    rule: 'speaker:lead-in',
    text: 'ورحبت هدى العلي بالاتفاق، مبدية أملها في أن «يفتح الباب أمام حل دائم للأزمة».',
    actors: [envoy],
    expect: [{ text: 'يفتح الباب أمام حل دائم للأزمة', speaker: 'هدى العلي' }],
  },
  {
    // A source marker further on in the sentence, after a clause of its own, attributes the quote before it.
    rule: 'speaker:source-marker',
    text: 'وتأخر تسليم المساكن سنوات «بسبب سوء الإدارة وغياب الرقابة المالية» تاركا ديونا كبيرة، بحسب ما يقول الباحث نادر الخطيب.',
    actors: [analyst],
    expect: [{ text: 'بسبب سوء الإدارة وغياب الرقابة المالية', speaker: 'نادر الخطيب' }],
  },
  {
    // «بحسب ما تشرح X» right after the quote: the speech verb after «ما» is skipped, its subject is the source.
    rule: 'speaker:source-marker',
    text: 'وكانت المدينة «مركزا تجاريا مهما لقرون طويلة» بحسب ما تشرح هدى العلي في دراستها.',
    actors: [envoy],
    expect: [{ text: 'مركزا تجاريا مهما لقرون طويلة', speaker: 'هدى العلي' }],
  },
  {
    // «وفقا لفلان»: the preposition written on the name.
    rule: 'speaker:source-marker',
    text: 'وارتفعت الأسعار «بسبب نقص المعروض في الأسواق المحلية» وفقا للخطيب.',
    actors: [analyst],
    expect: [{ text: 'بسبب نقص المعروض في الأسواق المحلية', speaker: 'نادر الخطيب' }],
  },
  {
    // A quote opening its own paragraph, with no attribution, goes on with the speech of the sentence before it.
    rule: 'speaker:continuation',
    text: 'وقال ماجد الشمري في حفل التكريم إنه التقى اللاعبين قبل المباراة.\n«لم أتوقع أن يقدموا هذا الأداء الكبير أمام فريق قوي».',
    actors: [coach],
    expect: [{ text: 'لم أتوقع أن يقدموا هذا الأداء الكبير أمام فريق قوي', speaker: 'ماجد الشمري' }],
  },
  {
    // The same after a full stop; a short term later in that sentence is not governed by the carried-over speaker.
    rule: 'speaker:continuation',
    text: 'وقالت هدى العلي في كلمتها إنها زارت المخيم مرتين. «رأيت أطفالا ينامون في العراء دون أي غطاء» في مخيم «الأمل».',
    actors: [envoy],
    expect: [{ text: 'رأيت أطفالا ينامون في العراء دون أي غطاء', speaker: 'هدى العلي' }],
  },
  {
    // A sentence before with no speech verb passes nothing on: the quote has no speaker.
    rule: 'speaker:none',
    text: 'وزار ماجد الشمري المخيم أمس برفقة وفد رسمي. «الأوضاع هنا صعبة للغاية على الجميع» عبارة تتكرر على ألسنة السكان.',
    actors: [coach],
    expect: [{ text: 'الأوضاع هنا صعبة للغاية على الجميع', speaker: null }],
  },
  {
    // A dropped subject with no speaker before it continues the previous sentence's subject, not its object.
    rule: 'speaker:dropped-subject',
    text: 'واستقبل ماجد الشمري المدرب خالد الدوسري في مقر النادي أمس. وأكد خلال اللقاء أن «التعاون سيستمر في كل المجالات».',
    actors: [coach, referee],
    expect: [{ text: 'التعاون سيستمر في كل المجالات', speaker: 'ماجد الشمري' }],
  },
  {
    // … but a name after a preposition in that sentence is no subject: the last person named speaks.
    rule: 'speaker:dropped-subject',
    text: 'وفي لقاء مع ماجد الشمري تحدث المدرب خالد الدوسري عن الموسم. وأكد أن «الفريق جاهز للمنافسة على اللقب».',
    actors: [coach, referee],
    expect: [{ text: 'الفريق جاهز للمنافسة على اللقب', speaker: 'خالد الدوسري' }],
  },
  {
    // A verb in the relative clause describing the subject («الذي طلب …») is not the verb reporting the quote;
    // «عدم ذكر» is a verbal noun, not «ذكر» (mentioned).
    rule: 'speaker:anonymous',
    text: 'وأضاف المسؤول الذي طلب عدم ذكر اسمه: «الاجتماع تأجل إلى موعد لم يحدد بعد».',
    actors: [],
    expect: [{ text: 'الاجتماع تأجل إلى موعد لم يحدد بعد', speaker: null }],
  },
  {
    // The same without «الذي» after an indefinite source: the earlier verb reports, the source speaks.
    rule: 'speaker:anonymous',
    text: 'وقال مسؤول في الوزارة طلب عدم الكشف عن هويته إن «القرار سيصدر قبل نهاية الشهر».',
    actors: [],
    expect: [{ text: 'القرار سيصدر قبل نهاية الشهر', speaker: null }],
  },
  {
    // … while a verb joined by «و» after an object is a second verb of the same subject, not part of its phrase.
    rule: 'speaker:dropped-subject',
    text: 'وأكد سالم الحربي أهمية الخطة وقال: «سنبدأ التنفيذ خلال أسابيع قليلة».',
    actors: [minister],
    expect: [{ text: 'سنبدأ التنفيذ خلال أسابيع قليلة', speaker: 'سالم الحربي' }],
  },
  {
    // «ووصف X بأنه»: one unknown word after a verb that takes an object, then «بأن», is the object; the subject
    // dropped is the last speaker.
    rule: 'speaker:dropped-subject',
    text: 'وقال سالم الحربي إن الخدمات ستتحسن. ووصف الزيارة بأنها «مثمرة على كل الأصعدة».',
    actors: [minister],
    expect: [{ text: 'مثمرة على كل الأصعدة', speaker: 'سالم الحربي' }],
  },
  {
    // … or the object then the quote as its predicate («واعتبر الفوز «…»»).
    rule: 'speaker:dropped-subject',
    text: 'وأكد ماجد الشمري أن الفريق جاهز. واعتبر الفوز «رسالة واضحة لكل المنافسين على اللقب».',
    actors: [coach],
    expect: [{ text: 'رسالة واضحة لكل المنافسين على اللقب', speaker: 'ماجد الشمري' }],
  },
  {
    // … but a word followed by «أن» is the subject: an unknown speaker, not the last one.
    rule: 'speaker:verb-before',
    text: 'وقال سالم الحربي إن الخدمات ستتحسن. واعتبر الخبير أن «الزيارة مثمرة على كل الأصعدة».',
    actors: [minister],
    expect: [{ text: 'الزيارة مثمرة على كل الأصعدة', speaker: null }],
  },
  {
    // «وجاء في البيان:»: the definite document before a colon is the statement issued before; its issuer speaks.
    rule: 'speaker:document',
    text: 'وأصدرت وزارة الصحة بيانا حول الحادث. وجاء في البيان: «تم نقل المصابين إلى المستشفيات القريبة فورا».',
    actors: [ministry],
    expect: [{ text: 'تم نقل المصابين إلى المستشفيات القريبة فورا', speaker: 'وزارة الصحة' }],
  },
  {
    // A title, then the person's name between commas («المدير التنفيذي للشركة، فلان، إلى أن»).
    rule: 'speaker:verb-before',
    text: 'وأشار المدير التنفيذي للشركة، نادر الخطيب، إلى أن «الأرباح ارتفعت بنسبة كبيرة هذا العام».',
    actors: [analyst],
    expect: [{ text: 'الأرباح ارتفعت بنسبة كبيرة هذا العام', speaker: 'نادر الخطيب' }],
  },
  {
    // … but a name inside a longer clause after the comma is not in apposition: the unknown title speaks.
    rule: 'speaker:verb-before',
    text: 'وقال المدير التنفيذي للشركة، بعد لقائه نادر الخطيب أمس، إن «الأرباح ارتفعت بنسبة كبيرة».',
    actors: [analyst],
    expect: [{ text: 'الأرباح ارتفعت بنسبة كبيرة', speaker: null }],
  },
  {
    // A relative verb with its reported clause right after it reports the quote; a definite noun opening four words
    // («الشركة المنفذة …») starts a sentence, not a title.
    rule: 'speaker:subject-before-verb',
    text: 'وأشار سالم الحربي إلى أن المشروع تأخر، وهو ما أكدته هدى العلي التي قالت إن «الشركة المنفذة تتحمل المسؤولية كاملة».',
    actors: [minister, envoy],
    expect: [{ text: 'الشركة المنفذة تتحمل المسؤولية كاملة', speaker: 'هدى العلي' }],
  },
  {
    // A title noun two words before a long quote, with no preposition between, names nothing quoted.
    rule: 'speaker:source-marker',
    text: 'وتأخر المشروع سنوات «بسبب سوء الإدارة وغياب الرقابة المالية» وفقا للخطيب.',
    actors: [analyst],
    expect: [{ text: 'بسبب سوء الإدارة وغياب الرقابة المالية', speaker: 'نادر الخطيب' }],
  },
  {
    // «نقلت X عن مصادر أن»: a verb of passing on, then «عن» and a source, then the reported clause.
    rule: 'speaker:anonymous',
    text: 'ونقلت الصحيفة عن مصادر مطلعة أن «الاتفاق سيوقع خلال أيام قليلة».',
    actors: [],
    expect: [{ text: 'الاتفاق سيوقع خلال أيام قليلة', speaker: null }],
  },
  {
    rule: 'speaker:source-marker',
    text: 'ونقلت وكالة الأنباء عن سالم الحربي أن «الخطة ستنفذ على مراحل متتالية».',
    actors: [minister],
    expect: [{ text: 'الخطة ستنفذ على مراحل متتالية', speaker: 'سالم الحربي' }],
  },
  {
    // «عن» after another verb («تحدث عن الخطة وأكد أن») is a topic, not a source.
    rule: 'speaker:dropped-subject',
    text: 'وتحدث سالم الحربي عن الخطة وأكد أن «التنفيذ سيبدأ قريبا في كل المناطق».',
    actors: [minister],
    expect: [{ text: 'التنفيذ سيبدأ قريبا في كل المناطق', speaker: 'سالم الحربي' }],
  },
];

/**
 * A participle after an earlier quote of its sentence continues that quote's clause; a cue after a preposition
 * («إلى رد «…»») is a noun, the response, so the short quote is the body's word, not a subject's name.
 */
export const leadInExamples: readonly QuoteExample[] = [
  {
    rule: 'speaker:lead-in',
    text: 'وأعرب المجلس الأوروبي أمس عن «قلقه البالغ» حيال مواجهات قوات الأمن والمحتجين في العاصمة داعيا الحكومة إلى رد «متوازن» على الاحتجاجات.',
    actors: [{ name: 'المجلس الأوروبي', type: 'organization' as const }, { name: 'قوات الأمن', type: 'organization' as const }],
    expect: [
      { text: 'قلقه البالغ', speaker: 'المجلس الأوروبي' },
      { text: 'متوازن', speaker: 'المجلس الأوروبي' },
    ],
  },
];

/**
 * Speakers the actors stage did not hold (foreign names after a title, a lone surname): the quotes stage names them as
 * written (QuoteRules.unknownNames), and the dropped subjects after them («وتابع», «ويتابع:») are theirs.
 */
export const unknownSpeakerExamples: readonly QuoteExample[] = [
  {
    // A title and adjectives, then two name words closing the phrase.
    rule: 'speaker:verb-before',
    text: 'وقال الناشط الحقوقي البلجيكي يانيك فوسترمانس لـ«الصحيفة» إن «السجون مكتظة بالمعتقلين منذ سنوات».',
    actors: [],
    expect: [{ text: 'السجون مكتظة بالمعتقلين منذ سنوات', speaker: 'يانيك فوسترمانس' }],
  },
  {
    // The name between an honorific and a title in apposition.
    rule: 'speaker:verb-before',
    text: 'وقالت البارونة هيلين ماكبرايد رئيسة اللجنة إن «العضو سيمثل أمام المحققين الأسبوع المقبل».',
    actors: [],
    expect: [{ text: 'العضو سيمثل أمام المحققين الأسبوع المقبل', speaker: 'هيلين ماكبرايد' }],
  },
  {
    // A lone surname after the verb, then «وتابع» with its subject dropped: the same person.
    rule: 'speaker:dropped-subject',
    text: 'وقال ستويانوفيتش «الفريق يحتاج إلى مهاجم إضافي قبل بداية الموسم». وتابع «سنحاول التعاقد مع لاعب خبير».',
    actors: [],
    expect: [
      { text: 'الفريق يحتاج إلى مهاجم إضافي قبل بداية الموسم', speaker: 'ستويانوفيتش' },
      { text: 'سنحاول التعاقد مع لاعب خبير', speaker: 'ستويانوفيتش' },
    ],
  },
  {
    // The present «ويتابع:» opens reported words like the past «وتابع»; a verb inside the earlier quote («واعتبر
    // الكثيرون») is the quoted man's words, not another speaker.
    rule: 'speaker:dropped-subject',
    text: 'وقال الباحث كارلوس منديتا إن «الأرقام تتحسن ببطء، واعتبر الكثيرون ذلك نجاحا كبيرا». ويتابع: «لكن الطريق ما زال طويلا أمام الحكومة».',
    actors: [{ name: 'الحكومة', type: 'organization' as const }],
    expect: [
      { text: 'الأرقام تتحسن ببطء، واعتبر الكثيرون ذلك نجاحا كبيرا', speaker: 'كارلوس منديتا' },
      { text: 'لكن الطريق ما زال طويلا أمام الحكومة', speaker: 'كارلوس منديتا' },
    ],
  },
  {
    // A short name in quotation marks right after the verb is its subject; the same name quoted later is a name.
    rule: 'speaker:verb-before',
    text: 'وقالت «ماكنزي» خلال مقابلة مع الإذاعة إن «عائلتها ساندت قرارها منذ البداية». وذكرت الإذاعة أن «ماكنزي» عملت معلمة لثلاثين عاما.',
    actors: [{ name: 'الإذاعة', type: 'organization' as const }],
    expect: [{ text: 'عائلتها ساندت قرارها منذ البداية', speaker: 'ماكنزي' }],
  },
  {
    // Two name words opening the phrase, before a definite title in apposition or closing it.
    rule: 'speaker:verb-before',
    text: 'وقال غاريث موريسون الوكيل العقاري إن «الأسعار ارتفعت». وقال تيموثي هانسن من شركة استشارية: «الطلب ما زال قويا».',
    actors: [],
    expect: [
      { text: 'الأسعار ارتفعت', speaker: 'غاريث موريسون' },
      { text: 'الطلب ما زال قويا', speaker: 'تيموثي هانسن' },
    ],
  },
  {
    // A person the actors hold by given names only, followed by a surname they left out and a comma: the longer name.
    rule: 'speaker:verb-before',
    text: 'ويقول عبد الرحيم كوردوفاني، رئيس الرابطة، في هذا الشأن: «الحوار هو الطريق الوحيد».',
    actors: [{ name: 'عبد الرحيم', type: 'person' as const }],
    expect: [{ text: 'الحوار هو الطريق الوحيد', speaker: 'عبد الرحيم كوردوفاني' }],
  },
  {
    // A definite title phrase later («وأضاف الناشط البلجيكي») is the person that title introduced.
    rule: 'speaker:verb-before',
    text: 'وقال الناشط الحقوقي البلجيكي يانيك فوسترمانس إن «السجون مكتظة بالمعتقلين». وأضاف الناشط البلجيكي أن «الإصلاح بطيء جدا».',
    actors: [],
    expect: [
      { text: 'السجون مكتظة بالمعتقلين', speaker: 'يانيك فوسترمانس' },
      { text: 'الإصلاح بطيء جدا', speaker: 'يانيك فوسترمانس' },
    ],
  },
  {
    // «التقرير» whose issuer no quote gave: the body named after the same noun before («تقرير نشرته المنظمة»).
    rule: 'speaker:document',
    text: 'ورحبت وزارة الخارجية بالخطوة. ووفقا لتقرير نشرته منظمة العفو الدولية أمس، تضاعفت الأحكام هذا العام. ويضيف التقرير أن «السلطات لم تسمح للمحامين بحضور الجلسات».',
    actors: [{ name: 'وزارة الخارجية', type: 'organization' as const }, { name: 'منظمة العفو الدولية', type: 'organization' as const }],
    expect: [{ text: 'السلطات لم تسمح للمحامين بحضور الجلسات', speaker: 'منظمة العفو الدولية' }],
  },
];

/** Speaker phrases that name nobody the quotes stage may invent: the quote keeps no speaker, or the real one. */
export const unknownSpeakerCounterExamples: readonly QuoteExample[] = [
  {
    // A subject before the verb: the one word after it is the object, not a lone surname.
    rule: 'speaker:subject-before-verb',
    text: 'وكان المسؤول المحلي سعد الكبيسي أعلن مقتل «قائد الخلية في المدينة» في غارة.',
    actors: [{ name: 'سعد الكبيسي', type: 'person' as const }],
    expect: [{ text: 'قائد الخلية في المدينة', speaker: 'سعد الكبيسي' }],
  },
  {
    // A noun in «ة» after the verb («أبدت رغبة») and an adverb before the quote («كتبت سابقا») are no names: the
    // adverb is skipped, and the subject of «كتبت» was dropped (no one named).
    rule: 'speaker:dropped-subject',
    text: 'وأبدت رغبة في البقاء مع الفريق، وهي التي كتبت سابقا «لن أغادر هذا النادي أبدا مهما حدث».',
    actors: [],
    expect: [{ text: 'لن أغادر هذا النادي أبدا مهما حدث', speaker: null }],
  },
  {
    // A name in quotation marks inside the phrase is a company, and a title before the phrase's end names nobody.
    rule: 'speaker:verb-before',
    text: 'وقال مدير شركة «نوفا ريالتي» في لندن إن «الطلب على الشقق تراجع هذا العام».',
    actors: [{ name: 'لندن', type: 'location' as const }],
    expect: [{ text: 'الطلب على الشقق تراجع هذا العام', speaker: null }],
  },
  {
    // Two words after a construct title with no definite word or title before them: no name («وزير خارجية بلده»).
    rule: 'speaker:verb-before',
    text: 'وقال وزير خارجية بلاده إن «المحادثات ستستأنف قريبا».',
    actors: [],
    expect: [{ text: 'المحادثات ستستأنف قريبا', speaker: null }],
  },
  {
    // A name the actors hold that is not given names only takes no word after it («ماكرون بوضوح»).
    rule: 'speaker:verb-before',
    text: 'وقال فيرمونتو بوضوح إن «الاتفاق انتهى».',
    actors: [{ name: 'فيرمونتو', type: 'person' as const }],
    expect: [{ text: 'الاتفاق انتهى', speaker: 'فيرمونتو' }],
  },
  {
    // Plurals opening the phrase describe a group; an adverb with tanween («مسبقًا») is no name word.
    rule: 'speaker:verb-before',
    text: 'وقال خبراء اقتصاديون إن «النمو سيتباطأ». كما أعلنت نوفاتيل مسبقًا أن «الخدمة ستتوسع».',
    actors: [],
    expect: [
      { text: 'النمو سيتباطأ', speaker: null },
      { text: 'الخدمة ستتوسع', speaker: null },
    ],
  },
  {
    // Two words after a title with a preposition («كمدرب لـ…») are its object, not a name in apposition; nor is a
    // noun with a pronoun («استقالته») a lone surname.
    rule: 'speaker:dropped-subject',
    text: 'وأعلن استقالته كمدرب لنادي مونتيرو في مؤتمر صحافي، وقال إن «القرار نهائي».',
    actors: [],
    expect: [{ text: 'القرار نهائي', speaker: null }],
  },
  {
    // ««…»، هكذا فسر فلان …»: the attribution after the quote, with «هكذا» before a verb of explaining.
    rule: 'speaker:verb-after',
    text: '«الطلب على المساكن سيبقى مرتفعا»، هكذا فسر نادر الخطيب ارتفاع الأسعار في تقريره الأخير.',
    actors: [analyst],
    expect: [{ text: 'الطلب على المساكن سيبقى مرتفعا', speaker: 'نادر الخطيب' }],
  },
];

export const counterExamples: readonly QuoteCounterExample[] = [
  {
    text: 'وقالت ريم الحداد إن الشركة طرحت هاتفي «نجمة 5» و«نجمة 5 برو» في الأسواق.',
    why: 'two product names after هاتفي, the second coordinated with «و», in reported speech',
    actors: [{ name: 'ريم الحداد', type: 'person' }],
  },
  {
    text: 'وأبدت ريم الحداد إعجابها بالأجهزة من فئة "نجمة الأولى" و"نجمة الثانية" في المعرض.',
    why: 'product names after فئة, coordinated, after a verb of saying',
    actors: [{ name: 'ريم الحداد', type: 'person' }],
  },
  { text: 'وشارك وفد من حزب «العدالة والتنمية» في الاجتماع.', why: 'a party name after حزب' },
  {
    text: 'ووقعت منظمات «رابطة الحقوقيين العرب» و«مرصد الحريات» و«جمعية الدفاع عن السجناء والمعتقلين» على البيان المشترك.',
    why: 'a list of quoted names joined by «و» after the first name, which the actors hold: the later ones are names too',
    actors: [{ name: 'رابطة الحقوقيين العرب', type: 'organization' }],
  },
  {
    text: 'وقال الكاتب إن الباب الرابع من النظام والمتعلق ببيان «حقوق المواطنين» يستحق القراءة.',
    why: 'a short stretch right after a document noun («ببيان», «تقرير») is the document\'s title',
  },
  { text: 'وعقد مؤتمر «مستقبل الطاقة في المنطقة العربية» في الرياض أمس.', why: 'a conference title after مؤتمر' },
  {
    text: 'وتقدمت قوات «الجيش الوطني الليبي» نحو المدينة.',
    why: 'quotation marks around an actor name',
    actors: [{ name: 'الجيش الوطني الليبي', type: 'group' }],
  },
  { text: 'وتواصل الحكومة ما تسميه «الإصلاح» منذ عامين.', why: 'a one-word scare-quoted term no speech verb governs' },
  { text: 'وأبدى «السالم» استغرابه من القرار.', why: 'a quoted name in the subject slot right after a verb' },
  { text: 'وقال المتحدث لـ«الأنباء» إن التحقيق مستمر.', why: 'the outlet spoken to, after لـ' },
  { text: 'وأعلنت الشرطة القبض على عناصر من تنظيم «داعش» في المنطقة الحدودية.', why: 'an organisation name after تنظيم' },
  {
    text: 'وأوضح الحربي أن الشركات تأخرت في التحول، حيث إنها ما زالت تعمل بالنظام «القديم» منذ سنوات طويلة.',
    why: 'a one-word term in a later clause («حيث إنها»), not at the start of the verb\'s reported clause',
  },
  { text: 'وتابعت فرق الإنقاذ عمليات البحث في موقع «الانهيار الكبير».', why: '«تابع» followed by an object (pursued), not by what was said' },
  { text: 'ووصل الوفد إلى قاعدة «الصقر» الجوية صباح أمس.', why: 'a place name after قاعدة' },
  {
    text: 'وغاب المهاجم عن المباراة الأخيرة، ما يؤكد أن رحلة «النجم الصغير» مع الفريق انتهت.',
    why: 'a present-tense verb after the relative «ما» states a fact («ما يؤكد أن»): the nickname is not speech',
  },
  {
    text: 'وتناولت هدى العلي في كتابها «رحلة طويلة إلى الشمال البعيد» تاريخ المدينة.',
    why: 'a book title after «كتابها» (a title noun with its author\'s pronoun)',
    actors: [{ name: 'هدى العلي', type: 'person' }],
  },
  {
    text: 'وطبقا لقرار الاتهام – الذي حصلت «الجريدة» على نسخة منه – فإن المتهم اعترف بالتهم.',
    why: 'a short quoted name inside the clause a source marker opens: a marker governs no scare-quoted term',
  },
  {
    text: 'وأشاد الحضور بالعرض، معبرين عن إعجابهم بالممثلين وبفيلم «الطريق» في ختام المهرجان.',
    why: 'a film title after «فيلم» (prefixed by «ب») in a participle clause',
  },
  {
    text: 'وأوضح نادر الخطيب أن المبادرة الإقليمية «المزعومة» لم تكن نتيجة تفاهمات.',
    why: 'a one-word qualifier two words after a title noun («المبادرة الإقليمية «…»») stays a term',
    actors: [{ name: 'نادر الخطيب', type: 'person' }],
  },
  { text: 'وشارك وفد من الحزب «الوطني» في الاجتماع.', why: 'a short name after a definite title noun stays a title' },
  { text: 'وارتفع سهم «الريان للصناعات الغذائية» بنسبة اثنين في المائة.', why: 'a share name after the indefinite head noun «سهم»' },
  {
    text: 'وقدمت الفرق الشعبية ألوان «السامري والخطوة والعرضة» وسط تفاعل الزوار.',
    why: 'a list of a few words inside its sentence that no speech verb governs',
  },
  {
    text: 'وأكد سالم الحربي في تصريحاته إلى «الأنباء» أن العمل مستمر.',
    why: 'the outlet spoken to, after «إلى» following a speech noun',
    actors: [{ name: 'سالم الحربي', type: 'person' }],
  },
  { text: 'ورافق الزوار «عمدة الحي» الذي روى تاريخ المكان.', why: 'a short stretch a relative clause describes is a noun' },
  {
    text: 'وأضاف نادر الخطيب أن المتهم الملقب بـ«الذئب» اعترف بجرائمه.',
    why: 'a nickname after «الملقب بـ» (so called), like «المعروف بـ», in reported speech',
    actors: [{ name: 'نادر الخطيب', type: 'person' }],
  },
  {
    text: 'وأشار نادر الخطيب إلى أن فعاليات «صيف الجنوب» تستمر شهرا كاملا.',
    why: 'an event named after «فعاليات» (the events of), in reported speech',
    actors: [{ name: 'نادر الخطيب', type: 'person' }],
  },
  {
    text: 'وقال المدرب نادر الخطيب إن الفريق سيلجأ إلى الخطة «ب» في المباراة المقبلة.',
    why: 'one letter on its own in quotation marks is a label (a plan, a group, a league), never words said',
    actors: [{ name: 'نادر الخطيب', type: 'person' }],
  },
  {
    text: 'يذكر أن «الصحيفة» نشرت الخبر الأسبوع الماضي.',
    why: 'the impersonal «يذكر أن» (it is worth noting that) has no speaker, and the short name after it is no quote',
  },
];
