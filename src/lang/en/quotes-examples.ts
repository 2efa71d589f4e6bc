/**
 * English example sentences for the quote rules (written for these tests, news style). Each names the
 * speaker rule it exercises; tests/lang/en/quotes.test.ts runs them through the engine.
 */
import type { QuoteCounterExample, QuoteExample } from '../../extract/quotes.js';

const mayor = { name: 'Laura Bennett', type: 'person' as const, aliases: ['Ms Bennett', 'Bennett'] };
const senator = { name: 'Tom Harlow', type: 'person' as const, aliases: ['Harlow', 'Mr Harlow'] };
const governor = { name: 'Peter Vance', type: 'person' as const, aliases: ['Mr Vance', 'Vance'] };
const agency = { name: 'Environment Agency', type: 'organization' as const, aliases: ['the agency'] };

export const examples: readonly QuoteExample[] = [
  {
    // «said the Harbour Park boss»: a definite description of a person (a name in it qualifies the head noun) refers
    // back to the person the story names, not to the ground or club inside it.
    rule: 'speaker:verb-after',
    text: 'Kingsport City manager Owen Castell praised his side after the win at Westmoor.\n\n"That was our toughest trip of the season," said the Harbour Park boss. "The players never stopped running."',
    actors: [{ name: 'Owen Castell', type: 'person' as const, aliases: ['Castell'] }, { name: 'Harbour Park', type: 'location' as const, aliases: [] }],
    expect: [
      { text: 'That was our toughest trip of the season,', speaker: 'Owen Castell' },
      { text: 'The players never stopped running.', speaker: 'Owen Castell' },
    ],
  },
  {
    // «The Home Secretary told reporters»: a person named with that title made another office («Shadow home
    // secretary Carl Rees») is not the one described; the person the story names now is.
    rule: 'speaker:subject-before-verb',
    text: 'Shadow home secretary Carl Rees said: "We have fought a clean campaign."\n\nIn a speech in Leeds Mr Dunmore said of the opposition leader: "He is quick and clever, but he is not wise." The Home Secretary told reporters: "I was only pointing out a habit of rushing into policy."',
    actors: [{ name: 'Carl Rees', type: 'person' as const, aliases: ['Shadow home secretary Carl Rees', 'Rees'] }, { name: 'Dunmore', type: 'person' as const, aliases: ['Mr Dunmore'] }],
    expect: [
      { text: 'We have fought a clean campaign.', speaker: 'Carl Rees' },
      { text: 'He is quick and clever, but he is not wise.', speaker: 'Dunmore' },
      { text: 'I was only pointing out a habit of rushing into policy.', speaker: 'Dunmore' },
    ],
  },
  {
    // False positive kept out: an unqualified title held by a person named before («Home secretary Carl Rees»).
    rule: 'speaker:subject-before-verb',
    text: 'Home secretary Carl Rees said: "We have fought a clean campaign."\n\nIn a speech in Leeds Mr Dunmore said of the government: "It is quick and clever, but it is not wise." The Home Secretary told reporters: "I was only pointing out a habit of rushing into policy."',
    actors: [{ name: 'Carl Rees', type: 'person' as const, aliases: ['Home secretary Carl Rees', 'Rees'] }, { name: 'Dunmore', type: 'person' as const, aliases: ['Mr Dunmore'] }],
    expect: [
      { text: 'We have fought a clean campaign.', speaker: 'Carl Rees' },
      { text: 'It is quick and clever, but it is not wise.', speaker: 'Dunmore' },
      { text: 'I was only pointing out a habit of rushing into policy.', speaker: 'Carl Rees' },
    ],
  },
  {
    // «Mr Roe's government was "…," he added»: a possessor opening the sentence before a lower-case noun is no new
    // subject for the pronoun; it goes on with the speaker.
    rule: 'speaker:pronoun',
    text: '"The country is on the wrong road," the opposition leader Sam Kirk said in his speech. Mr Dunmore\'s cabinet was a "tired and timid team that has run out of ideas," he added.',
    actors: [{ name: 'Sam Kirk', type: 'person' as const, aliases: ['Kirk', 'Mr Kirk'] }, { name: 'Dunmore', type: 'person' as const, aliases: ['Mr Dunmore'] }],
    expect: [
      { text: 'The country is on the wrong road,', speaker: 'Sam Kirk' },
      { text: 'tired and timid team that has run out of ideas,', speaker: 'Sam Kirk' },
    ],
  },
  {
    // False positive kept out: a possessor before a capitalised name («Hill's coach Rick Mason») qualifies the speaker.
    rule: 'speaker:subject-before-verb',
    text: 'Venus Hill won in three sets. Hill\'s coach Rick Mason said: "She fought for every point."',
    actors: [{ name: 'Venus Hill', type: 'person' as const, aliases: ['Hill'] }, { name: 'Rick Mason', type: 'person' as const, aliases: ['coach Rick Mason'] }],
    expect: [{ text: 'She fought for every point.', speaker: 'Rick Mason' }],
  },
  {
    // «said the 24-year-old»: of the people named just before, the one the story keeps naming, not a name in passing.
    rule: 'speaker:verb-after',
    text: 'Britain\'s Tara Quill won the 200m in Leeds. Quill finished well clear of the field, though her time was outside Nadia Berg\'s record. "I felt strong from the gun," said the 24-year-old.',
    actors: [{ name: 'Tara Quill', type: 'person' as const, aliases: ['Quill'] }, { name: 'Nadia Berg', type: 'person' as const, aliases: [] }],
    expect: [{ text: 'I felt strong from the gun,', speaker: 'Tara Quill' }],
  },
  {
    // False positive kept out: a description whose head is no person noun («the Westmoor highways team») is not the
    // person named before.
    rule: 'speaker:verb-after',
    text: 'Owen Castell visited the bridge site on Monday. "Work starts next week," said the Westmoor highways team.',
    actors: [{ name: 'Owen Castell', type: 'person' as const, aliases: ['Castell'] }],
    expect: [{ text: 'Work starts next week,', speaker: null }],
  },
  {
    // «But the party leader argued …. "…," he said»: a definite description of a person opening the sentence before is
    // its subject, and the pronoun's antecedent — not a name in a clause before it.
    rule: 'speaker:pronoun',
    text: 'Sam Prior has backed the new dam.\n\nThe dam was an issue in the last election, where Ella Dunn opposed it. But the party leader argued there was a strong case for it. "We owe the valley a safe river," he said.',
    actors: [{ name: 'Sam Prior', type: 'person' as const, aliases: ['Mr Prior'] }, { name: 'Ella Dunn', type: 'person' as const, aliases: [] }],
    expect: [{ text: 'We owe the valley a safe river,', speaker: 'Sam Prior' }],
  },
  {
    // «one of the Harbour Five, Jon Tarrant - who … - said»: the person in apposition to "one of" a group is the
    // subject (the group is the complement of "of"), and dashes enclose a relative clause as commas do.
    rule: 'speaker:pronoun',
    text: 'The minister met the families on Monday. However, one of the so-called Harbour Five, Jon Tarrant - who was wrongly jailed in 1979 - said the families were delighted. He said the minister had spoken with "real warmth".',
    actors: [{ name: 'Jon Tarrant', type: 'person' as const, aliases: ['Mr Tarrant'] }, { name: 'Harbour Five', type: 'group' as const, aliases: [] }],
    expect: [{ text: 'real warmth', speaker: 'Jon Tarrant' }],
  },
  {
    // «Prosecutors said he was "…", using …, news agency X reported»: the agency reports the sentence; the words are
    // the subject's of the speech verb before the quote.
    rule: 'speaker:anonymous',
    text: 'Prosecutors said Kane was "a con man with a laptop", selling fake tickets to hundreds of fans, news agency Harbour Press reported.',
    actors: [{ name: 'Harbour Press', type: 'organization' as const, aliases: [] }, { name: 'Kane', type: 'person' as const, aliases: [] }],
    expect: [{ text: 'a con man with a laptop', speaker: null }],
  },
  {
    // False positive kept out: an attribution right after the quote is the speaker, whatever verb comes before.
    rule: 'speaker:verb-after',
    text: 'Critics said the plan was flawed. "It will not work," Harbour Press reported.',
    actors: [{ name: 'Harbour Press', type: 'organization' as const, aliases: [] }],
    expect: [{ text: 'It will not work,', speaker: 'Harbour Press' }],
  },
  {
    // «said the company»: a definite body noun after the verb is the last organisation named, as before the verb.
    rule: 'speaker:verb-after',
    text: 'Shares in Tallow Foods rose on Monday after strong winter sales.\n\n"We are pleased with the year," said the company.',
    actors: [{ name: 'Tallow Foods', type: 'organization' as const, aliases: [] }],
    expect: [{ text: 'We are pleased with the year,', speaker: 'Tallow Foods' }],
  },
  {
    // «said EEF chief economist, Steve Radley»: a title closing the phrase and a person's name in apposition after it.
    rule: 'speaker:verb-after',
    text: 'The bank held rates on Thursday.\n\n"The evidence is mixed," said Harbour Chambers chief economist, Lena Moss. "We remain wary."',
    actors: [{ name: 'Lena Moss', type: 'person' as const, aliases: [] }, { name: 'Harbour Chambers', type: 'organization' as const, aliases: [] }],
    expect: [
      { text: 'The evidence is mixed,', speaker: 'Lena Moss' },
      { text: 'We remain wary.', speaker: 'Lena Moss' },
    ],
  },
  {
    // False positive kept out: a name after the comma that goes on into a clause is no apposition of the title.
    rule: 'speaker:verb-after',
    text: 'The bank held rates on Thursday.\n\n"The evidence is mixed," said Harbour Chambers, Lena Moss having left the room.',
    actors: [{ name: 'Lena Moss', type: 'person' as const, aliases: [] }, { name: 'Harbour Chambers', type: 'organization' as const, aliases: [] }],
    expect: [{ text: 'The evidence is mixed,', speaker: 'Harbour Chambers' }],
  },
  {
    // «In his New Year message the party leader said … "…"»: a short adjunct opening the sentence leaves the
    // description the subject; it refers to the person the story keeps naming, not a body named in the clause.
    rule: 'speaker:subject-before-verb',
    text: 'Green Party leader Nia Hollis has attacked her rivals.\n\nIn her spring message the party leader said Labour and the Tories were united in "empty promises".',
    actors: [{ name: 'Nia Hollis', type: 'person' as const, aliases: ['Ms Hollis'] }, { name: 'Labour', type: 'organization' as const, aliases: [] }],
    expect: [{ text: 'empty promises', speaker: 'Nia Hollis' }],
  },
  {
    // «It is a "real step up" for rural lines, said Mr Dunmore.»: an inverted attribution after a comma closing
    // the sentence reports all of it, the short quote inside included.
    rule: 'speaker:verb-after',
    text: 'Lena Moss runs the new service.\n\nIt marks a "giant step" for rural broadband, said Ms Moss.',
    actors: [{ name: 'Lena Moss', type: 'person' as const, aliases: ['Ms Moss'] }],
    expect: [{ text: 'giant step', speaker: 'Lena Moss' }],
  },
  {
    // «Briton Tim Hale was more upbeat: "…"»: a nationality or title word before the name opening the colon's subject.
    rule: 'speaker:colon-subject',
    text: 'Tim Hale reached the final on Sunday.\n\nBriton Tim Hale was more upbeat: "I can win this."',
    actors: [{ name: 'Tim Hale', type: 'person' as const, aliases: ['Hale'] }],
    expect: [{ text: 'I can win this.', speaker: 'Tim Hale' }],
  },
  {
    // «Mr Vance has failed, he claimed, saying …»: a pronoun in a parenthetical attribution after a fronted reported
    // clause is the speaker before, not the clause's subject.
    rule: 'speaker:lead-in',
    text: 'Peter Vance has failed the town, Laura Bennett has said.\n\n"The town deserves better," Ms Bennett said.\n\nMr Vance has ignored these problems, she claimed, saying he had the "wrong answers" to them.',
    actors: [mayor, governor],
    expect: [
      { text: 'The town deserves better,', speaker: 'Laura Bennett' },
      { text: 'wrong answers', speaker: 'Laura Bennett' },
    ],
  },
  {
    // «singer Gary Hale and drummer Jo Ray said»: two people speaking together are credited to the first named, a
    // title word before the second name included.
    rule: 'speaker:verb-after',
    text: 'The Harbour Lights won the award on Monday.\n\n"We worked hard for this," singer Gary Hale and drummer Jo Ray said.',
    actors: [{ name: 'Gary Hale', type: 'person' as const, aliases: [] }, { name: 'Jo Ray', type: 'person' as const, aliases: [] }],
    expect: [{ text: 'We worked hard for this,', speaker: 'Gary Hale' }],
  },
  {
    // «Harbour Party leader Roger Knapp attacked …, saying "…"»: a body before a title and a person's name qualifies the
    // title; the person is the clause's subject.
    rule: 'speaker:lead-in',
    text: 'The chancellor presented his budget on Wednesday.\n\nHarbour Party leader Roger Knapp attacked the budget, saying carers deserved "a fair deal at last".',
    actors: [{ name: 'Roger Knapp', type: 'person' as const, aliases: [] }, { name: 'Harbour Party', type: 'organization' as const, aliases: [] }],
    expect: [{ text: 'a fair deal at last', speaker: 'Roger Knapp' }],
  },
  {
    // A description whose words an actor's title holds («Tory leader Sam Prior» … «said the Tory leader»).
    rule: 'speaker:verb-after',
    text: 'Tory leader Sam Prior met Ella Dunn, the health secretary, on Monday. Ella Dunn spoke first. "We will not give way on this," said the Tory leader.',
    actors: [{ name: 'Sam Prior', type: 'person' as const, aliases: ['Tory leader Sam Prior'] }, { name: 'Ella Dunn', type: 'person' as const, aliases: [] }],
    expect: [{ text: 'We will not give way on this,', speaker: 'Sam Prior' }],
  },
  {
    // «called for … to "…"»: a demand whose words are quoted is the caller's speech.
    rule: 'speaker:pronoun',
    text: 'Laura Bennett opened the session. She also called for new funding to "give every village a working bridge again".',
    actors: [mayor],
    expect: [{ text: 'give every village a working bridge again', speaker: 'Laura Bennett' }],
  },
  {
    // A quoted question answered by X: X replied, but did not ask it.
    rule: 'speaker:none',
    text: 'The hearing ran late.\n\n"Why was nobody told about the cracks in the dam?" Ms Bennett replied that the engineers had been told.',
    actors: [mayor],
    expect: [{ text: 'Why was nobody told about the cracks in the dam?', speaker: null }],
  },
  {
    // False positive kept out: the answer itself, attributed with a comma, is the answerer's.
    rule: 'speaker:verb-after',
    text: 'Reporters asked about the dam. "The engineers were told in March," Ms Bennett replied.',
    actors: [mayor],
    expect: [{ text: 'The engineers were told in March,', speaker: 'Laura Bennett' }],
  },
  {
    // A person brought in as the passive agent of the sentence right before takes the pronoun, not the earlier speaker.
    rule: 'speaker:pronoun',
    text: 'The Environment Agency said the river was "under control". The plan was welcomed by county councillor Tom Harlow. "This is the first good news in years," he said.',
    actors: [agency, senator],
    expect: [
      { text: 'under control', speaker: 'Environment Agency' },
      { text: 'This is the first good news in years,', speaker: 'Tom Harlow' },
    ],
  },
  {
    // A person introduced as the subject of the sentence right before, after the last speech, takes the pronoun.
    rule: 'speaker:pronoun',
    text: 'Mr Vance said the bridge would reopen "within weeks". Tom Harlow, who chairs the transport committee, visited the site on Friday. "It is far worse than we were told," he said.',
    actors: [governor, senator],
    expect: [
      { text: 'within weeks', speaker: 'Peter Vance' },
      { text: 'It is far worse than we were told,', speaker: 'Tom Harlow' },
    ],
  },
  {
    // False positive kept out: the sentence before names the person only as an object; the pronoun stays with the speaker.
    rule: 'speaker:pronoun',
    text: 'Mr Vance said the bridge would reopen "within weeks". He later met Tom Harlow at the site. "We are on schedule," he said.',
    actors: [governor, senator],
    expect: [
      { text: 'within weeks', speaker: 'Peter Vance' },
      { text: 'We are on schedule,', speaker: 'Peter Vance' },
    ],
  },
  {
    // «… who said X's "…"»: the possessive opens the reported words; the verb's subject speaks.
    rule: 'speaker:subject-before-verb',
    text: 'The Environment Agency said Tom Harlow\'s "promise of new flood walls has already been broken".',
    actors: [agency, senator],
    expect: [{ text: 'promise of new flood walls has already been broken', speaker: 'Environment Agency' }],
  },
  {
    // A place inside the apposition qualifies the speaker; it does not speak.
    rule: 'speaker:verb-after',
    text: '"Nobody asked the parents anything," Sam Ortiz, a teacher from Riverside, said.',
    actors: [{ name: 'Riverside', type: 'location' as const }],
    expect: [{ text: 'Nobody asked the parents anything,', speaker: null }],
  },
  {
    // «by referring to X as "…"»: the subject's words, not a passive agent's.
    rule: 'speaker:lead-in',
    text: 'Laura Bennett went further by referring to Tom Harlow as "the man who sold the river."',
    actors: [mayor, senator],
    expect: [{ text: 'the man who sold the river.', speaker: 'Laura Bennett' }],
  },
  {
    // A place after a preposition, right before the verb, is not its subject.
    rule: 'speaker:dropped-subject',
    text: 'A residents\' group in Riverside, Ohio, condemned the plan as "a betrayal of every family on the bank."',
    actors: [{ name: 'Riverside', type: 'location' as const }],
    expect: [{ text: 'a betrayal of every family on the bank.', speaker: null }],
  },
  {
    // The owner of a speech noun before the quote owns the words.
    rule: 'speaker:possessive',
    text: 'The hearing echoed Laura Bennett\'s warnings of a "slow-motion disaster" on the river.',
    actors: [mayor],
    expect: [{ text: 'slow-motion disaster', speaker: 'Laura Bennett' }],
  },
  {
    // A possessive pronoun is the clause subject's.
    rule: 'speaker:possessive',
    text: 'Laura Bennett met the engineers on Monday. Tom Harlow repeated his claim that the levee is "a scandal waiting to happen" in the county.',
    actors: [mayor, senator],
    expect: [{ text: 'a scandal waiting to happen', speaker: 'Tom Harlow' }],
  },
  {
    // A verb judging someone: the quoted words are the subject's.
    rule: 'speaker:pronoun',
    text: 'Tom Harlow spoke at the rally. He criticized the mayor for "hiding behind consultants while the river rose."',
    actors: [senator],
    expect: [{ text: 'hiding behind consultants while the river rose.', speaker: 'Tom Harlow' }],
  },
  {
    rule: 'speaker:pronoun',
    text: 'Tom Harlow spoke at the rally. He vowed to keep the army out of "places we have no business being in."',
    actors: [senator],
    expect: [{ text: 'places we have no business being in.', speaker: 'Tom Harlow' }],
  },
  {
    // Gender learnt from the pronouns that follow a name: "she" is not the man who spoke last.
    rule: 'speaker:pronoun',
    text: 'Dana Okoro said she would vote against the budget. Sam Lutz said he would abstain. "I cannot support cuts to the river patrol," she said.',
    actors: [{ name: 'Dana Okoro', type: 'person' as const }, { name: 'Sam Lutz', type: 'person' as const }],
    expect: [{ text: 'I cannot support cuts to the river patrol,', speaker: 'Dana Okoro' }],
  },
  {
    // "called X …": the name after the verb is its object, not an inverted subject.
    rule: 'speaker:dropped-subject',
    text: 'Tom Harlow attacked the plan on Sunday and called Laura Bennett "the worst mayor this town has ever had."',
    actors: [senator, mayor],
    expect: [{ text: 'the worst mayor this town has ever had.', speaker: 'Tom Harlow' }],
  },
  {
    // An -ing form continues the clause of the sentence's speaker, not of the first name in it.
    rule: 'speaker:lead-in',
    text: 'Voters have gone quiet, Laura Bennett suggested at a fundraiser, musing about why they are "nowhere to be seen this year."',
    actors: [mayor, { name: 'Voters', type: 'group' as const }],
    expect: [{ text: 'nowhere to be seen this year.', speaker: 'Laura Bennett' }],
  },
  {
    // A participle right after a name has it as its subject («with X saying»), not the clause's first actor.
    rule: 'speaker:lead-in',
    text: 'The Environment Agency declined to comment, with Tom Harlow saying, "Nobody has asked us about the levee yet."',
    actors: [agency, senator],
    expect: [{ text: 'Nobody has asked us about the levee yet.', speaker: 'Tom Harlow' }],
  },
  {
    // After a comma, the participle continues the clause's opening pronoun.
    rule: 'speaker:lead-in',
    text: 'Laura Bennett and Tom Harlow spoke first. She often sides with the council, saying, "The town cannot afford another delay."',
    actors: [senator, mayor],
    expect: [{ text: 'The town cannot afford another delay.', speaker: 'Laura Bennett' }],
  },
  {
    // A quantifier before a past form is the subject («one said»), not a determiner making the verb a noun.
    rule: 'speaker:verb-after',
    text: '"I will stay home this year," Ms Bennett said.\n\n"I am voting anyway," one said.',
    actors: [mayor],
    expect: [
      { text: 'I will stay home this year,', speaker: 'Laura Bennett' },
      { text: 'I am voting anyway,', speaker: null },
    ],
  },
  {
    // A party and state in parentheses between the name and the verb.
    rule: 'speaker:verb-after',
    text: '"We will not back down on the levee funding," Sen. Tom Harlow (D-Mo.) said during the hearing.',
    actors: [senator],
    expect: [{ text: 'We will not back down on the levee funding,', speaker: 'Tom Harlow' }],
  },
  {
    // A full stop inside the quote, then the attribution in lower case: the same sentence.
    rule: 'speaker:verb-after',
    text: '"The water came up in minutes. We lost everything." said Laura Bennett, standing outside the shelter.',
    actors: [mayor],
    expect: [{ text: 'The water came up in minutes. We lost everything.', speaker: 'Laura Bennett' }],
  },
  {
    // "according to the report": a speech noun after a determiner is the document, not a verb.
    rule: 'speaker:source-marker',
    text: 'The Environment Agency published its review on Monday. "Most defences held, although several failed early," according to the report.',
    actors: [agency],
    expect: [{ text: 'Most defences held, although several failed early,', speaker: 'Environment Agency' }],
  },
  {
    // A roundup paragraph: the name (and outlet) before a colon, no verb.
    rule: 'speaker:label',
    text: 'Who won the night?\n\nTom Harlow, The Riverside Courier: "The mayor had her best night of the campaign."',
    actors: [senator],
    expect: [{ text: 'The mayor had her best night of the campaign.', speaker: 'Tom Harlow' }],
  },
  {
    // «"…" and <more of the sentence>, X said»: the conjunction continues the quoted clause, not a new subject's.
    rule: 'speaker:verb-after',
    text: '"We need a budget that protects the libraries" and the parks too, Ms Bennett said.',
    actors: [mayor],
    expect: [{ text: 'We need a budget that protects the libraries', speaker: 'Laura Bennett' }],
  },
  {
    // A manner adverb between subject and verb.
    rule: 'speaker:subject-before-verb',
    text: 'Tom Harlow famously said the plan was "dead on arrival" in the Senate.',
    actors: [senator],
    expect: [{ text: 'dead on arrival', speaker: 'Tom Harlow' }],
  },
  {
    // A relative clause with "which" between the organisation and its verb.
    rule: 'speaker:subject-before-verb',
    text: 'Campaigners sided with the Environment Agency, which warned that the river was "close to collapse" after the spill.',
    actors: [agency],
    expect: [{ text: 'close to collapse', speaker: 'Environment Agency' }],
  },
  {
    // An indefinite noun phrase introduces someone new (an unnamed source): not the last person named.
    rule: 'speaker:anonymous',
    text: 'Laura Bennett toured the flooded street. A shopkeeper said she was "furious with everyone in charge" of the defences.',
    actors: [mayor],
    expect: [{ text: 'furious with everyone in charge', speaker: null }],
  },
  {
    rule: 'speaker:verb-after',
    text: '"We will rebuild every bridge the river took from us," said Laura Bennett.',
    actors: [mayor],
    expect: [{ text: 'We will rebuild every bridge the river took from us,', speaker: 'Laura Bennett' }],
  },
  {
    rule: 'speaker:verb-after',
    text: 'The council met on Friday. "The budget is simply not enough," Ms Bennett told reporters.',
    actors: [mayor],
    expect: [{ text: 'The budget is simply not enough,', speaker: 'Laura Bennett' }],
  },
  {
    rule: 'speaker:pronoun',
    text: 'Tom Harlow voted against the plan. "This bill punishes the very people it claims to help," he said.',
    actors: [senator],
    expect: [{ text: 'This bill punishes the very people it claims to help,', speaker: 'Tom Harlow' }],
  },
  {
    rule: 'speaker:subject-before-verb',
    text: 'Laura Bennett said: "The water has never been this high in living memory."',
    actors: [mayor],
    expect: [{ text: 'The water has never been this high in living memory.', speaker: 'Laura Bennett' }],
  },
  {
    rule: 'speaker:subject-before-verb',
    text: 'Mr Harlow said the deal was "dead on arrival" in the Senate.',
    actors: [senator],
    expect: [{ text: 'dead on arrival', speaker: 'Tom Harlow' }],
  },
  {
    rule: 'speaker:continuation',
    text: '"We knew the risks," Bennett said. "But we did not expect the levee to fail so quickly."',
    actors: [mayor],
    expect: [
      { text: 'We knew the risks,', speaker: 'Laura Bennett' },
      { text: 'But we did not expect the levee to fail so quickly.', speaker: 'Laura Bennett' },
    ],
  },
  {
    rule: 'speaker:source-marker',
    text: 'According to Tom Harlow, "nobody in the committee had read the final text."',
    actors: [senator],
    expect: [{ text: 'nobody in the committee had read the final text.', speaker: 'Tom Harlow' }],
  },
  {
    rule: 'speaker:document',
    text: 'The Environment Agency issued a warning on Monday. "Residents should move to higher ground," the statement said.',
    actors: [agency],
    expect: [{ text: 'Residents should move to higher ground,', speaker: 'Environment Agency' }],
  },
  {
    rule: 'speaker:anonymous',
    text: 'Harlow declined to comment. "He has been told to stay quiet until the vote," one aide said.',
    actors: [senator],
    expect: [{ text: 'He has been told to stay quiet until the vote,', speaker: null }],
  },
  {
    rule: 'speaker:lead-in',
    text: 'Bennett defended the decision, adding: "We had no other choice given the forecast."',
    actors: [mayor],
    expect: [{ text: 'We had no other choice given the forecast.', speaker: 'Laura Bennett' }],
  },
  {
    rule: 'speaker:passive-agent',
    text: 'The new levee was described by Laura Bennett as "the strongest defence this town has ever had."',
    actors: [mayor],
    expect: [{ text: 'the strongest defence this town has ever had.', speaker: 'Laura Bennett' }],
  },
  {
    rule: 'speaker:possessive',
    text: 'Critics mocked Harlow\'s "common-sense budget" during the debate.',
    actors: [senator],
    expect: [{ text: 'common-sense budget', speaker: 'Tom Harlow' }],
  },
  {
    // A verb taking an object still inverts when its subject closes the attribution.
    rule: 'speaker:verb-after',
    text: 'The council met again on Friday. "Is the budget too big? Too small?" asked Tom Harlow.',
    actors: [senator],
    expect: [{ text: 'Is the budget too big? Too small?', speaker: 'Tom Harlow' }],
  },
  {
    // A clause opening with a pronoun has it as the subject of a later verb joined by "and".
    rule: 'speaker:dropped-subject',
    text: 'Ms Bennett met Tom Harlow on Monday. She did not answer him, and instead argued that the plan would "drain the river dry."',
    actors: [mayor, senator],
    expect: [{ text: 'drain the river dry.', speaker: 'Laura Bennett' }],
  },
  {
    // «went on to say, "…"»: an infinitive speech verb right before the quote.
    rule: 'speaker:dropped-subject',
    text: 'Tom Harlow paused for a while. He went on to say, "The river belongs to everyone who lives on it."',
    actors: [senator],
    expect: [{ text: 'The river belongs to everyone who lives on it.', speaker: 'Tom Harlow' }],
  },
  {
    // A participle after a preposition: the pronoun opening the clause is its subject.
    rule: 'speaker:lead-in',
    text: 'Tom Harlow met Peter Vance early. He tried to calm the room by wondering aloud "why anyone would leave now."',
    actors: [senator, governor],
    expect: [{ text: 'why anyone would leave now.', speaker: 'Tom Harlow' }],
  },
  {
    // A pronoun refers to the subject of its own sentence before the last name mentioned.
    rule: 'speaker:pronoun',
    text: 'Laura Bennett drew cheers after Ruth Owens left, when she told the crowd "thank you for standing in the rain."',
    actors: [mayor, { name: 'Ruth Owens', type: 'person' as const, aliases: ['Ms Owens'] }],
    expect: [{ text: 'thank you for standing in the rain.', speaker: 'Laura Bennett' }],
  },
  {
    // With no recent speaker, a pronoun refers to the subject of the sentence before, not to the last name in it.
    rule: 'speaker:pronoun',
    text: 'Tom Harlow questioned the budget and blamed the governor, Peter Vance, for the delays. "If we had the votes, we could not lose," he said.',
    actors: [senator, governor],
    expect: [{ text: 'If we had the votes, we could not lose,', speaker: 'Tom Harlow' }],
  },
  {
    // A clause without a speech verb ending in a colon introduces its subject's words.
    rule: 'speaker:colon-subject',
    text: 'Tom Harlow hit back at the mayor in a string of posts: "She has never built anything in her life."',
    actors: [senator],
    expect: [{ text: 'She has never built anything in her life.', speaker: 'Tom Harlow' }],
  },
  {
    // ... but a colon after a thing, not an actor, names nobody.
    rule: 'speaker:none',
    text: 'The sign on the door of the hall was simple: "Closed until further notice, by order of the council."',
    actors: [senator],
    expect: [{ text: 'Closed until further notice, by order of the council.', speaker: null }],
  },
  {
    // A quote opening its sentence continues the speech reported in the sentence before.
    rule: 'speaker:reported-before',
    text: 'The vote could still go either way, said Peter Vance, a senator. "It will be close until the very end."',
    actors: [governor],
    expect: [{ text: 'It will be close until the very end.', speaker: 'Peter Vance' }],
  },
  {
    // «X put a brave face on it, saying …. "…"»: a participle after the comma closing a newly named person's clause
    // reports that person's words; the quote after it is theirs, not the previous quote's speaker's.
    rule: 'speaker:reported-before',
    text: '"Prices have risen faster than anyone expected," said analyst Ruth Okafor. Finance Minister Carl Dunmore played the figures down, saying growth remained strong. "Wages are rising and more people are in work than ever."',
    actors: [{ name: 'Ruth Okafor', type: 'person' as const, aliases: ['Okafor'] }, { name: 'Carl Dunmore', type: 'person' as const, aliases: ['Dunmore'] }],
    expect: [
      { text: 'Prices have risen faster than anyone expected,', speaker: 'Ruth Okafor' },
      { text: 'Wages are rising and more people are in work than ever.', speaker: 'Carl Dunmore' },
    ],
  },
  {
    // False positive kept out: a participle that is no speech («looking relaxed») reports nothing; the quote goes on
    // with the last speaker.
    rule: 'speaker:continuation',
    text: '"We are happy with our staff," said chairman Ian Fell. The squad trained at the Coach Road ground on Monday, looking relaxed. "Nothing has changed for us."',
    actors: [{ name: 'Ian Fell', type: 'person' as const, aliases: ['Fell'] }, { name: 'Sam Ortega', type: 'person' as const, aliases: ['Ortega'] }],
    expect: [
      { text: 'We are happy with our staff,', speaker: 'Ian Fell' },
      { text: 'Nothing has changed for us.', speaker: 'Ian Fell' },
    ],
  },
  {
    // «Church ministers are trying …, saying …»: a body's name before a plural noun of its people only qualifies it;
    // the unnamed group speaks (named as written by the sources stage), not the body named later in the story.
    rule: 'speaker:anonymous',
    text: 'Council members are trying to stop a festival near Wareham, saying they do not want its "noise and litter" in their villages. Ann Tate, of the Wareham Town Council, said traffic was her main worry.',
    actors: [{ name: 'Wareham Town Council', type: 'organization' as const, aliases: ['Council'] }, { name: 'Ann Tate', type: 'person' as const, aliases: ['Tate'] }],
    expect: [{ text: 'noise and litter', speaker: null }],
  },
  {
    // False positive kept out: a body's name followed by a verb is the subject itself.
    rule: 'speaker:lead-in',
    text: 'Harbour Council rejected the plan on Monday, saying it would bring "chaos" to the town centre.',
    actors: [{ name: 'Harbour Council', type: 'organization' as const, aliases: [] }],
    expect: [{ text: 'chaos', speaker: 'Harbour Council' }],
  },
  {
    // «Ruiz, who had won their last meetings, was downcast. "…"»: a quote with no attribution right after a sentence
    // opening with a person is that person's, not the earlier speaker's.
    rule: 'speaker:narrated-subject',
    text: 'David Lane beat Carlos Ruiz in straight sets on Sunday. "I played my best tennis today," Lane said. Ruiz, who had won their last two meetings, was downcast. "I did not serve well and he punished me."',
    actors: [{ name: 'David Lane', type: 'person' as const, aliases: ['Lane'] }, { name: 'Carlos Ruiz', type: 'person' as const, aliases: ['Ruiz'] }],
    expect: [
      { text: 'I played my best tennis today,', speaker: 'David Lane' },
      { text: 'I did not serve well and he punished me.', speaker: 'Carlos Ruiz' },
    ],
  },
  {
    // ... also when the last quote is paragraphs away (no continuation reaches it).
    rule: 'speaker:narrated-subject',
    text: 'Jo Pike founded the charity in 1999. "We started with one van," she said.\n\nThe charity now has 40 staff.\n\nThe idea spread to other towns. However, Ms Pike has kept the first van at her home. "It reminds me where we came from."',
    actors: [{ name: 'Jo Pike', type: 'person' as const, aliases: ['Ms Pike', 'Pike'] }],
    expect: [
      { text: 'We started with one van,', speaker: 'Jo Pike' },
      { text: 'It reminds me where we came from.', speaker: 'Jo Pike' },
    ],
  },
  {
    // ... also with a body and a lower-case title before the name («Harbour manager Sam Ortega disagreed.»).
    rule: 'speaker:narrated-subject',
    text: 'Westmoor boss Joe Barlow was angry with the referee. "The first goal was offside," he said. Harbour manager Sam Ortega disagreed. "It was a fair goal and we deserved the win."',
    actors: [{ name: 'Joe Barlow', type: 'person' as const, aliases: ['Barlow'] }, { name: 'Sam Ortega', type: 'person' as const, aliases: ['Ortega'] }],
    expect: [
      { text: 'The first goal was offside,', speaker: 'Joe Barlow' },
      { text: 'It was a fair goal and we deserved the win.', speaker: 'Sam Ortega' },
    ],
  },
  {
    // False positive kept out: a quote opening with «he» speaks about the person narrated; it stays with the speaker.
    rule: 'speaker:continuation',
    text: '"I played my best tennis today," Lane said. Ruiz had won their last two meetings. "He is a tough opponent and I had to be patient."',
    actors: [{ name: 'David Lane', type: 'person' as const, aliases: ['Lane'] }, { name: 'Carlos Ruiz', type: 'person' as const, aliases: ['Ruiz'] }],
    expect: [
      { text: 'I played my best tennis today,', speaker: 'David Lane' },
      { text: 'He is a tough opponent and I had to be patient.', speaker: 'David Lane' },
    ],
  },
  {
    // False positive kept out: a sentence about something else that names a person late («research by Dr Reyes») narrates
    // no person; the quote goes on with the speaker.
    rule: 'speaker:continuation',
    text: '"Our phones can place a sound behind you," said Tom Ware. The method grew out of research by Dr Ana Reyes. "We are tricking the ear."',
    actors: [{ name: 'Tom Ware', type: 'person' as const, aliases: ['Ware'] }, { name: 'Ana Reyes', type: 'person' as const, aliases: ['Dr Ana Reyes'] }],
    expect: [
      { text: 'Our phones can place a sound behind you,', speaker: 'Tom Ware' },
      { text: 'We are tricking the ear.', speaker: 'Tom Ware' },
    ],
  },
  {
    // ... also across a paragraph break, the quote opening the next paragraph.
    rule: 'speaker:reported-before',
    text: 'Ms Bennett said the count had been fair to every candidate.\n\n"We accept the result and we move on."',
    actors: [mayor],
    expect: [{ text: 'We accept the result and we move on.', speaker: 'Laura Bennett' }],
  },
  {
    // «speculated», «compared … to»: speech verbs.
    rule: 'speaker:subject-before-verb',
    text: 'Peter Vance speculated that the council may "prefer a long delay to a hard choice."',
    actors: [governor],
    expect: [{ text: 'prefer a long delay to a hard choice.', speaker: 'Peter Vance' }],
  },
  {
    rule: 'speaker:subject-before-verb',
    text: 'Laura Bennett compared the plan to a leaky boat, "sinking slowly while everyone bails."',
    actors: [mayor],
    expect: [{ text: 'sinking slowly while everyone bails.', speaker: 'Laura Bennett' }],
  },
  {
    // A sentence opening with "But" still has its name as the subject of the statement's issuer.
    rule: 'speaker:lead-in',
    text: 'Tom Harlow declined to comment. But the Environment Agency issued a statement saying that "the plan is sound and fair to everyone."',
    actors: [senator, agency],
    expect: [{ text: 'the plan is sound and fair to everyone.', speaker: 'Environment Agency' }],
  },
  {
    // A clause opened by a subordinator ends at its comma: the name in it is not the subject of the participle.
    rule: 'speaker:lead-in',
    text: 'After Governor Peter Vance lost the vote, Laura Bennett sent him a note praising his "calm under fire."',
    actors: [mayor, governor],
    expect: [{ text: 'calm under fire.', speaker: 'Laura Bennett' }],
  },
  {
    // ... and an unnamed source there speaks it: no speaker, rather than the one quoted before.
    rule: 'speaker:reported-before',
    text: '"We will appeal," Tom Harlow said.\n\nThe plan broke the law, officials said. "It cannot go ahead in this form."',
    actors: [senator],
    expect: [
      { text: 'We will appeal,', speaker: 'Tom Harlow' },
      { text: 'It cannot go ahead in this form.', speaker: null },
    ],
  },
  {
    // «said GTC spokesman Peter Nolan»: a body opening the speaker phrase qualifies the title of the person closing it.
    rule: 'speaker:verb-after',
    text: 'The council backed the plan. "Ferry users will need a few weeks to get used to it," said Harbour Trust spokesman Peter Nolan.',
    actors: [{ name: 'Harbour Trust', type: 'organization' }, { name: 'Peter Nolan', type: 'person', aliases: ['Nolan'] }],
    expect: [{ text: 'Ferry users will need a few weeks to get used to it,', speaker: 'Peter Nolan' }],
  },
  {
    // False positive kept out: a body named alone after the verb stays the speaker.
    rule: 'speaker:verb-after',
    text: 'Ministers met on Friday. "The talks were useful," said the Harbour Trust, whose chairman Peter Nolan attended.',
    actors: [{ name: 'Harbour Trust', type: 'organization' }, { name: 'Peter Nolan', type: 'person', aliases: ['Nolan'] }],
    expect: [{ text: 'The talks were useful,', speaker: 'Harbour Trust' }],
  },
  {
    // «Rep. Tom Harlow of Ohio, …, urged»: the place of origin after the name is not the subject.
    rule: 'speaker:subject-before-verb',
    text: 'Tom Harlow of Ohio, the senior Republican on the panel, urged a "firm and measured" response to the leak.',
    actors: [senator, { name: 'Ohio', type: 'location' }],
    expect: [{ text: 'firm and measured', speaker: 'Tom Harlow' }],
  },
  {
    // «Lt Col Tom Harlow of the Harbour Trust told reporters»: the body he comes from is not the subject.
    rule: 'speaker:subject-before-verb',
    text: 'Tom Harlow of the Harbour Trust told reporters the split was a "mutually agreed separation" and nothing more.',
    actors: [senator, { name: 'Harbour Trust', type: 'organization' }],
    expect: [{ text: 'mutually agreed separation', speaker: 'Tom Harlow' }],
  },
  {
    // A quote inside a sentence with no speech verb: its person subject (here a pronoun) holds the words.
    rule: 'speaker:sentence-subject',
    text: 'Laura Bennett opened the depot on Monday. She believed the drivers were right and "we all have to stand together on this".',
    actors: [mayor],
    expect: [{ text: 'we all have to stand together on this', speaker: 'Laura Bennett' }],
  },
  {
    // The same with a named subject.
    rule: 'speaker:sentence-subject',
    text: 'Tom Harlow expects the bridge to reopen in May because "the hard part of the work is already behind us".',
    actors: [senator],
    expect: [{ text: 'the hard part of the work is already behind us', speaker: 'Tom Harlow' }],
  },
  {
    // False positive kept out: a passive speech verb; its subject is spoken about, not speaking.
    rule: 'speaker:none',
    text: 'Tom Harlow was accused of "failing every family in this town" after the vote.',
    actors: [senator],
    expect: [{ text: 'failing every family in this town', speaker: null }],
  },
  {
    // False positive kept out: a name as a possessive modifier is not the subject of a verbless sentence.
    rule: 'speaker:none',
    text: 'Tom Harlow\'s plan includes "a new bridge for every village on the river" by 2030.',
    actors: [senator],
    expect: [{ text: 'a new bridge for every village on the river', speaker: null }],
  },
  {
    // «A and B said»: one speech by several people; the first named stands for them.
    rule: 'speaker:subject-before-verb',
    text: 'Tom Harlow and Laura Bennett said in a joint letter: "The bridge plan must be withdrawn."',
    actors: [senator, mayor],
    expect: [{ text: 'The bridge plan must be withdrawn.', speaker: 'Tom Harlow' }],
  },
  {
    // «A, B and C wrote»: the same with a list.
    rule: 'speaker:subject-before-verb',
    text: 'Peter Vance, Tom Harlow and Laura Bennett wrote that the scheme was "badly flawed from the start".',
    actors: [governor, senator, mayor],
    expect: [{ text: 'badly flawed from the start', speaker: 'Peter Vance' }],
  },
  {
    // «X, an expert at University Y, who …, said»: the body closing the apposition qualifies X's title; X speaks.
    rule: 'speaker:subject-before-verb',
    text: 'Laura Bennett, an economist at Harbor University, who studies pay, said: "Wages will fall this winter."',
    actors: [mayor, { name: 'Harbor University', type: 'organization' }],
    expect: [{ text: 'Wages will fall this winter.', speaker: 'Laura Bennett' }],
  },
  {
    // False positive kept out: people coordinated inside an apposition are not the subject.
    rule: 'speaker:subject-before-verb',
    text: 'Laura Bennett, a friend of Tom Harlow and Peter Vance, said: "We talk every week."',
    actors: [mayor, senator, governor],
    expect: [{ text: 'We talk every week.', speaker: 'Laura Bennett' }],
  },
  {
    // An age in commas, then an apposition, between the name and its verb: the person, not the last speaker.
    rule: 'speaker:reported-before',
    text: 'Tom Harlow laughed. "It is funny," he said. His neighbour Laura Bennett, 20, a nursing student from Leeds, chimed in. "I never thought I would vote this way."',
    actors: [senator, mayor, { name: 'Leeds', type: 'location' }],
    expect: [
      { text: 'It is funny,', speaker: 'Tom Harlow' },
      { text: 'I never thought I would vote this way.', speaker: 'Laura Bennett' },
    ],
  },
  {
    // A person introduced by the sentence before takes the pronoun even after an adjunct opening its sentence.
    rule: 'speaker:pronoun',
    text: 'Mr Vance said the toll was "a fair price". Tom Harlow rejected that. In an interview with local radio, he said: "The toll is a tax on the poor."',
    actors: [governor, senator],
    expect: [
      { text: 'a fair price', speaker: 'Peter Vance' },
      { text: 'The toll is a tax on the poor.', speaker: 'Tom Harlow' },
    ],
  },
  {
    // False positive kept out: a speech verb inside the opening phrase makes it no adjunct; the pronoun stays with the speaker.
    rule: 'speaker:pronoun',
    text: 'Mr Vance said the toll was "a fair price". Tom Harlow rejected that. When Mr Vance said so, he added: "I meant every word of it."',
    actors: [governor, senator],
    expect: [
      { text: 'a fair price', speaker: 'Peter Vance' },
      { text: 'I meant every word of it.', speaker: 'Peter Vance' },
    ],
  },
  {
    // A reporting verb earlier in the clause reports the words, not the possessor right before them.
    rule: 'speaker:subject-before-verb',
    text: 'Tom Harlow says the new toll is a further example of the Environment Agency\'s "heavy-handed" approach.',
    actors: [senator, agency],
    expect: [{ text: 'heavy-handed', speaker: 'Tom Harlow' }],
  },
  {
    // A participle clause naming a body after a preposition and an article: the body is no subject; the pronoun's
    // antecedent is the person opening the sentence before.
    rule: 'speaker:pronoun',
    text: 'Mr Vance spoke first. Writing in the Harbour Gazette, Tom Harlow said the toll was unfair. "It hits the poor hardest," he said.',
    actors: [governor, senator, { name: 'Harbour Gazette', type: 'organization' }],
    expect: [{ text: 'It hits the poor hardest,', speaker: 'Tom Harlow' }],
  },
  {
    // A speech verb's bare form before "is" is a noun («a strong state is …»), no unnamed speaker blocking the pronoun.
    rule: 'speaker:pronoun',
    text: 'Laura Bennett spoke in Leeds. "Even so, a strong state is a risky one," she said. Her party backed the "open and tolerant city" which she wants, she said.',
    actors: [mayor],
    expect: [
      { text: 'Even so, a strong state is a risky one,', speaker: 'Laura Bennett' },
      { text: 'open and tolerant city', speaker: 'Laura Bennett' },
    ],
  },
  {
    // A participle after the quote («an election predicted for May») is no attribution: the verb before the quote is.
    rule: 'speaker:subject-before-verb',
    text: 'Tom Harlow said the plans were "little more than a costly stunt" ahead of an election predicted for next May.',
    actors: [senator],
    expect: [{ text: 'little more than a costly stunt', speaker: 'Tom Harlow' }],
  },
  {
    // «the chancellor»: the one person the article titles so («Chancellor Peter Vance»), not the last speaker;
    // «the shadow chancellor» is someone else.
    rule: 'speaker:subject-before-verb',
    text: 'Chancellor Peter Vance defended the budget. Shadow chancellor Tom Harlow called it "a con". The chancellor said: "The figures speak for themselves." The shadow chancellor said: "They do not."',
    actors: [
      { name: 'Peter Vance', type: 'person', aliases: ['Chancellor Peter Vance'] },
      { name: 'Tom Harlow', type: 'person', aliases: ['Shadow chancellor Tom Harlow'] },
    ],
    expect: [
      { text: 'a con', speaker: 'Tom Harlow' },
      { text: 'The figures speak for themselves.', speaker: 'Peter Vance' },
      { text: 'They do not.', speaker: 'Tom Harlow' },
    ],
  },
  {
    // «called on farmers not to "…"»: a demand whose words are quoted is the caller's speech.
    rule: 'speaker:subject-before-verb',
    text: 'The Environment Agency called on farmers not to simply "cut and run" when the river rises.',
    actors: [agency],
    expect: [{ text: 'cut and run', speaker: 'Environment Agency' }],
  },
  {
    // A short word of the speaker's at the end of a long reported clause still counts as speech.
    rule: 'speaker:lead-in',
    text: 'Tom Harlow has defended the new market hours, saying shoppers should not lose the Sunday stalls that every other town in the county keeps because of a "tiny minority" of litter louts.',
    actors: [senator],
    expect: [{ text: 'tiny minority', speaker: 'Tom Harlow' }],
  },
  {
    // A passive speech verb inside what an earlier verb reports: the earlier verb's subject speaks.
    rule: 'speaker:subject-before-verb',
    text: 'Tom Harlow said he had been told a steward "shoulder-charged" the drummer after the encore.',
    actors: [senator],
    expect: [{ text: 'shoulder-charged', speaker: 'Tom Harlow' }],
  },
  {
    // «said Harlow adviser Ann Mercer», "Harlow's manager Ann Mercer": a person opening the phrase, then a lower-case
    // title and a second person closing it: the title's holder speaks, the first name only qualifies the title.
    rule: 'speaker:verb-after',
    text: 'Tom Harlow toured the flood plain on Monday. "We will rebuild every bridge," said Harlow adviser Ann Mercer. "It will take years," said Harlow\'s campaign manager Ann Mercer.',
    actors: [senator, { name: 'Ann Mercer', type: 'person' as const, aliases: ['Ms Mercer'] }],
    expect: [
      { text: 'We will rebuild every bridge,', speaker: 'Ann Mercer' },
      { text: 'It will take years,', speaker: 'Ann Mercer' },
    ],
  },
  {
    // «the chairman of the agency, Ann Mercer, said»: an apposition that is only a person's name names the title,
    // even when the title ends with a body.
    rule: 'speaker:subject-before-verb',
    text: 'Responding to the report, the chair of the Environment Agency, Ann Mercer, said: "The river defences held."',
    actors: [agency, { name: 'Ann Mercer', type: 'person' as const, aliases: ['Ms Mercer'] }],
    expect: [{ text: 'The river defences held.', speaker: 'Ann Mercer' }],
  },
  {
    // False positive kept out: two persons with no title between them; the first named speaks.
    rule: 'speaker:verb-after',
    text: '"We are ready," said Tom Harlow, Laura Bennett\'s deputy, on Monday.',
    actors: [senator, mayor],
    expect: [{ text: 'We are ready,', speaker: 'Tom Harlow' }],
  },
  {
    // False positive kept out: «Ann Mercer of farm group Harlow Holdings»: a body after "of" says where the speaker works,
    // even when the actors took that body for a person.
    rule: 'speaker:verb-after',
    text: '"Prices will fall," says Ann Mercer of farm group Harlow Holdings, which ran the survey.',
    actors: [{ name: 'Ann Mercer', type: 'person' as const, aliases: [] }, { name: 'Harlow Holdings', type: 'person' as const, aliases: [] }],
    expect: [{ text: 'Prices will fall,', speaker: 'Ann Mercer' }],
  },
  {
    // «Jan Roe, who sang on hits such as …, said …»: a long relative clause in commas between the subject and its verb
    // is skipped back over, so the speech (and the "he" after it) is the subject's, not a name inside the clause.
    rule: 'speaker:pronoun',
    text: 'Former choir singer Tom Harlow, who sang on records such as Blue Harbour and Grey Morning in the sixties, said Peter Vance was one of his heroes. "I learnt everything from him," he said.',
    actors: [senator, governor],
    expect: [{ text: 'I learnt everything from him,', speaker: 'Tom Harlow' }],
  },
  {
    // «discussed these claims … and dismissed them as a "…"»: a speech noun after "these"/"those" is no verb; the
    // sentence's speech verb and its subject govern the quote.
    rule: 'speaker:subject-before-verb',
    text: 'Peter Vance spoke on Monday. Mr Harlow said he had looked at these claims with Mr Vance and waved them away as "pure invention".',
    actors: [senator, governor],
    expect: [{ text: 'pure invention', speaker: 'Tom Harlow' }],
  },
  {
    // «were branded "…" by the Greens»: a passive speech verb before the quote and its agent right after it.
    rule: 'speaker:passive-agent',
    text: 'Plans to store waste in the valley were called "reckless and short-sighted" by the Environment Agency.',
    actors: [agency],
    expect: [{ text: 'reckless and short-sighted', speaker: 'Environment Agency' }],
  },
  {
    // «questioned why there was "…"»: the past form of a verb whose other forms are mostly nouns.
    rule: 'speaker:subject-before-verb',
    text: 'The council approved the bridge. Mr Harlow questioned whether it needed "this much haste" to build it.',
    actors: [senator],
    expect: [{ text: 'this much haste', speaker: 'Tom Harlow' }],
  },
  {
    // «Mr Roe's spokesman would not confirm …. He said: "…"»: a pronoun right after a sentence opened by an
    // unnamed source is that source (named as written), not the possessor named inside it.
    rule: 'speaker:anonymous',
    text: 'Peter Vance backed the plan. Mr Vance\'s spokesman would not confirm that the mayor agreed. He said: "The review runs until spring."',
    actors: [governor],
    expect: [{ text: 'The review runs until spring.', speaker: null }],
  },
  {
    // False positive kept out: a plural source noun is no antecedent of "he"; the person named before is.
    rule: 'speaker:pronoun',
    text: 'Peter Vance backed the plan on Monday. Officials would not confirm that the mayor agreed. "It is settled," he said.',
    actors: [governor],
    expect: [{ text: 'It is settled,', speaker: 'Peter Vance' }],
  },
  {
    // «"…," Jan Roe, editor of Harbour.com told the BBC», «Jan Roe from the Harbour Board, told»: an apposition or an
    // origin after the speaker's name with one of its commas missing (and a full stop inside a web address).
    rule: 'speaker:verb-after',
    text: 'Sales rose.\n\n"It is very encouraging," Ann Mercer, editor of Harbournews.com told the BBC. "We are ready," Tom Harlow from the Environment Agency, told the BBC.',
    actors: [{ name: 'Ann Mercer', type: 'person' as const, aliases: [] }, senator, agency],
    expect: [
      { text: 'It is very encouraging,', speaker: 'Ann Mercer' },
      { text: 'We are ready,', speaker: 'Tom Harlow' },
    ],
  },
  {
    // «AP quoted prosecutor Jan Roe as saying»: the person quoted speaks, not the outlet passing the words on.
    rule: 'speaker:lead-in',
    text: 'The trial ended on Monday. "He has been cheating people for years," the Harbour Gazette quoted prosecutor Tom Harlow as saying.',
    actors: [senator, { name: 'Harbour Gazette', type: 'organization' as const, aliases: [] }],
    expect: [{ text: 'He has been cheating people for years,', speaker: 'Tom Harlow' }],
  },
  {
    // «said that talks would not resume unless …»: a present speech form before a modal is a noun; the verb before it governs.
    rule: 'speaker:subject-before-verb',
    text: 'Tom Harlow said in March that talks would only restart once the bidder put forward "firm written terms".',
    actors: [senator],
    expect: [{ text: 'firm written terms', speaker: 'Tom Harlow' }],
  },
  {
    // «Mr Roe's lawyer said»: a person speaking for someone is an unnamed source, not the client named before it.
    rule: 'speaker:anonymous',
    text: 'Tom Harlow won the case on Monday. His lawyer said: "It could be worth millions."',
    actors: [senator],
    expect: [{ text: 'It could be worth millions.', speaker: null }],
  },
  {
    // «the company said»: a definite body noun as subject is the latest body named, not the last person.
    rule: 'speaker:subject-before-verb',
    text: 'Acme Foods reported higher profits. Its boss Tom Harlow was pleased. The company said: "Sales were strong."',
    actors: [senator, { name: 'Acme Foods', type: 'organization' as const, aliases: [] }],
    expect: [{ text: 'Sales were strong.', speaker: 'Acme Foods' }],
  },
  {
    // «A critic once said of her: "…"»: "once" after the subject is an adverb, not a clause opener («once told»).
    rule: 'speaker:anonymous',
    text: 'The dancer Laura Bennett has died aged 94. A critic once said of her dancing: "She moved as if she had no weight."',
    actors: [mayor],
    expect: [{ text: 'She moved as if she had no weight.', speaker: null }],
  },
  {
    // «Jan Roe wants … but conceded this was ambitious. "…"»: the quote goes on with the speech of a verb joined to
    // its clause by a conjunction, whose subject is the clause's.
    rule: 'speaker:reported-before',
    text: 'Tom Harlow wants the bridge to open by May but conceded this was ambitious. "The river rises every spring."',
    actors: [senator],
    expect: [{ text: 'The river rises every spring.', speaker: 'Tom Harlow' }],
  },
  {
    // «"…" organisers said in a statement»: a bare plural group noun is an unnamed source, named as written.
    rule: 'speaker:anonymous',
    text: 'The festival opened on Friday. "Every film this year was made by a first-time director," organisers said in a statement.',
    actors: [],
    expect: [{ text: 'Every film this year was made by a first-time director,', speaker: null }],
  },
  {
    // «The complaint said "…"» with no issuer named: the body a recent sentence made its subject filed it, not a body
    // named in passing since («before the Harbour Expo trade fair»).
    rule: 'speaker:document',
    text: 'Games maker Nordvik has filed a lawsuit against a former tester. The lawsuit comes a month before the Harbour Expo trade fair in Oslo. The complaint said the tester had "shared secret designs with rivals".',
    actors: [{ name: 'Nordvik', type: 'organization' as const, aliases: [] }, { name: 'Harbour Expo', type: 'organization' as const, aliases: [] }, { name: 'Oslo', type: 'location' as const, aliases: [] }],
    expect: [{ text: 'shared secret designs with rivals', speaker: 'Nordvik' }],
  },
  {
    // False positive kept out: a group subject («Britons») issues no document; the body named with the report is its issuer.
    rule: 'speaker:document',
    text: 'Around a million Britons will still be offline in 2030, predicts a report by phone firm Telmark. The idea that the gap will close by itself is "a dangerous hope", the report concludes.',
    actors: [{ name: 'Britons', type: 'group' as const, aliases: [] }, { name: 'Telmark', type: 'organization' as const, aliases: [] }],
    expect: [{ text: 'a dangerous hope', speaker: 'Telmark' }],
  },
  {
    // «"…," police said» after a named speaker's quote: a body's people speaking together, unnamed, are the source
    // (named as written by the sources stage), not the quote before's speaker carried on.
    rule: 'speaker:anonymous',
    text: 'Inspector Ray Cole led the raid. "We are pleased with the result," he said. "The road will stay shut until Friday," police said. "Talks went on late into the night," managers said.',
    actors: [{ name: 'Ray Cole', type: 'person' as const, aliases: ['Inspector Ray Cole', 'Cole'] }],
    expect: [
      { text: 'We are pleased with the result,', speaker: 'Ray Cole' },
      { text: 'The road will stay shut until Friday,', speaker: null },
      { text: 'Talks went on late into the night,', speaker: null },
    ],
  },
  {
    // «…, police said. "…," they said»: «they» picks up the plural unnamed source of the sentence before, not the named
    // speaker before it.
    rule: 'speaker:anonymous',
    text: 'Inspector Ray Cole said the raid had been planned for weeks. "We are pleased with the result," he said. A 34-year-old man was arrested at the scene, local police said. "He is being held at a city station," they said.',
    actors: [{ name: 'Ray Cole', type: 'person' as const, aliases: ['Inspector Ray Cole', 'Cole'] }],
    expect: [
      { text: 'We are pleased with the result,', speaker: 'Ray Cole' },
      { text: 'He is being held at a city station,', speaker: null },
    ],
  },
  {
    // False positive kept out: «they» after a sentence with no plural source goes on with the speakers before
    // («A and B said», credited to the first named).
    rule: 'speaker:pronoun',
    text: 'Singer Lou Hart and drummer Tom Reyes said the tour would go ahead. The band plays Leeds on Friday. "We cannot wait to be back on stage," they said.',
    actors: [{ name: 'Lou Hart', type: 'person' as const, aliases: ['Hart'] }, { name: 'Tom Reyes', type: 'person' as const, aliases: ['Reyes'] }],
    expect: [{ text: 'We cannot wait to be back on stage,', speaker: 'Lou Hart' }],
  },
  {
    // «"…," a statement on her website said»: a document with a complement before its verb; the possessive in the
    // complement names the issuer.
    rule: 'speaker:document',
    text: 'Laura Bennett will return to the council in February. "Laura had considered returning in May," a statement on her website said.',
    actors: [mayor],
    expect: [{ text: 'Laura had considered returning in May,', speaker: 'Laura Bennett' }],
  },
  {
    // «called the film "…"», «described the show as "…"»: a title noun that a verb of calling or judging takes as its
    // object, before a stretch in lower case, is what the words are said of; the subject's words, not a title.
    rule: 'speaker:pronoun',
    text: 'Bishop Alan Marsh led the protest against the new comedy. He called the film "crude and cynical". The producer, Laura Bennett, described the show as "a harmless romp".',
    actors: [{ name: 'Alan Marsh', type: 'person' as const, aliases: ['Marsh'] }, mayor],
    expect: [
      { text: 'crude and cynical', speaker: 'Alan Marsh' },
      { text: 'a harmless romp', speaker: 'Laura Bennett' },
    ],
  },
  {
    // «dismissed the figures as "…"»: a verb of judging, like «derided», whose quoted words are the subject's.
    rule: 'speaker:subject-before-verb',
    text: 'A think-tank said household incomes had fallen. The Environment Agency dismissed the study as "deeply flawed".',
    actors: [agency],
    expect: [{ text: 'deeply flawed', speaker: 'Environment Agency' }],
  },
  {
    // «…, it has confirmed»: «it» never refers to a person, even the subject of its own sentence; the body named is.
    rule: 'speaker:pronoun',
    text: 'The hotel owner Ron Fisher has approached the Harbour United board with "detailed plans", it has confirmed.',
    actors: [{ name: 'Ron Fisher', type: 'person' as const, aliases: ['Mr Fisher'] }, { name: 'Harbour United', type: 'organization' as const, aliases: [] }],
    expect: [{ text: 'detailed plans', speaker: 'Harbour United' }],
  },
  {
    // «The 2010 Hale comment offers …»: a bare verb form after a determiner and a name heads a noun phrase; it is no
    // speech of Hale's, so the «he» after the inverted «said Rob Shore» is Shore.
    rule: 'speaker:pronoun',
    text: 'Tom Harlow said in 2010 that his goal was to beat the governor. The 2010 Harlow comment shows what is at stake, said Rob Shore, a professor at Leeds University. "If that is where we were then, the start may be the same," he said.',
    actors: [senator, { name: 'Rob Shore', type: 'person' as const, aliases: ['Shore'] }],
    expect: [{ text: 'If that is where we were then, the start may be the same,', speaker: 'Rob Shore' }],
  },
  {
    // False positive kept out: a plural name takes the bare verb («The Greens claim»): still a speech verb.
    rule: 'speaker:subject-before-verb',
    text: 'The Greens claim the survey is "deeply flawed".',
    actors: [{ name: 'Greens', type: 'organization' as const, aliases: [] }],
    expect: [{ text: 'deeply flawed', speaker: 'Greens' }],
  },
  {
    // «the influential daily wrote»: a publication noun is a body, the paper named before, not the last person.
    rule: 'speaker:verb-after',
    text: 'The Harbour Post on Sunday endorsed Tom Harlow for governor, citing his record. "He has the makings of an excellent governor," the influential daily wrote.',
    actors: [{ name: 'Harbour Post', type: 'organization' as const, aliases: [] }, senator],
    expect: [{ text: 'He has the makings of an excellent governor,', speaker: 'Harbour Post' }],
  },
  {
    // «Still, he stood by his choice …. "Well, …"»: a pronoun opening the sentence before an unattributed quote is
    // the narrated subject, as a name there is.
    rule: 'speaker:narrated-subject',
    text: 'Governor Peter Vance visited the harbour on Monday.\n\nThe harbour has lost half its trade since the war.\n\nThe governor also admitted that some partners needed to improve. Still, he stood by his choice to keep trading with them. "Well, they are not ideal partners. But what we found is that talking works."',
    actors: [governor],
    expect: [{ text: 'Well, they are not ideal partners. But what we found is that talking works.', speaker: 'Peter Vance' }],
  },
  {
    // «The rate … is "the cheapest I can remember"»: first-person words that nothing attributes are the last speaker's
    // (this paragraph or the one before).
    rule: 'speaker:continuation',
    text: '"Nobody expected a figure like that," said Rob Shore, who runs the biggest bakery in the town. The flour rate, offered by two other mills since Monday, is "the cheapest I can remember."',
    actors: [{ name: 'Rob Shore', type: 'person' as const, aliases: ['Shore'] }],
    expect: [
      { text: 'Nobody expected a figure like that,', speaker: 'Rob Shore' },
      { text: 'the cheapest I can remember.', speaker: 'Rob Shore' },
    ],
  },
  {
    // «"How can it be right …?" he asked.»: a quote ending in a question or exclamation mark is split from its
    // attribution, but the two are one sentence: the person the sentence before brings in is who «he» is.
    rule: 'speaker:pronoun',
    text: 'Tom Harlow said: "We will win." Rival leader Peter Vance attacked the plan for failing the poor. "How can it be right to tax the poorest more than the richest?" he asked.',
    actors: [senator, governor],
    expect: [
      { text: 'We will win.', speaker: 'Tom Harlow' },
      { text: 'How can it be right to tax the poorest more than the richest?', speaker: 'Peter Vance' },
    ],
  },
  {
    // «X said he was "fed up" … but the federation's Y rejected his comments. "…," he said»: a clause joined
    // after the sentence's last quote brings in its own subject (a body's possessive before a name: the person), who is
    // what «he» then refers to, not the speaker of the quote before.
    rule: 'speaker:pronoun',
    text: 'The federation has defended its courts after criticism by Tom Harlow. Harlow said he was "fed up" with asking for faster courts but the Harbour Tennis Federation\'s Peter Vance rejected his comments. "We made the courts faster this year," he said.',
    actors: [senator, governor, { name: 'Harbour Tennis Federation', type: 'organization' as const, aliases: [] }],
    expect: [
      { text: 'fed up', speaker: 'Tom Harlow' },
      { text: 'We made the courts faster this year,', speaker: 'Peter Vance' },
    ],
  },
  {
    // «Tom Harlow (who she calls "…")»: a pronoun right after a relative word is the relative clause's own subject,
    // not the person named before it; Harlow's sex is not learnt from it, and «he» can still be Harlow.
    rule: 'speaker:pronoun',
    text: 'Laura Bennett wrote to Tom Harlow (who she calls "my mentor") on Monday. A reporter, Jo Reyes, asked about the letter. During the meeting, Harlow admitted the plan was late. "We did our best, and the voters will see that," he said.',
    actors: [mayor, senator, { name: 'Jo Reyes', type: 'person' as const, aliases: [] }],
    expect: [
      { text: 'my mentor', speaker: 'Laura Bennett' },
      { text: 'We did our best, and the voters will see that,', speaker: 'Tom Harlow' },
    ],
  },
  {
    // «Harlow press secretary Jo Reyes issued a statement slamming the report as "…"»: a person's name before a role
    // and another person's name qualifies the role; the second person is the subject.
    rule: 'speaker:lead-in',
    text: 'Harlow press secretary Jo Reyes issued a long statement on Tuesday slamming the report as "deeply flawed".',
    actors: [senator, { name: 'Jo Reyes', type: 'person' as const, aliases: ['Reyes'] }],
    expect: [{ text: 'deeply flawed', speaker: 'Jo Reyes' }],
  },
  {
    // False positive kept out: a verb between two names is no role («Harlow beat rival Jo Reyes …»).
    rule: 'speaker:lead-in',
    text: 'Tom Harlow beat rival Jo Reyes in the vote on Tuesday, calling the result "a win for the whole county".',
    actors: [senator, { name: 'Jo Reyes', type: 'person' as const, aliases: ['Reyes'] }],
    expect: [{ text: 'a win for the whole county', speaker: 'Tom Harlow' }],
  },
  {
    // «He also said that Speaker Jo Reyes should … and mocked her. "…," he said»: the sentence before opens with a
    // pronoun, which is its subject (the person it refers to), not the name later in it.
    rule: 'speaker:pronoun',
    text: 'Tom Harlow spoke to donors on Tuesday. He also said that Speaker Jo Reyes should focus on the budget and mocked her for losing. "She lost four years ago," he said.',
    actors: [senator, { name: 'Jo Reyes', type: 'person' as const, aliases: ['Reyes'] }],
    expect: [{ text: 'She lost four years ago,', speaker: 'Tom Harlow' }],
  },
  {
    // «Harlow backers looked to Reyes … . He refused. "…," he said»: a person's name qualifying a plural noun of
    // people is no subject; «He» opening the sentence is Reyes, the person the backers looked to.
    rule: 'speaker:pronoun',
    text: 'Harlow backers on campus looked to Sam Reyes, who had revived the student club, to take a stand. He refused. "Our society was only months old and we kept out of it," he said.',
    actors: [senator, { name: 'Sam Reyes', type: 'person' as const, aliases: ['Reyes'] }],
    expect: [{ text: 'Our society was only months old and we kept out of it,', speaker: 'Sam Reyes' }],
  },
  {
    // «Now the directors have said …, in a statement that reads: "…"»: a time adverb opening the sentence leaves the
    // definite body noun its subject; the body named before speaks, not the last person quoted.
    rule: 'speaker:subject-before-verb',
    text: 'Harbour United chief executive Tom Harlow said in May that talks would not resume without "firm proposals". Now the board says a buyer has returned, in a statement put out late on Sunday that reads: "The board has received a detailed proposal."',
    actors: [{ name: 'Harbour United', type: 'organization' as const, aliases: [] }, senator],
    expect: [
      { text: 'firm proposals', speaker: 'Tom Harlow' },
      { text: 'The board has received a detailed proposal.', speaker: 'Harbour United' },
    ],
  },
  {
    // «…, our correspondent added»: the outlet's reporter is the person introduced before as its correspondent.
    rule: 'speaker:verb-after',
    text: 'The unions will ballot their members. Harbour Radio correspondent Jo Reyes said the unions were "a powerful force" before the election.\n\nOpposition to the plan is "the one thing all the unions share", our correspondent added.',
    actors: [{ name: 'Jo Reyes', type: 'person' as const, aliases: ['Reyes'] }],
    expect: [
      { text: 'a powerful force', speaker: 'Jo Reyes' },
      { text: 'the one thing all the unions share', speaker: 'Jo Reyes' },
    ],
  },
  {
    // «according to a study released by Leeds-based analysts Telsight»: the body named after «by», past the words
    // describing it, issued the report; not the company the story is about.
    rule: 'speaker:source-marker',
    text: 'Norvex showed a faster network at the fair in Cannes. "Faster links will be vital for video services," according to a study released by Leeds-based analysts Telsight.',
    actors: [{ name: 'Norvex', type: 'organization' as const, aliases: [] }, { name: 'Telsight', type: 'organization' as const, aliases: [] }],
    expect: [{ text: 'Faster links will be vital for video services,', speaker: 'Telsight' }],
  },
  {
    // A headline's clipped grammar («Woman Who Accused Tom Harlow Of Fraud When She Was 19») puts one clause's pronoun
    // after another's name: the sex of a person is not learnt there, so «he added» still reaches Harlow.
    rule: 'speaker:pronoun',
    text: 'Woman Who Accused Tom Harlow Of Fraud When She Was 19 Drops Claim\n\nA woman dropped her claim against Tom Harlow on Friday. "It is untrue," Harlow lawyer Jo Reyes said. Harlow has denied every claim. "Every one of these people lied," Harlow said last month. "It was the other campaign that put them forward," he added.',
    actors: [senator, { name: 'Jo Reyes', type: 'person' as const, aliases: ['Reyes'] }],
    expect: [
      { text: 'It is untrue,', speaker: 'Jo Reyes' },
      { text: 'Every one of these people lied,', speaker: 'Tom Harlow' },
      { text: 'It was the other campaign that put them forward,', speaker: 'Tom Harlow' },
    ],
  },
  {
    // «strangers told him that "…"»: a plural common noun that no actor holds, right before the speech verb, is the
    // subject: several people spoke, unnamed; not the person quoted before, and no «he» afterwards.
    rule: 'speaker:anonymous',
    text: 'Tom Harlow toured the harbour towns this summer. "It is the best option," he said. In the cafes, strangers told him that the plan was "a disaster for the town." "I did not agree with them," he said.',
    actors: [senator],
    expect: [
      { text: 'It is the best option,', speaker: 'Tom Harlow' },
      { text: 'a disaster for the town.', speaker: null },
      { text: 'I did not agree with them,', speaker: 'Tom Harlow' },
    ],
  },
  {
    // «the finance ministers of the leading economies admitted», «Forty percent of voters say», «while 30 percent call
    // them»: a plural or a share, across «of» complements and a number written in words, is the subject, unnamed; a
    // clause after a subordinator is no attribution of the quote before it.
    rule: 'speaker:subject-before-verb',
    text: 'Laura Bennett said the levy was "a fair deal for everyone."\n\nForty-one percent of residents say the levy is "too expensive and far too late," while 30 percent call it "a sensible step for the town." Meeting in Leeds last week, the finance ministers of the northern councils admitted that growth has not been "fair" so far.',
    actors: [mayor],
    expect: [
      { text: 'a fair deal for everyone.', speaker: 'Laura Bennett' },
      { text: 'too expensive and far too late,', speaker: null },
      { text: 'a sensible step for the town.', speaker: null },
      { text: 'fair', speaker: null },
    ],
  },
  {
    // «The fans said»: a definite plural of people that is no body noun and no title is unnamed; «she» after it goes
    // back to the person.
    rule: 'speaker:anonymous',
    text: 'Laura Bennett backed the new stand. "It is the right choice," she said. The fans said the decision was "a disgrace to the club." "We will listen to them," she added.',
    actors: [mayor],
    expect: [
      { text: 'It is the right choice,', speaker: 'Laura Bennett' },
      { text: 'a disgrace to the club.', speaker: null },
      { text: 'We will listen to them,', speaker: 'Laura Bennett' },
    ],
  },
  {
    // «Most voters say Harlow's comments on the tape are "…"»: a copula after a speech noun predicates the quote of it;
    // the voters judge the comments (the possessor owns a speech noun's content only: «his warnings that …»).
    rule: 'speaker:anonymous',
    text: 'Tom Harlow apologised on Sunday. Most voters say Harlow\'s comments on the tape are "completely unacceptable." He repeated his warnings that the scheme was "a disaster."',
    actors: [senator],
    expect: [
      { text: 'completely unacceptable.', speaker: null },
      { text: 'a disaster.', speaker: 'Tom Harlow' },
    ],
  },
  {
    // «said Harbour Inc. CEO Tom Harlow»: the full stop of a legal form closing the body's name does not end the title
    // between the body and the person; the person speaks.
    rule: 'speaker:verb-after',
    text: 'The two firms settled the case on Monday. "We are glad it is over," said Harbour Inc. CEO Tom Harlow. "It took too long," he added.',
    actors: [{ name: 'Harbour Inc', type: 'organization' as const, aliases: [] }, senator],
    expect: [
      { text: 'We are glad it is over,', speaker: 'Tom Harlow' },
      { text: 'It took too long,', speaker: 'Tom Harlow' },
    ],
  },
  {
    // «Tom Harlow, president of the mobile unit of the company says that:»: an apposition of a role with its closing
    // comma missing; the person before it speaks, not the body named in the role (nor the body opening the sentence).
    rule: 'speaker:subject-before-verb',
    text: 'Harbour Telecom plans a faster network. Its plans may be more than users need, but Tom Harlow, president of the mobile unit of the company says that: "By 2015 the need will be there."',
    actors: [{ name: 'Harbour Telecom', type: 'organization' as const, aliases: [] }, senator],
    expect: [{ text: 'By 2015 the need will be there.', speaker: 'Tom Harlow' }],
  },
  {
    // False positive kept out: a body after a comma that holds no role noun is the subject itself, not an apposition
    // of the person named before the comma.
    rule: 'speaker:subject-before-verb',
    text: 'Harbour Telecom kept its chief for another year. Asked about Tom Harlow, the firm says that: "He will stay."',
    actors: [{ name: 'Harbour Telecom', type: 'organization' as const, aliases: [] }, senator],
    expect: [{ text: 'He will stay.', speaker: 'Harbour Telecom' }],
  },
  {
    // «dismissed claims that …», «denied allegations that …», «rejected suggestions of …»: the words belong to the claim
    // the subject rejects, whose author is not named: no speaker (and not the person who denies them). A possessive
    // names the claim's owner («his claims that»), and a speech verb inside the clause speaks for its own subject.
    rule: 'speaker:none',
    text: 'Tom Harlow has dismissed claims that his housing policy was "a gift to developers." He denied allegations that he had taken "cash for favours" from the firm. He repeated his warnings that the plan was "a disaster." He denied suggestions that he had said the scheme was "dead in the water."',
    actors: [senator],
    expect: [
      { text: 'a gift to developers.', speaker: null },
      { text: 'cash for favours', speaker: null },
      { text: 'a disaster.', speaker: 'Tom Harlow' },
      { text: 'dead in the water.', speaker: 'Tom Harlow' },
    ],
  },
  {
    // «Claims that "offshoring" is to blame are wrong, Ms Bennett says.\n\nThere are "no big differences …" between …»:
    // a longer quote inside a sentence that names nobody and has no speech word goes on with the speech reported at the
    // close of the sentence before (a scare quote in that sentence notwithstanding). A quote right after a determiner
    // names a thing and stays unattributed.
    rule: 'speaker:reported-before',
    text: 'Claims that "offshoring" is to blame for the poor service are wrong, Ms Bennett says.\n\nThere are "no big differences in waiting times and call resolution" between centres in Europe and those in Asia. A "home refund processor kit" was on sale.',
    actors: [mayor],
    expect: [
      { text: 'offshoring', speaker: null },
      { text: 'no big differences in waiting times and call resolution', speaker: 'Laura Bennett' },
      { text: 'home refund processor kit', speaker: null },
    ],
  },
  {
    // «Her critics say it is "…". "…," she added»: plural unnamed sources are not the «she» who speaks next.
    rule: 'speaker:pronoun',
    text: 'Laura Bennett spoke after the talks. In interviews with local papers she said the plan was "the right one." Her critics say it is "a folly." "It will cost us dearly," she added.',
    actors: [mayor],
    expect: [
      { text: 'the right one.', speaker: 'Laura Bennett' },
      { text: 'a folly.', speaker: null },
      { text: 'It will cost us dearly,', speaker: 'Laura Bennett' },
    ],
  },
];

