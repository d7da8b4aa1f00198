#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind14 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written).
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind8
sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec
EU = E("European Union", "EU")

# 1 Government of Iceland, Ministry for Foreign Affairs
TKR, KUL, POP, MPB, KJ = ("Þórdís Kolbrún Reykfjörð Gylfadóttir", "Dmytro Kuleba", "Nicu Popescu",
                          "Marija Pejčinović Burić", "Katrín Jakobsdóttir")
SUMMIT = "4th Summit of Heads of State and Government of the Council of Europe"
rec("is-2023-05-17-thordis-kolbrun-reykjavik-summit-bilaterals", "2023-05-17", None,
    [P(TKR, ["Þórdís Kolbrún"], ("Minister for Foreign Affairs", "Iceland")),
     P(KUL, ["Kuleba"], ("Minister for Foreign Affairs", "Ukraine")),
     P(POP, ["Popescu"], ("Deputy Prime Minister", "Moldova"),
       ("Minister of Foreign Affairs and European Integration", "Moldova")),
     P(MPB, ["Pejčinović Burić"], ("Secretary General", "Council of Europe")),
     P(KJ, [], ("Prime Minister", "Iceland"))],
    [E("Council of Europe", "CoE"),
     E("Committee of Ministers", "Committee of Ministers of the Council of Europe"),
     E("Ministry for Foreign Affairs", "Ministry for Foreign Affairs of Iceland"),
     E("Register of Damage", "Register"),
     E("European Political Community", "EPC"),
     EU],
    [E("Iceland", "Icelandic", "Government of Iceland"),
     E("Ukraine"), E("Russia"),
     E("Moldova", "Republic of Moldova"),
     E("Ireland"), E("Latvia")],
    [I("meeting", [TKR, KUL], "2023-05-16", "Reykjavík"),
     I("meeting", [TKR, POP], "2023-05-16", "Reykjavík"),
     I("meeting", [TKR, KJ, MPB], "2023-05-17", "Reykjavík"),
     I("multilateral", ["Iceland", TKR, KJ, KUL, POP, MPB], "2023-05-16", "Reykjavík", name=SUMMIT),
     I("multilateral", [], "2005-05", "Warsaw", name="Third Summit of the Council of Europe")],
    [N("Special Tribunal for the Crime of Aggression", "Ukraine"),
     N("European Political Community summit", None),
     N("Moldova's accession to the European Union", "Moldova"),
     N("first round of political consultations", None)],
    [D("Reykjavík Declaration")])

# 2 Ministry of Foreign Affairs of Denmark
LLR, SIK, TSA = "Lars Løkke Rasmussen", "Radosław Sikorski", "Margus Tsahkna"
rec("dk-2024-04-11-lokke-rasmussen-sikorski-copenhagen", "2024-04-11", None,
    [P(LLR, ["Løkke Rasmussen", "Foreign Minister Lars Løkke Rasmussen"], ("Foreign Minister", "Denmark")),
     P(SIK, ["Sikorski"], ("Minister of Foreign Affairs", "Poland")),
     P(TSA, [], ("Minister of Foreign Affairs", "Estonia"))],
    [E("Ministry of Foreign Affairs of Denmark", "Ministry of Foreign Affairs"),
     E("NATO", "North Atlantic Treaty Organization"),
     E("Nordic-Baltic Eight", "NB8"),
     EU],
    [E("Denmark", "Danish"), E("Poland", "Polish"), E("Ukraine"), E("Russia"), E("Estonia")],
    [I("meeting", [LLR, SIK], "2024-04-11", "Copenhagen"),
     I("visit", [SIK, "Denmark"]),
     I("call", [LLR, TSA], "2024-04-10"),
     I("meeting", [LLR, SIK], "2024-04", "Brussels"),
     I("multilateral", [LLR, SIK], "2024-04-03", "Brussels", name="meeting of NATO foreign ministers")],
    [N("Danish model", "Denmark"),
     N("European air defence shield", "Poland"),
     N("visit of Lars Løkke Rasmussen to Poland", SIK, "visit Warsaw"),
     N("next meeting of the Nordic-Baltic Eight (NB8) foreign ministers", None)],
    [])

