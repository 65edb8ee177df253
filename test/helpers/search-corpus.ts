/**
 * A fictional corpus for search parity between engines: invented people, places and outlets in the
 * style of the first real corpus (officials quoted through state media, contested figures, names
 * spelled in more than one way, acronyms, possessives, decimals, web addresses).
 */
export interface CorpusArticle {
  key: string;
  title: string | null;
  byline: string | null;
  text: string;
}

export const SEARCH_CORPUS: CorpusArticle[] = [
  {
    key: 'darvishi-warns',
    title: 'Guards commander Qasem Darvishi warns of reprisals',
    byline: 'Leila Farahani',
    text: [
      'Qasem Darvishi, a commander of the Islamic Revolutionary Guard Corps (IRGC), said on Tuesday that any',
      'attack on the port of Bandar Kesh would meet a "crushing response".',
      '',
      'Darvishi spoke in an interview with the state broadcaster, his first since his appointment in March.',
    ].join('\n'),
  },
  {
    key: 'protesters-killed',
    title: 'Protesters killed in Sarvestan, rights group says',
    byline: 'Omid Kazemi',
    text: [
      'Over 1,500 protesters were killed in the crackdown that followed the fuel-price rise, according to the',
      'Sarvestan Human Rights Monitor. The government put the figure at 200.',
      '',
      'The group said it had the names of 1,116 of the dead.',
    ].join('\n'),
  },
  {
    key: 'ministry-disputes',
    title: 'Interior ministry disputes casualty figures',
    byline: null,
    text: [
      'A senior official at the interior ministry said the figure of 1,500 dead was "fabricated" by foreign media.',
      '',
      'The official, who asked not to be named, said 1.5 percent of detainees had been released on bail and that',
      'the protests had been organised from abroad.',
    ].join('\n'),
  },
  {
    key: 'ally-arrested',
    title: 'Ahmadi-Nejad ally arrested in Tabriz',
    byline: 'Sara Mousavi',
    text: [
      'Mehdi Rostami, a close ally of former president Ahmadi-Nejad, was arrested in Tabriz on Sunday, the',
      "judiciary's news agency reported. Rostami's lawyer said the charges were political.",
    ].join('\n'),
  },
  {
    key: 'aides-investigated',
    title: "Opposition outlet: former president's aides under investigation",
    byline: 'Staff writer',
    text: [
      'Three aides of former president Ahmadi Nejad are under investigation for the misuse of public funds,',
      'the opposition outlet Sedaye Azad reported, citing a judiciary source.',
    ].join('\n'),
  },
  {
    key: 'harbour-floods',
    title: 'Heavy rain floods Bandar Kesh harbour',
    byline: 'Weather desk',
    text: 'Heavy rain flooded the harbour at Bandar Kesh on Wednesday. Fishing boats stayed in port all week.',
  },
  {
    key: 'fishermen-strike',
    title: 'Fishermen strike at Bandar Kesh',
    byline: 'Leila Farahani',
    text: [
      'Fishermen walked out on Monday over unpaid wages. The strike closed the harbour, said Javad Rahimi,',
      'who leads the fishermen of Bandar Kesh. Striking crews blocked the quay with their boats.',
    ].join('\n'),
  },
  {
    key: 'tabriz-football',
    title: 'Tabriz club wins the football cup final',
    byline: 'Sports desk',
    text: 'A late goal gave the Tabriz club its first cup in a decade. Fans celebrated in the streets of Tabriz.',
  },
  {
    key: 'executions-rise',
    title: 'Executions rise sharply, says UN rapporteur',
    byline: 'Omid Kazemi',
    text: [
      'Hangings rose by a third last year, the UN special rapporteur said, naming 88 executions in Sarvestan',
      'province alone. The judiciary rejected the report as "politically motivated".',
    ].join('\n'),
  },
  {
    key: 'envoy-meets',
    title: 'U.S. envoy meets Foreign Minister Javad Karimi',
    byline: 'Sara Mousavi',
    text: [
      'The U.S. envoy met Foreign Minister Javad Karimi in Muscat, the state news agency irna.ir reported.',
      'Karimi called the talks "useful" and said a second round would follow in June.',
    ].join('\n'),
  },
  {
    key: 'long-review',
    title: 'A year in review',
    byline: 'Editorial board',
    text: [
      'It was a year of floods, strikes and trials. In January the currency fell again, and in February',
      'the price of bread doubled in most provinces. In spring, farmers in the south marched on the',
      'provincial capitals to demand water. The summer brought power cuts and the closure of schools.',
      '',
      'In the autumn the protests spread from Sarvestan to a dozen cities. The government blamed foreign',
      'media; rights groups counted the dead. Through it all the courts were busy, and by December the',
      'prisons were full. A rapporteur of the United Nations asked to visit and was refused.',
      '',
      'Few expect the coming year to be calmer. The harbour workers of the south have promised to strike',
      'again in March if wages are not paid.',
    ].join('\n'),
  },
  {
    key: 'kazemi-profile',
    title: 'The reporter who counts the dead',
    byline: 'Nasrin Jafari',
    text: [
      'Omid Kazemi has spent ten years recording deaths in custody. His lists, kept in plain spreadsheets,',
      'are cited by rights groups abroad. Kazemi says he has never been inside a courtroom.',
    ].join('\n'),
  },
];

