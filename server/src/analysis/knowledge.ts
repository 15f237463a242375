// The knowledge base as the core sees it: people with dated terms of office, and countries.
// The JSON files in server/data/ have exactly these shapes.

/** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where only that much is known. */
export type PartialDate = string;

export interface KbTerm {
  /** Full office name: "President of Russia". */
  office: string;
  /** Title used before a name: "President". */
  title: string;
  /** head_of_state, head_of_government, monarch, pope, governor_general, foreign_minister, defence_minister, org_leader, ... */
  role: string;
  /** ISO 3166-1 alpha-2 code or organisation code (UN, EU, NATO, AFU for the African Union, IMF, WB, WTO, WHO, ECB, FED). */
  country: string;
  start: PartialDate;
  /** null: still in office on the knowledge base's status date. */
  end: PartialDate | null;
}

export interface KbPerson {
  /** Stable slug: "vladimir-putin". */
  id: string;
  name: string;
  /** Other spellings and transliterations, nicknames ("Zelenskyy", "Lula", "MBS"). */
  aliases: string[];
  /** The name used alone after a first mention ("Putin", "Lula", "Xi"). */
  surname: string;
  terms: KbTerm[];
}

export interface KbCountry {
  code: string;
  name: string;
  /** Every name the country goes by, the common one first. */
  names: string[];
  /** Adjectives and demonyms ("Russian", "US", "American"). */
  adjectives: string[];
  kind: 'country' | 'organisation';
}

export interface KnowledgeBase {
  /** The date up to which the base is known to be current. */
  status: string;
  people: KbPerson[];
  countries: KbCountry[];
  /** Lower-case given names beyond the built-in list (server/data/given-names.json). */
  givenNames?: string[];
  /** Lower-case given names mostly given to women, and mostly to men (for "she" and "he"). */
  femaleGivenNames?: string[];
  maleGivenNames?: string[];
}