# 3 Ministry of Foreign and European Affairs of the Slovak Republic
JB, AS, RF, PP = "Juraj Blanár", "Alexander Schallenberg", "Robert Fico", "Peter Pellegrini"
rec("sk-2024-02-27-blanar-schallenberg-official-visit", "2024-02-27", None,
    [P(JB, ["J. Blanár", "Blanár", "Minister Blanár"], ("Minister of Foreign and European Affairs", "Slovakia")),
     P(AS, ["A. Schallenberg", "Minister Schallenberg"],
       ("Federal Minister for European and International Affairs", "Austria")),
     P(RF, ["Prime Minister Robert Fico"], ("Prime Minister", "Slovakia")),
     P(PP, [], ("Speaker of the National Council", "Slovakia"))],
    [E("Ministry of Foreign and European Affairs of the Slovak Republic", "Ministry of Foreign and European Affairs"),
     E("Slavkov format", "Austerlitz format"),
     E("OSCE", "Organization for Security and Co-operation in Europe"),
     EU],
    [E("Slovakia", "Slovak Republic", "Slovak"),
     E("Austria", "Republic of Austria", "Austrian"),
     E("Czech Republic"), E("Ukraine")],
    [I("visit", [AS, "Slovakia"], "2024-02-26"),
     I("meeting", [JB, AS], "2024-02-26", "Bratislava"),
     I("signing", [JB, AS], "2024-02-26", "Bratislava"),
     I("meeting", [AS, RF], "2024-02-27"),
     I("meeting", [AS, PP], "2024-02-27"),
     I("meeting", [JB, AS], "2023-11-30", "Skopje"),
     I("multilateral", [JB, AS], "2023-11-30", "Skopje", name="OSCE Ministerial Council")],
    [N("road bridge between Záhorská Ves and Angern an der March", "Slovakia"),
     N("next meeting of the Slavkov format", None),
     N("joint working group on the security of critical energy infrastructure", JB),
     N("visit of Juraj Blanár to Austria", AS, "visit to Vienna")],
    [D("Memorandum of Understanding on Cooperation in Consular Matters between the Slovak Republic and the "
       "Republic of Austria", "Memorandum of Understanding on Cooperation in Consular Matters")])

# 4 Ministry of Foreign Affairs of the Republic of Serbia
MD, IA, AV, JBY, MB = "Marko Đurić", "Ilham Aliyev", "Aleksandar Vučić", "Jeyhun Bayramov", "Mukhtar Babayev"
rec("rs-2024-09-03-djuric-aliyev-vucic-letter-baku", "2024-09-03", "Baku",
    [P(MD, ["Minister Đurić", "Đurić"], ("Minister of Foreign Affairs", "Serbia")),
     P(IA, ["President Aliyev"], ("President", "Azerbaijan")),
     P(AV, ["President Vučić"], ("President", "Serbia")),
     P(JBY, ["Minister Bayramov"], ("Minister of Foreign Affairs", "Azerbaijan")),
     P(MB, [], ("Minister of Ecology and Natural Resources", "Azerbaijan"))],
    [E("Ministry of Foreign Affairs of the Republic of Serbia")],
    [E("Serbia", "Republic of Serbia"),
     E("Azerbaijan", "Republic of Azerbaijan", "Azerbaijani"),
     E("Bulgaria")],
    [I("meeting", [MD, IA], "2024-09-03", "Baku"),
     I("correspondence", [AV, IA], "2024-09-03", "Baku"),
     I("visit", [MD, "Azerbaijan"], "2024-09-02", "Baku"),
     I("meeting", [MD, JBY], "2024-09-02", "Baku"),
     I("signing", [MD, JBY], "2024-09-02", "Baku"),
     I("meeting", [JBY, AV], "2023-11-07", "Belgrade")],
    [N("strategic partnership", None),
     N("COP29", None),
     N("Council on Strategic Partnership", JBY, "Council on Strategic Partnership between Azerbaijan and Serbia"),
     N("gas-fired power plant near Niš", None),
     N("visit of Mukhtar Babayev to Serbia", MD, "visit Belgrade"),
     N("direct flight between Belgrade and Baku", None)],
    [D("Memorandum of Understanding between the Diplomatic Academy of the Ministry of Foreign Affairs of the "
       "Republic of Serbia and ADA University")])