/**
 * Queries a researcher would type, each with the hits expected, best first, in tiers. The engines
 * rank differently (BM25 in SQLite, cover density in PostgreSQL) but weigh the same evidence: title
 * over byline over text (8 : 2 : 1), more matches over fewer, short documents over long ones. A tier
 * holds documents with equal evidence (the same words in the same fields as often), which either
 * engine may order either way; between tiers the order is the same on both.
 */
export const PARITY_QUERIES: Array<{ query: string; hits: string[][] }> = [
  { query: 'Darvishi', hits: [['darvishi-warns']] },
  { query: 'strike', hits: [['fishermen-strike'], ['long-review']] },
  { query: 'fishermen', hits: [['fishermen-strike']] },
  { query: 'Bandar Kesh', hits: [['harbour-floods'], ['fishermen-strike'], ['darvishi-warns']] },
  { query: '"Bandar Kesh" harbour', hits: [['harbour-floods'], ['fishermen-strike']] },
  { query: 'harbour', hits: [['harbour-floods'], ['fishermen-strike'], ['long-review']] },
  { query: '"1,500"', hits: [['ministry-disputes', 'protesters-killed']] },
  { query: '1.5', hits: [['ministry-disputes']] },
  { query: 'Ahmadi-Nejad', hits: [['ally-arrested'], ['aides-investigated']] },
  { query: '"Ahmadi Nejad"', hits: [['ally-arrested'], ['aides-investigated']] },
  { query: 'Ahmadi*', hits: [['ally-arrested'], ['aides-investigated']] },
  { query: 'Tabriz', hits: [['tabriz-football'], ['ally-arrested']] },
  { query: 'Tabriz -football', hits: [['ally-arrested']] },
  { query: 'executions OR hangings', hits: [['executions-rise']] },
  { query: 'Kazemi', hits: [['executions-rise', 'kazemi-profile', 'protesters-killed']] },
  { query: 'rapporteur', hits: [['executions-rise'], ['long-review']] },
  { query: 'Sarvestan', hits: [['protesters-killed'], ['executions-rise'], ['long-review']] },
  { query: 'Karimi OR Rahimi', hits: [['envoy-meets'], ['fishermen-strike']] },
  { query: 'Javad', hits: [['envoy-meets'], ['fishermen-strike']] },
  { query: 'U.S.', hits: [['envoy-meets']] },
  { query: 'irna', hits: [['envoy-meets']] },
  { query: 'IRGC', hits: [['darvishi-warns']] },
  { query: 'judiciary', hits: [['aides-investigated', 'ally-arrested', 'executions-rise']] },
  { query: 'protest*', hits: [['protesters-killed'], ['ministry-disputes'], ['long-review']] },
  // Stemming makes -protesters exclude "protests" too.
  { query: 'dead -protesters', hits: [['kazemi-profile']] },
  {
    query: 'killed OR dead',
    hits: [['protesters-killed'], ['kazemi-profile'], ['ministry-disputes'], ['long-review']],
  },
  { query: 'Farahani', hits: [['darvishi-warns', 'fishermen-strike']] },
  { query: 'Guards commander', hits: [['darvishi-warns']] },
  { query: 'foreign media', hits: [['ministry-disputes'], ['long-review']] },
  { query: 'Muscat OR Tabriz -club', hits: [['envoy-meets', 'ally-arrested']] },
  { query: 'wages', hits: [['fishermen-strike'], ['long-review']] },
];
