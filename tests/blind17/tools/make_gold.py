#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind17 (written as blind23) from the compact records below, then checks them.

Checks (all must pass before anything is written; through the shared `check_and_write`):
- every interaction participant, role `of` that names a listed entity, and proposer resolves, with
  score.py's own Resolver, to a person/organisation/state of the same record;
- every person name form, at least one organisation/state form, every multilateral name, document,
  place and initiative (except the constructed `visit of ...` / `meeting of ...` names) occurs in the text;
- no name form is shared by two entities of a record; dates are ISO; lengths are 150-700 words;
- a release whose text carries no year has a releases/<stem>.meta.json with its date.

Run from tests/blind17:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind17 (written as /work/blind23)
sys.path.insert(0, str(ROOT.parents[1].parent / "shared" / "eval"))  # the scorer beside the project
import score  # noqa: E402  (only for norm() and Resolver)

sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Bernama (Malaysia's national news agency; numeric stamp, dateline without year, byline)
ANW, TL, MH, TZ, BTS, PMC, SIB, NAR = ("Anwar Ibrahim", "To Lam", "Mohamad Hasan", "Zafrul Tengku Abdul Aziz",
                                       "Bui Thanh Son", "Pham Minh Chinh", "Sultan Ibrahim", "Nurul Ain Razali")
CSP = "Comprehensive Strategic Partnership"
rec("my-2024-11-22-anwar-to-lam-putrajaya", "2024-11-22", "PUTRAJAYA",
    [P(ANW, ["Datuk Seri Anwar Ibrahim", "Anwar"], ("Prime Minister", "Malaysia")),
     P(TL, [], ("General Secretary", "Communist Party of Vietnam")),
     P(MH, ["Datuk Seri Mohamad Hasan"], ("Foreign Minister", "Malaysia")),
     P(TZ, ["Tengku Datuk Seri Zafrul Tengku Abdul Aziz", "Tengku Zafrul"],
       ("Investment, Trade and Industry Minister", "Malaysia")),
     P(BTS, [], ("Deputy Prime Minister", "Vietnam"), ("Foreign Minister", "Vietnam")),
     P(PMC, [], ("Prime Minister", "Vietnam")),
     P(SIB, [], ("Yang di-Pertuan Agong", "Malaysia")),
     P(NAR, [])],
    [E("ASEAN", "Association of Southeast Asian Nations"),
     E("Ministry of Investment, Trade and Industry", "MITI")],
    [E("Malaysia", "Malaysian"),
     E("Vietnam", "Viet Nam", "Vietnamese")],
    [I("meeting", [ANW, TL, MH, TZ, BTS], "2024-11-22", "Putrajaya"),
     I("visit", [TL, "Malaysia"], "2024-11-21"),
     I("signing", [TZ, BTS, ANW, TL], "2024-11-22", "Putrajaya"),
     I("meeting", [ANW, PMC], "2024-10", "Vientiane"),
     I("multilateral", [ANW, PMC], "2024-10", "Vientiane", name="44th and 45th ASEAN Summits")],
    [N(CSP, None),
     N("Malaysia-Vietnam working group on the digital economy", ANW),
     N("Malaysia's ASEAN Chairmanship in 2025", "Malaysia", "ASEAN Chairmanship"),
     N("visit of Anwar Ibrahim to Vietnam", TL),
     N("meeting of To Lam with Sultan Ibrahim", None)],
    [D("Joint Statement on the Elevation of Malaysia-Viet Nam Relations to a " + CSP),
     D("Memorandum of Understanding on Cooperation in Digital Transformation"),
     D("UNCLOS", "United Nations Convention on the Law of the Sea")])

# 2 Rastriya Samachar Samiti (RSS, Nepal's news agency; plain dateline without year: meta.json)
OLI, XI, ARD, WY, RAI, LIU, LQ, ZLJ = ("KP Sharma Oli", "Xi Jinping", "Arzu Rana Deuba", "Wang Yi",
                                       "Amrit Bahadur Rai", "Liu Sushe", "Li Qiang", "Zhao Leji")
rec("np-2024-12-04-oli-xi-beijing-bri-framework", "2024-12-04", "Beijing",
    [P(OLI, ["Prime Minister Oli"], ("Prime Minister", "Nepal")),
     P(XI, ["President Xi"], ("President", "China")),
     P(ARD, ["Dr Arzu Rana Deuba", "Dr Deuba", "Minister Deuba"], ("Foreign Minister", "Nepal")),
     P(WY, [], ("Foreign Minister", "China")),
     P(RAI, [], ("Foreign Secretary", "Nepal")),
     P(LIU, [], ("Vice-Chairman", "National Development and Reform Commission")),
     P(LQ, ["Premier Li"], ("Premier", "China")),
     P(ZLJ, [], ("Chairman of the Standing Committee of the National People's Congress", "China"))],
    [E("Peking University")],
    [E("Nepal"),
     E("China", "Chinese")],
    [I("meeting", [OLI, XI, ARD], "2024-12-04", "Beijing"),
     I("signing", [RAI, LIU, ARD, WY], "2024-12-04", "Beijing"),
     I("meeting", [OLI, LQ], "2024-12-03", "Beijing"),
     I("signing", [OLI, LQ], "2024-12-03", "Beijing"),
     I("visit", [OLI, "China"], "2024-12-02"),
     I("meeting", [OLI, ZLJ], "2024-12-03", "Beijing"),
     I("visit", [XI, "Nepal"], "2019-10"),
     I("visit", [OLI, "China"], "2018-06")],
    [N("feasibility study of the Kerung-Kathmandu Railway", OLI, "Kerung-Kathmandu Railway"),
     N("Trans-Himalayan Multi-Dimensional Connectivity Network", OLI),
     N("Global Development Initiative", XI),
     N("one-China policy", None),
     N("strategic partnership of cooperation featuring everlasting friendship for development and prosperity", None),
     N("visit of Xi Jinping to Nepal", OLI)],
    [D("Framework for Belt and Road Cooperation"),
     D("Memorandum of Understanding on Cooperation in the Field of Economic Development")])

# 3 Executive Mansion, Office of the President of Liberia (dateline with full date; -30- trailer)
BOA, MAH, KOU, NYA, ABL, GBE = ("Joseph Nyuma Boakai", "John Dramani Mahama", "Jeremiah Kpan Koung",
                                "Sara Beysolow Nyanti", "Samuel Okudzeto Ablakwa", "Larry Gbevlo-Lartey")
rec("lr-2025-03-11-boakai-mahama-monrovia", "2025-03-11", "Monrovia",
    [P(BOA, ["President Boakai"], ("President", "Liberia")),
     P(MAH, ["President Mahama"], ("President", "Ghana")),
     P(KOU, [], ("Vice President", "Liberia")),
     P(NYA, ["Foreign Minister Nyanti"], ("Foreign Minister", "Liberia")),
     P(ABL, ["Minister Ablakwa"], ("Minister for Foreign Affairs", "Ghana")),
     P(GBE, [], ("Special Envoy to the AES", "Ghana"))],
    [E("Executive Mansion", "Office of the President"),
     E("Economic Community of West African States", "ECOWAS"),
     E("Alliance of Sahel States", "AES"),
     E("United Nations Security Council"),
     E("Office of the Press Secretary to the President")],
    [E("Liberia", "Republic of Liberia", "Liberian"),
     E("Ghana", "Republic of Ghana", "Ghanaian"),
     E("Burkina Faso"), E("Mali"), E("Niger"),
     E("Sierra Leone")],
    [I("visit", [MAH, "Liberia"], "2025-03-10", "Monrovia"),
     I("meeting", [BOA, MAH, ABL], "2025-03-11", "Monrovia"),
     I("signing", [NYA, ABL, BOA, MAH], "2025-03-11", "Monrovia"),
     I("visit", [BOA, "Ghana"], "2025-01-07", "Accra")],
    [N("structured ECOWAS-AES dialogue", MAH, "ECOWAS-AES dialogue"),
     N("Liberia's candidature for a non-permanent seat on the United Nations Security Council for the 2026-2027 term",
       "Liberia"),
     N("first session of the Commission", None),
     N("visit of Joseph Nyuma Boakai to Ghana", MAH),
     N("visit of John Dramani Mahama to Sierra Leone", None)],
    [D("Memorandum of Understanding on the Establishment of a Joint Permanent Commission for Cooperation between "
       "the Republic of Liberia and the Republic of Ghana")])

# 4 Ministry of Foreign Affairs, Republic of Malawi (no dateline; "Issued by" block with date)
TEM, HAI, CHK, HH = "Nancy Tembo", "Mulambo Haimbe", "Lazarus McCarthy Chakwera", "Hakainde Hichilema"
JPCC = "Malawi-Zambia Joint Permanent Commission on Cooperation"
OSBP = "Mwami-Mchinji One Stop Border Post"
rec("mw-2024-09-12-tembo-haimbe-jpcc-lilongwe", "2024-09-12", None,
    [P(TEM, ["Honourable Tembo"], ("Minister of Foreign Affairs", "Malawi")),
     P(HAI, ["Honourable Haimbe"], ("Minister of Foreign Affairs and International Cooperation", "Zambia")),
     P(CHK, ["President Chakwera"], ("President", "Malawi")),
     P(HH, ["President Hichilema"], ("President", "Zambia"))],
    [E("Ministry of Foreign Affairs"),
     E(JPCC, "JPCC"),
     E("SADC", "Southern African Development Community")],
    [E("Malawi", "Republic of Malawi", "Malawian"),
     E("Zambia", "Republic of Zambia")],
    [I("meeting", [TEM, HAI], "2024-09-12", "Lilongwe"),
     I("signing", [TEM, HAI], "2024-09-12", "Lilongwe"),
     I("meeting", [HAI, CHK], "2024-09-12"),
     I("correspondence", [HH, CHK], "2024-09-12"),
     I("meeting", [CHK, HH], "2024-08", "Harare"),
     I("multilateral", [CHK, HH], "2024-08", "Harare",
       name="44th Ordinary Summit of SADC Heads of State and Government"),
     I("meeting", ["Malawi", "Zambia"], "2019", "Lusaka")],
    [N("joint trade and investment fair", HAI),
     N("Nacala Development Corridor", None),
     N("15th Session of the JPCC", None),
     N(OSBP, None)],
    [D("Agreed Minutes of the 14th Session"),
     D("Agreement on the Establishment and Operation of the " + OSBP)])

# 5 Agence Mauritanienne d'Information (AMI; translated from French; dateline with numeric date)
GHZ, SAN, DJA, MER, ALB, SAIZ, VDL = ("Mohamed Ould Cheikh El Ghazouani", "Pedro Sánchez Pérez-Castejón",
                                      "Mokhtar Ould Djay", "Mohamed Salem Ould Merzoug", "José Manuel Albares",
                                      "Elma Saiz", "Ursula von der Leyen")
AECID = "Spanish Agency for International Development Cooperation"
rec("mr-2024-08-27-ghazouani-sanchez-nouakchott", "2024-08-27", "Nouakchott",
    [P(GHZ, [], ("President of the Republic", "Mauritania")),
     P(SAN, ["Mr. Sánchez"], ("President of the Government", "Spain")),
     P(DJA, [], ("Prime Minister", "Mauritania")),
     P(MER, [], ("Minister of Foreign Affairs, Cooperation and Mauritanians Abroad", "Mauritania")),
     P(ALB, [], ("Minister of Foreign Affairs, European Union and Cooperation", "Spain")),
     P(SAIZ, [], ("Minister of Inclusion, Social Security and Migration", "Spain")),
     P(VDL, [], ("President of the European Commission", "European Commission"))],
    [E("African Union", "AU"),
     E("European Commission"),
     E("European Union", "EU"),
     E(AECID, "AECID")],
    [E("Mauritania", "Mauritanian"),
     E("Spain", "Kingdom of Spain", "Spanish"),
     E("Gambia", "the Gambia"),
     E("Senegal")],
    [I("visit", [SAN, "Mauritania"], "2024-08-27", "Nouakchott"),
     I("meeting", [GHZ, SAN, DJA, MER, ALB], "2024-08-27", "Nouakchott"),
     I("signing", [MER, SAIZ, GHZ, SAN], "2024-08-27", "Nouakchott"),
     I("visit", [SAN, "Mauritania"], "2024-02-08", "Nouakchott"),
     I("visit", [VDL, "Mauritania"], "2024-02-08", "Nouakchott")],
    [N("opening of an office of the " + AECID + " (AECID) in Nouakchott", SAN),
     N("partnership on migration", None),
     N("Mauritanian-Spanish business forum", SAN),
     N("Mauritania Investment Forum", None),
     N("visit of Pedro Sánchez Pérez-Castejón to the Gambia", None),
     N("visit of Pedro Sánchez Pérez-Castejón to Senegal", None)],
    [D("Memorandum of Understanding on Circular Migration"),
     D("Joint Declaration on Migration")])

# 6 Prensa Presidencia, Government of Chile (translated from Spanish; dateline with full date)
BOR, MOD, AVK, VAL, ETC, JAI, MUR, GAN = ("Gabriel Boric Font", "Narendra Modi", "Alberto van Klaveren",
                                          "Esteban Valenzuela", "Aisén Etcheverry", "S. Jaishankar",
                                          "Droupadi Murmu", "Mahatma Gandhi")
rec("cl-2025-04-01-boric-modi-new-delhi", "2025-04-01", "New Delhi",
    [P(BOR, ["President Boric"], ("President of the Republic", "Chile")),
     P(MOD, ["Prime Minister Modi"], ("Prime Minister", "India")),
     P(AVK, ["Foreign Minister van Klaveren"], ("Minister of Foreign Affairs", "Chile")),
     P(VAL, [], ("Minister of Agriculture", "Chile")),
     P(ETC, [], ("Minister of Science, Technology, Knowledge and Innovation", "Chile")),
     P(JAI, ["Minister Jaishankar"], ("Minister of External Affairs", "India")),
     P(MUR, [], ("President", "India")),
     P(GAN, [])],
    [E("Prensa Presidencia"),
     E("ProChile")],
    [E("Chile", "Chilean", "Government of Chile"),
     E("India", "Republic of India")],
    [I("visit", [BOR, "India"], "2025-03-31"),
     I("meeting", [BOR, MOD, AVK, VAL, ETC, JAI], "2025-04-01", "New Delhi"),
     I("signing", [AVK, JAI, BOR, MOD], "2025-04-01", "New Delhi"),
     I("meeting", [BOR, MUR], "2025-04-01", "New Delhi")],
    [N("negotiations on a Comprehensive Economic Partnership Agreement", None, "CEPA"),
     N("visit of Narendra Modi to Chile", BOR),
     N("next round of political consultations between the two foreign ministries", None),
     N("business forum organized by ProChile", None)],
    [D("Chile-India Preferential Trade Agreement"),
     D("Memorandum of Understanding on Cooperation in Antarctica"),
     D("Memorandum of Understanding on the Cultural Exchange Programme 2025-2028")])

# 7 Office of the Prime Minister, Cook Islands Government (media release; stamp, no dateline)
BRO, LUX, PET, HER = "Mark Brown", "Christopher Luxon", "Winston Peters", "Tepaeru Herrmann"
CISMA, MNR = "Cook Islands Seabed Minerals Authority", "Ministry of Natural Resources of China"
rec("ck-2025-02-17-brown-china-action-plan", "2025-02-17", None,
    [P(BRO, ["Prime Minister Brown", "Hon. Mark Brown"], ("Prime Minister", "Cook Islands")),
     P(LQ, ["Premier Li"], ("Premier", "China")),
     P(WY, [], ("Foreign Minister", "China")),
     P(LUX, ["Rt Hon Christopher Luxon"], ("Prime Minister", "New Zealand")),
     P(PET, ["Rt Hon Winston Peters"], ("Deputy Prime Minister", "New Zealand"),
       ("Minister of Foreign Affairs", "New Zealand")),
     P(HER, [], ("Secretary of Foreign Affairs and Immigration", "Cook Islands"))],
    [E("Office of the Prime Minister"),
     E(CISMA),
     E(MNR, "Ministry of Natural Resources"),
     E("Harbin Institute of Technology"),
     E("Pacific Islands Forum")],
    [E("Cook Islands", "Government of the Cook Islands", "Cook Islands Government"),
     E("China", "People's Republic of China", "Chinese"),
     E("New Zealand")],
    [I("visit", [BRO, "China"], "2025-02-10"),
     I("meeting", [BRO, LQ], "2025-02-14", "Beijing"),
     I("signing", [BRO, WY, LQ], "2025-02-14", "Beijing"),
     I("signing", [CISMA, MNR]),
     I("correspondence", [BRO, LUX]),
     I("call", [BRO, PET], "2025-02-05"),
     I("multilateral", [], "2023-11", name="52nd Pacific Islands Forum Leaders Meeting")],
    [N("Global Development Initiative", "China", "China's Global Development Initiative"),
     N("meeting of officials of the Cook Islands and New Zealand", BRO),
     N("visit of Li Qiang to the Cook Islands", BRO)],
    [D("Action Plan for Comprehensive Strategic Partnership between the Government of the Cook Islands and the "
       "Government of the People's Republic of China (2025-2030)", "Action Plan"),
     D("Memorandum of Understanding on Blue Economy Cooperation"),
     D("Memorandum of Understanding on Cooperation in Seabed Mineral Resources Research"),
     D("Joint Centenary Declaration")])

# 8 Presidency of Bosnia and Herzegovina (numeric stamp, plain dateline; Cabinet trailer)
BEC, KOM, CVI, KOS, SOR, KRI, PLE, COS = ("Denis Bećirović", "Željko Komšić", "Željka Cvijanović", "Marta Kos",
                                          "Luigi Soreca", "Borjana Krišto", "Andrej Plenković", "António Costa")
BIH = "Bosnia and Herzegovina"
rec("ba-2025-01-28-presidency-kos-sarajevo", "2025-01-28", "Sarajevo",
    [P(BEC, ["Chairman Bećirović"], ("Chairman of the Presidency", BIH)),
     P(KOM, [], ("Member of the Presidency", BIH)),
     P(CVI, [], ("Member of the Presidency", BIH)),
     P(KOS, ["Commissioner Kos"], ("European Commissioner for Enlargement", "European Commission")),
     P(SOR, [], ("Head of the Delegation of the European Union to BiH", "European Union"),
       ("EU Special Representative", "European Union")),
     P(KRI, [], ("Chairwoman of the Council of Ministers", BIH)),
     P(PLE, [], ("Prime Minister", "Croatia")),
     P(COS, [], ("President of the European Council", "European Council"))],
    [E("Presidency of Bosnia and Herzegovina", "Presidency of BiH", "Presidency"),
     E("European Commission", "Commission"),
     E("European Union", "EU"),
     E("European Council"),
     E("Council of Ministers of BiH", "Council of Ministers"),
     E("European Political Community"),
     E("Cabinet of the Chairman of the Presidency of BiH")],
    [E(BIH, "BiH"),
     E("Croatia")],
    [I("meeting", [BEC, KOM, CVI, KOS, SOR], "2025-01-28", "Sarajevo"),
     I("visit", [KOS, BIH]),
     I("meeting", [KOS, KRI], "2025-01-28", "Sarajevo"),
     I("call", [BEC, PLE], "2025-01-28"),
     I("meeting", [BEC, PLE], "2024-11-07", "Budapest"),
     I("multilateral", [BEC, PLE], "2024-11-07", "Budapest", name="Meeting of the European Political Community"),
     I("correspondence", [BEC, COS], "2025-01-28")],
    [N("Reform Agenda", None),
     N("Growth Plan for the Western Balkans", None),
     N("first intergovernmental conference with Bosnia and Herzegovina", None),
     N("joint working group of the Presidency and the Council of Ministers of BiH", BEC),
     N("visit of Marta Kos to Bosnia and Herzegovina", BEC),
     N("visit of António Costa to Bosnia and Herzegovina", BEC)],
    [D("Stabilisation and Association Agreement"),
     D("Dayton Peace Agreement")])

# 9 SANA, Syrian Arab News Agency (weekday stamp and dateline without year: meta.json)
SHA, TAM, SHI, MBA, KHU, FID, HAM, MAN = ("Ahmad al-Sharaa", "Tamim bin Hamad Al Thani", "Asaad Hassan al-Shaibani",
                                          "Mohammed bin Abdulrahman bin Jassim Al Thani",
                                          "Mohammed bin Abdulaziz Al-Khulaifi", "Hakan Fidan", "Hamda Mustafa",
                                          "Manar Salameh")
rec("sy-2025-01-30-sharaa-tamim-damascus", "2025-01-30", "Damascus",
    [P(SHA, ["President al-Sharaa", "al-Sharaa"], ("President for the transitional period", "Syria")),
     P(TAM, ["Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim"], ("Emir", "Qatar")),
     P(SHI, ["al-Shaibani"], ("Foreign and Expatriates Minister", "Syria")),
     P(MBA, ["Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani"], ("Prime Minister", "Qatar"),
       ("Minister of Foreign Affairs", "Qatar")),
     P(KHU, ["Dr. Mohammed bin Abdulaziz Al-Khulaifi", "Al-Khulaifi"],
       ("Minister of State at the Foreign Ministry", "Qatar")),
     P(FID, []),
     P(HAM, []),
     P(MAN, [])],
    [],
    [E("Syria", "Syrian Arab Republic", "Syrian"),
     E("Qatar", "State of Qatar", "Qatari"),
     E("Jordan"),
     E("Türkiye", "Turkish")],
    [I("visit", [TAM, "Syria"], "2025-01-30", "Damascus"),
     I("meeting", [SHA, TAM, MBA, KHU], "2025-01-30", "Damascus"),
     I("visit", [KHU, "Syria"], "2024-12-23", "Damascus"),
     I("meeting", [KHU, SHA], "2024-12-23", "Damascus"),
     I("visit", [SHI, "Qatar"], "2025-01-05", "Doha"),
     I("meeting", [SHI, MBA], "2025-01-05", "Doha"),
     I("call", [SHI, FID], "2025-01-30"),
     I("multilateral", [], name="Victory Conference")],
    [N("National Dialogue Conference", SHA),
     N("grant of natural gas to be delivered via Jordan", TAM),
     N("joint Syrian-Qatari committee", TAM),
     N("visit of Ahmad al-Sharaa to Qatar", TAM)],
    [])

# 10 Milli Majlis of the Republic of Azerbaijan (stamp without year: meta.json; department trailer)
GAF, PAP, ALI, KOB, ACK, CHU, KUR = ("Sahiba Gafarova", "Shalva Papuashvili", "Ilham Aliyev", "Irakli Kobakhidze",
                                     "Tulia Ackson", "Martin Chungong", "Numan Kurtulmuş")
IPU = "Inter-Parliamentary Union"
PMC29 = "Parliamentary Meeting on the occasion of COP29"
rec("az-2024-11-17-gafarova-cop29-parliamentary-meeting", "2024-11-17", None,
    [P(GAF, [], ("Chair of the Milli Majlis", "Azerbaijan")),
     P(PAP, [], ("Speaker of the Parliament of Georgia", "Georgia")),
     P(ALI, ["President Ilham Aliyev"], ("President", "Azerbaijan")),
     P(KOB, [], ("Prime Minister", "Georgia")),
     P(ACK, [], ("President", IPU)),
     P(CHU, [], ("Secretary General", IPU)),
     P(KUR, [], ("Speaker of the Grand National Assembly", "Türkiye"))],
    [E("Milli Majlis", "Milli Majlis of the Republic of Azerbaijan"),
     E("Parliament of Georgia"),
     E(IPU, "IPU"),
     E("COP29 Presidency"),
     E("Press and Public Relations Department of the Milli Majlis")],
    [E("Azerbaijan", "Republic of Azerbaijan"),
     E("Georgia"),
     E("Türkiye")],
    [I("meeting", [GAF, PAP], "2024-11-17", "Baku"),
     I("visit", [PAP, "Azerbaijan"], None, "Baku"),
     I("multilateral", [GAF, PAP], "2024-11-17", "Baku", name=PMC29),
     I("multilateral", [], name="COP29"),
     I("meeting", [ALI, KOB], "2024-11-12", "Baku"),
     I("multilateral", [ALI, KOB], "2024-11-12", "Baku", name="World Leaders Climate Action Summit"),
     I("signing", [GAF, PAP], "2024-11-17", "Baku"),
     I("visit", [PAP, "Azerbaijan"], "2024-03", "Baku"),
     I("meeting", [PAP, GAF], "2024-03", "Baku"),
     I("meeting", [GAF, ACK, CHU], "2024-11-17", "Baku"),
     I("correspondence", [KUR, GAF], "2024-11-17")],
    [N("joint session of the working groups in Tbilisi", GAF),
     N("Baku-Tbilisi-Kars railway", None),
     N("Black Sea submarine electricity cable", None)],
    [D("Memorandum of Understanding on Cooperation between the Milli Majlis of the Republic of Azerbaijan and the "
       "Parliament of Georgia")])

# 11 Inter-Parliamentary Union (press release; dateline with full date; hashtag trailer)
MIR, NAR_, ISM, GUT, ALS, SAD = ("Shavkat Mirziyoyev", "Tanzila Narbaeva", "Nuriddin Ismoilov", "António Guterres",
                                 "Armida Salsiah Alisjahbana", "Sardar Ayaz Sadiq")
ESCAP = "Economic and Social Commission for Asia and the Pacific"
rec("ipu-2025-04-05-150th-assembly-tashkent", "2025-04-05", "Tashkent",
    [P(MIR, ["President Mirziyoyev"], ("President", "Uzbekistan")),
     P(ACK, ["Dr. Tulia Ackson", "Dr. Ackson"], ("President", IPU),
       ("Speaker of the National Assembly", "Tanzania")),
     P(CHU, ["Mr. Chungong"], ("Secretary General", IPU)),
     P(NAR_, ["Ms. Narbaeva"], ("Chairperson of the Senate of the Oliy Majlis", "Uzbekistan"),
       ("President of the Assembly", IPU)),
     P(ISM, [], ("Speaker of the Legislative Chamber", "Uzbekistan")),
     P(GUT, [], ("Secretary-General", "United Nations")),
     P(ALS, [], ("Executive Secretary", ESCAP)),
     P(SAD, [], ("Speaker of the National Assembly", "Pakistan"))],
    [E(IPU, "IPU"),
     E("Oliy Majlis", "Oliy Majlis of the Republic of Uzbekistan"),
     E(ESCAP, "ESCAP"),
     E("United Nations", "UN")],
    [E("Uzbekistan"),
     E("Tanzania", "United Republic of Tanzania"),
     E("Pakistan"),
     E("Myanmar")],
    [I("multilateral", [MIR, ACK, CHU, NAR_], "2025-04-05", "Tashkent", name="150th Assembly of the " + IPU),
     I("meeting", [MIR, ACK, CHU], "2025-04-04", "Tashkent"),
     I("multilateral", [], "2024-09", "New York", name="Summit of the Future"),
     I("signing", [CHU, ALS], "2025-04-05", "Tashkent"),
     I("meeting", [ACK, SAD], "2025-04-05", "Tashkent")],
    [N("IPU programme on parliamentary engagement in social protection", "Uzbekistan"),
     N("emergency item proposed by the delegation of Myanmar on the humanitarian response to the earthquake",
       "Myanmar", "emergency item"),
     N("Sixth World Conference of Speakers of Parliament", None),
     N("151st IPU Assembly", None)],
    [D("Pact for the Future"),
     D("Tashkent Declaration")])

# 12 MERCOSUR (mercosur.int news; numeric stamp, dateline with full date)
MIL, LUL, PEN, ORS, SOS, WER = ("Javier Milei", "Luiz Inácio Lula da Silva", "Santiago Peña", "Yamandú Orsi",
                                "Celinda Sosa", "Gerardo Werthein")
rec("mercosur-2025-07-03-buenos-aires-summit", "2025-07-03", "Buenos Aires",
    [P(MIL, ["President Milei"], ("President", "Argentina")),
     P(LUL, ["President Lula"], ("President", "Brazil")),
     P(PEN, [], ("President", "Paraguay")),
     P(ORS, ["President Orsi"], ("President", "Uruguay")),
     P(SOS, [], ("Foreign Minister", "Bolivia")),
     P(WER, [], ("Minister of Foreign Affairs, International Trade and Worship", "Argentina"))],
    [E("MERCOSUR"),
     E("European Free Trade Association", "EFTA"),
     E("Common Market Council", "CMC"),
     E("MERCOSUR Secretariat")],
    [E("Argentina", "Argentine Republic", "Argentine"),
     E("Brazil", "Federative Republic of Brazil"),
     E("Paraguay", "Republic of Paraguay"),
     E("Uruguay", "Oriental Republic of Uruguay", "Uruguayan"),
     E("Bolivia", "Plurinational State of Bolivia"),
     E("Chile"), E("Colombia"), E("Ecuador"), E("Peru"),
     E("United Arab Emirates"), E("Canada"), E("China")],
    [I("multilateral", [MIL, LUL, PEN, ORS, SOS], "2025-07-03", "Buenos Aires",
       name="LXVI Summit of Heads of State of MERCOSUR and Associated States"),
     I("multilateral", [WER], "2025-07-02", name="LXVI Ordinary Meeting of the Common Market Council"),
     I("meeting", [ORS, LUL], "2025-07-03", "Buenos Aires"),
     I("meeting", [PEN, MIL], "2025-07-03", "Buenos Aires")],
    [N("greater flexibility to negotiate trade agreements with third countries individually", MIL),
     N("reduction of the Common External Tariff", MIL),
     N("next Summit in December, in Foz do Iguaçu", None),
     N("Uruguayan request for an agreement with China", "Uruguay"),
     N("international bridge over the Yaguarón River", None),
     N("negotiations under way with the United Arab Emirates and Canada", None)],
    [D("MERCOSUR-EFTA Free Trade Agreement"),
     D("EU-MERCOSUR Partnership Agreement"),
     D("Joint Communiqué of the Presidents of the States Parties of MERCOSUR")])

if __name__ == "__main__":
    check_and_write(GOLD, score)