# 5 Luxembourg government, MAEDCCE (no date in the text: meta.json)
XB, HL, CV, SYB, VZ, LF = ("Xavier Bettel", "Hadja Lahbib", "Caspar Veldkamp", "Andrii Sybiha",
                           "Volodymyr Zelenskyy", "Luc Frieden")
LUD = "2024-10-15"
rec("lu-2024-10-15-bettel-benelux-ministers", LUD, None,
    [P(XB, ["Minister Bettel"], ("Deputy Prime Minister", "Luxembourg"),
       ("Minister for Foreign Affairs and Foreign Trade", "Luxembourg")),
     P(HL, [], ("Minister of Foreign Affairs, European Affairs and Foreign Trade", "Belgium")),
     P(CV, ["Minister Veldkamp"], ("Minister of Foreign Affairs", "Netherlands")),
     P(SYB, [], ("Minister for Foreign Affairs", "Ukraine")),
     P(VZ, ["President Volodymyr Zelenskyy"], ("President", "Ukraine")),
     P(LF, ["Prime Minister Luc Frieden"], ("Prime Minister", "Luxembourg"))],
    [E("Ministry of Foreign and European Affairs, Defence, Development Cooperation and Foreign Trade"),
     E("Benelux Union", "Benelux"),
     E("General Secretariat of the Benelux Union"),
     E("European Commission"),
     EU],
    [E("Luxembourg"), E("Belgium"), E("Netherlands", "the Netherlands"), E("Ukraine")],
    [I("meeting", [XB, HL, CV], LUD, "Luxembourg City"),
     I("visit", [HL, "Luxembourg"], LUD, "Luxembourg City"),
     I("visit", [CV, "Luxembourg"], LUD, "Luxembourg City"),
     I("call", [XB, HL, CV, SYB], LUD),
     I("meeting", [XB, CV], LUD, "Luxembourg City"),
     I("meeting", ["Belgium", "Netherlands", "Luxembourg"], "2023-11", "The Hague")],
    [N("Peace Formula", VZ),
     N("joint Benelux consular hub", XB),
     N("Benelux summit of heads of government", None)],
    [D("Joint Statement of the Benelux Foreign Ministers on Ukraine")])

# 6 Presidency of the Republic of Moldova
MS, PJL, UB, SJ, MSY, BW, KI = ("Maia Sandu", "Paul John Lehmann", "Ulvi Bakhshaliyev", "Søren Jensen",
                                "Meidyatama Suryodiningrat", "Brendan Ward", "Klaus Iohannis")
MDD = "2024-01-23"
rec("md-2024-01-23-sandu-credentials-five-ambassadors", MDD, None,
    [P(MS, ["President Maia Sandu", "head of state"], ("President", "Moldova")),
     P(PJL, ["Ambassador Lehmann"], ("Ambassador", "Australia")),
     P(UB, ["Ambassador Bakhshaliyev"], ("Ambassador", "Azerbaijan")),
     P(SJ, [], ("Ambassador", "Denmark")),
     P(MSY, ["Ambassador Suryodiningrat"], ("Ambassador", "Indonesia")),
     P(BW, [], ("Ambassador", "Ireland")),
     P(KI, [], ("President", "Romania"))],
    [E("Presidency of the Republic of Moldova", "Presidency"),
     EU,
     E("European Council"),
     E("European Political Community", "EPC")],
    [E("Moldova", "Republic of Moldova", "Moldovan"),
     E("Australia"),
     E("Azerbaijan", "Republic of Azerbaijan", "Azerbaijani"),
     E("Denmark", "Kingdom of Denmark"),
     E("Indonesia", "Republic of Indonesia", "Indonesian"),
     E("Ireland"), E("Germany"), E("France"), E("Romania")],
    [I("meeting", [MS, PJL], MDD),
     I("meeting", [MS, UB], MDD),
     I("meeting", [MS, SJ], MDD),
     I("meeting", [MS, MSY], MDD),
     I("meeting", [MS, BW], MDD),
     I("call", [MS, KI], MDD),
     I("meeting", [MS, KI], "2023-10-05", "Granada"),
     I("multilateral", [MS, KI], "2023-10-05", "Granada", name="third summit of the European Political Community")],
    [N("Moldova Support Platform", None),
     N("first intergovernmental conference", None),
     N("Moldova's accession to the European Union", "Moldova")],
    [])

