package actors

// hand is one hand-listed phrase.
type hand struct {
	phrase string
	code   string
	kind   Kind
}

// handEntries lists organisations, state organs and metonyms, and common
// short names the embedded files lack or get wrong. Codes: ISO3 for states
// and their organs, SUN for the Soviet Union, upper-case acronyms for
// organisations (UNO for the United Nations, as in CAMEO), descriptive
// upper-case names for non-state groups.
var handEntries = []hand{
	// States: short names, demonyms and metonyms.
	{"US", "USA", State}, {"U.S.", "USA", State}, {"U.S.A.", "USA", State}, {"USA", "USA", State},
	{"United States", "USA", State}, {"America", "USA", State}, {"American", "USA", Demonym},
	{"Americans", "USA", Demonym}, {"Washington", "USA", State}, {"White House", "USA", Organ},
	{"Pentagon", "USA", Organ}, {"State Department", "USA", Organ}, {"CIA", "USA", Organ},
	{"FBI", "USA", Organ}, {"USAID", "USA", Organ}, {"Clinton administration", "USA", Organ},
	{"Bush administration", "USA", Organ}, {"Obama administration", "USA", Organ},
	{"Trump administration", "USA", Organ}, {"Biden administration", "USA", Organ},
	{"Reagan administration", "USA", Organ}, {"Carter administration", "USA", Organ},
	{"Nixon administration", "USA", Organ}, {"Eisenhower administration", "USA", Organ},
	{"Kennedy administration", "USA", Organ}, {"Johnson administration", "USA", Organ},
	{"US Congress", "USA", Organ}, {"U.S. Congress", "USA", Organ}, {"CENTCOM", "USA", Organ},
	{"Russia", "RUS", State}, {"Russian Federation", "RUS", State}, {"Russian", "RUS", Demonym},
	{"Russians", "RUS", Demonym}, {"Moscow", "RUS", State}, {"Kremlin", "RUS", Organ},
	{"Soviet Union", "SUN", State}, {"USSR", "SUN", State}, {"U.S.S.R.", "SUN", State},
	{"Soviet", "SUN", Demonym}, {"Soviets", "SUN", Demonym},
	{"China", "CHN", State}, {"People's Republic of China", "CHN", State}, {"PRC", "CHN", State},
	{"Chinese", "CHN", Demonym}, {"Beijing", "CHN", State}, {"Sino", "CHN", Demonym},
	{"PLA", "CHN", Organ}, {"PLAN", "CHN", Organ}, {"People's Liberation Army", "CHN", Organ},
	{"Zhongnanhai", "CHN", Organ},
	{"Pakistan", "PAK", State}, {"Pakistani", "PAK", Demonym}, {"Pakistanis", "PAK", Demonym},
	{"Islamabad", "PAK", State}, {"Rawalpindi", "PAK", State}, {"ISI", "PAK", Organ},
	{"Inter-Services Intelligence", "PAK", Organ}, {"SUPARCO", "PAK", Organ}, {"PAEC", "PAK", Organ},
	{"India", "IND", State}, {"Indian", "IND", Demonym}, {"Indians", "IND", Demonym},
	{"New Delhi", "IND", State}, {"Delhi", "IND", State}, {"Indo", "IND", Demonym},
	{"South Block", "IND", Organ}, {"RAW", "IND", Organ}, {"ISRO", "IND", Organ},
	{"Britain", "GBR", State}, {"Great Britain", "GBR", State}, {"UK", "GBR", State},
	{"U.K.", "GBR", State}, {"United Kingdom", "GBR", State}, {"British", "GBR", Demonym},
	{"London", "GBR", State}, {"Downing Street", "GBR", Organ},
	{"France", "FRA", State}, {"French", "FRA", Demonym}, {"Paris", "FRA", State}, {"Elysee", "FRA", Organ},
	{"Germany", "DEU", State}, {"German", "DEU", Demonym}, {"Berlin", "DEU", State},
	{"Japan", "JPN", State}, {"Japanese", "JPN", Demonym}, {"Tokyo", "JPN", State},
	{"Australia", "AUS", State}, {"Australian", "AUS", Demonym}, {"Canberra", "AUS", State},
	{"Turkey", "TUR", State}, {"Türkiye", "TUR", State}, {"Turkiye", "TUR", State},
	{"Turkish", "TUR", Demonym}, {"Ankara", "TUR", State},
	{"Saudi Arabia", "SAU", State}, {"Saudi", "SAU", Demonym}, {"Saudis", "SAU", Demonym},
	{"Riyadh", "SAU", State}, {"Kingdom of Saudi Arabia", "SAU", State},
	{"Iran", "IRN", State}, {"Iranian", "IRN", Demonym}, {"Tehran", "IRN", State},
	{"Afghanistan", "AFG", State}, {"Afghan", "AFG", Demonym}, {"Kabul", "AFG", State},
	{"North Korea", "PRK", State}, {"Pyongyang", "PRK", State}, {"DPRK", "PRK", State},
	{"South Korea", "KOR", State}, {"Seoul", "KOR", State}, {"Republic of Korea", "KOR", State},
	{"UAE", "ARE", State}, {"United Arab Emirates", "ARE", State}, {"Emirati", "ARE", Demonym},
	{"Abu Dhabi", "ARE", State}, {"Qatar", "QAT", State}, {"Doha", "QAT", State},
	{"Israel", "ISR", State}, {"Israeli", "ISR", Demonym}, {"Syria", "SYR", State},
	{"Syrian", "SYR", Demonym}, {"Damascus", "SYR", State}, {"Ukraine", "UKR", State},
	{"Ukrainian", "UKR", Demonym}, {"Kyiv", "UKR", State}, {"Kiev", "UKR", State},
	{"Bangladesh", "BGD", State}, {"Dhaka", "BGD", State}, {"Sri Lanka", "LKA", State},
	{"Vietnam", "VNM", State}, {"Viet Nam", "VNM", State}, {"Hanoi", "VNM", State},
	{"Taiwan", "TWN", State}, {"Taipei", "TWN", State}, {"Egypt", "EGY", State}, {"Cairo", "EGY", State},
	{"Iraq", "IRQ", State}, {"Iraqi", "IRQ", Demonym}, {"Baghdad", "IRQ", State},
	{"Palestinian", "PSE", Demonym}, {"Palestinians", "PSE", Demonym}, {"Palestine", "PSE", State},
	{"Gaza", "PSE", State}, {"Serbia", "SRB", State}, {"Serbian", "SRB", Demonym}, {"Serb", "SRB", Demonym},
	{"Indonesia", "IDN", State}, {"Jakarta", "IDN", State}, {"Brazil", "BRA", State}, {"Brasilia", "BRA", State},
	{"South Africa", "ZAF", State}, {"Pretoria", "ZAF", State}, {"Kazakhstan", "KAZ", State},
	{"Myanmar", "MMR", State}, {"Burma", "MMR", State}, {"Nepal", "NPL", State}, {"Kathmandu", "NPL", State},

	// Organisations.
	{"NATO", "NATO", Org}, {"North Atlantic Treaty Organization", "NATO", Org},
	{"North Atlantic Treaty Organisation", "NATO", Org}, {"North Atlantic Alliance", "NATO", Org},
	{"SCO", "SCO", Org}, {"Shanghai Cooperation Organisation", "SCO", Org},
	{"Shanghai Cooperation Organization", "SCO", Org},
	{"SEATO", "SEATO", Org}, {"Southeast Asia Treaty Organisation", "SEATO", Org},
	{"Southeast Asia Treaty Organization", "SEATO", Org}, {"South East Asia Treaty Organisation", "SEATO", Org},
	{"CENTO", "CENTO", Org}, {"Central Treaty Organisation", "CENTO", Org}, {"Central Treaty Organization", "CENTO", Org},
	{"Baghdad Pact", "CENTO", Org},
	{"OIC", "OIC", Org}, {"Organisation of Islamic Cooperation", "OIC", Org},
	{"Organization of Islamic Cooperation", "OIC", Org}, {"Organisation of the Islamic Conference", "OIC", Org},
	{"Organization of the Islamic Conference", "OIC", Org},
	{"UN", "UNO", Org}, {"U.N.", "UNO", Org}, {"United Nations", "UNO", Org},
	{"UN Security Council", "UNO", Org}, {"U.N. Security Council", "UNO", Org}, {"UNSC", "UNO", Org},
	{"Security Council", "UNO", Org}, {"UN General Assembly", "UNO", Org},
	{"Quad", "QUAD", Org}, {"Quadrilateral Security Dialogue", "QUAD", Org},
	{"BRICS", "BRICS", Org}, {"EU", "EU", Org}, {"European Union", "EU", Org},
	{"European Commission", "EU", Org}, {"Brussels", "EU", Org},
	{"ASEAN", "ASEAN", Org}, {"Association of Southeast Asian Nations", "ASEAN", Org},
	{"SAARC", "SAARC", Org}, {"GCC", "GCC", Org}, {"Gulf Cooperation Council", "GCC", Org},
	{"African Union", "AU", Org}, {"Arab League", "ARL", Org}, {"League of Arab States", "ARL", Org},
	{"IAEA", "IAEA", Org}, {"International Atomic Energy Agency", "IAEA", Org},
	{"IMF", "IMF", Org}, {"International Monetary Fund", "IMF", Org}, {"World Bank", "WB", Org},
	{"WTO", "WTO", Org}, {"World Trade Organization", "WTO", Org}, {"OPEC", "OPEC", Org},
	{"APEC", "APEC", Org}, {"Asia-Pacific Economic Cooperation", "APEC", Org},
	{"G7", "G7", Org}, {"G-7", "G7", Org}, {"G20", "G20", Org}, {"G-20", "G20", Org},
	{"FATF", "FATF", Org}, {"Financial Action Task Force", "FATF", Org},
	{"CSTO", "CSTO", Org}, {"Collective Security Treaty Organization", "CSTO", Org},
	{"Eurasian Economic Union", "EAEU", Org}, {"OSCE", "OSCE", Org}, {"OAS", "OAS", Org},
	{"ECOWAS", "ECOWAS", Org}, {"Nuclear Suppliers Group", "NSG", Org}, {"NSG", "NSG", Org},
	{"Warsaw Pact", "WARSAW", Org}, {"AUKUS", "AUKUS", Org}, {"OECD", "OECD", Org},
	{"Asian Development Bank", "ADB", Org}, {"ADB", "ADB", Org},
	{"Asian Infrastructure Investment Bank", "AIIB", Org}, {"AIIB", "AIIB", Org},
	{"Interpol", "INTERPOL", Org}, {"International Criminal Court", "ICC", Org},
	{"Red Cross", "ICRC", Org}, {"ICRC", "ICRC", Org},

	// Non-state groups.
	{"Taliban", "TALIBAN", Group}, {"Afghan Taliban", "TALIBAN", Group},
	{"Tehrik-i-Taliban Pakistan", "TTP", Group}, {"Tehreek-e-Taliban Pakistan", "TTP", Group},
	{"TTP", "TTP", Group}, {"Pakistani Taliban", "TTP", Group},
	{"Al-Qaeda", "ALQAEDA", Group}, {"Al Qaeda", "ALQAEDA", Group}, {"al-Qaida", "ALQAEDA", Group},
	{"Islamic State", "ISIS", Group}, {"ISIS", "ISIS", Group}, {"ISIL", "ISIS", Group}, {"Daesh", "ISIS", Group},
	{"Hamas", "HAMAS", Group}, {"Hezbollah", "HEZBOLLAH", Group}, {"Houthis", "HOUTHI", Group},
	{"Houthi", "HOUTHI", Group}, {"mujahideen", "MUJAHIDEEN", Group}, {"Afghan mujahideen", "MUJAHIDEEN", Group},
	{"Lashkar-e-Taiba", "LET", Group}, {"Jaish-e-Mohammed", "JEM", Group},
}