export const counterExamples: readonly QuoteCounterExample[] = [
  { text: 'The "reforms" were passed by parliament last week, said the minister.', why: 'a short quoted term before a closing inverted attribution whose speaker no actor holds: a scare quote, not words' },
  { text: 'The future of the bridge was in question and the council called it a "white elephant" project.', why: '"in question" is a noun; a term before a noun that no speech verb governs' },
  { text: 'The plans were branded a disgrace, and "the Reeve report" was read by Tom Harlow.', why: 'an agent after a quote that no passive speech verb governs', actors: [senator] },
  { text: 'He recorded with saxophonist Dan "Fathead" Rowe and singer Lou "The Voice" Hart in 1960.', why: 'a nickname between a given name and a surname' },
  { text: 'The mayor spoke amid claims that the council is running a "dirty tricks" campaign.', why: '"amid claims": a speech noun after a preposition is no verb; the term before "campaign" is nobody\'s words' },
  { text: 'Tom Harlow has called for a new levee and "flood corridors" along the river.', why: '"called for" a short named thing: a term, not his words', actors: [senator] },
  { text: 'When told the hall was seating "in the round," the senator wanted changes.', why: '"when told": words said to the subject by someone unnamed (a short term then stays out)' },
  {
    text: 'Tom Harlow said on Monday that the council, which has run the harbour since the war and owns most of the land along the river and the old docks, will keep its "golden share" of the company.',
    why: 'a short quoted term more than 24 words after the verb: a scare-quoted term, not his word',
    actors: [senator],
  },
  { text: 'Laura Bennett called on the "old guard" at the club on Friday.', why: '"called on" someone named by a short quoted term: a visit, not speech', actors: [mayor] },
  { text: 'Tom Harlow declined to comment on the "final" offer.', why: 'an infinitive speech verb not introducing the quote', actors: [senator] },
  { text: 'Sales rose thanks to the "summer deal" promotion.', why: '"thanks to" is a preposition' },
  { text: 'The government pressed ahead with its so-called "reforms" despite the protests.', why: 'so-called term' },
  { text: 'He appeared on "Meet the Press" and repeated the claim.', why: 'a Title Case show name' },
  { text: 'She starred in the film "A Quiet Harbour" last year.', why: 'a film title after "film"' },
  { text: 'Laura Bennett called the song "Harbour Lights" her favourite.', why: 'a title in capitals after a calling verb and "song": the song\'s name', actors: [mayor] },
  { text: 'The "efficiency" drive has cost hundreds of jobs this year.', why: 'scare quotes of one word no speech verb governs' },
  {
    text: 'Fighters of the "Northern Front" crossed the border overnight.',
    why: 'quotation marks around an actor name',
    actors: [{ name: 'Northern Front', type: 'group' }],
  },
  { text: "The company's shares fell after the report, and the firm's 'recovery plan' was shelved.", why: 'apostrophes and a scare-quoted term' },
];
