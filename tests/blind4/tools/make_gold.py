#!/usr/bin/env python3
"""Writes the gold records of tests/blind4 (hand-written data, kept in one place)."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REL = ROOT / "releases"
GOLD = ROOT / "gold"


def P(name, aliases=(), roles=()):
    return {"name": name, "aliases": list(aliases), "roles": [{"title": t, "of": o} for t, o in roles]}


def E(name, *aliases):
    return {"name": name, "aliases": list(aliases)}


def I(type_, participants, date=None, place=None, name=None):
    d = {"type": type_}
    if name is not None:
        d["name"] = name
    d["participants"] = list(participants)
    if date:
        d["date"] = date
    if place:
        d["place"] = place
    return d


def INI(name, proposed_by=None, aliases=()):
    return {"name": name, "aliases": list(aliases), "proposed_by": proposed_by}


RECORDS = []


def rec(stem, date, place, persons, orgs, states, inter, inis, docs):
    title = (REL / f"{stem}.txt").read_text(encoding="utf-8").splitlines()[0].strip()
    RECORDS.append({"release": stem, "title": title, "date": date, "place": place,
                    "persons": persons, "organizations": orgs, "states": states,
                    "interactions": inter, "initiatives": inis, "documents": docs})


# 1 Czech MFA
rec("cz-2022-11-08-lipavsky-popescu-prague", "2022-11-08", None,
    [P("Jan Lipavský", ["Minister Lipavský", "Lipavský"], [("Minister of Foreign Affairs", "Czech Republic")]),
     P("Nicu Popescu", ["Mr Popescu", "Deputy Prime Minister Popescu", "Popescu"],
       [("Deputy Prime Minister", "Moldova"), ("Minister of Foreign Affairs and European Integration", "Moldova")]),
     P("Miloš Vystrčil", ["Vystrčil"], [("President of the Senate", "Czech Republic")])],
    [E("Council of the EU", "Council of the European Union"),
     E("European Union", "EU"),
     E("Czech Development Agency"),
     E("European Commission"),
     E("European Council"),
     E("Ministry of Industry and Trade")],
    [E("Czech Republic", "Czech", "Czechia"), E("Moldova", "Republic of Moldova", "Moldovan"),
     E("Ukraine"), E("Russia", "Russian")],
    [I("meeting", ["Jan Lipavský", "Nicu Popescu"], "2022-11-08", "Prague"),
     I("visit", ["Nicu Popescu", "Czech Republic"], place="Prague"),
     I("meeting", ["Nicu Popescu", "Miloš Vystrčil"], place="Prague"),
     I("multilateral", ["Czech Republic"], "2022-07", "Bucharest",
       name="second ministerial conference of the Moldova Support Platform")],
    [INI("Moldova Support Platform"),
     INI("next conference of the Moldova Support Platform",
         aliases=["next conference of the platform in Paris on 21 November"]),
     INI("Czech-Moldovan expert seminar on public administration reform and the fight against corruption",
         "Jan Lipavský"),
     INI("talks at the Ministry of Industry and Trade"),
     INI("Moldova's membership of the European Union",
         aliases=["Moldova's path towards membership of the European Union"])],
    [])

# 2 Lithuania MFA
rec("lt-2022-01-19-landsbergis-kuleba-call", "2022-01-19", None,
    [P("Gabrielius Landsbergis", ["Minister Landsbergis", "Landsbergis"], [("Minister of Foreign Affairs", "Lithuania")]),
     P("Dmytro Kuleba", ["Kuleba"], [("Minister for Foreign Affairs", "Ukraine")])],
    [E("NATO", "North Atlantic Treaty Organization"),
     E("OSCE", "Organization for Security and Co-operation in Europe"),
     E("OSCE Permanent Council", "Permanent Council"),
     E("Lublin Triangle"),
     E("European Union", "EU")],
    [E("Lithuania", "Lithuanian"), E("Ukraine", "Ukrainian"), E("Russia", "Russian"), E("Belarus"),
     E("United States", "US"), E("Latvia"), E("Estonia"), E("Poland", "Polish")],
    [I("call", ["Gabrielius Landsbergis", "Dmytro Kuleba"], "2022-01-19"),
     I("meeting", ["NATO", "Russia"], "2022-01"),
     I("meeting", ["United States", "Russia"], "2022-01", "Geneva"),
     I("multilateral", [], "2022-01", "Vienna", name="meeting of the OSCE Permanent Council"),
     I("meeting", ["Gabrielius Landsbergis", "Dmytro Kuleba"], "2021-12", "Riga"),
     I("multilateral", ["Gabrielius Landsbergis", "Dmytro Kuleba"], "2021-12", "Riga",
       name="NATO foreign ministers' meeting"),
     I("multilateral", [], "2021-08", "Kyiv", name="inaugural summit of the Crimea Platform"),
     I("call", ["Gabrielius Landsbergis", "Poland"], "2022-01-19")],
    [INI("additional package of military support for Ukraine", aliases=["additional package of military support"]),
     INI("next meeting of the Lublin Triangle", "Dmytro Kuleba"),
     INI("Crimea Platform", "Ukraine", aliases=["Ukraine's Crimea Platform"]),
     INI("visit of Dmytro Kuleba to Lithuania", "Gabrielius Landsbergis", aliases=["visit Vilnius"])],
    [])

# 3 Estonia MFA
rec("ee-2024-02-22-tsahkna-india-raisina", "2024-02-22", None,
    [P("Margus Tsahkna", ["Tsahkna"], [("Foreign Minister", "Estonia")]),
     P("S. Jaishankar", ["Dr S. Jaishankar", "Jaishankar"], [("Minister of External Affairs", "India")]),
     P("M. Venkaiah Naidu", ["Venkaiah Naidu"], [("Vice President", "India")]),
     P("Meenakashi Lekhi", ["Lekhi"], [("Minister of State for External Affairs", "India")]),
     P("Kyriakos Mitsotakis", ["Mitsotakis"], [("Prime Minister", "Greece")])],
    [E("Observer Research Foundation", "ORF"),
     E("Ministry of External Affairs of India", "Ministry of External Affairs", "MEA"),
     E("Enterprise Estonia"),
     E("Confederation of Indian Industry", "CII")],
    [E("Estonia", "Estonian"), E("India", "Indian"), E("Russia"), E("Ukraine"), E("Greece", "Greek")],
    [I("visit", ["Margus Tsahkna", "India"], "2024-02-21", "New Delhi"),
     I("multilateral", ["Margus Tsahkna"], "2024-02-21", "New Delhi", name="Raisina Dialogue"),
     I("meeting", ["Margus Tsahkna", "S. Jaishankar"], "2024-02-21", "New Delhi"),
     I("visit", ["M. Venkaiah Naidu", "Estonia"], "2019-08", "Tallinn"),
     I("meeting", ["Margus Tsahkna", "Meenakashi Lekhi"], "2024-02-22", "New Delhi"),
     I("meeting", ["Margus Tsahkna", "Kyriakos Mitsotakis"], place="New Delhi")],
    [INI("visit of S. Jaishankar to Estonia", "Margus Tsahkna", aliases=["visit Estonia"]),
     INI("Estonian-Indian business seminar", "Enterprise Estonia")],
    [E("Agreement for the Avoidance of Double Taxation"),
     E("agreement on the mutual recognition of digital signatures")])

# 4 Romania MAE
rec("ro-2021-06-08-aurescu-zalkaliani-mou", "2021-06-08", None,
    [P("Bogdan Aurescu", ["Minister Aurescu", "Aurescu"], [("Foreign Minister", "Romania")]),
     P("David Zalkaliani", ["Minister Zalkaliani", "Zalkaliani"], [("Minister of Foreign Affairs", "Georgia")]),
     P("Joseph Biden", ["Biden"], [("President", "United States")]),
     P("Anca Dragu", ["Dragu"], [("President of the Senate", "Romania")])],
    [E("Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Romania"),
     E("European Union", "EU"),
     E("Associated Trio"),
     E("NATO", "North Atlantic Treaty Organization"),
     E("Bucharest Nine", "B9")],
    [E("Romania", "Romanian"), E("Georgia", "Georgian"), E("Moldova", "Republic of Moldova"), E("Ukraine"),
     E("Russia", "Russian"), E("United States", "US")],
    [I("meeting", ["Bogdan Aurescu", "David Zalkaliani"], "2021-06-08", "Bucharest"),
     I("visit", ["David Zalkaliani", "Romania"], "2021-06-08", "Bucharest"),
     I("signing", ["Bogdan Aurescu", "David Zalkaliani"], "2021-06-08", "Bucharest"),
     I("multilateral", ["Romania", "Joseph Biden"], "2021-05-10", "Bucharest", name="Bucharest Nine (B9) Summit")],
    [INI("Strategic Partnership between Romania and Georgia", aliases=["Strategic Partnership"]),
     INI("NATO Summit in Brussels", aliases=["NATO Summit"]),
     INI("next round of political consultations between the two ministries", "Bogdan Aurescu",
         aliases=["next round of political consultations"]),
     INI("visit of Bogdan Aurescu to Georgia", "David Zalkaliani", aliases=["visit to Georgia"]),
     INI("meeting of David Zalkaliani with Anca Dragu")],
    [E("Memorandum of Understanding between the Ministry of Foreign Affairs of Romania and the Ministry of Foreign "
       "Affairs of Georgia on Cooperation in the Field of European Integration",
       "Memorandum of Understanding in the field of European integration", "Memorandum of Understanding"),
     E("EU-Georgia Association Agreement", "Association Agreement")])

# 5 Greece MFA joint statement
rec("gr-2022-10-21-greece-cyprus-armenia-joint-statement", "2022-10-21", "Athens",
    [P("Nikos Dendias", ["Dendias"], [("Minister of Foreign Affairs", "Greece")]),
     P("Ioannis Kasoulides", ["Kasoulides"], [("Minister of Foreign Affairs", "Cyprus")]),
     P("Ararat Mirzoyan", ["Mirzoyan"], [("Minister of Foreign Affairs", "Armenia")]),
     P("Nikol Pashinyan", ["Pashinyan"], [("Prime Minister", "Armenia")]),
     P("Ilham Aliyev", ["Aliyev"], [("President", "Azerbaijan")]),
     P("Emmanuel Macron", ["Macron"], [("President", "France")]),
     P("Charles Michel", ["Michel"], [("President of the European Council", "European Council")])],
    [E("European Council"),
     E("EU", "European Union"),
     E("United Nations Security Council", "UN Security Council", "Security Council")],
    [E("Greece", "Hellenic Republic"), E("Cyprus", "Republic of Cyprus"), E("Armenia", "Republic of Armenia", "Armenian"),
     E("Azerbaijan"), E("France"), E("Turkey", "Türkiye")],
    [I("meeting", ["Nikos Dendias", "Ioannis Kasoulides", "Ararat Mirzoyan"], "2022-10-21", "Athens"),
     I("meeting", ["Greece", "Cyprus", "Armenia"], "2019", "Nicosia"),
     I("meeting", ["Nikol Pashinyan", "Ilham Aliyev", "Emmanuel Macron", "Charles Michel"], "2022-10-06", "Prague")],
    [INI("deployment of an EU civilian mission along the border", aliases=["EU civilian mission"]),
     INI("trilateral programme of youth exchanges", "Armenia"),
     INI("sixth Trilateral Meeting of the Foreign Ministers", aliases=["sixth Trilateral Meeting of the Foreign Ministers in Yerevan"])],
    [E("Joint Statement of the Ministers of Foreign Affairs of Greece, Cyprus and Armenia",
       "Joint Statement of the Ministers of Foreign Affairs of Greece, Cyprus and Armenia following their Trilateral Meeting"),
     E("Charter of the United Nations", "UN Charter"),
     E("United Nations Convention on the Law of the Sea", "UNCLOS")])

# 6 ANSA / Farnesina
rec("it-2023-06-14-tajani-ammar-farnesina", "2023-06-14", "Rome",
    [P("Antonio Tajani", ["Tajani"], [("Foreign Minister", "Italy")]),
     P("Nabil Ammar", ["Ammar"], [("foreign minister", "Tunisia")]),
     P("Giorgia Meloni", ["Meloni"], [("Premier", "Italy")]),
     P("Ursula von der Leyen", ["von der Leyen"], [("President", "European Commission")]),
     P("Mark Rutte", ["Rutte"], [("Prime Minister", "Netherlands")]),
     P("Kais Saied", ["Saied"], [("President", "Tunisia")]),
     P("Matteo Piantedosi", ["Piantedosi"], [("Interior Minister", "Italy")])],
    [E("Farnesina"),
     E("International Monetary Fund", "IMF", "the Fund"),
     E("European Commission"),
     E("European Union", "EU"),
     E("G7", "Group of Seven")],
    [E("Italy", "Italian"), E("Tunisia", "Tunisian"), E("Netherlands", "Dutch")],
    [I("meeting", ["Antonio Tajani", "Nabil Ammar"], "2023-06-14", "Rome"),
     I("visit", ["Giorgia Meloni", "Tunisia"], "2023-06-11", "Tunis"),
     I("visit", ["Ursula von der Leyen", "Tunisia"], "2023-06-11", "Tunis"),
     I("visit", ["Mark Rutte", "Tunisia"], "2023-06-11", "Tunis"),
     I("visit", ["Giorgia Meloni", "Tunisia"], "2023-06-06", "Tunis"),
     I("meeting", ["Giorgia Meloni", "Kais Saied"], "2023-06-06", "Tunis"),
     I("meeting", ["Nabil Ammar", "Matteo Piantedosi"], "2023-06-14", "Rome")],
    [INI("IMF loan", aliases=["International Monetary Fund (IMF) loan", "1.9-billion-dollar loan"]),
     INI("release of a first tranche of the IMF loan", "Italy",
         aliases=["IMF release a first tranche of the 1.9-billion-dollar loan"]),
     INI("Italian-Tunisian working group on vocational training", "Antonio Tajani"),
     INI("international conference on development and migration")],
    [E("memorandum of understanding on a comprehensive partnership"),
     E("flows decree", "decreto flussi")])

# 7 Office of the President of Ukraine
rec("ua-2024-03-01-zelenskyy-rutte-kharkiv-security-agreement", "2024-03-01", None,
    [P("Volodymyr Zelenskyy", ["Zelenskyy", "Head of State"], [("President", "Ukraine")]),
     P("Mark Rutte", ["Rutte"], [("Prime Minister", "Netherlands")]),
     P("Oleh Syniehubov", ["Syniehubov"], [("Head of the Kharkiv Regional Military Administration", "Ukraine")]),
     P("Ihor Terekhov", ["Terekhov"], [("Mayor of Kharkiv", "Ukraine")])],
    [E("G7", "Group of Seven"), E("NATO", "North Atlantic Treaty Organization")],
    [E("Ukraine", "Ukrainian"), E("Netherlands", "Kingdom of the Netherlands"), E("Russia", "Russian"),
     E("United Kingdom", "UK"), E("Germany"), E("France"), E("Denmark"), E("Canada"), E("Italy"),
     E("Czech Republic", "Czech", "Czechia"), E("Switzerland")],
    [I("visit", ["Mark Rutte", "Ukraine"], "2024-03-01", "Kharkiv"),
     I("meeting", ["Volodymyr Zelenskyy", "Mark Rutte"], "2024-03-01", "Kharkiv"),
     I("signing", ["Volodymyr Zelenskyy", "Mark Rutte"], "2024-03-01", "Kharkiv"),
     I("meeting", ["Volodymyr Zelenskyy", "Mark Rutte", "Oleh Syniehubov", "Ihor Terekhov"], "2024-03-01", "Kharkiv"),
     I("signing", ["Ukraine", "United Kingdom"]),
     I("signing", ["Ukraine", "Germany"]),
     I("signing", ["Ukraine", "France"]),
     I("signing", ["Ukraine", "Denmark"]),
     I("signing", ["Ukraine", "Canada"]),
     I("signing", ["Ukraine", "Italy"])],
    [INI("Ukraine's membership in NATO", aliases=["Ukraine's path to membership in NATO"]),
     INI("fighter jet coalition", "Netherlands"),
     INI("Czech initiative to purchase artillery shells outside Europe", "Czech Republic",
         aliases=["Czech initiative"]),
     INI("first Global Peace Summit", "Switzerland", aliases=["Global Peace Summit"]),
     INI("Ukrainian Peace Formula", "Ukraine", aliases=["Peace Formula"])],
    [E("Agreement on Security Cooperation between Ukraine and the Kingdom of the Netherlands", "security agreement"),
     E("Joint Declaration of Support for Ukraine")])

# 8 Costa Rica, Casa Presidencial
AMB = "Ambassador"
rec("cr-2023-09-07-chaves-credentials", "2023-09-07", "San José",
    [P("Rodrigo Chaves Robles", ["President Chaves", "Rodrigo Chaves", "Chaves"],
       [("President of the Republic", "Costa Rica")]),
     P("Arnoldo André Tinoco", ["André Tinoco"], [("Minister of Foreign Affairs and Worship", "Costa Rica")]),
     P("Alessandro Monticelli", ["Monticelli"], [(AMB, "Italy")]),
     P("Lee Dong-hwan", [], [(AMB, "South Korea")]),
     P("Yoon Suk Yeol", [], [("President", "South Korea")]),
     P("Mario Roberto Arriola Paz", ["Arriola Paz"], [(AMB, "Guatemala")]),
     P("Bernardo Arévalo", ["Arévalo"], [("President-elect", "Guatemala")]),
     P("Khalid Saeed Al Mheiri", ["Al Mheiri"], [(AMB, "United Arab Emirates")])],
    [E("OECD", "Organisation for Economic Co-operation and Development"),
     E("SICA", "Central American Integration System")],
    [E("Costa Rica", "Costa Rican"), E("Italy", "Italian"), E("South Korea", "Republic of Korea", "Korea"),
     E("Guatemala"), E("United Arab Emirates", "UAE"), E("Canada")],
    [I("meeting", ["Rodrigo Chaves Robles", "Arnoldo André Tinoco", "Alessandro Monticelli"], "2023-09-07", "San José"),
     I("meeting", ["Rodrigo Chaves Robles", "Arnoldo André Tinoco", "Lee Dong-hwan"], "2023-09-07", "San José"),
     I("meeting", ["Rodrigo Chaves Robles", "Arnoldo André Tinoco", "Mario Roberto Arriola Paz"], "2023-09-07", "San José"),
     I("meeting", ["Rodrigo Chaves Robles", "Arnoldo André Tinoco", "Khalid Saeed Al Mheiri"], "2023-09-07", "San José"),
     I("meeting", ["Rodrigo Chaves Robles", "Arnoldo André Tinoco", "Canada"], "2023-09-07", "San José")],
    [INI("bilateral programme to train Costa Rican technicians for the semiconductor industry", "Rodrigo Chaves Robles"),
     INI("transfer of power to President-elect Bernardo Arévalo",
         aliases=["orderly transfer of power to President-elect Bernardo Arévalo"]),
     INI("COP28", aliases=["COP28 in Dubai"])],
    [E("Free Trade Agreement between the Republic of Korea and the Republics of Central America"),
     E("Comprehensive Economic Partnership Agreement"),
     E("Canada-Costa Rica Free Trade Agreement")])

# 9 UN Spokesperson
rec("un-2022-02-19-guterres-munich-readouts", "2022-02-19", None,
    [P("António Guterres", ["Secretary-General", "Guterres"], [("Secretary-General", "United Nations")]),
     P("Jens Stoltenberg", ["Stoltenberg"], [("Secretary General", "NATO")]),
     P("Volodymyr Zelenskyy", ["Zelenskyy"], [("President", "Ukraine")]),
     P("Kamala Harris", ["Harris"], [("Vice President", "United States")]),
     P("Annalena Baerbock", ["Baerbock"], [("Federal Minister for Foreign Affairs", "Germany")]),
     P("Olaf Scholz", ["Scholz"], [("Chancellor", "Germany")]),
     P("Sergey Lavrov", ["Lavrov"], [("Minister for Foreign Affairs", "Russia")])],
    [E("United Nations", "UN"),
     E("NATO", "North Atlantic Treaty Organization"),
     E("Security Council", "UN Security Council", "United Nations Security Council"),
     E("G7", "Group of Seven")],
    [E("Ukraine"), E("United States", "United States of America"), E("Germany"),
     E("Russia", "Russian Federation"), E("Afghanistan")],
    [I("multilateral", ["António Guterres"], "2022-02-18", "Munich", name="58th Munich Security Conference"),
     I("meeting", ["António Guterres", "Jens Stoltenberg"], "2022-02-18", "Munich"),
     I("meeting", ["António Guterres", "Volodymyr Zelenskyy"], "2022-02-19", "Munich"),
     I("meeting", ["António Guterres", "Kamala Harris"], "2022-02-19", "Munich"),
     I("meeting", ["António Guterres", "Annalena Baerbock"], "2022-02-19", "Munich"),
     I("call", ["António Guterres", "Sergey Lavrov"])],
    [INI("COVAX Facility"),
     INI("climate club", "Olaf Scholz")],
    [E("Minsk agreements"),
     E("Security Council resolution 2202 (2015)", "resolution 2202 (2015)")])

# 10 Colombia Cancilleria
rec("co-2023-02-15-leyva-lasso-letter", "2023-02-15", "Bogotá",
    [P("Álvaro Leyva Durán", ["Álvaro Leyva", "Foreign Minister Leyva", "Leyva"], [("Foreign Minister", "Colombia")]),
     P("Fernando Ortiz Crespo", ["Ambassador Ortiz", "Ortiz"], [("Ambassador in Colombia", "Ecuador")]),
     P("Guillermo Lasso", ["President Lasso", "Lasso"], [("President of the Republic", "Ecuador")]),
     P("Gustavo Petro", ["President Petro", "Petro"], [("President", "Colombia")]),
     P("Elizabeth Taylor Jay", ["Taylor Jay"], [("Vice Minister of Multilateral Affairs", "Colombia")])],
    [E("National Liberation Army", "ELN", "Ejército de Liberación Nacional")],
    [E("Colombia", "Colombian"), E("Ecuador"), E("Mexico"), E("Norway", "Kingdom of Norway")],
    [I("meeting", ["Álvaro Leyva Durán", "Fernando Ortiz Crespo"], "2023-02-15", "Bogotá"),
     I("correspondence", ["Guillermo Lasso", "Gustavo Petro"], "2023-02-15"),
     I("meeting", ["Guillermo Lasso", "Gustavo Petro"], "2022-08", "Bogotá"),
     I("meeting", ["Colombia", "National Liberation Army"], "2023-02-13", "Mexico City"),
     I("meeting", ["Elizabeth Taylor Jay", "Norway"], "2023-02-15", "Bogotá")],
    [INI("next Ecuador-Colombia Binational Cabinet", "Guillermo Lasso", aliases=["Ecuador-Colombia Binational Cabinet"]),
     INI("new electrical interconnection line", aliases=["electrical interconnection line between the two countries"]),
     INI("Total Peace policy", "Gustavo Petro", aliases=["Total Peace"])],
    [])

# 11 Norway (regjeringen), date only in page metadata
rec("no-2024-04-16-eide-vieira-oslo", "2024-04-16", None,
    [P("Espen Barth Eide", ["Mr Eide", "Eide"], [("Foreign Minister", "Norway")]),
     P("Mauro Vieira", ["Vieira"], [("Minister of Foreign Affairs", "Brazil")]),
     P("Luiz Inácio Lula da Silva", ["President Lula", "Lula"], [("President", "Brazil")]),
     P("Andreas Bjelland Eriksen", ["Bjelland Eriksen"], [("Minister of Climate and Environment", "Norway")]),
     P("Anne Beathe Tvinnereim", ["Tvinnereim"], [("Minister of International Development", "Norway")]),
     P("Jonas Gahr Støre", ["Støre"], [("Prime Minister", "Norway")])],
    [E("G20", "Group of Twenty"),
     E("UN General Assembly", "United Nations General Assembly")],
    [E("Norway", "Norwegian"), E("Brazil", "Brazilian"), E("Ukraine")],
    [I("visit", ["Mauro Vieira", "Norway"], "2024-04-16", "Oslo"),
     I("meeting", ["Espen Barth Eide", "Mauro Vieira"], "2024-04-16", "Oslo"),
     I("meeting", ["Espen Barth Eide", "Mauro Vieira"], "2024-02", "Rio de Janeiro"),
     I("multilateral", ["Espen Barth Eide"], "2024-02", "Rio de Janeiro", name="G20 foreign ministers' meeting"),
     I("multilateral", ["Brazil"], "2023-12", "Dubai", name="COP28"),
     I("meeting", ["Mauro Vieira", "Andreas Bjelland Eriksen", "Anne Beathe Tvinnereim"], "2024-04-16", "Oslo"),
     I("meeting", ["Jonas Gahr Støre", "Luiz Inácio Lula da Silva"], "2023-09", "New York"),
     I("multilateral", ["Jonas Gahr Støre", "Luiz Inácio Lula da Silva"], "2023-09", "New York",
       name="UN General Assembly")],
    [INI("Amazon Fund"),
     INI("Tropical Forest Forever Facility", "Brazil"),
     INI("COP30"),
     INI("Global Alliance Against Hunger and Poverty", "Brazil")],
    [])

# 12 OSCE
rec("osce-2023-10-13-osmani-uzbekistan-visit", "2023-10-13", "Tashkent",
    [P("Bujar Osmani", ["Osmani"], [("Chairman-in-Office", "OSCE"), ("Minister of Foreign Affairs", "North Macedonia")]),
     P("Bakhtiyor Saidov", ["Foreign Minister Saidov", "Saidov"], [("Foreign Minister", "Uzbekistan")]),
     P("Shavkat Mirziyoyev", ["President Mirziyoyev", "Mirziyoyev"], [("President", "Uzbekistan")]),
     P("Tanzila Narbaeva", ["Narbaeva"], [("Chairperson of the Senate of the Oliy Majlis", "Uzbekistan")]),
     P("Helga Maria Schmid", ["Schmid"], [("Secretary General", "OSCE")])],
    [E("OSCE", "Organization for Security and Co-operation in Europe"),
     E("OSCE Project Co-ordinator in Uzbekistan"),
     E("OSCE Ministerial Council", "Ministerial Council")],
    [E("North Macedonia"), E("Uzbekistan"), E("Afghanistan")],
    [I("visit", ["Bujar Osmani", "Uzbekistan"], "2023-10-12"),
     I("meeting", ["Bujar Osmani", "Bakhtiyor Saidov"], "2023-10-12", "Tashkent"),
     I("meeting", ["Bujar Osmani", "Shavkat Mirziyoyev"], "2023-10-13"),
     I("meeting", ["Bujar Osmani", "Tanzila Narbaeva"]),
     I("meeting", ["Bujar Osmani", "OSCE Project Co-ordinator in Uzbekistan"]),
     I("visit", ["Helga Maria Schmid", "Uzbekistan"], "2023-04", "Tashkent")],
    [INI("OSCE conference on water and climate security in Central Asia", "Shavkat Mirziyoyev"),
     INI("OSCE Ministerial Council in Skopje")],
    [E("Helsinki Final Act")])


if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for r in RECORDS:
        (GOLD / f"{r['release']}.json").write_text(json.dumps(r, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(len(RECORDS), "gold records")