// blocked phrases stop a shorter match inside them: "Indo-Pacific" is a
// region, not India; "Pakistan Occupied Kashmir" is a place.
var blocked = []string{
	"Indo-Pacific", "Indo Pacific", "Sino-Soviet split", "Middle East", "South Asia", "Central Asia",
	"East Asia", "Southeast Asia", "West Asia", "Asia-Pacific", "Cold War", "post-Cold War",
	"Pakistan Occupied Jammu", "Pakistan-administered", "Pakistan Occupied Kashmir",
	"Soviet Central Asia", "Soviet era", "post-Soviet", "Russian-speaking", "Indian Ocean",
	"American Samoa", "Chinese-designed", "South China Sea", "East China Sea",
	"New York Times", "Washington Post", "Chinese New Year", "Gulf of", "Arabian Sea", "Persian Gulf",
	"Washington Consensus", "Pakistan Stream", "Turkish Stream", "Afghan border", "War on Terror",
	"World War", "Gulf War", "Korean War", "Vietnam War", "Iraq War", "Afghan War", "Trade War",
}

// genericWords are one-word Phoenix synonyms that are ordinary nouns or
// ambiguous across countries.
var genericWords = map[string]struct{}{
	"SENATE": {}, "PARLIAMENT": {}, "CONGRESS": {}, "GOVERNMENT": {}, "MILITARY": {}, "ARMY": {},
	"POLICE": {}, "NAVY": {}, "GENERAL": {}, "PRESIDENT": {}, "KING": {}, "QUEEN": {}, "PRINCE": {},
	"MINISTER": {}, "ASSEMBLY": {}, "NATIONAL": {}, "REPUBLIC": {}, "STATE": {}, "UNION": {},
	"PARTY": {}, "CABINET": {}, "COURT": {}, "EMBASSY": {}, "FEDERAL": {}, "CAPITAL": {}, "CITY": {},
	"NORTH": {}, "SOUTH": {}, "EAST": {}, "WEST": {}, "CENTRAL": {}, "ISLAND": {}, "ISLANDS": {},
	"GEORGIA": {}, "JORDAN": {}, "CHAD": {}, "TOGO": {}, "GUINEA": {}, "NIGER": {}, "VICTORIA": {},
	"ALEXANDRIA": {}, "PUNJAB": {}, "KASHMIR": {}, "BENGAL": {}, "BALTIMORE": {}, "CAMBRIDGE": {},
	"RICHMOND": {}, "HAMILTON": {}, "LINCOLN": {}, "JACKSON": {}, "WASHINGTON'S": {}, "CHARLOTTE": {},
	"PEACE": {}, "DEFENCE": {}, "DEFENSE": {}, "WAR": {}, "FRONT": {}, "LIBERATION": {}, "FREEDOM": {},
	"ISLAMIC": {}, "MUSLIM": {}, "ARAB": {}, "ARABS": {}, "KURDISH": {}, "KURDS": {}, "SUNNI": {}, "SHIA": {},
	"CHRISTIAN": {}, "JEWISH": {}, "CATHOLIC": {}, "ORTHODOX": {}, "EUROPEAN": {}, "WESTERN": {},
	"AFRICAN": {}, "ASIAN": {}, "LATIN": {}, "LATINO": {}, "HISPANIC": {}, "AMAZON": {}, "SAHARA": {},
	"HIMALAYA": {}, "HIMALAYAS": {}, "GULF": {}, "BALKAN": {}, "BALKANS": {}, "CARIBBEAN": {},
	"MARCH": {}, "MAY": {}, "JUNE": {}, "JULY": {}, "AUGUST": {}, "APRIL": {}, "FOREIGN": {},
	"HOUSE": {}, "DEMOCRATIC": {}, "REPUBLICAN": {}, "LABOUR": {}, "LABOR": {}, "CONSERVATIVE": {},
	"TIGER": {}, "TIGERS": {}, "EAGLE": {}, "LION": {}, "FALCON": {}, "THUNDER": {}, "STRIKE": {},
	"CHAIRMAN": {}, "SECRETARY": {}, "PREMIER": {}, "CHANCELLOR": {}, "AMBASSADOR": {},
	"STEEL": {}, "OIL": {}, "GAS": {}, "BANK": {}, "COMMISSION": {}, "COUNCIL": {}, "FORCES": {},
	"AIR": {}, "MARINE": {}, "MARINES": {}, "GUARD": {}, "GUARDS": {}, "BORDER": {}, "PORT": {},
	"ABDULLAH": {}, "HASSAN": {}, "KHALID": {}, "SHEIKH": {}, "MICHAEL": {}, "WILLIAM": {}, "ANTONIO": {},
	"ALBERT": {}, "CELINE": {}, "EMANUEL": {}, "LYNDON": {}, "VIRGILIO": {}, "FAYSAL": {}, "HUSSEIN": {},
	"STEPHENSON": {}, "TALIBAN": {}, "MUJAHIDEEN": {}, "RANGERS": {}, "FRONTIER": {}, "TRIBAL": {}, "KARACHI'S": {},
}