# 7 MINEX Guatemala
CRM, ABI, BA, KH, AMLO = ("Carlos Ramiro Martínez", "Alicia Bárcena Ibarra", "Bernardo Arévalo", "Karin Herrera",
                          "Andrés Manuel López Obrador")
rec("gt-2024-05-22-martinez-barcena-official-visit", "2024-05-22", "Guatemala City",
    [P(CRM, ["Foreign Minister Carlos Ramiro Martínez", "Foreign Minister Martínez"], ("Foreign Minister", "Guatemala")),
     P(ABI, ["Alicia Bárcena", "Secretary Bárcena", "Foreign Secretary Bárcena", "Foreign Secretary Alicia Bárcena"],
       ("Secretary of Foreign Affairs", "Mexico")),
     P(BA, ["President Bernardo Arévalo", "President Arévalo"], ("President", "Guatemala")),
     P(KH, [], ("Vice-President", "Guatemala")),
     P(AMLO, [], ("President", "Mexico"))],
    [E("Ministry of Foreign Affairs", "MINEX"),
     E("Guatemala–Mexico Binational Commission", "Guatemala-Mexico Binational Commission")],
    [E("Guatemala", "Republic of Guatemala", "Guatemalan"),
     E("Mexico", "United Mexican States", "Mexican")],
    [I("visit", [ABI, "Guatemala"], "2024-05-21", "Guatemala City"),
     I("meeting", [CRM, ABI], "2024-05-21", "Guatemala City"),
     I("signing", [CRM, ABI], "2024-05-21", "Guatemala City"),
     I("meeting", [BA, ABI, CRM, KH], "2024-05-22", "Guatemala City"),
     I("visit", [ABI, "Guatemala"], "2024-01-14")],
    [N("modernisation of the Tecún Umán – Ciudad Hidalgo border crossing", "Guatemala"),
     N("next meeting of the Guatemala–Mexico Binational Commission", None),
     N("Sembrando Vida", "Mexico", "Sembrando Vida programme"),
     N("visit of Bernardo Arévalo to Mexico", AMLO, "official visit to Mexico")],
    [D("Memorandum of Understanding on Regular, Orderly and Safe Labour Mobility between the Republic of Guatemala "
       "and the United Mexican States", "Memorandum of Understanding on Regular, Orderly and Safe Labour Mobility")])

# 8 Jamaica, Ministry of Foreign Affairs and Foreign Trade
KJS, MJ, GC, AH, JT = "Kamina Johnson Smith", "Mélanie Joly", "Garry Conille", "Andrew Holness", "Justin Trudeau"
rec("jm-2024-06-12-johnson-smith-joly-video-conference", "2024-06-12", "KINGSTON",
    [P(KJS, ["Minister Johnson Smith", "Senator the Hon. Kamina Johnson Smith"],
       ("Minister of Foreign Affairs and Foreign Trade", "Jamaica"), ("Senator", "Jamaica")),
     P(MJ, ["Minister Joly"], ("Minister of Foreign Affairs", "Canada")),
     P(GC, ["Dr. Garry Conille"], ("Prime Minister", "Haiti")),
     P(AH, [], ("Prime Minister", "Jamaica")),
     P(JT, ["Prime Minister Justin Trudeau"], ("Prime Minister", "Canada"))],
    [E("Ministry of Foreign Affairs and Foreign Trade"),
     E("Transitional Presidential Council"),
     E("CARICOM", "Caribbean Community"),
     E("Haitian National Police")],
    [E("Jamaica", "Jamaican"), E("Canada", "Canadian"), E("Haiti", "Haitian"), E("Kenya")],
    [I("call", [KJS, MJ], "2024-06-11"),
     I("correspondence", [AH, JT], "2024-05"),
     I("meeting", [KJS, MJ], "2023-10", "Ottawa"),
     I("multilateral", [KJS, MJ], "2023-10", "Ottawa", name="Canada-CARICOM Summit")],
    [N("Multinational Security Support (MSS) Mission", "Kenya", "Multinational Security Support Mission", "MSS"),
     N("Seasonal Agricultural Worker Program", "Canada"),
     N("Jamaica-Canada Joint Consultative Committee", KJS),
     N("visit of Kamina Johnson Smith to Canada", MJ)],
    [D("United Nations Security Council Resolution 2699", "Resolution 2699")])

