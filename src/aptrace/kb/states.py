"""Gazetteer of states and other parties: names, demonyms, seats of power.

States come from ``pycountry`` (ISO 3166-1 names) plus what news prose uses
and ISO lacks: demonyms ("Chinese"), short forms ("Britain", "the US"),
capitals and seats of power used as metonyms ("Beijing", "the Kremlin",
"Downing Street"). Non-state parties are the organisations of the spec's
vocabulary (EU, NATO, ...) and security companies that publish attributions.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

# Surface forms beyond ISO names. (code, forms, demonyms, metonyms)
_EXTRA: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    ("CN", ("China", "People's Republic of China", "People’s Republic of China", "PRC", "mainland China"), ("Chinese",), ("Beijing", "Zhongnanhai")),
    ("RU", ("Russia", "Russian Federation"), ("Russian",), ("Moscow", "Kremlin", "the Kremlin")),
    ("KP", ("North Korea", "DPRK", "Democratic People's Republic of Korea"), ("North Korean",), ("Pyongyang",)),
    ("KR", ("South Korea", "Republic of Korea"), ("South Korean",), ("Seoul", "Blue House")),
    ("IR", ("Iran", "Islamic Republic of Iran"), ("Iranian",), ("Tehran",)),
    ("US", ("United States", "United States of America", "US", "U.S.", "USA", "America"), ("American", "US", "U.S."), ("Washington", "the White House", "White House")),
    ("GB", ("United Kingdom", "Britain", "Great Britain", "UK", "U.K."), ("British",), ("London", "Downing Street", "Whitehall")),
    ("CZ", ("Czech Republic", "Czechia"), ("Czech",), ("Prague",)),
    ("DE", ("Germany", "Federal Republic of Germany"), ("German",), ("Berlin",)),
    ("FR", ("France",), ("French",), ("Paris", "the Elysee", "Élysée")),
    ("PL", ("Poland",), ("Polish",), ("Warsaw",)),
    ("NO", ("Norway",), ("Norwegian",), ("Oslo",)),
    ("SE", ("Sweden",), ("Swedish",), ("Stockholm",)),
    ("FI", ("Finland",), ("Finnish",), ("Helsinki",)),
    ("DK", ("Denmark",), ("Danish",), ("Copenhagen",)),
    ("NL", ("Netherlands", "the Netherlands", "Holland"), ("Dutch",), ("The Hague",)),
    ("BE", ("Belgium",), ("Belgian",), ()),
    ("IT", ("Italy",), ("Italian",), ("Rome",)),
    ("ES", ("Spain",), ("Spanish",), ("Madrid",)),
    ("PT", ("Portugal",), ("Portuguese",), ("Lisbon",)),
    ("AT", ("Austria",), ("Austrian",), ("Vienna",)),
    ("CH", ("Switzerland",), ("Swiss",), ("Bern",)),
    ("IE", ("Ireland",), ("Irish",), ("Dublin",)),
    ("EE", ("Estonia",), ("Estonian",), ("Tallinn",)),
    ("LV", ("Latvia",), ("Latvian",), ("Riga",)),
    ("LT", ("Lithuania",), ("Lithuanian",), ("Vilnius",)),
    ("UA", ("Ukraine",), ("Ukrainian",), ("Kyiv", "Kiev")),
    ("BY", ("Belarus",), ("Belarusian",), ("Minsk",)),
    ("GE", ("Georgia",), ("Georgian",), ("Tbilisi",)),
    ("MD", ("Moldova",), ("Moldovan",), ("Chisinau",)),
    ("RO", ("Romania",), ("Romanian",), ("Bucharest",)),
    ("BG", ("Bulgaria",), ("Bulgarian",), ("Sofia",)),
    ("HU", ("Hungary",), ("Hungarian",), ("Budapest",)),
    ("SK", ("Slovakia",), ("Slovak",), ("Bratislava",)),
    ("SI", ("Slovenia",), ("Slovenian",), ("Ljubljana",)),
    ("HR", ("Croatia",), ("Croatian",), ("Zagreb",)),
    ("RS", ("Serbia",), ("Serbian",), ("Belgrade",)),
    ("ME", ("Montenegro",), ("Montenegrin",), ("Podgorica",)),
    ("AL", ("Albania",), ("Albanian",), ("Tirana",)),
    ("GR", ("Greece",), ("Greek",), ("Athens",)),
    ("TR", ("Turkey", "Türkiye"), ("Turkish",), ("Ankara",)),
    ("IL", ("Israel",), ("Israeli",), ("Jerusalem", "Tel Aviv", "the Zionist regime", "Zionist regime", "the Zionist entity", "Zionist entity")),
    ("SA", ("Saudi Arabia",), ("Saudi",), ("Riyadh",)),
    ("AE", ("United Arab Emirates", "UAE"), ("Emirati",), ("Abu Dhabi",)),
    ("QA", ("Qatar",), ("Qatari",), ("Doha",)),
    ("JP", ("Japan",), ("Japanese",), ("Tokyo",)),
    ("TW", ("Taiwan",), ("Taiwanese",), ("Taipei",)),
    ("IN", ("India",), ("Indian",), ("New Delhi",)),
    ("PK", ("Pakistan",), ("Pakistani",), ("Islamabad",)),
    ("VN", ("Vietnam", "Viet Nam"), ("Vietnamese",), ("Hanoi",)),
    ("PH", ("Philippines", "the Philippines"), ("Philippine", "Filipino"), ("Manila",)),
    ("SG", ("Singapore",), ("Singaporean",), ()),
    ("MY", ("Malaysia",), ("Malaysian",), ("Kuala Lumpur",)),
    ("ID", ("Indonesia",), ("Indonesian",), ("Jakarta",)),
    ("TH", ("Thailand",), ("Thai",), ("Bangkok",)),
    ("AU", ("Australia",), ("Australian",), ("Canberra",)),
    ("NZ", ("New Zealand",), ("New Zealand",), ("Wellington",)),
    ("CA", ("Canada",), ("Canadian",), ("Ottawa",)),
    ("MX", ("Mexico",), ("Mexican",), ("Mexico City",)),
    ("BR", ("Brazil",), ("Brazilian",), ("Brasilia", "Brasília")),
    ("AR", ("Argentina",), ("Argentine", "Argentinian"), ("Buenos Aires",)),
    ("CL", ("Chile",), ("Chilean",), ("Santiago",)),
    ("CO", ("Colombia",), ("Colombian",), ("Bogota", "Bogotá")),
    ("VE", ("Venezuela",), ("Venezuelan",), ("Caracas",)),
    ("CU", ("Cuba",), ("Cuban",), ("Havana",)),
    ("BD", ("Bangladesh",), ("Bangladeshi",), ("Dhaka",)),
    ("LK", ("Sri Lanka",), ("Sri Lankan",), ("Colombo",)),
    ("EG", ("Egypt",), ("Egyptian",), ("Cairo",)),
    ("SY", ("Syria",), ("Syrian",), ("Damascus",)),
    ("IQ", ("Iraq",), ("Iraqi",), ("Baghdad",)),
    ("LB", ("Lebanon",), ("Lebanese",), ("Beirut",)),
    ("JO", ("Jordan",), ("Jordanian",), ("Amman",)),
    ("KW", ("Kuwait",), ("Kuwaiti",), ()),
    ("BH", ("Bahrain",), ("Bahraini",), ("Manama",)),
    ("ZA", ("South Africa",), ("South African",), ("Pretoria",)),
    ("NG", ("Nigeria",), ("Nigerian",), ("Abuja",)),
    ("KE", ("Kenya",), ("Kenyan",), ("Nairobi",)),
    ("KZ", ("Kazakhstan",), ("Kazakh",), ("Astana",)),
    ("AM", ("Armenia",), ("Armenian",), ("Yerevan",)),
    ("AZ", ("Azerbaijan",), ("Azerbaijani",), ("Baku",)),
    ("MN", ("Mongolia",), ("Mongolian",), ("Ulaanbaatar",)),
    ("IS", ("Iceland",), ("Icelandic",), ("Reykjavik",)),
    ("LU", ("Luxembourg",), (), ()),
    ("CY", ("Cyprus",), ("Cypriot",), ("Nicosia",)),
    ("MT", ("Malta",), ("Maltese",), ("Valletta",)),
    ("HK", ("Hong Kong",), ("Hong Kong",), ()),
    ("CR", ("Costa Rica",), ("Costa Rican",), ("San José", "San Jose")),
    ("PE", ("Peru",), ("Peruvian",), ("Lima",)),
    ("EC", ("Ecuador",), ("Ecuadorian", "Ecuadorean"), ("Quito",)),
    ("UY", ("Uruguay",), ("Uruguayan",), ("Montevideo",)),
    ("PY", ("Paraguay",), ("Paraguayan",), ("Asunción", "Asuncion")),
    ("BO", ("Bolivia",), ("Bolivian",), ("La Paz",)),
    ("PA", ("Panama",), ("Panamanian",), ()),
    ("GT", ("Guatemala",), ("Guatemalan",), ()),
    ("HN", ("Honduras",), ("Honduran",), ("Tegucigalpa",)),
    ("DO", ("Dominican Republic",), ("Dominican",), ("Santo Domingo",)),
    ("MA", ("Morocco",), ("Moroccan",), ("Rabat",)),
    ("DZ", ("Algeria",), ("Algerian",), ("Algiers",)),
    ("TN", ("Tunisia",), ("Tunisian",), ("Tunis",)),
    ("LY", ("Libya",), ("Libyan",), ("Tripoli",)),
    ("ET", ("Ethiopia",), ("Ethiopian",), ("Addis Ababa",)),
    ("GH", ("Ghana",), ("Ghanaian",), ("Accra",)),
    ("UG", ("Uganda",), ("Ugandan",), ("Kampala",)),
    ("TZ", ("Tanzania",), ("Tanzanian",), ("Dodoma",)),
    ("ZW", ("Zimbabwe",), ("Zimbabwean",), ("Harare",)),
    ("SN", ("Senegal",), ("Senegalese",), ("Dakar",)),
    ("SD", ("Sudan",), ("Sudanese",), ("Khartoum",)),
    ("AF", ("Afghanistan",), ("Afghan",), ("Kabul",)),
    ("NP", ("Nepal",), ("Nepalese", "Nepali"), ("Kathmandu",)),
    ("MM", ("Myanmar", "Burma"), ("Burmese",), ("Naypyidaw",)),
    ("KH", ("Cambodia",), ("Cambodian",), ("Phnom Penh",)),
    ("LA", ("Laos",), ("Laotian",), ("Vientiane",)),
    ("UZ", ("Uzbekistan",), ("Uzbek",), ("Tashkent",)),
    ("KG", ("Kyrgyzstan",), ("Kyrgyz",), ("Bishkek",)),
    ("TJ", ("Tajikistan",), ("Tajik",), ("Dushanbe",)),
    ("TM", ("Turkmenistan",), ("Turkmen",), ("Ashgabat",)),
    ("SV", ("El Salvador",), ("Salvadoran", "Salvadorean"), ("San Salvador",)),
    ("NI", ("Nicaragua",), ("Nicaraguan",), ("Managua",)),
    ("HT", ("Haiti",), ("Haitian",), ("Port-au-Prince",)),
    ("JM", ("Jamaica",), ("Jamaican",), ("Kingston",)),
    ("RW", ("Rwanda",), ("Rwandan",), ("Kigali",)),
    ("TG", ("Togo",), ("Togolese",), ("Lomé", "Lome")),
    ("ML", ("Mali",), ("Malian",), ("Bamako",)),
    ("CM", ("Cameroon",), ("Cameroonian",), ("Yaoundé", "Yaounde")),
    ("CI", ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"), ("Ivorian",), ("Abidjan",)),
    ("AO", ("Angola",), ("Angolan",), ("Luanda",)),
    ("MZ", ("Mozambique",), ("Mozambican",), ("Maputo",)),
    ("ZM", ("Zambia",), ("Zambian",), ("Lusaka",)),
    ("NA", ("Namibia",), ("Namibian",), ("Windhoek",)),
    ("SO", ("Somalia",), ("Somali",), ("Mogadishu",)),
    ("ER", ("Eritrea",), ("Eritrean",), ("Asmara",)),
    ("OM", ("Oman",), ("Omani",), ("Muscat",)),
    ("YE", ("Yemen",), ("Yemeni",), ("Sanaa",)),
    ("MK", ("North Macedonia",), ("Macedonian",), ("Skopje",)),
    ("BA", ("Bosnia and Herzegovina", "Bosnia"), ("Bosnian",), ("Sarajevo",)),
]

# Metonyms that are too ambiguous in prose to stand for a state alone
# (kept out: "Georgia" the US state is resolved by context elsewhere).
AMBIGUOUS_METONYMS = frozenset({"Washington", "Santiago", "Sofia", "Jordan", "Georgia"})

# Parties that are not states, with their surface forms.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "EU": ("European Union", "EU", "E.U.", "Council of the EU", "Council of the European Union", "European Commission", "EU27",
           "Europol", "Eurojust", "EEAS", "European External Action Service", "CERT-EU", "ENISA"),
    "NATO": ("NATO", "North Atlantic Treaty Organization", "North Atlantic Council", "North Atlantic Alliance"),
    "UN": ("United Nations", "UN", "U.N.", "UN Security Council"),
    "G7": ("G7", "Group of Seven"),
    "OSCE": ("OSCE", "Organization for Security and Co-operation in Europe"),
    "ASEAN": ("ASEAN", "Association of Southeast Asian Nations"),
    "FVEY": ("Five Eyes", "Five Eyes alliance", "Five Eyes partners", "Five Eyes countries", "Five Eyes agencies"),
}

# Alliances that speak as their members: a report names the member states, never the alliance.
ALLIANCE_MEMBERS: dict[str, tuple[str, ...]] = {"FVEY": ("US", "GB", "CA", "AU", "NZ")}

# Companies (and research organisations) that publish attributions, as commonly written.
COMPANIES: tuple[str, ...] = (
    "Microsoft", "Mandiant", "FireEye", "Google", "Google's Threat Analysis Group", "CrowdStrike",
    "Kaspersky", "Kaspersky Lab", "ESET", "Dragos", "Symantec", "Broadcom", "Trend Micro",
    "iSight Partners", "iSIGHT Partners", "Huntress", "Huntress Labs", "Palo Alto Networks", "Unit 42",
    "Recorded Future", "Secureworks", "SecureWorks", "Proofpoint", "Check Point", "Cisco Talos", "Talos",
    "SentinelOne", "SentinelLabs", "Sophos", "McAfee", "Volexity", "Cloudflare", "Lookout", "Citizen Lab",
    "Bitdefender", "Group-IB", "Positive Technologies", "Fortinet", "ThreatConnect", "Trellix",
    "Cybereason", "IBM X-Force", "BAE Systems", "PwC", "Accenture", "Lab52", "Sekoia", "Intezer",
    "Avast", "Qihoo 360", "QiAnXin", "Team Cymru", "Zscaler", "Elastic", "Nozomi Networks",
    "Claroty", "Chainalysis", "Elliptic", "TRM Labs", "Wiz", "Okta", "Fox-IT", "NCC Group",
    "WithSecure", "F-Secure", "Cisco", "Meta", "Facebook", "OpenAI", "Amazon", "Apple", "Yahoo",
    "Darktrace", "Rapid7", "Tenable", "Binary Defense", "Kroll", "Arctic Wolf", "Emsisoft",
    "Certfa", "Hunt & Hackett", "iDefense",
    "Area 1 Security", "Area 1", "ClearSky", "ClearSky Cyber Security", "Flashpoint", "Cyfirma", "Lumen",
    "Malwarebytes", "Trustwave", "Netscout", "Radware", "Akamai", "Imperva", "ReversingLabs", "Red Canary", "Vectra",
    "Nisos", "DomainTools", "Silent Push", "Intrinsec", "Orange Cyberdefense", "Cluster25", "Yoroi", "QuoIntelligence",
    "HarfangLab", "Hunt.io", "BI.ZONE", "Doctor Web", "Dr.Web", "NSFOCUS", "Antiy", "ThreatBook", "Knownsec", "Tencent",
    "CloudSEK", "Seqrite", "Quick Heal", "Zimperium", "Jamf", "Gen Digital", "G DATA", "Cyble", "Sygnia", "Forescout",
    "Armis", "Qualys",
    # research and rights organisations that publish attributions
    "Amnesty International", "Access Now", "Forbidden Stories", "Human Rights Watch", "Electronic Frontier Foundation",
    "EFF", "R3D", "SocialTIC", "Article 19", "Reporters Without Borders",
)

# A vendor's research team, and the company it is reported under ("Unit 42" publishes
# for Palo Alto Networks): one attributing party, however the article names it.
COMPANY_BRANDS: dict[str, str] = {
    "Talos": "Cisco Talos", "Cisco's Talos": "Cisco Talos", "Unit 42": "Palo Alto Networks",
    "SentinelLabs": "SentinelOne", "Google's Threat Analysis Group": "Google", "Threat Analysis Group": "Google",
    "Google's TAG": "Google", "Google TAG": "Google",
    "Google Threat Intelligence Group": "Google", "ClearSky Cyber Security": "ClearSky", "Insikt Group": "Recorded Future",
    "Microsoft Threat Intelligence": "Microsoft", "Microsoft Threat Intelligence Center": "Microsoft", "MSTIC": "Microsoft",
    "X-Force": "IBM X-Force", "Check Point Research": "Check Point", "Symantec's Threat Hunter Team": "Symantec",
    "Threat Hunter Team": "Symantec",
    "Kaspersky Lab": "Kaspersky",  # (the company dropped "Lab" from its name; analysts record "Kaspersky")
}

# Commercial spyware vendors: their customers run the operations (the galaxies file some as actors).
SPYWARE_VENDORS: frozenset[str] = frozenset({
    "NSO Group", "NSO", "Candiru", "Saito Tech", "Intellexa", "Cytrox", "Paragon", "Paragon Solutions", "QuaDream",
    "Hacking Team", "HackingTeam", "FinFisher", "Gamma Group", "Variston", "Memento Labs", "RCS Lab",
})

# State organs whose statements stand for their state (attributors and
# responders, not sponsors). Long forms first is not required: the matcher
# takes the longest match.
STATE_ORGANS: dict[str, tuple[str, ...]] = {
    "US": ("FBI", "Federal Bureau of Investigation", "Justice Department", "Department of Justice", "DOJ",
           "NSA", "National Security Agency", "CISA", "Cybersecurity and Infrastructure Security Agency",
           "Treasury", "Treasury Department", "Department of the Treasury", "OFAC", "State Department",
           "Department of State", "Pentagon", "Cyber Command", "Department of Homeland Security", "DHS",
           "ODNI", "Director of National Intelligence", "Office of the Director of National Intelligence",
           "National Security Council", "Secret Service", "US Attorney", "Commerce Department",
           "grand jury", "federal grand jury", "US prosecutors",
           "US officials", "American officials", "US intelligence", "US intelligence agencies", "Congress",
           "Senate", "Attorney General", "Secretary of State", "Deputy Attorney General", "Assistant Attorney General",
           "Federal Communications Commission", "FCC", "Department of Defense", "Defense Department",
           "National Counterintelligence and Security Center", "CIA", "Central Intelligence Agency",
           "Office of Tailored Access Operations", "Tailored Access Operations", "TAO", "US Cyber Command", "State Department spokesman",
           "Rewards for Justice",
           # an administration named for its president is the US government acting
           "Biden administration", "Trump administration", "Obama administration", "Bush administration", "Clinton administration"),
    "GB": ("National Cyber Security Centre", "NCSC", "Foreign, Commonwealth and Development Office", "Foreign & Commonwealth Office",
           "Foreign and Commonwealth Office",
           "FCDO", "GCHQ", "Foreign Secretary", "Home Office", "National Crime Agency", "NCA", "MI5", "MI6",
           "Home Secretary", "Downing Street spokesman", "National Cyber Force"),
    "CZ": ("Security Information Office", "BIS", "NÚKIB", "NUKIB", "National Cyber and Information Security Agency"),
    "NO": ("PST", "Police Security Service", "Norwegian Police Security Service"),
    "DE": ("BfV", "Federal Office for the Protection of the Constitution", "BSI", "Federal Prosecutor",
           "Federal Foreign Office", "Auswärtiges Amt", "BND", "Federal Intelligence Service", "Bundesamt für Verfassungsschutz",
           "Federal Office for Information Security", "Bundeswehr", "BKA", "Bundeskriminalamt", "Federal Criminal Police Office"),
    "FR": ("ANSSI", "Quai d'Orsay", "Viginum", "DGSI", "DGSE", "National Cybersecurity Agency of France"),
    "UA": ("SBU", "Security Service of Ukraine", "CERT-UA", "GUR", "HUR", "Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine",
           "Main Directorate of Intelligence"),
    "NL": ("AIVD", "MIVD", "General Intelligence and Security Service", "Military Intelligence and Security Service", "Defence Intelligence and Security Service"),
    "AU": ("ASD", "Australian Signals Directorate", "ACSC", "Australian Cyber Security Centre"),
    "CA": ("CSE", "Communications Security Establishment", "Canadian Centre for Cyber Security", "CSIS", "RCMP",
           "Canadian Security Intelligence Service", "Royal Canadian Mounted Police", "Global Affairs Canada"),
    "NZ": ("GCSB", "NCSC New Zealand", "Government Communications Security Bureau"),
    "JP": ("National Police Agency", "NISC", "JPCERT"),
    "FI": ("Supo", "SUPO"),
    "EE": ("RIA", "KAPO"),
    "SE": ("Säpo", "Sapo", "Swedish Security Service"),
    "KR": ("NIS", "National Intelligence Service", "Korean National Police Agency", "KNPA", "KISA", "Korea Internet & Security Agency", "KrCERT", "KrCERT/CC"),
    "IL": ("National Cyber Directorate", "Israel National Cyber Directorate", "INCD", "Shin Bet", "Mossad"),
    "CN": ("Ministry of Foreign Affairs of China", "Xinhua", "CVERC", "National Computer Virus Emergency Response Center", "CNCERT", "CNCERT/CC",
           "National Computer Network Emergency Response Technical Team/Coordination Center of China",
           "National Computer Network Emergency Response Technical Team"),
    "RU": ("Foreign Ministry of Russia", "TASS", "RIA Novosti", "NKTsKI", "National Coordination Center for Computer Incidents",
           "National Coordination Centre for Computer Incidents", "GosSOPKA"),
    "IR": ("Iran's mission to the United Nations", "Maher Center", "Maher Centre", "Maher center", "Maher centre", "AFTA",
           "Passive Defense Organization", "Passive Defence Organisation", "Passive Defense Organisation"),
    "PL": ("ABW", "CERT Polska", "Internal Security Agency of Poland", "SKW", "Military Counterintelligence Service"),
    "LT": ("NKSC",),
    "BE": ("Centre for Cybersecurity Belgium", "CCB", "State Security Service of Belgium"),
    "ES": ("CCN-CERT", "National Intelligence Centre"),
    "IT": ("National Cybersecurity Agency of Italy", "ACN"),
    "SG": ("Cyber Security Agency of Singapore", "CSA Singapore"),
    "TW": ("National Security Bureau",),
    "DK": ("PET", "Danish Security and Intelligence Service"),
    "CH": ("Federal Intelligence Service of Switzerland",),
    "IE": ("National Cyber Security Centre of Ireland",),
}


# State-run news outlets. An outlet relays: it is no attributor in its own voice ("KCNA said the US was behind ...",
# "the Global Times, citing experts, said ..."), but the bare official bodies it quotes are its state's
# ("IRNA reported that the Intelligence Ministry blamed Israel": Iran's ministry speaks).
# (Xinhua, TASS and RIA Novosti still stand as organs of their states, in STATE_ORGANS: a tuned
# counter-accusation, "a commentary from the official Xinhua news agency accused Washington", needs its speaker.)
STATE_MEDIA: dict[str, str] = {
    "KCNA": "KP", "Korean Central News Agency": "KP", "Rodong Sinmun": "KP", "Uriminzokkiri": "KP",
    "IRNA": "IR", "Islamic Republic News Agency": "IR", "Press TV": "IR", "PressTV": "IR", "Tasnim": "IR", "Fars": "IR",
    "Mehr": "IR", "IRIB": "IR", "ISNA": "IR",
    "Global Times": "CN", "CCTV": "CN", "China Central Television": "CN", "China Daily": "CN", "CGTN": "CN",
    "People's Daily": "CN", "People’s Daily": "CN",
    "RT": "RU", "Russia Today": "RU", "Sputnik": "RU", "Rossiyskaya Gazeta": "RU",
}


# Organs that usually speak for their state but are sometimes the accused
# ("an operation run by the US National Security Agency"): there they are the
# sponsor's agency, under this short name.
ACCUSABLE_ORGANS: dict[str, str] = {
    "NSA": "NSA", "National Security Agency": "NSA", "Office of Tailored Access Operations": "NSA", "Tailored Access Operations": "NSA",
    "TAO": "NSA", "CIA": "CIA", "Central Intelligence Agency": "CIA", "GCHQ": "GCHQ",
    "Cyber Command": "USCYBERCOM", "US Cyber Command": "USCYBERCOM", "National Cyber Force": "NCF",
    "SBU": "SBU", "Security Service of Ukraine": "SBU", "GUR": "HUR", "HUR": "HUR", "Defence Intelligence of Ukraine": "HUR",
    "Defense Intelligence of Ukraine": "HUR", "Main Directorate of Intelligence": "HUR",
}


@lru_cache(maxsize=1)
def state_forms() -> dict[str, list[tuple[str, str]]]:
    """Map ISO-2 code to its surface forms, each tagged name|demonym|metonym."""
    table: dict[str, list[tuple[str, str]]] = {}
    for code, names, demonyms, metonyms in _EXTRA:
        forms = table.setdefault(code, [])
        forms += [(n, "name") for n in names]
        forms += [(d, "demonym") for d in demonyms]
        forms += [(m, "metonym") for m in metonyms]
    for c in pycountry.countries:
        forms = table.setdefault(c.alpha_2, [])
        known = {f for f, _ in forms}
        for n in {c.name, getattr(c, "common_name", None)} - {None}:
            if n not in known and "," not in n and "(" not in n:
                forms.append((n, "name"))
    return table


@lru_cache(maxsize=None)
def state_name(code: str) -> str:
    """A readable name for an ISO-2 code or party ("CZ" -> "Czech Republic")."""
    for c, names, _, _ in _EXTRA:
        if c == code:
            return names[0]
    country = pycountry.countries.get(alpha_2=code)
    if country is not None:
        return getattr(country, "common_name", None) or country.name
    return code


# Administrative suffixes of ISO 3166-2 names ("Heilongjiang Sheng", "Kharkivska oblast", "Gyeonggi-do").
_SUBDIVISION_SUFFIX = re.compile(
    r"(?:\s+(?:Sheng|Shi|(?:\w+\s+)?Zizhiqu|[Oo]blast'?|[Kk]ra[iy]|Respublika|Prefecture|Province|Region|Governorate|State)\b.*|-do)$"
)


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        name = unicodedata.normalize("NFKD", sub.name).encode("ascii", "ignore").decode()
        name = _SUBDIVISION_SUFFIX.sub("", name).strip()
        forms = {name}
        if sub.country_code in ("UA", "RU", "BY"):  # "Kharkivska" / "Belgorodskaya": English writes "Kharkiv", "Belgorod"
            forms |= {re.sub(r"s?k(?:a|aya|iy)$", "", name), re.sub(r"(?:a|aya|iy)$", "", name)}
        for form in forms:
            found.setdefault(form.lower(), set()).add(sub.country_code)
    generic = {"north", "south", "east", "west", "central", "centre", "center", "capital", "northern", "southern", "eastern", "western", "coast", "islands"}
    return {name: codes.pop() for name, codes in found.items() if len(codes) == 1 and name not in generic and len(name) > 3}


def subdivision_country(name: str) -> str | None:
    """The state of a province, prefecture, oblast or region named in English ("Heilongjiang" -> "CN"), if only one has the name."""
    key = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return _subdivisions().get(key)


# Places that are not capitals, so the gazetteer of states does not know them: American states and
# big cities, and the business cities of other states ("a water authority in Pennsylvania", "the
# Munich-based carmaker BMW"). A victim's country is read from them, and a city's police, prosecutors
# or court speak for its state ("Harbin police"); a place alone never speaks and is never accused.
PLACES: dict[str, str] = {
    **dict.fromkeys(
        "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas "
        "Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma "
        "Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming Chicago Houston Seattle Boston Philadelphia Atlanta "
        "Dallas Denver Miami".split()
        + ["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island", "South Carolina",
           "South Dakota", "West Virginia", "Los Angeles", "San Francisco", "Silicon Valley"],
        "US",
    ),
    **dict.fromkeys(["Munich", "Frankfurt", "Hamburg", "Cologne", "Stuttgart", "Düsseldorf", "Dusseldorf"], "DE"),
    **dict.fromkeys(["Shanghai", "Shenzhen", "Guangzhou", "Wuhan", "Chengdu", "Tianjin", "Hangzhou", "Harbin"], "CN"),
    **dict.fromkeys(["Mumbai", "Bangalore", "Bengaluru", "Hyderabad", "Chennai", "Kolkata"], "IN"),
    **dict.fromkeys(["Toronto", "Montreal", "Vancouver", "Calgary", "Nova Scotia", "Ontario", "Quebec", "Alberta", "British Columbia"], "CA"),
    **dict.fromkeys(["Sydney", "Melbourne", "Brisbane", "Perth"], "AU"),
    **dict.fromkeys(["Osaka", "Yokohama", "Nagoya"], "JP"),
    **dict.fromkeys(["St Petersburg", "St. Petersburg", "Saint Petersburg"], "RU"),
    **dict.fromkeys(["Dubai"], "AE"),
    **dict.fromkeys(["Istanbul"], "TR"),
    **dict.fromkeys(["Milan"], "IT"),
    **dict.fromkeys(["Barcelona"], "ES"),
    **dict.fromkeys(["Zurich", "Geneva"], "CH"),
    **dict.fromkeys(["Rotterdam"], "NL"),
    **dict.fromkeys(["Manchester", "Birmingham", "Edinburgh", "Glasgow", "Belfast"], "GB"),
    **dict.fromkeys(["Busan", "Incheon"], "KR"),
    **dict.fromkeys(["Kharkiv", "Odesa", "Odessa", "Lviv", "Dnipro", "Zaporizhzhia", "Mariupol", "Kherson", "Mykolaiv", "Chernihiv", "Ivano-Frankivsk"], "UA"),
    **dict.fromkeys(["Las Vegas", "San Diego", "Detroit", "Baltimore", "Minneapolis", "New Orleans"], "US"),
    **dict.fromkeys(["Liverpool", "Leeds", "Bristol", "Cardiff", "Sheffield"], "GB"),
    **dict.fromkeys(["Dresden", "Leipzig", "Hanover", "Bremen", "Nuremberg"], "DE"),
    **dict.fromkeys(["Marseille", "Lyon", "Toulouse", "Bordeaux", "Lille", "Strasbourg"], "FR"),
    **dict.fromkeys(["Naples", "Turin", "Florence", "Venice", "Genoa", "Bologna"], "IT"),
    **dict.fromkeys(["Seville", "Bilbao"], "ES"),
    **dict.fromkeys(["Kyoto", "Kobe", "Fukuoka", "Sapporo", "Hiroshima"], "JP"),
    **dict.fromkeys(["Daegu", "Daejeon", "Gwangju"], "KR"),
    **dict.fromkeys(["Chongqing", "Nanjing", "Xi'an", "Xiamen", "Dalian", "Qingdao", "Shenyang"], "CN"),
    **dict.fromkeys(["Ahmedabad", "Pune", "Jaipur", "Lucknow"], "IN"),
    **dict.fromkeys(["Kaohsiung", "Taichung"], "TW"),
    **dict.fromkeys(["Novosibirsk", "Yekaterinburg", "Vladivostok", "Murmansk", "Kaliningrad"], "RU"),
    **dict.fromkeys(["Krakow", "Kraków", "Gdansk", "Gdańsk", "Wroclaw", "Wrocław", "Poznan", "Poznań", "Lodz", "Łódź"], "PL"),
    **dict.fromkeys(["Haifa"], "IL"),
    **dict.fromkeys(["Adelaide"], "AU"),
    **dict.fromkeys(["Winnipeg", "Edmonton"], "CA"),
    **dict.fromkeys(["Sao Paulo", "São Paulo", "Rio de Janeiro"], "BR"),
    **dict.fromkeys(["Izmir", "İzmir"], "TR"),
    **dict.fromkeys(["Jeddah"], "SA"),
    **dict.fromkeys(["Isfahan", "Mashhad", "Bandar Abbas"], "IR"),
    **dict.fromkeys(["Eindhoven", "Utrecht"], "NL"),
    # the German Länder as English writes them, and the nations of the United Kingdom ("a hospital in Bavaria", "the Bank of England")
    **dict.fromkeys(["Bavaria", "Lower Saxony", "Saxony-Anhalt", "Saxony", "Hesse", "Thuringia", "North Rhine-Westphalia", "Rhineland-Palatinate",
                     "Baden-Württemberg", "Baden-Wurttemberg", "Schleswig-Holstein", "Mecklenburg-Western Pomerania", "Brandenburg", "Saarland"], "DE"),
    **dict.fromkeys(["England", "Scotland", "Wales", "Northern Ireland"], "GB"),
}


# the names of PLACES as one regular-expression alternation, longest first (for "police in Harbin" and "a utility in Bremen")
PLACE_NAMES = "|".join(sorted(map(re.escape, PLACES), key=len, reverse=True))


@lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """The larger cities of the world by name, each with its state ("Brno" -> "CZ"): ``data/cities.tsv``,
    written by ``scripts/build_cities.py`` from GeoNames (names that are words, people or capitals left out)."""
    from importlib import resources

    text = resources.files("aptrace").joinpath("data", "cities.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)


def place_state(name: str) -> str | None:
    """The state of a place named ``name``: a seat, region or city of PLACES, else a larger city of :func:`cities`."""
    return PLACES.get(name) or cities().get(name)


def is_state(party: str | None) -> bool:
    return bool(party) and len(party) == 2 and party.isupper() and party not in ORGANISATIONS


__all__ = [
    "PLACES",
    "cities",
    "place_state",
    "PLACE_NAMES",
    "subdivision_country",
    "AMBIGUOUS_METONYMS",
    "COMPANIES",
    "COMPANY_BRANDS",
    "SPYWARE_VENDORS",
    "ORGANISATIONS",
    "ALLIANCE_MEMBERS",
    "STATE_MEDIA",
    "STATE_ORGANS",
    "ACCUSABLE_ORGANS",
    "is_state",
    "state_forms",
    "state_name",
]
