"""Capitalised words that name no one: the nouns and verbs headlines capitalise, nouns of
places, works and bodies, and the portfolios an office's name lists."""
from __future__ import annotations

# Headline nouns: "Secretary Blinken’s Meeting with ...", "... Call with ...".
HEADLINE_WORDS = {"Counterpart", "Counterparts", "Meeting", "Meetings", "Call", "Calls", "Visit", "Visits", "Trip", "Travel", "Talks", "Remarks",
                  "Statement", "Readout", "Signing", "Joint", "Conversation", "Phone", "Telephone", "Consultations",
                  "Dialogue", "Participation", "Message", "Letter", "Congratulations", "Condolences", "Agenda",
                  "Summit", "Conference", "Forum", "Session", "Council", "Congress", "Ministerial", "Round",
                  "Declaration", "Agreement", "Memorandum", "Treaty", "Accords", "Initiative", "Partnership",
                  "Strategy", "Program", "Programme", "Project", "Week", "Day", "Year", "Anniversary", "Act",
                  "Law", "Bill", "Resolution", "Convention", "Charter", "Protocol", "Statement", "Communiqué",
                  # ("Secretary Antony J. Blinken Opening Remarks at ...", "... Virtual Remarks", "... Keynote
                  # Address", "... Roundtable with Journalists", "... Panel Discussion", "Ambassador X Sworn In")
                  "Opening", "Closing", "Virtual", "Keynote", "Roundtable", "Panel", "Sworn", "Interview", "Briefing"}
# Verbs that headlines write with a capital ("Minister X Hosts Counterpart Y", "Blinken Tests
# Positive", "Has Blinken ..."): never part of a name, and they tell that the name before acts.
HEADLINE_VERBS = {
    "Meet", "Meets", "Met", "Host", "Hosts", "Hosted", "Receive", "Receives", "Received", "Hold", "Holds", "Held",
    "Speak", "Speaks", "Spoke", "Sign", "Signs", "Signed", "Discuss", "Discusses", "Discussed", "Welcome",
    "Welcomes", "Welcomed", "Visit", "Visits", "Visited", "Attend", "Attends", "Attended", "Join", "Joins",
    "Joined", "Travel", "Travels", "Travelled", "Traveled", "Talk", "Talks", "Says", "Said", "Tests", "Tested",
    "Congratulates", "Congratulated", "Thanks", "Thanked", "Urges", "Urged", "Condemns", "Condemned",
    "Announces", "Announced", "Launches", "Launched", "Opens", "Opened", "Addresses", "Addressed", "Briefs",
    "Chairs", "Chaired", "Leads", "Led", "Pays", "Paid", "Makes", "Made", "Takes", "Took", "Gives", "Gave",
    "Presents", "Presented", "Delivers", "Delivered", "Has", "Have", "Had", "Is", "Are", "Was", "Were", "Will",
    "Highlights", "Stresses", "Reaffirms", "Completes", "Completed", "Concludes", "Concluded", "Begins",
    "Celebrates", "Marks", "Expresses", "Praises", "Commends", "Underlines", "Emphasizes", "Accredits",
    "Accredited", "Calls", "Called", "Agree", "Agrees", "Agreed", "Reviews", "Reviewed", "Exchange", "Exchanges",
    "Participates", "Participated", "Co-chairs", "Co-chaired", "Represents", "Represented", "Witnesses",
    "Witnessed", "Inaugurates", "Inaugurated", "Unveils", "Unveiled", "Bids", "Hands", "Handed", "Conveys",
    "Conveyed", "Sends", "Sent", "Receives", "Explores", "Seeks", "Sought", "Strengthens", "Deepens", "Reiterates",
    "Selects", "Appoints", "Names", "Nominates", "Returns", "Establish", "Establishes", "Phones", "Telephones",
    "Invites", "Invited", "Accepts", "Accepted", "Bids", "Discusses", "Hails", "Lauds", "Greets", "Mourns",
    # (the plural forms of a headline with two subjects: "Blinken and Special Envoy Amiri Launch ...")
    "Launch", "Announce", "Urge", "Condemn", "Congratulate", "Reaffirm", "Celebrate", "Commend", "Participate",
    # (the gerunds a headline opens with: "Honoring Boris Nemtsov on the Seventh Anniversary of ...")
    "Honoring", "Honouring", "Commemorating", "Remembering", "Marking", "Celebrating", "Welcoming", "Recognizing",
    "Recognising", "Congratulating", "Condemning", "Commending", "Supporting", "Mourning", "Reaffirming",
    "Announcing", "Expressing", "Urging",
}
# Nouns of places, works and operations: "Chief of Mission Residence", "Operation Allies Refuge"
# are no persons, whatever verb follows them.
NON_NAME_NOUNS = {"Operation", "Residence", "Palace", "Hall", "Castle", "Building", "Headquarters", "Airport",
                  # ("at the Casa Presidencial", "the Palacio de Itamaraty": a house, in the publisher's language)
                  "Casa", "Palacio", "Palácio", "Palais", "Palazzo",
                  "Square", "Street", "Avenue", "Bureau", "Refuge", "Bridge", "Port", "Base", "Camp", "Station",
                  # ("the Moldova Support Platform": a body or a scheme, not a Mr. Support Platform)
                  "Platform", "Fund", "Facility", "Mechanism",
                  "Network", "Process", "Framework", "Corridor", "Gateway", "Coalition", "Zone", "Market",
                  # ("the President's Media Division": a unit of an office, no Mr. Division)
                  "Division", "Directorate", "Unit", "Wing",
                  # ("over 90 Speakers and Deputy Speakers", "181 Member Parliaments": offices and bodies
                  # in the plural)
                  "Parliaments", "Speakers", "Ministers", "Members", "Delegates", "Leaders",
                  # ("Four Envoys Accredited To Barbados": a headline's envoys, no Mr. Envoys)
                  "Envoys", "Ambassadors", "Diplomats", "Presidents", "Heads", "Officers", "Officials", "Chairs",
                  "Chairpersons", "Representatives", "Parliamentarians", "Legislators", "Governors", "Mayors",
                  # ("conferred on Prime Minister X the Grand Cross of the Order of Makarios III": an honour)
                  "Cross", "Medal", "Award",
                  }
# The portfolios an office's name lists: "Minister of Foreign Affairs, Emigration and Egyptian
# Expatriates", "... and Human Mobility", "Special Envoy for Afghan Women, Girls, and Human Rights".
PORTFOLIO_WORDS = frozenset({"Emigration", "Expatriates", "Francophonie", "Mobility", "Diaspora", "Women", "Girls",
                             "Refugees", "Migration", "Welfare", "Employment", "Sport", "Livestock", "Mines", "Housing",
                             "Solidarity", "Lands", "Telecommunications", "Railways", "Aviation", "Heritage", "Arts",
                             "Endowments", "Cohesion", "Petroleum", "Hydrocarbons", "Electricity", "Transportation",
                             "Communication", "Decentralisation", "Decentralization", "Civil", "Service",
                             # ("Minister of Foreign Affairs, International Business and International
                             # Cooperation", "High Representative ... on Rohingya Issue and Priority Matters")
                             "Business", "Issue", "Issues", "Matters",
                             # ("Minister of Agrarian Development and Family Farming, Paulo Teixeira")
                             "Farming", "Fishing", "Irrigation", "Water", "Sanitation", "Tourism",
                             # ("Minister of Home Affairs and New Growth Industries, Hon. Kareem Musa")
                             "Growth", "Industries"})
NON_NAME_NOUNS |= PORTFOLIO_WORDS
