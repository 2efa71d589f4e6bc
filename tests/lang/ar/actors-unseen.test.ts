/**
 * Arabic actors on unseen news: a name never takes a following «بـ» phrase, a facility and its management are one
 * actor, a club's first team is the club, a company named by a transliteration and its nationality. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { run, find, namesAndAliases as names } from '../../helpers/arabic-actors.js';

describe('Arabic names before a «بـ» phrase', () => {
  it('ends the name before «بـ» on a verbal noun, a demonstrative, a hamza word, a feminine noun or a noun with a pronoun', () => {
    const cases: [string, string, string][] = [
      ['ويتهم الحزب وحليفه النائب كمال نصار بتعطيل جلسات البرلمان.', 'كمال نصار', 'بتعطيل'],
      ['ونوه الشيخ فؤاد بن صخر بما قدمه الأهالي من دعم.', 'فؤاد بن صخر', 'بما'],
      ['وأشاد الوزير سامر حداد بهذا الإنجاز الكبير.', 'سامر حداد', 'بهذا'],
      ['وبعث الأمير نواف بن راشد بأطيب التمنيات للفائزين.', 'نواف بن راشد', 'بأطيب'],
      ['وطالب المحامي ماهر الجندي بزيادة عدد القضاة.', 'ماهر الجندي', 'بزيادة'],
    ];
    for (const [text, name, word] of cases) {
      const actors = run(text);
      expect(find(actors, name)?.type, text).toBe('person');
      expect(names(actors).some((n) => n.includes(word)), text).toBe(false);
    }
  });

  it('takes no «بـ» phrase after a title alone for a name', () => {
    for (const text of ['وحكم القاضي بقتله قصاصا في الجلسة.', 'ودعا آل ناجي بزيادة الجهد في العمل.', 'وحل اللاعب كأفضل هداف في البطولة.', 'وتقدم الفريق الضيف بهدفين نظيفين.']) {
      expect(run(text).filter((a) => a.type === 'person').map((a) => a.name), text).toEqual([]);
    }
  });

  it('keeps names that open with «ب»: بدر، بشار، بطرس and «بو» family names', () => {
    const actors = run('وتحدث النائب بطرس حرب للصحفيين. وقال الرئيس بشار الأسد إن الحرب طويلة. وقال الشيخ سالم بوشناقة إن الحفل ناجح.');
    for (const n of ['بطرس حرب', 'بشار الأسد', 'سالم بوشناقة']) expect(find(actors, n)?.type, n).toBe('person');
  });
});

describe('Arabic facilities and their management', () => {
  it('merges «إدارة + facility» with the facility', () => {
    const actors = run('وقعت إدارة مطار الأمير نايف الدولي عقدا مع المقاول. وسيستقبل مطار الأمير نايف الدولي الرحلات الخاصة.');
    const o = find(actors, 'إدارة مطار الأمير نايف الدولي');
    expect(o?.type).toBe('organization');
    expect(o?.aliases).toContain('مطار الأمير نايف الدولي');
    expect(actors.filter((a) => a.name.includes('مطار')).length).toBe(1);
  });

  it('keeps a department named «إدارة + field» as its own body', () => {
    const actors = run('وأعلنت إدارة المرور بمحافظة جدة عن حملة جديدة.');
    // (named with its seat, a wrapper and its place, as the independent annotation writes it)
    expect(find(actors, 'إدارة المرور بمحافظة جدة')?.type).toBe('organization');
  });
});

describe('Arabic clubs and their first team', () => {
  it('takes «فريق X الأول لكرة القدم» as the club X', () => {
    const actors = run('خاض فريق الشعلة الأول لكرة القدم مباراة ودية في معسكره المقام في تركيا عندما واجه نظيره، وانتهى اللقاء بفوز الشعلة 3/0 وجاءت أهداف الفريق عن طريق اللاعبين.');
    const club = find(actors, 'الشعلة');
    expect(club?.type).toBe('organization');
    expect(club?.aliases.some((a) => a.startsWith('فريق الشعلة'))).toBe(true);
    expect(actors.filter((a) => names([a]).some((n) => n.includes('الشعلة'))).length).toBe(1);
  });
});

describe('Arabic companies named by a transliteration and a nationality', () => {
  it('takes «شركة + bare words + nationality» as a company with the bare name as alias', () => {
    const actors = run('ووقعت الوزارة عقدا مع شركة ستار باي الأمريكية لبناء المبنى.');
    const o = find(actors, 'شركة ستار باي الأمريكية');
    expect(o?.type).toBe('organization');
    expect(o?.aliases).toContain('ستار باي');
  });

  it('needs the nationality: a bare word after «شركة» alone, or the definite «الشركة», is no such company', () => {
    for (const text of ['ووقعت الوزارة عقدا مع شركة نوفا لبناء المبنى الجديد.', 'وقالت الشركة نوفا الأمريكية إن المبنى جاهز.']) {
      expect(run(text).filter((a) => a.rule === 'ar:company+foreign-name'), text).toEqual([]);
    }
  });
});

describe('Arabic lone imperfect verbs after a title', () => {
  it('takes no imperfect verb after a title for a name', () => {
    for (const text of ['وهذا يجعل المواطن يستهين بمثل هذه الإعلانات.', 'وجاء التجديد للمدرب السويسري ليصنع استقراراً للفريق.', 'وقال إن المدرب ينافس على اللقب.']) {
      expect(run(text).filter((a) => a.type === 'person' && /^[لوف]?ي/u.test(a.name)), text).toEqual([]);
    }
  });

  it('keeps given names that open with «ي» and a foreign name after a nationality', () => {
    const actors = run('وقال المدرب الألماني يواكيم إن الفريق جاهز. وقال المهاجم ياسين إن الفوز مهم. وأكد اللاعب يوسف المحمد جاهزيته.');
    for (const n of ['يواكيم', 'ياسين', 'يوسف المحمد']) expect(find(actors, n)?.type, n).toBe('person');
  });
});
