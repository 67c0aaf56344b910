/**
 * International organisations and groups, with CAMEO-style codes.
 *
 * Convention: "IGO" + the region or parent body + the organisation: the UN is IGOUNO and its
 * organs and agencies extend it (IGOUNOSC, IGOUNOWHO, IGOUNOHCR); regional bodies carry a region
 * (IGOEUREEC the EU, IGOAFRAFU the African Union, IGOWAFECW ECOWAS, IGOSEAASN ASEAN, IGOEUROSC the
 * OSCE, IGOWSTNAT NATO); global bodies their own short tag (IGOIMF, IGOWBK, IGOWTO, IGOG20).
 * Codes the leader tables use for IGO heads (IGOUNO, IGOWSTNAT, IGOEUREEC, ...) are kept as they
 * are. Bodies of an organisation that are a parliament or a court keep the organisation's code
 * and add the sector (IGOEUREECLEG). Non-governmental organisations are "NGO" + a tag, kind
 * "group". Every name is matched as written when it is a single word (acronyms: "UN" not "un",
 * "WHO" not "who"); longer names in any case. Vague references ("the alliance", "the bloc") are
 * left to coreference.
 */
export interface Organisation {
  code: string;
  entity: string;
  names: readonly string[];
  /**
   * Names that stand for the organisation only when no country comes just before them: "the
   * Security Council" is the UN's, "Russia's Security Council" is not.
   */
  bareNames?: readonly string[];
  sector?: string;
  kind: 'igo' | 'group';
}

