import { describe, expect, it } from 'vitest';
import { normalName, parseMeantime } from '../../eval/meantime.js';

// An invented article in MEANTIME's CAT XML shape (headline, dateline, one sentence).
const XML = `<Document doc_name="1_test">
<token t_id="1" sentence="0" number="0">Harbour</token><token t_id="2" sentence="0" number="1">Bank</token><token t_id="3" sentence="0" number="2">cuts</token><token t_id="4" sentence="0" number="3">jobs</token>
<token t_id="5" sentence="1" number="4">May</token><token t_id="6" sentence="1" number="5">02</token><token t_id="7" sentence="1" number="6">,</token><token t_id="8" sentence="1" number="7">2011</token>
<token t_id="9" sentence="2" number="8">Ana</token><token t_id="10" sentence="2" number="9">Ruiz</token><token t_id="11" sentence="2" number="10">said</token><token t_id="12" sentence="2" number="11">on</token><token t_id="13" sentence="2" number="12">Monday</token><token t_id="14" sentence="2" number="13">.</token>
<Markables>
<TIMEX3 m_id="20" functionInDocument="CREATION_TIME" type="DATE" value="2011-05-02"><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/><token_anchor t_id="8"/></TIMEX3>
<TIMEX3 m_id="21" functionInDocument="NONE" type="DATE" value="2011-05-02"><token_anchor t_id="13"/></TIMEX3>
<TIMEX3 m_id="22" functionInDocument="NONE" type="DATE" value="2012"/>
<ENTITY_MENTION m_id="30" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="31" syntactic_type="NAM"><token_anchor t_id="9"/><token_anchor t_id="10"/></ENTITY_MENTION>
<ENTITY m_id="40" ent_type="ORG"/>
<ENTITY m_id="41" ent_type="PER"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="30"/><target m_id="40"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="31"/><target m_id="41"/></REFERS_TO>
</Relations>
</Document>`;

describe('MEANTIME reader', () => {
  it('lays the text out as the corpus text files do and keeps token offsets, timexes and named entities', () => {
    const doc = parseMeantime(XML, 'test')!;
    expect(doc.text).toBe('Harbour Bank cuts jobs\n\nMay 02 , 2011\nAna Ruiz said on Monday .\n');
    expect(doc.dct).toBe('2011-05-02');
    // the implicit timex (no tokens) is left out
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.value])).toEqual([['May 02 , 2011', '2011-05-02'], ['Monday', '2011-05-02']]);
    expect(doc.entities.map((e) => [e.type, [...e.names]])).toEqual([['ORG', ['harbour bank']], ['PER', ['ana ruiz']]]);
  });

  it('compares names without case, full stops, "the" or a possessive', () => {
    expect(normalName('the U.S. \'s')).toBe('us');
    expect(normalName('Apple Inc.')).toBe(normalName('Apple Inc'));
  });
});
