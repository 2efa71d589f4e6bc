/**
 * Blessings and wishes written after a name in Arabic news and columns (see src/text/formulas.ts): they are not part
 * of the name and not words of the sentence. Written unvocalised; the pack's fold matches vocalised and hamza/ى
 * variants. Longer forms first where one extends another is not needed: the filter tries the longest.
 */
export const formulas: readonly string[] = [
  // after the Prophet's name or title
  'صلى الله عليه وسلم', 'صلى الله عليه وآله وسلم', 'صلى الله عليه وعلى آله وسلم', 'عليه الصلاة والسلام', 'صلوات الله عليه',
  // after other prophets and the Prophet's family
  'عليه السلام', 'عليها السلام', 'عليهما السلام', 'عليهم السلام',
  // after the Companions
  'رضي الله عنه', 'رضي الله عنها', 'رضي الله عنهما', 'رضي الله عنهم', 'رضي الله عنهن',
  // after the dead
  'رحمه الله', 'رحمها الله', 'رحمهما الله', 'رحمهم الله', 'يرحمه الله', 'يرحمها الله', 'رحمه الله تعالى',
  'رحمه الله رحمة واسعة', 'غفر الله له', 'غفر الله لها', 'طيب الله ثراه', 'طيب الله ثراها', 'تغمده الله برحمته',
  'تغمده الله بواسع رحمته', 'قدس الله روحه', 'نور الله ضريحه',
  // after the living, above all the king and the crown princes
  'حفظه الله', 'حفظها الله', 'حفظهما الله', 'حفظهم الله', 'يحفظه الله', 'يحفظها الله', 'يحفظهما الله', 'حفظه الله ورعاه',
  'حفظهما الله ورعاهما', 'أيده الله', 'أيده الله بنصره', 'رعاه الله', 'رعاها الله', 'رعاهما الله', 'يرعاه الله',
  'يرعاهما الله', 'وفقه الله', 'وفقهما الله', 'سدده الله', 'أعزه الله', 'أطال الله عمره', 'أطال الله في عمره',
];
