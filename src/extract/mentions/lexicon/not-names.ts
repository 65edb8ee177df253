/**
 * Capitalised words that are never names on their own: months, weekdays, nationalities and faiths,
 * and words that English capitalises at the start of a sentence or in a heading. Lower case.
 */

export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set(
  [
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'farvardin ordibehesht khordad tir mordad shahrivar mehr aban azar dey bahman esfand',
    'muharram safar rajab shaban ramadan ramazan shawwal',
  ]
    .join(' ')
    .split(' '),
);

/** Nationalities, faiths and languages: adjectives, not actors ("Iranian officials", "Shia clerics"). */
export const DEMONYMS: ReadonlySet<string> = new Set(
  [
    'iranian iranians persian persians iraqi iraqis afghan afghans syrian syrians lebanese israeli israelis',
    'palestinian palestinians saudi saudis emirati yemeni yemenis turkish turk turks kurdish kurd kurds',
    'azeri azerbaijani baluch baloch arab arabs arabic egyptian jordanian qatari kuwaiti bahraini omani',
    'pakistani pakistanis indian indians chinese japanese korean russian russians ukrainian ukrainians',
    'american americans british briton britons english french german germans italian spanish dutch',
    'swedish swede swiss austrian belgian danish norwegian finnish polish greek canadian canadians',
    'australian european europeans african western eastern westerner westerners asian latin',
    "muslim muslims islamic shia shiite shiites shi'ite sunni sunnis christian christians jewish jew jews",
    "bahai baha'i bahais zoroastrian armenian armenians assyrian catholic protestant orthodox",
    'english farsi dari pashto urdu hebrew',
    'brazilian brazilians argentine argentinian mexican mexicans colombian venezuelan chilean peruvian',
    'ecuadorean ecuadorian cuban cubans nigerian kenyan ethiopian algerian moroccan tunisian libyan',
    'sudanese somali indonesian malaysian filipino thai vietnamese taiwanese bangladeshi nepali kazakh',
    'uzbek tajik turkmen kyrgyz georgian belarusian hungarian czech slovak romanian bulgarian serbian',
    'croatian bosnian albanian portuguese irish scottish welsh icelandic mongolian soviet',
  ]
    .join(' ')
    .split(' '),
);

/** Words wink may tag as proper nouns that are not names: pronouns, interjections, heading words. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    'a an the this that these those there here it its he she they we i you his her their our my your',
    'and or but nor so yet if then than when while where why how what which who whom whose',
    'in on at by for from to of with without about above below after before during since until',
    'as into onto upon over under between among against through via per',
    'not no yes all any some each every both either neither many much more most few several other',
    'said says say according also however meanwhile moreover still yet',
    'god allah lord',
    'read more related share follow comment comments update updated editor note photo video',
    'north south east west northern southern eastern western central',
  ]
    .join(' ')
    .split(' '),
);

/** Gazetteer names that are ordinary words or usual given names, so never places on their own. */
export const NOT_PLACES: ReadonlySet<string> = new Set(
  [
    'mobile reading bath nice split centre center independence sale orange union liberty hope',
    'march may victoria charlotte florence david eugene marion vernon austin houston jackson lincoln kent',
    'salem columbus hassan ali reza',
    'of the and',
  ]
    .join(' ')
    .split(' '),
);