# 9 Ecuador, Ministry of Foreign Affairs and Human Mobility
GS, RRL, LA, BN, DN = ("Gabriela Sommerfeld", "Rubén Ramírez Lezcano", "Luis Almagro", "Brian A. Nichols",
                       "Daniel Noboa")
OASGA = "54th Regular Session of the General Assembly of the Organization of American States"
rec("ec-2024-06-27-sommerfeld-oas-general-assembly-asuncion", "2024-06-27", "Asunción",
    [P(GS, ["Sommerfeld", "Chancellor Sommerfeld", "Foreign Minister Sommerfeld"],
       ("Minister of Foreign Affairs and Human Mobility", "Ecuador")),
     P(RRL, ["Minister Ramírez Lezcano"], ("Minister of Foreign Affairs", "Paraguay")),
     P(LA, ["Almagro"], ("Secretary General", "OAS")),
     P(BN, [], ("Assistant Secretary of State for Western Hemisphere Affairs", "United States")),
     P(DN, ["President Daniel Noboa"], ("President", "Ecuador"))],
    [E("Ministry of Foreign Affairs and Human Mobility"),
     E("Organization of American States", "OAS"),
     E("General Secretariat", "General Secretariat of the OAS"),
     E("Ecuador-Paraguay Joint Commission")],
    [E("Ecuador", "Ecuadorian"), E("Paraguay"), E("United States")],
    [I("multilateral", ["Paraguay", GS], "2024-06-26", "Asunción", name=OASGA),
     I("meeting", [GS, RRL], "2024-06-26", "Asunción"),
     I("meeting", [GS, LA], "2024-06-27", "Asunción"),
     I("meeting", [GS, BN], None, "Asunción"),
     I("meeting", [GS, RRL], "2024-03", "Quito")],
    [N("first meeting of the Ecuador-Paraguay Joint Commission", None),
     N("visit of Rubén Ramírez Lezcano to Ecuador", GS, "official visit to Ecuador"),
     N("Phoenix Plan", DN),
     N("Hemispheric Observatory on Transnational Organised Crime", "Ecuador"),
     N("XXIX Ibero-American Summit of Heads of State and Government", None)],
    [D("Los Angeles Declaration on Migration and Protection"),
     D("Strengthening Hemispheric Cooperation against Transnational Organised Crime")])

# 10 SEGIB (Ibero-American General Secretariat)
AA, JMA, AL = "Andrés Allamand", "José Manuel Albares", "Antón Leis"
rec("segib-2024-10-08-allamand-albares-aecid-agreement", "2024-10-08", "Madrid",
    [P(AA, ["Allamand"], ("Ibero-American Secretary General", "SEGIB")),
     P(JMA, ["Albares", "Minister Albares"], ("Minister of Foreign Affairs, European Union and Cooperation", "Spain")),
     P(AL, [], ("Director", "AECID")),
     P(GS, [], ("Minister of Foreign Affairs and Human Mobility", "Ecuador"))],
    [E("Ibero-American General Secretariat", "SEGIB", "General Secretariat"),
     E("Spanish Agency for International Development Cooperation", "AECID"),
     E("Ibero-American Conference")],
    [E("Spain"), E("Ecuador"), E("Dominican Republic"), E("Andorra"), E("Portugal")],
    [I("meeting", [AA, JMA], "2024-10-08", "Madrid"),
     I("signing", [AL, AA, JMA], "2024-10-08", "Madrid"),
     I("call", [AA, GS], "2024-10-07"),
     I("multilateral", [], "2023-03-24", "Santo Domingo", name="XXVIII Ibero-American Summit")],
    [N("XXIX Ibero-American Summit of Heads of State and Government", None),
     N("Ibero-American Artificial Intelligence Roadmap", "SEGIB")],
    [D("Framework Agreement for the Ibero-American Cooperation Programmes 2024-2026"),
     D("Ibero-American Charter of Principles and Rights in Digital Environments"),
     D("Declaration of Cuenca", "draft Declaration of Cuenca")])

