/** English actors: capitalised runs, titles, appositives, acronyms, places, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { actors as englishActors } from '../../../src/lang/en/actors.js';
import type { Actor } from '../../../src/types.js';
import { articleActors, find } from '../../helpers/actors.js';

const run = (body: string, headline?: string) => articleActors('en', body, headline);

describe('English people', () => {
  it('keeps honorifics and titles out of the name and merges later short forms', () => {
    const { actors } = run('Vice-President Laura Finch said the plan was fair. Ms Finch added that talks would continue.');
    const p = find(actors, 'Laura Finch');
    expect(p?.type).toBe('person');
    expect(p?.title).toBe('Vice-President');
    expect(p?.aliases).toContain('Finch');
  });

  it('reads an appositive as the title', () => {
    const { actors } = run('Maria Alvarez, a Labour MP, said the vote was close.');
    expect(find(actors, 'Maria Alvarez')?.title).toBe('Labour MP');
  });

  it('drops the possessive from the mention', () => {
    const { text, actors } = run("Senator Tom Reyes criticised the bill. Reyes's office declined to comment.");
    const p = find(actors, 'Tom Reyes');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Tom Reyes', 'Reyes']);
    for (const m of p!.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });

  it('gives a bare surname to the person first introduced with it', () => {
    const { actors } = run('President Ana Costa met voters. Her husband, Luis Costa, stayed home. Costa said the campaign was going well.');
    expect(find(actors, 'Ana Costa')?.aliases).toContain('Costa');
  });

  it('keeps the organisation before a role in the title ("Northwind CEO Dana Whitfield")', () => {
    const { actors } = run('Northwind CEO Dana Whitfield said the deal was done. The Harbour Board chair Tom Reyes agreed.');
    expect(find(actors, 'Dana Whitfield')).toMatchObject({ type: 'person', title: 'Northwind CEO' });
    // (the titled form is an alias of the person, never an actor of its own)
    expect(actors.find((a) => a.name === 'Northwind CEO Dana Whitfield')).toBeUndefined();
    expect(find(actors, 'Dana Whitfield')?.aliases).toContain('Northwind CEO Dana Whitfield');
  });

  it('an organisation and a role with no name after them give no person', () => {
    const { actors } = run('Reporters waited for the Acme Board President to arrive.');
    expect(actors.find((a) => a.type === 'person')).toBeUndefined();
  });

  it('an appositive headed by an organisation noun is not a title ("Statline, the national statistics agency,")', () => {
    const { actors } = run('Figures from Statline, the national statistics agency, showed prices rising. Hugh Hill, a doctor, said so.');
    expect(find(actors, 'Statline')).toMatchObject({ type: 'organization', title: null });
    expect(find(actors, 'Hugh Hill')?.title).toBe('doctor');
  });

  it('keeps nationality adjectives in the title ("Russian President")', () => {
    const { actors } = run('Talks with Russian President Ivan Sokolov ended early, officials said.');
    expect(find(actors, 'Ivan Sokolov')?.title).toBe('Russian President');
  });
});

describe('English organisations, groups and references', () => {
  it('merges an organisation with its acronym', () => {
    const { actors } = run('The World Trade Organization (WTO) met in Geneva. Officials said the WTO would rule soon.');
    const org = find(actors, 'World Trade Organization');
    expect(org?.type).toBe('organization');
    expect(org?.aliases).toContain('WTO');
  });

  it('types parties and plural groups', () => {
    const { actors } = run('The Green Party won seats while Republicans lost ground in the vote.');
    expect(find(actors, 'Green Party')?.type).toBe('organization');
    expect(find(actors, 'Republicans')?.type).toBe('group');
  });

  it('makes "the administration" an actor when no named administration exists', () => {
    const { actors } = run('The administration wants cuts. Critics said the administration had no plan, and the government refused to answer.');
    const org = find(actors, 'the administration');
    expect(org?.type).toBe('organization');
    expect(org?.aliases).toContain('the government');
  });
});

describe('English places', () => {
  it('treats US, U.S. and the United States as one actor', () => {
    const { actors } = run('The United States imposed tariffs. U.S. officials said the US would not back down.');
    const us = actors.filter((a) => a.type === 'location');
    expect(us.length).toBe(1);
    expect(us[0].aliases).toEqual(expect.arrayContaining(['U.S', 'US']));
  });

  it('makes an acting capital an alias of its named country', () => {
    const { actors } = run('Washington warned of sanctions. The United States has long opposed the deal.');
    expect(find(actors, 'United States')?.aliases).toContain('Washington');
  });

  it('keeps a capital that is only a setting apart', () => {
    const { actors } = run('The summit was held in Paris. France hosted twenty leaders.');
    expect(find(actors, 'Paris')).toBeDefined();
    expect(find(actors, 'France')?.aliases ?? []).not.toContain('Paris');
  });
});

describe('English false positives stay out', () => {
  it('does not take sentence-initial common words, months or weekdays', () => {
    const { actors } = run('However, spending rose. Education budgets fell in March. On Monday, markets were calm. Defence costs grew.');
    expect(actors.map((a) => a.name)).toEqual([]);
  });

  it('does not take a title alone or a lone nationality adjective', () => {
    const { actors } = run('A Republican Senator spoke. The Russian delegation left early.');
    expect(actors.map((a) => a.name)).toEqual([]);
  });

  it('does not take products written in camel case or with digits', () => {
    const { actors } = run('The company showed the new PhoneBook and the X5 tablet to reporters.');
    expect(actors.map((a) => a.name)).toEqual([]);
  });

  it.each(englishActors.falsePositives)('%s is never an actor', (word) => {
    const { actors } = run(`Officials met. ${word} was mentioned twice, ${word} again.`);
    expect(actors.find((a) => a.name.toLowerCase() === word)).toBeUndefined();
  });
});

describe('English names the old rules dropped', () => {
  it('keeps a surname that is also a month or modal ("Theresa May"), even when "may" is seen lower case', () => {
    const { actors } = run('Curfews may be used, officials said. Teresa May, the opposition spokeswoman, called the plan weak.');
    expect(find(actors, 'Teresa May')?.type).toBe('person');
  });

  it('keeps a lone place named once after a place preposition', () => {
    const { actors } = run('A new ferry will run between Portwick and Hallmere from June. Traders in Dunmore welcomed the news.');
    for (const place of ['Portwick', 'Hallmere', 'Dunmore']) expect(find(actors, place)?.type).toBe('location');
  });

  it('keeps a firm that leads its sentences and acts ("Brantco has signed … Brantco\'s plant")', () => {
    const { actors } = run('Brantco has signed a deal to build a new plant. Brantco\'s plant will open next year.');
    expect(find(actors, 'Brantco')).toBeDefined();
  });

  it('does not read a capitalised pronoun as a known acronym ("Who" is not the WHO)', () => {
    const { actors } = run('"Who will pay for this?" the minister asked. The WHO said it would help.');
    expect(actors.filter((a) => a.name === 'World Health Organization' || a.name === 'WHO' || a.name === 'Who').map((a) => a.mentions.map((m) => m.text)).flat()).toEqual(['WHO']);
  });

  it('still drops a lone capitalised word seen once doing nothing', () => {
    const { actors } = run('The report praised Fernhill for its schools. Prices rose.');
    expect(find(actors, 'Fernhill')).toBeUndefined();
  });
});

describe('English bare surnames shared by two people', () => {
  it('gives the bare surname to the titled office-holder, not the spouse', () => {
    const { actors } = run('Janet Harlow spoke at the rally. Governor Peter Harlow later said the budget was sound. Harlow added that jobs were up.');
    expect(find(actors, 'Peter Harlow')?.aliases).toContain('Harlow');
    expect(find(actors, 'Janet Harlow')?.aliases ?? []).not.toContain('Harlow');
  });

  it('with no title or count to choose by, gives it to neither and makes no actor of it', () => {
    const { actors } = run('Anna Reyes met Tom Reyes on Friday. Reyes said the meeting went well.');
    expect(find(actors, 'Tom Reyes')?.aliases ?? []).not.toContain('Reyes');
    expect(find(actors, 'Anna Reyes')?.aliases ?? []).not.toContain('Reyes');
    expect(actors.find((a) => a.name === 'Reyes')).toBeUndefined();
  });

  it('prefers the person introduced with a title before the name to one described after it', () => {
    const { actors } = run('Mayor Ines Kowal met Piotr Kowal, a local trader, at the market. Kowal said the city would help.');
    expect(find(actors, 'Ines Kowal')?.aliases).toContain('Kowal');
    expect(find(actors, 'Piotr Kowal')?.aliases ?? []).not.toContain('Kowal');
  });

  it('gives the bare surname to the person the story opens with when a relative is named paragraphs later', () => {
    const { actors } = run('Ines Kowal set out her plan on Monday.\n\nLater Marek Kowal backed it.\n\nKowal said the vote would be close.');
    expect(find(actors, 'Ines Kowal')?.aliases).toContain('Kowal');
  });

  it('gives the bare surname to the one named clearly more often', () => {
    const { actors } = run('Eva Lind spoke first. Eva Lind then took questions. Her brother Jon Lind listened. Lind said the plan was ready.');
    expect(find(actors, 'Eva Lind')?.aliases).toContain('Lind');
  });

  it('still gives a bare surname to the only person who has it', () => {
    const { actors } = run('Janet Harlow spoke in Leeds. Harlow said the vote mattered.');
    expect(find(actors, 'Janet Harlow')?.aliases).toContain('Harlow');
  });

  it('reads a surname with an inner capital as a name, not a product ("McBride", "LeBlanc")', () => {
    const { actors } = run('John McBride, a Republican senator, said the deal was weak. Matt LeBlanc, the actor, agreed.');
    expect(find(actors, 'John McBride')?.type).toBe('person');
    expect(find(actors, 'Matt LeBlanc')?.type).toBe('person');
  });
});

describe('English things and adjectives that are not actors', () => {
  it('drops a capitalised adjective phrase of place before a common noun', () => {
    const { actors } = run('Oil buyers in the Middle Eastern market were cautious. Traders said South East Asian demand was rising.');
    expect(find(actors, 'Middle Eastern')).toBeUndefined();
    expect(find(actors, 'South East Asian')).toBeUndefined();
  });

  it('drops an acronym spelled by the lower-case words before it', () => {
    const { actors } = run('Greenco will ship compressed natural gas (CNG) to Europe. Greenco said CNG prices were falling.');
    expect(find(actors, 'CNG')).toBeUndefined();
    expect(find(actors, 'Greenco')).toBeDefined();
  });

  it('keeps an acronym spelled by a capitalised name before it', () => {
    const { actors } = run('The Federal Housing Agency (FHA) said rates would rise. The FHA added that demand was weak.');
    expect(find(actors, 'Federal Housing Agency')?.aliases).toContain('FHA');
  });
});

describe('English capitals that seat a regional body', () => {
  it('makes Brussels acting an alias of the European Union when the article names it, not of Belgium', () => {
    const { actors } = run('The European Union agreed a new fund. Brussels said the money would flow next year. Belgium welcomed the plan.');
    expect(find(actors, 'European Union')?.aliases).toContain('Brussels');
    expect(find(actors, 'Belgium')?.aliases ?? []).not.toContain('Brussels');
  });
});

describe('English titles with a portfolio', () => {
  it('keeps the portfolio after "for" in the title and the last two words as the name', () => {
    const { actors } = run('European Commissioner for Home Affairs Anna Berg said the fund was ready. Berg added that talks would go on.');
    const p = find(actors, 'Anna Berg');
    expect(p?.title).toBe('European Commissioner for Home Affairs');
    expect(p?.aliases).toContain('Berg');
  });

  it('keeps a middle initial in the name', () => {
    const { actors } = run('Minister for Trade Mary J Blake said exports rose.');
    expect(find(actors, 'Mary J Blake')?.title).toBe('Minister for Trade');
  });
});

describe('English names of things, places and bodies', () => {
  it('keeps titles of works out of the actors: after a work noun, with a number, and where they come back', () => {
    const { actors } = run('Director Ana Ruiz won praise for her documentary Silent Harbour at the festival. The sequel Night Garden 2 opened on Friday. Silent Harbour producer Tom Hale said sales were strong.');
    expect(find(actors, 'Silent Harbour')).toBeUndefined();
    expect(find(actors, 'Night Garden')).toBeUndefined();
    expect(find(actors, 'Tom Hale')?.type).toBe('person');
  });

  it('does not read a named day as an actor', () => {
    const { actors } = run('Shops reported record sales on Boxing Day, and Labour Day parades drew crowds.');
    expect(find(actors, 'Boxing Day')).toBeUndefined();
  });

  it('keeps a camel-case firm that acts, but not a product named by a verb before it', () => {
    const { actors } = run('Shares rose after BrightPath signed a deal with the city. The feature is called QuickShare, and works offline.');
    expect(find(actors, 'BrightPath')?.type).toBe('organization');
    expect(find(actors, 'QuickShare')).toBeUndefined();
  });

  it('keeps an acronym that owns something even when named once', () => {
    const { actors } = run('A fire at XR\'s plant near the river halted production for a day.');
    expect(find(actors, 'XR')?.type).toBe('organization');
  });

  it('reads a place before a place suffix whole, and a name before a lower-case place noun as a place', () => {
    const { actors } = run('Flooding hit Kansas City overnight, while a rail link will join the port city of Karwar with Belgaum district.');
    expect(find(actors, 'Kansas City')?.type).toBe('location');
    expect(find(actors, 'Kansas')).toBeUndefined();
    expect(find(actors, 'Karwar')?.type).toBe('location');
    expect(find(actors, 'Belgaum')?.type).toBe('location');
  });

  it('reads a nationality or country before a state body or a noun of people as one actor', () => {
    const { actors } = run('Officials from the Kenyan government met on Friday. A US government survey showed stocks fell, and Korean shoppers cut spending. Bosnian farmers protested.');
    expect(find(actors, 'Kenyan government')?.type).toBe('organization');
    expect(find(actors, 'US government')?.type).toBe('organization');
    expect(find(actors, 'Korean shoppers')?.type).toBe('group');
    expect(find(actors, 'Bosnian farmers')?.type).toBe('group');
  });

  it('makes a known organisation with a unit noun after it that organisation', () => {
    const { actors } = run('She told BBC Radio on Tuesday that the BBC would not comment.');
    expect(actors.filter((a) => a.name.startsWith('BBC')).length).toBe(1);
  });

  it('keeps "LA" a name, not the connector "la"', () => {
    const { actors } = run('The awards were handed out in LA on Sunday.');
    expect(find(actors, 'LA')).toBeDefined();
  });
});

describe('English organisation names ending in a word also used lower case', () => {
  it('keeps a body named with an organisation head and a common-noun portfolio ("Department for Transport")', () => {
    const { actors } = run('The plan covers transport and housing. The Department for Transport confirmed that the Treasury would fund it, and the UK Treasury agreed.');
    expect(find(actors, 'Department for Transport')?.type).toBe('organization');
    expect(find(actors, 'UK Treasury')?.aliases).toContain('Treasury');
  });
});

describe('English newspapers without an organisation word', () => {
  it('reads «The Mail on Sunday» whole', () => {
    const { actors } = run('The Mail on Sunday reported that the scheme would be approved.');
    expect(find(actors, 'The Mail on Sunday')?.type).toBe('organization');
  });
});

describe('English organisations without an organisation word', () => {
  it('keeps «World Athletics» whole and an organisation', () => {
    const { actors } = run('The head of World Athletics, Sebastian Coe, said the ban would stay. World Athletics will review the case.');
    expect(find(actors, 'World Athletics')?.type).toBe('organization');
    expect(find(actors, 'Athletics')).toBeUndefined();
  });
});

describe('English works named after their maker', () => {
  it('keeps "The …" after a possessive name out of the actors, also where it comes back', () => {
    const { actors } = run("Ana Ruiz's The Long Harbour won best drama. The Long Harbour director Ana Ruiz thanked the crew.");
    expect(find(actors, 'Long Harbour')).toBeUndefined();
    expect(find(actors, 'Ana Ruiz')?.type).toBe('person');
  });
});

describe('English names after nouns that are not works', () => {
  it('keeps a person named right after «game» or «policy»', () => {
    const { actors } = run('After the game Tom Hale said the team had played well. The policy Rita Moss proposed was adopted.');
    expect(find(actors, 'Tom Hale')?.type).toBe('person');
    expect(find(actors, 'Rita Moss')?.type).toBe('person');
  });
});

describe('English countries inside a group and roles that own things', () => {
  it('keeps the country named in "UK voters" as an actor too', () => {
    const { actors } = run('A poll found that UK voters were split over the plan.');
    expect(find(actors, 'UK voters')?.type).toBe('group');
    expect(find(actors, 'UK')?.type).toBe('location');
  });

  it('does not keep a role acronym that owns something ("each MP\'s vote")', () => {
    const { actors } = run("The parties say the matter is left to each MP's vote.");
    expect(find(actors, 'MP')).toBeUndefined();
  });
});

describe('English models, consortia and portfolios without a name after them', () => {
  it('keeps a maker named before a model number an actor elsewhere', () => {
    const { actors } = run('The airline ordered 40 Larkin 520 jets. Larkin said deliveries start next year.');
    expect(find(actors, 'Larkin')?.type).toBe('organization');
  });

  it('keeps a nationality in an organisation name with a consortium head', () => {
    const { actors } = run('Sales fell, the Scottish Retail Consortium said on Monday.');
    expect(find(actors, 'Scottish Retail Consortium')?.type).toBe('organization');
  });

  it('does not make a person of the last words of a portfolio with no name after it', () => {
    const { actors } = run('"Rates are right," said Paul Green, Director General of the Northern Chambers of Commerce (NCC).');
    expect(actors.some((a) => a.name.startsWith('of '))).toBe(false);
    expect(find(actors, 'Paul Green')?.type).toBe('person');
  });
});

describe('English bands and works next to names', () => {
  it('keeps a band whose name ends in «Day» when no time word comes before it', () => {
    const { actors } = run('Among the winners was Blue Day, named top band. Blue Day also took the video prize.');
    expect(find(actors, 'Blue Day')).toBeDefined();
  });

  it('ends a work\'s title after a possessive at «and» or the next possessive', () => {
    const { actors } = run("The show faces competition from Channel Nine's The Late Hour and Ana Ruiz's new sketches.");
    expect(find(actors, 'Ana Ruiz')?.type).toBe('person');
  });
});

describe('English organisation names that look like titles, places or sentence openers', () => {
  it('reads a title word before a head noun as part of an organisation ("General Motors"), and its acronym as an alias', () => {
    const { actors } = run('General Motors said sales fell. Shares of General Motors rose. GM said it would recover.');
    const org = find(actors, 'General Motors');
    expect(org?.type).toBe('organization');
    expect(org?.aliases).toContain('GM');
    expect(actors.find((a) => a.name === 'Motors' || a.name === 'Shares of General Motors')).toBeUndefined();
  });

  it('keeps a title before a personal name ("General Ana Ruiz") and before a department ("Justice Department") apart', () => {
    const { actors } = run('General Ana Ruiz met the Justice Department team. The Harbour Mutual board agreed.');
    expect(find(actors, 'Ana Ruiz')?.title).toBe('General');
    expect(find(actors, 'Justice Department')?.type).toBe('organization');
    expect(find(actors, 'Harbour Mutual')?.type).toBe('organization');
  });

  it('keeps a country inside a bank or airline name ("Bank of Japan", "Air Canada", "China Eastern Airlines")', () => {
    const { actors } = run('Officials said the Bank of Japan would act. Both Air Canada and China Eastern Airlines cut flights to Japan.');
    expect(find(actors, 'Bank of Japan')?.type).toBe('organization');
    expect(find(actors, 'Air Canada')?.type).toBe('organization');
    expect(find(actors, 'China Eastern Airlines')?.type).toBe('organization');
    expect(find(actors, 'Japan')?.type).toBe('location');
    expect(find(actors, 'Eastern Airlines')).toBeUndefined();
  });

  it('keeps "New" in a known place that opens a name ("The New York Times")', () => {
    const { actors } = run('The New York Times reported the deal. Editors at the New York Post agreed.');
    expect(find(actors, 'New York Times')?.type).toBe('organization');
    expect(find(actors, 'York Times')).toBeUndefined();
    expect(find(actors, 'New York Post')).toBeDefined();
  });

  it('keeps "and" inside one body\'s name after "the" but not between two firms', () => {
    const { actors } = run('Shares in the Northern Rail and Freight Company rose. Talks between Brantco and Selwyn Holdings failed, and Brantco left.');
    expect(find(actors, 'Northern Rail and Freight Company')?.type).toBe('organization');
    expect(find(actors, 'Selwyn Holdings')).toBeDefined();
    expect(find(actors, 'Brantco and Selwyn Holdings')).toBeUndefined();
  });

  it('reads "the Bank of …" and "the Government … Office" whole, not as "the bank" or "the government"', () => {
    const { actors } = run('The Government Audit Office said the Bank of Tarnia had erred.');
    expect(find(actors, 'Government Audit Office')?.type).toBe('organization');
    expect(find(actors, 'Bank of Tarnia')?.type).toBe('organization');
    expect(find(actors, 'the government')).toBeUndefined();
  });

  it('drops an opening preposition or adverb ("Unlike Brantco") and never takes a time zone or unit', () => {
    const { actors } = run('Unlike Brantco, Selwyn kept its plants open, Selwyn said. Brantco closed at 14:00 UTC on Monday. Chips run at 3 GHz.');
    expect(actors.find((a) => a.name.startsWith('Unlike'))).toBeUndefined();
    expect(find(actors, 'Brantco')).toBeDefined();
    for (const unit of ['UTC', 'UTC Monday', 'GHz']) expect(find(actors, unit)).toBeUndefined();
  });
});

describe('English names of plans, events, roles and qualified places', () => {
  it('keeps plans, laws, events and indices out of the actors ("Marshall Plan", "National Convention", "Black Monday")', () => {
    const { actors } = run('The Harbour Recovery Plan helped. The Republican National Convention opened in Tampa on Monday. Stocks fell on Black Monday, and the Coastal Games were cancelled.');
    for (const thing of ['Harbour Recovery Plan', 'Republican National Convention', 'National Convention', 'Black Monday', 'Coastal Games']) expect(find(actors, thing)).toBeUndefined();
  });

  it('does not read a committee after a party adjective as a titled person', () => {
    const { actors } = run('The Democratic National Committee met on Friday.');
    expect(find(actors, 'Democratic National Committee')?.type).toBe('organization');
  });

  it('drops a role that closes a run with no name after it, and a role "of" an organisation is no title', () => {
    const { actors } = run('Brantco Chief Executive Officer Dana Reed agreed. Jo Lee, Chief Operating Officer of Selwyn Holdings, left.');
    expect(find(actors, 'Dana Reed')?.title).toBe('Brantco Chief Executive Officer');
    expect(find(actors, 'Selwyn Holdings')).toMatchObject({ type: 'organization', title: null });
    expect(actors.find((a) => /Officer/u.test(a.name))).toBeUndefined();
  });

  it('reads "St." inside a place name and a capitalised particle opening a name mid-sentence', () => {
    const { actors } = run('Plants in St. Louis closed on Friday. She told the magazine Der Blick that the plan had failed, Der Blick said.');
    expect(find(actors, 'St. Louis')?.type).toBe('location');
    expect(find(actors, 'Der Blick')).toBeDefined();
  });

  it('keeps a name particle after a sentence-initial first name ("Jeremy de Souza")', () => {
    const { actors } = run('Maria de Lange, a spokeswoman for the port, said work would resume.');
    expect(find(actors, 'Maria de Lange')?.type).toBe('person');
  });

  it('keeps a common noun\'s possessive inside a name ("People\'s Choice Awards")', () => {
    const { actors } = run("The film won at the Children's Choice Awards, voted for by children at home. The Children's Choice Awards were held in May.");
    expect(find(actors, "Children's Choice Awards")?.type).toBe('organization');
  });

  it('gives a town its state after a comma as an alias, and keeps the state as a setting', () => {
    const { actors } = run('The jet flew from Harlow Falls, Oregon, to a plant in Brantville, Alabama. Harlow Falls officials cheered.');
    expect(find(actors, 'Harlow Falls')?.aliases).toContain('Harlow Falls, Oregon');
    expect(find(actors, 'Brantville')).toMatchObject({ type: 'location', aliases: ['Brantville, Alabama'] });
    expect(find(actors, 'Oregon')?.type).toBe('location');
  });

  it('does not join a list of countries as a town and its country', () => {
    const { actors } = run('Talks in Germany, France and Italy stalled.');
    expect(actors.map((a) => a.name).sort()).toEqual(['France', 'Germany', 'Italy']);
  });
});

describe('English lone names with support from their sentence', () => {
  it('keeps a lone name listed with other names, and one that is the subject of a past-tense verb', () => {
    const { actors } = run('Talks with the three carmakers, Brantco, Selwyn and Harbour Motors, failed. Later the agency Nordpress reported the news.');
    expect(find(actors, 'Brantco')).toBeDefined();
    expect(find(actors, 'Selwyn')).toBeDefined();
    expect(find(actors, 'Nordpress')).toBeDefined();
  });

  it('does not read an opening adverb before the comma as a listed name, nor a lower-case "-ed" adjective after a non-name', () => {
    const { actors } = run('However, rates rose. The report praised Dunmore for its schools, and Fernhill residents seemed pleased.');
    expect(find(actors, 'However')).toBeUndefined();
    expect(find(actors, 'Dunmore')).toBeUndefined();
  });
});

describe('English names that end in a title word or run into an acronym', () => {
  it('keeps a surname that is a title word ("Martin Luther King") and a body named "of Justice"', () => {
    const { actors } = run('Markets closed in honour of Peter Paul King on Monday. The trial began in the High Courts of Justice on Monday.');
    expect(find(actors, 'Peter Paul King')?.type).toBe('person');
    expect(find(actors, 'High Courts of Justice')?.type).toBe('organization');
  });

  it('makes the acronym of an event a thing as well ("Harbour Developers Conference (HDC)")', () => {
    const { actors } = run('He spoke at the Harbour Developers Conference (HDC) in May, and the HDC drew crowds.');
    expect(find(actors, 'HDC')).toBeUndefined();
  });

  it('does not list a pair joined by "and" alone, nor a common noun in a list', () => {
    const { actors } = run('The Harlow and Fenwick index fell. Analysts said Maintenance, Repair and Overhaul work would grow, and repair costs rose.');
    expect(find(actors, 'Harlow')).toBeUndefined();
    expect(find(actors, 'Repair')).toBeUndefined();
  });
});

describe('English firms joined by "and" or "&", with legal forms and acronyms', () => {
  it('joins a name opened by a nationality over "and" and merges its acronym without the closing head', () => {
    const { actors } = run('Its parent company European Rail Freight and Storage Company (ERFS) won the bid. Later, ERFS said it would hire.');
    expect(find(actors, 'European Rail Freight and Storage Company')?.aliases).toContain('ERFS');
  });

  it('reads "&" between capitalised words as one firm', () => {
    const { actors } = run('Shares in Harlow & Penn rose after Harlow & Penn said profits grew.');
    expect(find(actors, 'Harlow & Penn')?.type).toBe('organization');
  });

  it('reads a legal form as an organisation head ("Brantco NV", "Selwyn AG")', () => {
    const { actors } = run('Brantco NV bought a stake in Selwyn AG on Monday.');
    expect(find(actors, 'Brantco NV')?.type).toBe('organization');
    expect(find(actors, 'Selwyn AG')?.type).toBe('organization');
  });
});

describe('English bodies and things named with a complement', () => {
  it('keeps a department whose last word the article also writes in lower case ("Department for Transport")', () => {
    const { actors } = run('The new transport plan is ready, the Department for Transport said. Officials at the Treasury agreed, the Treasury said.');
    expect(find(actors, 'Department for Transport')?.type).toBe('organization');
    expect(find(actors, 'Treasury')?.type).toBe('organization');
  });

  it('reads a bill or treaty with its complement as a thing, and the place inside it as no actor', () => {
    const { actors } = run('Ministers will bring a Bill for Harbour Rail to Parliament. The Treaty of Tarnia was signed in Paris in May.');
    expect(find(actors, 'Bill for Harbour Rail')).toBeUndefined();
    expect(find(actors, 'Treaty of Tarnia')).toBeUndefined();
    expect(find(actors, 'Tarnia')).toBeUndefined();
  });
});

describe('English periods, stores, numbered wars and adjectives of place', () => {
  it('keeps a presidency, a store and a numbered war out of the actors', () => {
    const { actors } = run('Fears of a World War Three grew during the Harlow Presidency, and sales at the Game Store rose.');
    for (const thing of ['World War Three', 'Harlow Presidency', 'Game Store']) expect(find(actors, thing)).toBeUndefined();
  });

  it('does not take a one-word adjective of place before a common noun', () => {
    const { actors } = run('Asian markets fell on Monday, and the Tarnian plant closed, officials said.');
    expect(find(actors, 'Asian')).toBeUndefined();
    expect(find(actors, 'Tarnian')).toBeUndefined();
  });
});

describe('English firm names with legal forms, camel case and opening adjectives', () => {
  it('ends a firm\'s name at its legal form ("Brantco LLC Dana Reed")', () => {
    const { actors } = run('"Sales will grow," said the chairman of Brantco LLC Dana Reed on Friday.');
    expect(find(actors, 'Brantco LLC')?.type).toBe('organization');
    expect(find(actors, 'Dana Reed')?.type).toBe('person');
  });

  it('keeps a camel-case name with a head noun as a firm ("SkyLink Airways")', () => {
    const { actors } = run('Boeing delivered the last jet to SkyLink Airways in May.');
    expect(find(actors, 'SkyLink Airways')?.type).toBe('organization');
  });

  it('keeps "Old" or "New" capitalised mid-sentence in the name, and reads a name before "airport" as a place', () => {
    const { actors } = run('The best performer was the Old Harbour insurance company. A jet landed at Fenwick airport on Monday.');
    expect(find(actors, 'Old Harbour')).toBeDefined();
    expect(find(actors, 'Fenwick')?.type).toBe('location');
  });
});

describe('English subjects that open sentences', () => {
  it('keeps a singular name before a verb of saying at the start of a sentence, not a plural, a body or a pronoun', () => {
    const { actors } = run('Nordpress reported the news on Monday. Analysts said prices would rise. Police said nobody was hurt. Everyone said it was over.');
    expect(find(actors, 'Nordpress')).toBeDefined();
    for (const word of ['Analysts', 'Police', 'Everyone']) expect(find(actors, word)).toBeUndefined();
  });

  it('keeps a firm whose name holds a known region, and drops an American-style adjective phrase', () => {
    const { actors } = run('Officials at Brantco North America said so. Selwyn cut its North American operations, Selwyn said.');
    expect(find(actors, 'Brantco North America')?.type).toBe('organization');
    expect(find(actors, 'North American')).toBeUndefined();
    expect(find(actors, 'America')).toBeUndefined();
  });
});

describe('English award bodies', () => {
  it('reads a possessive of a people noun inside an awards name, and merges the shorter form', () => {
    const { actors } = run("The film won at the US Viewers Choice Awards on Sunday. Nominees for the Viewers Choice Awards were picked by a panel. Voters at the People's Film Awards agreed.");
    expect(find(actors, 'Viewers Choice Awards')?.type).toBe('organization');
    expect(find(actors, "People's Film Awards")?.type).toBe('organization');
  });
});

describe('English firms, streets, clubs and party titles', () => {
  it('reads a name after "shares in" as a firm, not a place, and a name with an acronym as a body', () => {
    const { actors } = run('Shares in Harlow-Penn rose 3%. Harlow-Penn said orders were strong. Fenwick TSB cut jobs, Fenwick TSB said.');
    expect(find(actors, 'Harlow-Penn')?.type).toBe('organization');
    expect(find(actors, 'Fenwick TSB')?.type).toBe('organization');
  });

  it('reads streets as places, football clubs as bodies and a party before a role as part of the title', () => {
    const { actors } = run('A Downing Street spokesman said talks went well. Leeds United beat Chelsea on Saturday. Tory leader Ann Lee spoke in Leeds.');
    expect(find(actors, 'Downing Street')?.type).toBe('location');
    expect(find(actors, 'Leeds United')?.type).toBe('organization');
    expect(find(actors, 'Ann Lee')?.title).toBe('Tory leader');
  });
});

describe('English owners of roles and bodies named "International"', () => {
  it('keeps a name whose possessive governs a role, even opening a sentence ("Brantco\'s chief executive")', () => {
    const { actors } = run("Brantco's chief executive, Dana Reed, said profits rose.");
    expect(find(actors, 'Brantco')).toBeDefined();
    expect(find(actors, 'Dana Reed')?.type).toBe('person');
  });

  it('reads "International" as closing a body\'s name and "head" as a role before a name', () => {
    const { actors } = run('In a statement, Harbour Aid International said so. Demand was strong, said agency head Omar Tal.');
    expect(find(actors, 'Harbour Aid International')?.type).toBe('organization');
    expect(find(actors, 'Omar Tal')?.title).toBe('head');
  });
});

describe('English camel-case firms opening sentences', () => {
  it('keeps a camel-case name that opens a sentence and acts in the past tense, not a product', () => {
    const { actors } = run('BrightPath posted a loss on Monday. The feature is called QuickShare. Won Lee said so.');
    expect(find(actors, 'BrightPath')?.type).toBe('organization');
    expect(find(actors, 'QuickShare')).toBeUndefined();
    expect(find(actors, 'Won Lee')?.type).toBe('person');
  });

  it('does not read a sentence-initial common noun before a past tense as a name', () => {
    const { actors } = run('Profit jumped in May. Inflation slowed, and demand rose.');
    expect(actors.map((a) => a.name)).toEqual([]);
  });
});

describe('English departments, party titles and national firms', () => {
  it('joins a department\'s portfolio over "and" when its words are common nouns, but not two bodies', () => {
    const { actors } = run('The fishing industry is worried, the Department of Harbours and Fishing said. The Bank of Tarnia and Selwyn Holdings agreed.');
    expect(find(actors, 'Department of Harbours and Fishing')?.type).toBe('organization');
    expect(find(actors, 'Bank of Tarnia')).toBeDefined();
    expect(find(actors, 'Selwyn Holdings')).toBeDefined();
  });

  it('reads "Lib Dem" before a name as a title and a nationality before common words as a body', () => {
    const { actors } = run('Lib Dem Ann Lee attacked the plan. Under the contracts, British Harbour Fuels must pay, as the harbour trade knows. Russian Ivan Sokolov won.');
    expect(find(actors, 'Ann Lee')?.title).toBe('Lib Dem');
    expect(find(actors, 'British Harbour Fuels')?.type).toBe('organization');
    expect(find(actors, 'Ivan Sokolov')?.title).toBe('Russian');
  });
});

describe('English rosters and sports roles', () => {
  it('does not make actors of a roster of bare surnames', () => {
    const { actors } = run('Harbour side: Reyes; Kowal, Lind, Berg, Hale; Costa, Finch.\n\nThe match ended late.');
    for (const name of ['Kowal', 'Lind', 'Berg', 'Hale', 'Costa', 'Finch']) expect(find(actors, name)).toBeUndefined();
  });

  it('reads sports roles and "former" before a name as the title, not the name', () => {
    const { actors } = run('The goal came from striker Ana Ruiz. Former winger Tom Hale watched from the stands.');
    expect(find(actors, 'Ana Ruiz')?.title).toBe('striker');
    expect(find(actors, 'Tom Hale')?.title).toBe('Former winger');
  });
});

describe('English compound adjectives and titles with complements', () => {
  it('drops a hyphenated adjective opening a run ("Paris-based Brantco Holdings")', () => {
    const { actors } = run('Paris-based Brantco Holdings said profits rose. Analysts at Harbour-owned Selwyn Bank agreed.');
    expect(find(actors, 'Brantco Holdings')?.type).toBe('organization');
    expect(find(actors, 'Selwyn Bank')?.type).toBe('organization');
    expect(actors.find((a) => a.name.includes('-based') || a.name.includes('-owned'))).toBeUndefined();
  });

  it('does not read a title word with a complement after it as a titled person ("Lord of the Harbours")', () => {
    const { actors } = run('Fans queued for Lord of the Harbours tickets on Friday.');
    expect(actors.find((a) => a.type === 'person')).toBeUndefined();
  });
});

describe('English short forms of firms', () => {
  it('merges a firm named without its head nouns or legal form, or by its first word', () => {
    const { actors } = run('Brantco Motor Company said it would cut jobs. Brantco said shares fell. Selwyn Group LLC and Selwyn agreed. Harlow Penn Holdings Inc said Harlow would hire.');
    expect(find(actors, 'Brantco Motor Company')?.aliases).toContain('Brantco');
    expect(find(actors, 'Selwyn Group LLC')?.aliases).toContain('Selwyn');
    expect(find(actors, 'Harlow Penn Holdings Inc')?.aliases).toContain('Harlow');
  });

  it('merges a firm named first by its opening words with its later full name', () => {
    const { actors } = run('Kestrel Bank agreed to merge with Tarnow Vale. The offer from Tarnow Vale Capital Group values the lender at two billion dollars.');
    const firm = find(actors, 'Tarnow Vale Capital Group');
    expect(firm?.type).toBe('organization');
    expect(firm?.aliases).toContain('Tarnow Vale');
    expect(actors.filter((a) => a.name === 'Tarnow Vale')).toEqual([]);
  });

  it('keeps a person apart from a body named after them, and one a pronoun shows to be a person', () => {
    const { actors } = run('Police questioned Elena Marsh Ortiz on Monday. The Elena Marsh Ortiz Foundation declined to comment. Later Dario Venn said he had sold Dario Venn Holdings years ago.');
    expect(find(actors, 'Elena Marsh Ortiz')?.type).toBe('person');
    expect(find(actors, 'Elena Marsh Ortiz Foundation')?.aliases ?? []).not.toContain('Elena Marsh Ortiz');
    expect(find(actors, 'Dario Venn')?.type).toBe('person');
  });

  it('reads a name ending in "Financial" after a possessive as one firm', () => {
    const { actors } = run("Japan's Kiyora Senbu Financial has withdrawn its offer for the insurer.");
    expect(find(actors, 'Kiyora Senbu Financial')?.type).toBe('organization');
  });

  it('keeps a country apart from its government', () => {
    const { actors } = run('The US government said the US would act. A US report agreed.');
    expect(find(actors, 'US government')?.aliases ?? []).not.toContain('US');
    expect(find(actors, 'US')?.type).toBe('location');
  });
});

describe('English makers and their models', () => {
  it('keeps a maker named before a model number as a firm elsewhere, and the model name as a thing', () => {
    const { actors } = run('Brantco said the Brantco 787 Skyrunner flew on Tuesday. The Skyrunner seats 250 people, Brantco said.');
    expect(find(actors, 'Brantco')?.type).toBe('organization');
    expect(find(actors, 'Skyrunner')).toBeUndefined();
  });

  it('reads a name after a model number the text gives its maker elsewhere as a product', () => {
    const { actors } = run('Brantco showed the new 787 Skyrunner at its plant on Monday. The Brantco 787 will fly next year, and the 787 "Windhover" will follow.');
    expect(find(actors, 'Skyrunner')).toBeUndefined();
    expect(find(actors, 'Windhover')).toBeUndefined();
    expect(find(actors, 'Brantco')?.type).toBe('organization');
  });

  it('keeps a firm after a count or a year as an actor', () => {
    const { actors } = run('Kestrel Air ordered the Brantco 787 in March. In 2009 Orvane Holdings bought 150 Selwyn jets, and Selwyn said demand was strong.');
    expect(find(actors, 'Orvane Holdings')?.type).toBe('organization');
    expect(find(actors, 'Selwyn')).toBeDefined();
  });

  it('reads a name closed by a model word as a product', () => {
    const { actors } = run('Orvane said the Lumina Pro laptop and the Pocket Nano player would go on sale in June.');
    expect(find(actors, 'Lumina Pro')).toBeUndefined();
    expect(find(actors, 'Pocket Nano')).toBeUndefined();
    expect(find(actors, 'Orvane')).toBeDefined();
  });

  it('reads a name of two or more words before a device noun as a product, and keeps the maker', () => {
    const { actors } = run('Orvane said future Orvane Lumina computers will use Kestrel Core Duo processors from next year.');
    expect(find(actors, 'Orvane Lumina')).toBeUndefined();
    expect(find(actors, 'Kestrel Core Duo')).toBeUndefined();
    expect(find(actors, 'Orvane')?.type).toBe('organization');
  });

  it('keeps a firm with a head noun before a device noun', () => {
    const { actors } = run('Selwyn Electronics laptops sold well in the spring.');
    expect(find(actors, 'Selwyn Electronics')?.type).toBe('organization');
  });

  it('still reads a title with a small number after it as a work wherever it comes back', () => {
    const { actors } = run('The sequel Night Garden 2 opened on Friday. Night Garden fans queued, and Night Garden sold out.');
    expect(find(actors, 'Night Garden')).toBeUndefined();
  });
});

describe('English venues with their town', () => {
  it('reads a venue written with its known town as a place, the longer form an alias', () => {
    const { actors } = run('Orvane showed its phone at the Harbour Arena in San Francisco, California on Monday. Crowds filled the Harbour Arena.');
    const venue = find(actors, 'Harbour Arena');
    expect(venue?.type).toBe('location');
    expect(venue?.aliases).toContain('Harbour Arena in San Francisco, California');
    expect(find(actors, 'San Francisco')?.type).toBe('location');
  });

  it('leaves a venue followed by a street or an unknown word as it was', () => {
    const { actors } = run('Staff at the Civic Centre in London Road went on strike, the Civic Centre said.');
    expect(find(actors, 'Civic Centre')?.aliases ?? []).not.toContain('Civic Centre in London');
  });
});

describe('English operators of numbered flights', () => {
  it('reads the name before a numbered flight as the airline, an organisation', () => {
    const { actors } = run('Investigators studied the loss of Tarnow Air Flight 574 and of Kestrel Indonesia Flight 200 last year.');
    expect(find(actors, 'Tarnow Air')?.type).toBe('organization');
    expect(find(actors, 'Kestrel Indonesia')?.type).toBe('organization');
    expect(actors.some((a) => /Flight/u.test(a.name))).toBe(false);
  });
});

describe('English products of lower-case camel-case brands', () => {
  it('reads a word continuing a lower-case camel-case brand as its product', () => {
    const { actors } = run('Orvane said the iSkate Classic would stay on sale alongside the new model.');
    expect(find(actors, 'Classic')).toBeUndefined();
    expect(find(actors, 'Orvane')?.type).toBe('organization');
  });
});

describe('English things that look like names: documents, agreements, quoted works, devices, currencies', () => {
  it('reads a quoted title after a work noun as a work, whatever its inner words', () => {
    const { actors } = run('Tom Hale wrote the book “Losing Ground: How Farmers Lost the Valley Market” last year. Hale said it sold well.');
    expect(find(actors, 'Tom Hale')?.type).toBe('person');
    expect(actors.map((a) => a.name).filter((n) => /Farmers|Valley|Losing/u.test(n))).toEqual([]);
  });

  it('keeps a person named after an unquoted work noun phrase that has ended ("the book, Tom Hale said")', () => {
    const { actors } = run('The book was a success, Tom Hale said on Monday. Hale thanked readers.');
    expect(find(actors, 'Tom Hale')?.type).toBe('person');
  });

  it('reads names ending in an agreement word as things, and their initials too', () => {
    const { actors } = run('Talks on the Northern Trade Partnership stalled on Friday. Critics of the NTP said the Harbour Accord was better. The Valdor Deal also failed.');
    expect(actors.map((a) => a.name)).toEqual([]);
  });

  it('joins an agreement name over "and" ("the Coastal Trade and Fisheries Partnership")', () => {
    const { actors } = run('Ministers praised the Coastal Trade and Fisheries Partnership at the meeting.');
    expect(actors.map((a) => a.name)).toEqual([]);
  });

  it('reads an acronym before a document head as the document ("the KESTA Treaty … KESTA")', () => {
    const { actors } = run('The KESTA Treaty was signed on Monday. Opponents of KESTA marched in Ottawa.');
    expect(find(actors, 'KESTA')).toBeUndefined();
    expect(find(actors, 'Ottawa')?.type).toBe('location');
  });

  it('keeps an organisation before an event head ("the APEC Summit … APEC said")', () => {
    const { actors } = run('Leaders met at the APEC Summit in Lima. APEC said trade would grow.');
    expect(find(actors, 'APEC')?.type).toBe('organization');
  });

  it('leaves no place named inside an agreement name, but keeps the place acting', () => {
    const { actors } = run('The London Agreement still holds, officials said. London said it would host the talks.');
    expect(find(actors, 'London Agreement')).toBeUndefined();
    expect(find(actors, 'London')?.type).toBe('location');
    const alone = run('Negotiators defended the Paris Agreement on Tuesday.');
    expect(find(alone.actors, 'Paris')).toBeUndefined();
  });

  it('reads a name given to a device in apposition as a product, and a longer name holding it too', () => {
    const { actors } = run('Orvane said its new console, the Zeta, would launch in May. Critics preferred the Orvane Zeta to rival machines, and the Zeta sold out.');
    expect(find(actors, 'Orvane')?.type).toBe('organization');
    expect(actors.map((a) => a.name).filter((n) => /Zeta/u.test(n))).toEqual([]);
  });

  it('a country naming a currency is no actor; the same country acting is', () => {
    expect(run('The firm paid US$40 million, or about 30 million US dollars, for the plant.').actors.map((a) => a.name)).toEqual([]);
    expect(find(run('The plant cost US$40 million. The US said it would review the sale.').actors, 'US')?.type).toBe('location');
  });

  it('skips the section labels of archived articles', () => {
    const { actors } = run('ABSTRACT.\n\nThe mayor resigned on Monday.\n\nFULL TEXT.\n\nMayor Jo Kerr resigned on Monday, aides said.');
    expect(actors.map((a) => a.name)).toEqual(['Jo Kerr']);
  });
});

describe('English names around titles and organisations', () => {
  it('reads a given name that is also a thing head after a title ("President Bill Clinton")', () => {
    const { actors } = run('Money went to former President Bill Clinton and his foundation. Mr. Clinton denied wrongdoing.');
    const p = find(actors, 'Bill Clinton');
    expect(p?.title).toBe('former President');
    expect(p?.aliases).toContain('Clinton');
  });

  it('does not read a thing after a title word as a person ("the President Cup", "the Energy Bill")', () => {
    const { actors } = run('Fans filled the stadium for the President Cup final. The Energy Bill passed on Monday.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('reads "President-elect" as a title, and a title never crosses a full stop', () => {
    const { actors } = run('President-elect Ana Ruiz met the outgoing leader. She praised the President-elect. The Harbour Treaty was not discussed.');
    expect(find(actors, 'Ana Ruiz')?.title).toBe('President-elect');
    expect(actors.some((a) => /Harbour/u.test(a.name))).toBe(false);
  });

  it('keeps the preposition of a body\'s head in its name ("Council on Foreign Relations")', () => {
    const { actors } = run('Dana Reyes of the Council on Urban Affairs said rents were rising. The council on Friday asked for data.');
    expect(find(actors, 'Council on Urban Affairs')?.type).toBe('organization');
    expect(find(actors, 'Dana Reyes')?.type).toBe('person');
    expect(find(actors, 'Urban Affairs')).toBeUndefined();
  });

  it('keeps one name over "of the" when it opens with a head or a single word ("Bank of the West")', () => {
    const { actors } = run('The Bank of the West said profits rose. The Museum of the Moving Image reopened.');
    expect(find(actors, 'Bank of the West')?.type).toBe('organization');
  });
});

describe('English titled forms as aliases', () => {
  it('lists the name with the title written before it as an alias', () => {
    const { actors } = run('Russian President Ivan Sokolov met Mayor Jo Kerr. Sokolov said the talks went well.');
    expect(find(actors, 'Ivan Sokolov')?.aliases).toEqual(expect.arrayContaining(['Russian President Ivan Sokolov', 'Sokolov']));
    expect(find(actors, 'Jo Kerr')?.aliases).toContain('Mayor Jo Kerr');
  });

  it('does not list an appositive description as a titled form', () => {
    const { actors } = run('Maria Alvarez, a Labour MP, said the vote was close.');
    expect(find(actors, 'Maria Alvarez')?.aliases ?? []).toEqual([]);
  });
});

describe('English groups, led bodies and examples of a kind', () => {
  it('reads a group word opening a sentence as the group ("Democrats said")', () => {
    const { actors } = run('Democrats said the plan was too costly. Voters agreed.');
    expect(find(actors, 'Democrats')?.type).toBe('group');
    expect(find(actors, 'Voters')).toBeUndefined();
  });

  it('reads "the <name> campaign" as an organisation apart from the person', () => {
    const { actors } = run('Dana Kestrel won the primary. Aides in the Kestrel campaign celebrated, and the Kestrel administration-in-waiting met.');
    expect(find(actors, 'Kestrel campaign')?.type).toBe('organization');
    expect(find(actors, 'Dana Kestrel')?.type).toBe('person');
    expect(find(actors, 'Dana Kestrel')?.aliases ?? []).not.toContain('Kestrel campaign');
  });

  it('leaves the bare surname to the person, not to the body the person leads', () => {
    const { actors } = run('Dana Kestrel spoke in Ohio. The Kestrel campaign said it raised money. Kestrel said she was pleased.');
    expect(find(actors, 'Kestrel campaign')?.aliases ?? []).not.toContain('Kestrel');
    expect(find(actors, 'Dana Kestrel')?.aliases).toContain('Kestrel');
  });

  it('does not make a body of a possessive or of a campaign without "the" ("Kestrel\'s campaign", "a Kestrel campaign")', () => {
    const { actors } = run("Dana Kestrel spoke. Kestrel's campaign grew, and a Kestrel campaign event followed.");
    expect(actors.filter((a) => a.type === 'organization')).toEqual([]);
  });

  it('keeps a name given as an example of bodies ("groups like Greenpeace", "firms such as Orvane")', () => {
    const { actors } = run('The plan was opposed by activist groups like Leafwatch which held rallies. Contracts went to firms such as Orvane last year.');
    expect(find(actors, 'Leafwatch')?.type).toBe('organization');
    expect(find(actors, 'Orvane')?.type).toBe('organization');
  });

  it('does not keep a lone capitalised word after "like" without a plural noun of people or bodies', () => {
    const { actors } = run('He played music like Jazzland and read novels such as Dune.');
    expect(actors.map((a) => a.name)).toEqual([]);
  });
});

describe('English name boundaries', () => {
  it('ends a personal name before "of" and the body after it ("Craig Holman of Public Citizen")', () => {
    const { actors } = run('Dana Holt of Harbour Watch said the rules were weak. Jo Kerr of the Tenants Forum agreed.');
    expect(find(actors, 'Dana Holt')?.type).toBe('person');
    expect(find(actors, 'Harbour Watch')).toBeDefined();
    expect(find(actors, 'Jo Kerr')?.type).toBe('person');
    expect(actors.some((a) => / of /u.test(a.name))).toBe(false);
  });

  it('keeps one name over "of" after a head, a place or one word ("Royal Bank of Scotland", "Bank of America")', () => {
    const { actors } = run('The Royal Bank of Scotland and the Bank of America said profits rose. The United States of America agreed.');
    expect(find(actors, 'Royal Bank of Scotland')).toBeDefined();
    expect(find(actors, 'Bank of America')).toBeDefined();
    expect(find(actors, 'United States of America')).toBeDefined();
  });

  it('does not carry an initial across a paragraph break', () => {
    const { actors } = run('Shares rose after the bid for AT&T.\n\nWhat happens next is unclear, AT&T said.');
    expect(actors.map((a) => a.name)).toEqual(['AT&T']);
  });

  it('reads no name in a lone hyphenated adjective ("the Harbour-based group")', () => {
    const { actors } = run('The Kestrel-based group said it would sue.');
    expect(actors.map((a) => a.name)).toEqual([]);
  });

  it('reads "Major" and "General" as titles only when capitalised', () => {
    const { actors } = run('He was a major Dana Holt donor. Major Tom Hale led the unit, and General Ana Ruiz agreed.');
    expect(find(actors, 'Dana Holt')?.title ?? null).toBeNull();
    expect(find(actors, 'Tom Hale')?.title).toBe('Major');
    expect(find(actors, 'Ana Ruiz')?.title).toBe('General');
  });

  it('leaves a bare surname to the person, not to a foundation named after the family', () => {
    const { actors } = run('The Alan Reed Foundation paid Senator Mia Reed. Reed said the money was returned.');
    expect(find(actors, 'Alan Reed Foundation')?.aliases ?? []).not.toContain('Reed');
  });
});

describe('English roles between a body and a person (wt-en-actors3)', () => {
  it('splits a body of two words or more, a capitalised role and a full name into the body and the titled person', () => {
    const { actors } = run('Harbour Trust Chief Executive Nadia Okafor said the plan was late. Okafor spoke in Leeds.');
    expect(find(actors, 'Harbour Trust')?.type).toBe('organization');
    expect(find(actors, 'Nadia Okafor')).toMatchObject({ type: 'person', title: 'Chief Executive' });
    expect(actors.find((a) => /Executive Nadia/u.test(a.name))).toBeUndefined();
  });

  it('does so after a body with a connector and before two-word roles', () => {
    const b = run('Bank of Westmarch Governor Lena Sorb spoke on Monday. Sorb said rates would hold.').actors;
    expect(find(b, 'Bank of Westmarch')?.type).toBe('organization');
    expect(find(b, 'Lena Sorb')?.title).toBe('Governor');
    const m = run('Yesterday the Northvale Rail Managing Director Ian Cobb said trains were late.').actors;
    expect(find(m, 'Ian Cobb')?.title).toBe('Managing Director');
    expect(m.find((a) => /Managing/u.test(a.name))).toBeUndefined();
  });

  it('keeps all-title runs, one-word firms before a role and the middle of a longer role as they were', () => {
    const s = run('Shadow Home Secretary Jane Dorsey spoke. Dorsey left.').actors;
    expect(find(s, 'Jane Dorsey')?.title).toBe('Shadow Home Secretary');
    const c = run('Brantco Chief Executive Officer Dana Reed agreed.').actors;
    expect(find(c, 'Dana Reed')?.title).toBe('Brantco Chief Executive Officer');
    expect(c.find((a) => a.name === 'Brantco Chief')).toBeUndefined();
    // a title word closing a name with no full name after it
    const k = run('Martin Luther King Jr spoke in the hall.').actors;
    expect(find(k, 'Martin Luther King Jr')).toBeDefined();
  });
});

describe('English Title Case headings (wt-en-actors3)', () => {
  it('ends a known full name before the heading\'s ordinary capitalised words', () => {
    const { actors } = run('Rosa Tembe said the plan was late.\n\nRosa Tembe Praised Local Growers\n\nTembe spoke in Leeds on Monday.');
    expect(find(actors, 'Rosa Tembe')?.type).toBe('person');
    expect(actors.find((a) => /Praised|Growers/u.test(a.name))).toBeUndefined();
  });

  it('keeps a longer name in running text, and a body named after the person in a heading', () => {
    const s = run('Rosa Tembe spoke. Rosa Tembe Clarke, her cousin, agreed.').actors;
    expect(find(s, 'Rosa Tembe Clarke')).toBeDefined();
    const f = run('Rosa Tembe spoke.\n\nRosa Tembe Foundation Opens\n\nThe foundation opened.').actors;
    expect(f.find((a) => /Foundation/u.test(a.name))).toBeDefined();
  });
});

describe('English party-and-state tags (wt-en-actors3)', () => {
  it('reads no actor in "D-Ohio", "R-N.Y.", "(I-New Hampshire)" after a politician\'s name', () => {
    for (const body of [
      'Senator Lena Marsh, D-N.Y., said the bill failed. Marsh voted no.',
      'Senator Lena Marsh, D-N.Y. The bill failed on Monday.',
      'Senator Lena Marsh, R-Ohio, said the bill failed.',
      'Rep. Carl Ames (I-New Hampshire) voted yes. Ames left.',
      'Rep. Carl Ames (R-TX) voted yes.',
    ]) {
      const { actors } = run(body);
      expect(actors.map((a) => a.name), body).toEqual(expect.arrayContaining([expect.stringMatching(/Marsh|Ames/u)]));
      expect(actors.find((a) => /^[DRI]-|^N\b|^Y\.|Hampshire|^Ohio$|^TX$/u.test(a.name)), body).toBeUndefined();
    }
  });

  it('leaves a state named in its own right, and a tag-like word not after a comma', () => {
    const { actors } = run('Lena Marsh flew to Ohio on Monday. Voters in New Hampshire waited.');
    expect(find(actors, 'Ohio')).toBeDefined();
    expect(find(actors, 'New Hampshire')).toBeDefined();
  });
});

describe('English appositives naming a kind of body (wt-en-actors3)', () => {
  it('types a name described as "a charity", "a supermarket chain" as an organisation with no title', () => {
    const a = run('Mentorwell Plus, a charity, warned on Monday. Mentorwell Plus said costs rose.').actors;
    expect(find(a, 'Mentorwell Plus')).toMatchObject({ type: 'organization' });
    expect(find(a, 'Mentorwell Plus')?.title ?? null).toBeNull();
    const b = run('On Monday Bramble Foods, a supermarket chain, said prices rose.').actors;
    expect(find(b, 'Bramble Foods')?.type).toBe('organization');
  });

  it('keeps a person described by a role that only mentions a body', () => {
    const a = run('Ann Cole, a charity worker, said so. Cole left.').actors;
    expect(find(a, 'Ann Cole')).toMatchObject({ type: 'person', title: 'charity worker' });
  });
});