export const IGOS: readonly Organisation[] = [
  // The UN and its organs, agencies, funds and missions.
  { code: 'IGOUNO', entity: 'United Nations', names: ['United Nations', 'UN', 'U.N.', 'UNO'], kind: 'igo' },
  {
    code: 'IGOUNOSC',
    entity: 'UN Security Council',
    names: ['UN Security Council', 'U.N. Security Council', 'United Nations Security Council', 'UNSC'],
    bareNames: ['Security Council'],
    kind: 'igo',
  },
  {
    code: 'IGOUNOGA',
    entity: 'UN General Assembly',
    names: ['UN General Assembly', 'U.N. General Assembly', 'United Nations General Assembly', 'UNGA'],
    bareNames: ['General Assembly'],
    kind: 'igo',
  },
  {
    code: 'IGOUNOSG',
    entity: 'UN Secretary-General',
    names: ['UN Secretary-General', 'UN Secretary General', 'U.N. Secretary-General', 'U.N. Secretary General', 'United Nations Secretary-General'],
    kind: 'igo',
  },
  {
    code: 'IGOUNOWHO',
    entity: 'World Health Organization',
    names: ['World Health Organization', 'World Health Organisation', 'WHO'],
    kind: 'igo',
  },
  { code: 'IGOUNOIAEA', entity: 'International Atomic Energy Agency', names: ['International Atomic Energy Agency', 'IAEA'], kind: 'igo' },
  {
    code: 'IGOUNOHCR',
    entity: 'UN High Commissioner for Refugees',
    names: [
      'UNHCR',
      'UN High Commissioner for Refugees',
      'United Nations High Commissioner for Refugees',
      'UN refugee agency',
      'U.N. refugee agency',
      'UN Refugee Agency',
    ],
    kind: 'igo',
  },
  {
    code: 'IGOUNOCEF',
    entity: "UN Children's Fund",
    names: ['UNICEF', 'Unicef', "United Nations Children's Fund", "UN Children's Fund", "U.N. Children's Fund"],
    kind: 'igo',
  },
  { code: 'IGOUNOWFP', entity: 'World Food Programme', names: ['World Food Programme', 'World Food Program', 'WFP'], kind: 'igo' },
  {
    code: 'IGOUNOHRC',
    entity: 'UN Human Rights Council',
    names: ['UN Human Rights Council', 'U.N. Human Rights Council', 'United Nations Human Rights Council', 'UNHRC'],
    bareNames: ['Human Rights Council'],
    kind: 'igo',
  },
  {
    code: 'IGOUNOHCHR',
    entity: 'UN High Commissioner for Human Rights',
    names: ['OHCHR', 'UN High Commissioner for Human Rights', 'UN human rights office', 'U.N. human rights office', 'UN Human Rights Office'],
    kind: 'igo',
  },
  { code: 'IGOUNODP', entity: 'UN Development Programme', names: ['UN Development Programme', 'United Nations Development Programme', 'UNDP'], kind: 'igo' },
  { code: 'IGOUNOEP', entity: 'UN Environment Programme', names: ['UN Environment Programme', 'United Nations Environment Programme', 'UNEP'], kind: 'igo' },
  {
    code: 'IGOUNOFAO',
    entity: 'Food and Agriculture Organization',
    names: ['Food and Agriculture Organization', 'Food and Agriculture Organisation', 'FAO'],
    kind: 'igo',
  },
  { code: 'IGOUNOESC', entity: 'UNESCO', names: ['UNESCO', 'Unesco'], kind: 'igo' },
  {
    code: 'IGOUNOILO',
    entity: 'International Labour Organization',
    names: ['International Labour Organization', 'International Labor Organization', 'International Labour Organisation', 'ILO'],
    kind: 'igo',
  },
  { code: 'IGOUNORWA', entity: 'UNRWA', names: ['UNRWA', 'UN Relief and Works Agency', 'United Nations Relief and Works Agency'], kind: 'igo' },
  {
    code: 'IGOUNOCHA',
    entity: 'UN Office for the Coordination of Humanitarian Affairs',
    names: ['OCHA', 'UN Office for the Coordination of Humanitarian Affairs', 'UN humanitarian office', 'U.N. humanitarian office'],
    kind: 'igo',
  },
  {
    code: 'IGOUNOICJ',
    entity: 'International Court of Justice',
    names: ['International Court of Justice', 'ICJ', 'World Court'],
    sector: 'JUD',
    kind: 'igo',
  },
  {
    code: 'IGOUNOIOM',
    entity: 'International Organization for Migration',
    names: ['International Organization for Migration', 'International Organisation for Migration', 'IOM'],
    kind: 'igo',
  },
  { code: 'IGOUNOICAO', entity: 'International Civil Aviation Organization', names: ['International Civil Aviation Organization', 'ICAO'], kind: 'igo' },
  { code: 'IGOUNOPKO', entity: 'UN peacekeeping mission', names: ['UNIFIL', 'MONUSCO', 'MINUSMA', 'UNMISS', 'MINUSCA', 'UNFICYP', 'UNDOF'], kind: 'igo' },
  {
    code: 'IGOOPCW',
    entity: 'Organisation for the Prohibition of Chemical Weapons',
    names: ['Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons', 'OPCW'],
    kind: 'igo',
  },
  // Money and trade.
  { code: 'IGOIMF', entity: 'International Monetary Fund', names: ['International Monetary Fund', 'IMF'], kind: 'igo' },
  { code: 'IGOWBK', entity: 'World Bank', names: ['World Bank', 'World Bank Group'], kind: 'igo' },
  {
    code: 'IGOWTO',
    entity: 'World Trade Organization',
    names: ['World Trade Organization', 'World Trade Organisation', 'WTO'],
    kind: 'igo',
  },
  {
    code: 'IGOOECD',
    entity: 'Organisation for Economic Co-operation and Development',
    names: ['OECD', 'Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'],
    kind: 'igo',
  },
  { code: 'IGOASAADB', entity: 'Asian Development Bank', names: ['Asian Development Bank', 'ADB'], kind: 'igo' },
  { code: 'IGOAFRADB', entity: 'African Development Bank', names: ['African Development Bank', 'AfDB'], kind: 'igo' },
  { code: 'IGOAIIB', entity: 'Asian Infrastructure Investment Bank', names: ['Asian Infrastructure Investment Bank', 'AIIB'], kind: 'igo' },
  {
    code: 'IGOEBRD',
    entity: 'European Bank for Reconstruction and Development',
    names: ['European Bank for Reconstruction and Development', 'EBRD'],
    kind: 'igo',
  },
  { code: 'IGOEUREECECB', entity: 'European Central Bank', names: ['European Central Bank', 'ECB'], sector: 'BUS', kind: 'igo' },
  {
    code: 'IGOOPEC',
    entity: 'Organization of the Petroleum Exporting Countries',
    names: ['OPEC', 'Opec', 'Organization of the Petroleum Exporting Countries', 'Organisation of the Petroleum Exporting Countries'],
    kind: 'igo',
  },
  { code: 'IGOIEA', entity: 'International Energy Agency', names: ['International Energy Agency', 'IEA'], kind: 'igo' },
  // Europe.
  { code: 'IGOEUREEC', entity: 'European Union', names: ['European Union', 'EU', 'E.U.'], kind: 'igo' },
  {
    code: 'IGOEUREEC',
    entity: 'European Commission',
    names: ['European Commission', 'EU Commission', 'European Council', 'Council of the European Union', 'EU Council'],
    kind: 'igo',
  },
  { code: 'IGOEUREECLEG', entity: 'European Parliament', names: ['European Parliament', 'EU Parliament'], sector: 'LEG', kind: 'igo' },
  {
    code: 'IGOEUREECJUD',
    entity: 'Court of Justice of the European Union',
    names: ['Court of Justice of the European Union', 'European Court of Justice', 'EU Court of Justice', 'CJEU'],
    sector: 'JUD',
    kind: 'igo',
  },
  {
    code: 'IGOEUROSC',
    entity: 'Organization for Security and Co-operation in Europe',
    names: [
      'OSCE',
      'Organization for Security and Co-operation in Europe',
      'Organization for Security and Cooperation in Europe',
      'Organisation for Security and Co-operation in Europe',
    ],
    kind: 'igo',
  },
  { code: 'IGOCOE', entity: 'Council of Europe', names: ['Council of Europe'], kind: 'igo' },
  {
    code: 'IGOCOEJUD',
    entity: 'European Court of Human Rights',
    names: ['European Court of Human Rights', 'ECHR', 'ECtHR'],
    sector: 'JUD',
    kind: 'igo',
  },
  { code: 'IGOEURV4', entity: 'Visegrad Group', names: ['Visegrad Group', 'Visegrad Four', 'V4'], kind: 'igo' },
  { code: 'IGOEUROPOL', entity: 'Europol', names: ['Europol'], sector: 'COP', kind: 'igo' },
  { code: 'IGOEURFRX', entity: 'Frontex', names: ['Frontex'], kind: 'igo' },
  // Security alliances.
  {
    code: 'IGOWSTNAT',
    entity: 'NATO',
    names: ['NATO', 'Nato', 'N.A.T.O.', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance', 'Atlantic Alliance'],
    kind: 'igo',
  },
  { code: 'IGOCSTO', entity: 'Collective Security Treaty Organization', names: ['CSTO', 'Collective Security Treaty Organization', 'Collective Security Treaty Organisation'], kind: 'igo' },
  {
    code: 'IGOSCO',
    entity: 'Shanghai Cooperation Organisation',
    names: ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'Shanghai Co-operation Organisation'],
    kind: 'igo',
  },
  { code: 'IGOAUKUS', entity: 'AUKUS', names: ['AUKUS', 'Aukus'], kind: 'igo' },
  // Former Soviet space.
  { code: 'IGOCIS', entity: 'Commonwealth of Independent States', names: ['Commonwealth of Independent States', 'CIS'], kind: 'igo' },
  { code: 'IGOEAEU', entity: 'Eurasian Economic Union', names: ['Eurasian Economic Union', 'EAEU', 'EEU', 'Eurasian Union'], kind: 'igo' },
  { code: 'IGOUNIONSTATE', entity: 'Union State of Russia and Belarus', names: ['Union State of Russia and Belarus', 'Union State'], kind: 'igo' },
  // Africa.
  { code: 'IGOAFRAFU', entity: 'African Union', names: ['African Union', 'AU', 'A.U.', 'African Union Commission'], kind: 'igo' },
  { code: 'IGOAFROAU', entity: 'Organisation of African Unity', names: ['Organisation of African Unity', 'Organization of African Unity', 'OAU'], kind: 'igo' },
  { code: 'IGOWAFECW', entity: 'Economic Community of West African States', names: ['ECOWAS', 'Ecowas', 'Economic Community of West African States'], kind: 'igo' },
  { code: 'IGOSAFSADC', entity: 'Southern African Development Community', names: ['SADC', 'Southern African Development Community'], kind: 'igo' },
  { code: 'IGOEAFEAC', entity: 'East African Community', names: ['East African Community', 'EAC'], kind: 'igo' },
  { code: 'IGOEAFIGAD', entity: 'Intergovernmental Authority on Development', names: ['IGAD', 'Intergovernmental Authority on Development'], kind: 'igo' },
  // Asia and the Pacific.
  {
    code: 'IGOSEAASN',
    entity: 'Association of Southeast Asian Nations',
    names: ['ASEAN', 'Asean', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations', 'Association of South-East Asian Nations'],
    kind: 'igo',
  },
  { code: 'IGOAPEC', entity: 'Asia-Pacific Economic Cooperation', names: ['APEC', 'Apec', 'Asia-Pacific Economic Cooperation', 'Asia Pacific Economic Cooperation'], kind: 'igo' },
  { code: 'IGOSASSAARC', entity: 'South Asian Association for Regional Cooperation', names: ['SAARC', 'South Asian Association for Regional Cooperation'], kind: 'igo' },
  { code: 'IGOPIF', entity: 'Pacific Islands Forum', names: ['Pacific Islands Forum'], kind: 'igo' },
  // Middle East and the Muslim world.
  { code: 'IGOARL', entity: 'Arab League', names: ['Arab League', 'League of Arab States'], kind: 'igo' },
  {
    code: 'IGOGCC',
    entity: 'Gulf Cooperation Council',
    names: ['GCC', 'Gulf Cooperation Council', 'Gulf Co-operation Council', 'Cooperation Council for the Arab States of the Gulf'],
    kind: 'igo',
  },
  {
    code: 'IGOOIC',
    entity: 'Organisation of Islamic Cooperation',
    names: ['OIC', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'Organization of the Islamic Conference', 'Organisation of the Islamic Conference'],
    kind: 'igo',
  },
  // The Americas.
  { code: 'IGOOAS', entity: 'Organization of American States', names: ['OAS', 'Organization of American States', 'Organisation of American States'], kind: 'igo' },
  { code: 'IGOSAMMRC', entity: 'Mercosur', names: ['Mercosur', 'MERCOSUR', 'Mercosul'], kind: 'igo' },
  { code: 'IGOLAMCELAC', entity: 'Community of Latin American and Caribbean States', names: ['CELAC', 'Community of Latin American and Caribbean States'], kind: 'igo' },
  { code: 'IGOCARICOM', entity: 'Caribbean Community', names: ['CARICOM', 'Caricom', 'Caribbean Community'], kind: 'igo' },
  // Clubs of states.
  { code: 'IGOG7', entity: 'Group of Seven', names: ['G7', 'G-7', 'Group of Seven', 'Group of 7'], kind: 'igo' },
  { code: 'IGOG8', entity: 'Group of Eight', names: ['G8', 'G-8', 'Group of Eight'], kind: 'igo' },
  { code: 'IGOG20', entity: 'Group of 20', names: ['G20', 'G-20', 'Group of 20', 'Group of Twenty'], kind: 'igo' },
  { code: 'IGOG77', entity: 'Group of 77', names: ['G77', 'G-77', 'Group of 77'], kind: 'igo' },
  { code: 'IGOBRICS', entity: 'BRICS', names: ['BRICS', 'Brics'], kind: 'igo' },
  { code: 'IGONAM', entity: 'Non-Aligned Movement', names: ['Non-Aligned Movement', 'Nonaligned Movement', 'NAM'], kind: 'igo' },
  { code: 'IGOCWN', entity: 'Commonwealth of Nations', names: ['Commonwealth of Nations', 'Commonwealth Secretariat'], kind: 'igo' },
  // Law enforcement and courts.
  { code: 'IGOINT', entity: 'Interpol', names: ['Interpol', 'INTERPOL', 'International Criminal Police Organization'], sector: 'COP', kind: 'igo' },
  { code: 'IGOICC', entity: 'International Criminal Court', names: ['International Criminal Court', 'ICC'], sector: 'JUD', kind: 'igo' },
  // Non-governmental organisations.
  {
    code: 'NGOICRC',
    entity: 'International Committee of the Red Cross',
    names: ['International Committee of the Red Cross', 'ICRC', 'Red Cross', 'International Red Cross', 'Red Crescent'],
    kind: 'group',
  },
  { code: 'NGOAMN', entity: 'Amnesty International', names: ['Amnesty International', 'Amnesty'], sector: 'HRI', kind: 'group' },
  { code: 'NGOHRW', entity: 'Human Rights Watch', names: ['Human Rights Watch', 'HRW'], sector: 'HRI', kind: 'group' },
  {
    code: 'NGOMSF',
    entity: 'Médecins Sans Frontières',
    names: ['Médecins Sans Frontières', 'Medecins Sans Frontieres', 'Doctors Without Borders', 'MSF'],
    sector: 'HLH',
    kind: 'group',
  },
  { code: 'NGORSF', entity: 'Reporters Without Borders', names: ['Reporters Without Borders', 'Reporters Sans Frontières'], sector: 'MED', kind: 'group' },
  { code: 'NGOGRP', entity: 'Greenpeace', names: ['Greenpeace'], sector: 'ENV', kind: 'group' },
  { code: 'NGOTRI', entity: 'Transparency International', names: ['Transparency International'], kind: 'group' },
  { code: 'NGOOXF', entity: 'Oxfam', names: ['Oxfam'], kind: 'group' },
];