# 11 PACE
TR, AG, GSD, HM, TM, AB = ("Theodoros Rousopoulos", "Afrim Gashi", "Gordana Siljanovska-Davkova",
                           "Hristijan Mickoski", "Timčo Mucunski", "Alain Berset")
ASM = "Assembly of the Republic of North Macedonia"
rec("pace-2025-11-04-rousopoulos-north-macedonia-visit", "2025-11-04", "Skopje",
    [P(TR, ["Mr Rousopoulos"], ("President", "PACE")),
     P(AG, [], ("President", ASM)),
     P(GSD, ["President Siljanovska-Davkova"], ("President", "North Macedonia")),
     P(HM, ["Prime Minister Mickoski"], ("Prime Minister", "North Macedonia")),
     P(TM, [], ("Minister of Foreign Affairs and Foreign Trade", "North Macedonia")),
     P(AB, [], ("Secretary General", "Council of Europe"))],
    [E("Parliamentary Assembly of the Council of Europe", "PACE"),
     E("Council of Europe"),
     E(ASM),
     E("Venice Commission"),
     E("European Court of Human Rights"),
     EU],
    [E("North Macedonia", "Republic of North Macedonia")],
    [I("visit", [TR, "North Macedonia"], "2025-11-03"),
     I("meeting", [TR, AG], "2025-11-03"),
     I("meeting", [TR, GSD, HM, TM], "2025-11-04", "Skopje"),
     I("meeting", [TR, "North Macedonia"]),
     I("meeting", [GSD, TR], "2025-01", "Strasbourg"),
     I("multilateral", [TR, GSD], "2025-01", "Strasbourg", name="winter part-session of the Assembly")],
    [N("New Democratic Pact for Europe", AB),
     N("North Macedonia's accession to the European Union", "North Macedonia"),
     N("January 2026 part-session of PACE", None)],
    [D("European Convention on Human Rights")])

# 12 IDB
IG, MAM, RS = "Ilan Goldfajn", "Mia Amor Mottley", "Ryan Straughn"
PROG = "Programme to Strengthen Fiscal and Climate Resilience in Barbados"
rec("idb-2024-02-20-goldfajn-mottley-bridgetown", "2024-02-20", "BRIDGETOWN",
    [P(IG, ["Goldfajn"], ("President", "IDB")),
     P(MAM, ["Mottley", "Prime Minister Mottley", "Prime Minister Mia Amor Mottley"], ("Prime Minister", "Barbados")),
     P(RS, ["Minister Straughn"], ("Minister in the Ministry of Finance, Economic Affairs and Investment", "Barbados"))],
    [E("Inter-American Development Bank", "IDB"),
     E("IDB Invest"),
     E("Caribbean Development Bank", "CDB")],
    [E("Barbados"), E("Dominican Republic")],
    [I("meeting", [IG, MAM], "2024-02-20", "BRIDGETOWN"),
     I("visit", [IG, "Barbados"], "2024-02-19", "Bridgetown"),
     I("signing", [IG, RS], "2024-02-20", "BRIDGETOWN"),
     I("meeting", [IG, RS, "Caribbean Development Bank"], "2024-02-19", "Bridgetown"),
     I("meeting", [IG, MAM], "2023-12", "Dubai"),
     I("multilateral", [IG, MAM], "2023-12", "Dubai", name="COP28")],
    [N("Bridgetown Initiative", MAM),
     N("Climate-Resilient Debt Clauses", "IDB", "IDB's Climate-Resilient Debt Clauses"),
     N("regional facility for the Caribbean to finance water security and sargassum management", MAM),
     N(PROG, None),
     N("Annual Meeting of the Boards of Governors of the IDB and IDB Invest", None)],
    [D("loan agreement for the " + PROG)])


if __name__ == "__main__":
    check_and_write(GOLD)
