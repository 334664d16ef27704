/**
 * Name parts for the benchmark corpus, grouped by naming culture. People are built by combining
 * them, so the corpus holds thousands of different, made-up people. Deliberately generic: common
 * given names and surnames, no real politicians' full names.
 */

export interface NameCulture {
  given: readonly string[];
  family: readonly string[];
  /** The family name is written first ("Wang Lei"), as in Chinese and Korean. */
  familyFirst?: boolean;
}

export const NAME_CULTURES = {
  english: {
    given: ['James', 'Sarah', 'Michael', 'Emily', 'David', 'Laura', 'Thomas', 'Rachel', 'Daniel', 'Helen', 'Andrew', 'Claire', 'Mark', 'Fiona', 'Peter', 'Grace', 'Robert', 'Alice', 'Stephen', 'Megan', 'Jonathan', 'Kate'],
    family: ['Whitfield', 'Harrington', 'Caldwell', 'Ashby', 'Pemberton', 'Lockhart', 'Fairbanks', 'Radley', 'Holloway', 'Thornton', 'Blackwood', 'Kendall', 'Merriweather', 'Oakley', 'Prescott', 'Sutcliffe', 'Winslow', 'Hargreaves', 'Bramwell', 'Coventry', 'Langford', 'Marsden'],
  },
  french: {
    given: ['Camille', 'Julien', 'Élodie', 'Mathieu', 'Sophie', 'Antoine', 'Chloé', 'Nicolas', 'Margaux', 'Olivier', 'Amélie', 'Laurent', 'Céline', 'Guillaume', 'Hélène', 'Benoît'],
    family: ['Delacroix', 'Marchand', 'Lefebvre', 'Rousseau', 'Girard', 'Fontaine', 'Chevalier', 'Mercier', 'Dubois', 'Lambert', 'Moreau', 'Garnier', 'Perrin', 'Renaud', 'Vasseur', 'Barbier'],
  },
  german: {
    given: ['Katrin', 'Jörg', 'Annika', 'Matthias', 'Sabine', 'Florian', 'Ute', 'Tobias', 'Heike', 'Stefan', 'Birgit', 'Lukas', 'Franziska', 'Ralf', 'Jana', 'Henrik'],
    family: ['Brandauer', 'Köhler', 'Weidmann', 'Hartmann', 'Lindqvist', 'Vogel', 'Schäfer', 'Brenner', 'Kessler', 'Neumann', 'Roth', 'Zimmer', 'Falkenberg', 'Strobel', 'Winter', 'Baumgart'],
  },
  nordic: {
    given: ['Ingrid', 'Lars', 'Sigrid', 'Erik', 'Astrid', 'Nils', 'Freya', 'Magnus', 'Liv', 'Anders', 'Solveig', 'Henrik', 'Maja', 'Johan'],
    family: ['Lindgren', 'Haugland', 'Bergström', 'Virtanen', 'Dahl', 'Sandvik', 'Holmberg', 'Nyström', 'Eklund', 'Solberg', 'Korhonen', 'Aaltonen', 'Strand', 'Lunde'],
  },
  southern: {
    given: ['Giulia', 'Marco', 'Lucía', 'Javier', 'Francesca', 'Alessandro', 'Carmen', 'Diego', 'Ines', 'Pedro', 'Elena', 'Nikos', 'Sofia', 'Tiago', 'Beatriz', 'Matteo'],
    family: ['Moretti', 'Castellano', 'Ferreira', 'Romano', 'Delgado', 'Esposito', 'Navarro', 'Papadakis', 'Oliveira', 'Bianchi', 'Serrano', 'Conti', 'Morales', 'Carvalho', 'Galanis', 'Ricci'],
  },
  slavic: {
    given: ['Olena', 'Dmitri', 'Katarzyna', 'Andrei', 'Irina', 'Pavel', 'Marta', 'Bogdan', 'Natalia', 'Tomasz', 'Svetlana', 'Oleksandr', 'Milena', 'Yuri', 'Agnieszka', 'Igor'],
    family: ['Kovalenko', 'Sokolov', 'Nowak', 'Petrenko', 'Volkova', 'Horvat', 'Lebedev', 'Wiśniewski', 'Bondarenko', 'Novak', 'Kuznetsova', 'Zielinski', 'Marchenko', 'Orlov', 'Dvořák', 'Tkachenko'],
  },
  chinese: {
    familyFirst: true,
    given: ['Wei', 'Fang', 'Lei', 'Min', 'Jing', 'Hao', 'Yan', 'Tao', 'Xiaoming', 'Lihua', 'Jianguo', 'Yuqing', 'Zhiwei', 'Haiyan', 'Guoqiang', 'Meiling'],
    family: ['Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Sun', 'Gao', 'Lin', 'Guo', 'Luo', 'Song', 'Tang'],
  },
  korean: {
    familyFirst: true,
    given: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Dong-hyun', 'Soo-jin', 'Jae-won', 'Eun-ji', 'Sung-min', 'Hye-jin'],
    family: ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han'],
  },
  japanese: {
    given: ['Haruto', 'Yui', 'Takeshi', 'Aiko', 'Kenji', 'Sakura', 'Hiroshi', 'Naoko', 'Daisuke', 'Emi', 'Kazuo', 'Mariko'],
    family: ['Tanaka', 'Suzuki', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Matsuda', 'Inoue', 'Hayashi', 'Shimizu', 'Mori', 'Fujita'],
  },
  arabic: {
    given: ['Omar', 'Layla', 'Youssef', 'Fatima', 'Khalid', 'Noura', 'Tariq', 'Rania', 'Hassan', 'Amira', 'Karim', 'Salma', 'Faisal', 'Huda', 'Samir', 'Dina'],
    family: ['Haddad', 'Mansour', 'Khoury', 'Nasser', 'Saleh', 'Hamdan', 'Rahimi', 'Aziz', 'Farouk', 'Qasim', 'Darwish', 'Bakri', 'Said', 'Jaber', 'Karam', 'Tamimi'],
  },
  turkic: {
    given: ['Emre', 'Zeynep', 'Murat', 'Elif', 'Aidos', 'Aigerim', 'Timur', 'Dilnoza', 'Serkan', 'Aruzhan', 'Bekzat', 'Gulnara'],
    family: ['Yilmaz', 'Demir', 'Kaya', 'Sahin', 'Nurlanov', 'Abenova', 'Karimov', 'Usmanova', 'Celik', 'Ismailov', 'Akhmetova', 'Ozturk'],
  },
  persian: {
    given: ['Dariush', 'Shirin', 'Reza', 'Maryam', 'Kaveh', 'Nasrin', 'Bijan', 'Parisa', 'Farhad', 'Leila'],
    family: ['Tehrani', 'Moradi', 'Jafari', 'Sadeghi', 'Karimi', 'Hosseini', 'Rostami', 'Ahmadi', 'Bagheri', 'Shirazi'],
  },
  southAsian: {
    given: ['Arjun', 'Priya', 'Rahul', 'Ananya', 'Vikram', 'Meera', 'Sanjay', 'Kavita', 'Imran', 'Ayesha', 'Rohan', 'Deepa', 'Nikhil', 'Farah', 'Suresh', 'Lakshmi'],
    family: ['Sharma', 'Iyer', 'Chatterjee', 'Malhotra', 'Reddy', 'Qureshi', 'Banerjee', 'Kapoor', 'Siddiqui', 'Nair', 'Mehta', 'Chaudhry', 'Rao', 'Desai', 'Pillai', 'Haque'],
  },
  southeastAsian: {
    given: ['Nguyen', 'Siti', 'Anh', 'Budi', 'Somchai', 'Maria', 'Dewi', 'Thanh', 'Rizal', 'Kanya', 'Minh', 'Ayu'],
    family: ['Tran', 'Santoso', 'Pham', 'Wijaya', 'Srisuk', 'Reyes', 'Hidayat', 'Le', 'Bautista', 'Chaiyaporn', 'Vo', 'Gunawan'],
  },
  african: {
    given: ['Amara', 'Kwame', 'Ngozi', 'Tendai', 'Fatou', 'Chinedu', 'Zanele', 'Abebe', 'Wanjiru', 'Kofi', 'Nia', 'Thabo', 'Aminata', 'Jabari', 'Adaeze', 'Sipho'],
    family: ['Okafor', 'Mensah', 'Abiodun', 'Mwangi', 'Diallo', 'Nkosi', 'Tesfaye', 'Owusu', 'Kamara', 'Achieng', 'Adeyemi', 'Banda', 'Traoré', 'Dlamini', 'Otieno', 'Sesay'],
  },
  latin: {
    given: ['Valentina', 'Mateo', 'Camila', 'Santiago', 'Gabriela', 'Alejandro', 'Renata', 'Joaquín', 'Daniela', 'Sebastián', 'Ximena', 'Rodrigo', 'Luiza', 'Thiago'],
    family: ['Gutiérrez', 'Restrepo', 'Villanueva', 'Quiroga', 'Mendoza', 'Saldaña', 'Araújo', 'Figueroa', 'Barrios', 'Cardenas', 'Souza', 'Echeverría', 'Paredes', 'Lacerda'],
  },
} as const satisfies Record<string, NameCulture>;

export type CultureName = keyof typeof NAME_CULTURES;

/** Every culture's name, for drawing people with no particular country. */
export const CULTURE_NAMES = Object.keys(NAME_CULTURES) as CultureName[];

/** Words for made-up organisations, places and outlets. */
export const ORG_WORDS = {
  groupingPrefix: ['Northern', 'Southern', 'Eastern', 'Western', 'Pan', 'Trans', 'Inter', 'Coastal', 'Continental', 'Greater'],
  groupingRegion: ['Ocean', 'Sahel', 'Andean', 'Baltic', 'Caspian', 'Pacific', 'Gulf', 'Danube', 'Mekong', 'Steppe', 'Arctic', 'Atlantic', 'Highland', 'Rim'],
  groupingKind: ['Cooperation Council', 'Security Forum', 'Economic Community', 'Trade Alliance', 'Development Bank', 'Defence Pact', 'Energy Union', 'Partnership Organisation'],
  thinkTankWord: ['Meridian', 'Horizon', 'Compass', 'Keystone', 'Lighthouse', 'Crossroads', 'Atlas', 'Summit', 'Bridge', 'Vanguard', 'Sentinel', 'Harbour'],
  thinkTankTopic: ['Strategic Studies', 'International Affairs', 'Security Policy', 'Global Economics', 'Peace Research', 'Energy Policy', 'Regional Studies', 'Foreign Relations'],
  outletWord: ['Herald', 'Tribune', 'Daily', 'Chronicle', 'Observer', 'Gazette', 'Courier', 'Post', 'Monitor', 'Dispatch', 'Express', 'Times'],
  companyKind: ['Energy', 'Holdings', 'Shipping', 'Steel', 'Motors', 'Telecom', 'Aerospace', 'Petroleum', 'Logistics', 'Minerals'],
  partyKind: ["People's Party", 'National Front', 'Democratic Alliance', 'Progressive Union', 'Labour Party', 'Liberal Party', 'Green Movement', 'Conservative Party'],
  provinceWord: ['Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Coastal'],
  provinceKind: ['province', 'region', 'district', 'border region', 'highlands', 'delta'],
  sea: ['Sea', 'Strait', 'Gulf', 'Bay'],
} as const;

/** Real international bodies (world knowledge), with their acronyms. */
export const INTERNATIONAL_BODIES: readonly { name: string; acronym?: string }[] = [
  { name: 'United Nations', acronym: 'UN' },
  { name: 'North Atlantic Treaty Organization', acronym: 'NATO' },
  { name: 'European Union', acronym: 'EU' },
  { name: 'African Union', acronym: 'AU' },
  { name: 'Association of Southeast Asian Nations', acronym: 'ASEAN' },
  { name: 'Group of Twenty', acronym: 'G20' },
  { name: 'Organization of the Petroleum Exporting Countries', acronym: 'OPEC' },
  { name: 'International Monetary Fund', acronym: 'IMF' },
  { name: 'World Bank' },
  { name: 'World Trade Organization', acronym: 'WTO' },
  { name: 'World Health Organization', acronym: 'WHO' },
  { name: 'International Atomic Energy Agency', acronym: 'IAEA' },
  { name: 'Organization of American States', acronym: 'OAS' },
  { name: 'Arab League' },
];

/** Real news agencies and outlets (world knowledge). */
export const NEWS_AGENCIES: readonly string[] = ['Reuters', 'Agence France-Presse', 'Associated Press', 'Bloomberg', 'Al Jazeera', 'Kyodo News', 'Yonhap', 'Anadolu Agency', 'Deutsche Welle', 'Efe'];
