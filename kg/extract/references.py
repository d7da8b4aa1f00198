"""Actor references in each sentence: persons by name, surname and short reference ("Mr.
Lajčák", "the Secretary", "the Kazakh diplomat", "his counterpart", "the guest", "the
HR/VP", "he"), group references ("the sides"), and the states and organisations named.

The interaction step reads its participants from these references.
"""
from __future__ import annotations

import re

from kg.extract.descriptors import SERVING_OF, acts_for, names_a_body, office_kinds, principal_body, resolve_descriptor
from kg.extract.context import ActorRef, Context
from kg.extract.delegation_refs import delegation_leader, delegation_refs, visitor_before
from kg.extract.genders import agreeing, known_genders
from kg.extract.scanning import Alternatives, form_matches
from kg.extract.joint import WE, signatories
from kg.extract.tokens import ABBREVIATED_OFFICES, HEADS, title_vocabulary
from kg.extract.text import U, may_match, reported_from, stem_text
from kg.extract.title_forms import own_title_forms, style_forms
from kg.lexicon import fold

GROUP_REFS = re.compile(r"\b(?:the sides|both sides|the parties|both parties|the two sides|the ministers|the two (?:foreign )?ministers|"
                        r"the heads of (?:the )?(?:two |both )?foreign (?:affairs )?ministries|the foreign ministers of (?:the two|both) countries|"
                        r"both (?:foreign )?ministers|both leaders|the leaders|the two leaders|the two officials|they|"
                        # ("Following the trilateral meeting, the three leaders signed a Joint Declaration")
                        r"the three (?:leaders|presidents|heads of state|ministers|foreign ministers)|"
                        r"the two (?:heads of state|heads of government|presidents|(?:deputy )?prime ministers|vice presidents)|"
                        # ("The Presidents last met in New York", "The two top diplomats had last met": not "the
                        # presidents of the five states")
                        r"the (?:presidents|prime ministers|heads of state)(?! of\b)|the (?:two )?(?:top|chief) diplomats|the (?:two )?heads of diplomacy|"
                        r"both presidents|both heads of state|the (?:two )?co-?chairs|the (?:two )?co-?chairmen|"
                        # ("Following the talks, the two Speakers signed the Memorandum")
                        r"the two (?:speakers|chairmen|chairpersons|chairs|secretaries(?:-| )general|personalities|dignitaries)|both speakers|"
                        # ("The two had last met in Budapest on 7 November": the two who just talked)
                        r"the two(?= (?:had|have|last|first|also|then|met|discussed|agreed|exchanged|reviewed|spoke)\b))\b",
                        re.I)
# The first words of two-word adjectives of states ("South Sudanese", "Cabo Verdean", "Costa Rican").
DEMONYM_LEADS = "South|North|East|New|Saudi|Sri|Costa|Sierra|Burkina|Equatorial|Cabo|Cape"
DESCRIPTOR = re.compile(
    # ("his South Sudanese counterpart": a demonym of two words)
    # (``\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts) ``, led by the set of the first letters, which the engine
    # skips to; the lookbehind, past that letter, is the \b before it; or "H.E.")
    rf"(?:[TtHhIi](?<!\w.)(?:(?<=[Tt])he|(?<=[Hh])is|(?<=[Hh])er|(?<=[Ii])ts)|(?<![\w.])H\.E\.) "
    r"(?P<visiting>visiting )?"  # ("called on the visiting President": the guest, whoever else is President)
    # ("the RA NA President": two acronyms, the state's and the body's)
    # (and "the AU Commission Chairperson": an acronym and its body's noun)
    rf"(?:(?P<adj>(?:(?:{DEMONYM_LEADS}|[A-Z]{{2,4}}(?= [A-Z]{{2,4}} | (?:Commission|Council|Secretariat|Parliament) )) )?"
    rf"{U}[\w\-]+) )?(?P<noun>(?:Deputy |Vice |Foreign |Prime |First |Assistant |Under |Acting |Special |Executive )*"
    r"(?:Secretary(?:-General)?|Minister|President|Head of State|Head of Government|Chairperson-in-Office|Chairman-in-Office|"
    r"Chairman|Chairperson|Chair|Speaker|Ambassador|Envoy|Representative|Premier|Chancellor|King|Queen|Crown Prince|Sultan|Emir|Amir|diplomat|official(?! (?:residence|visit|visits|talks|meeting|meetings|ceremony|delegation|trip|programme|program|dinner|lunch|reception|welcome|website|statement|channels|documents|figures|data|language|languages|duties|capacity|level|launch|opening|car|motorcade|photo|portrait|announcement|communication|results|position|working|state|bilateral)\b)|guest|counterpart|leader|"
    r"head of (?:the )?(?:[\w\-]+ )?delegation|Director-General|Director General|High Representative|Spokesperson|Special Representative|minister|"
    r"Chief Adviser|Adviser|Advisor|"
    # ("the Chinese premier", "the Pontiff", "the monarch": an agency's lower-case words)
    r"president|ambassador|secretary|foreign minister|head of state|head of State|head of government|head of Government|"
    r"premier|prime minister|chancellor|Pontiff|pontiff|monarch))\b")
# The publisher's own leaders, written by office alone ("the Prime Minister", "the President")
_OWN_LEADER = re.compile(r"Prime Minister|President|Foreign Minister|Foreign Secretary|Chancellor|Premier|"
                         r"Head of State|Head of Government")
# "the President of the Republic" named no further ("of the Republic of Mozambique" names a state)
_OWN_REPUBLIC = re.compile(r"\s+of\s+the\s+Republic\b(?!\s+of\b)")
_DIPLOMACY_HEAD = re.compile(rf"\b[Tt]he (?:head|chief) of (?:the )?(?P<adj>(?:(?:{DEMONYM_LEADS}) )?[A-Z][\w\-]+) diplomacy\b")
# A sentence opened by an office without its article or a name, then a verb.
# (after an opening phrase: "Earlier in the day, Prime Minister met ...", "On arrival in Kazan
# yesterday, Prime Minister had held talks with ...")
_BARE_TITLE = re.compile(r"(?:(?:Earlier|Later|On|In|During|After|Before|Following|Meanwhile|Separately|Subsequently)\b[^,;]{0,60},\s+)?"
                         r"(?P<noun>Prime Minister|President|Foreign Minister|Chancellor|Vice President)"
                         # ("President of India arrives in Dili": that state's; not "President of the ..." read as a verb)
                         # ("President of the Republic receives the credentials of ...": the publisher's own)
                         r"(?:(?P<republic>\s+of\s+the\s+Republic)|\s+of\s+(?P<of>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}))?"
                         r"\s+(?=(?!of\b|and\b|for\b)[a-z])")
_ABBREVIATION = re.compile(r"(?<![\w/])(?:" + "|".join(re.escape(a) for a in ABBREVIATED_OFFICES) + r")(?![\w/])")
# What every match of _ABBREVIATION, and of GROUP_REFS lower-cased, holds: cheap tests first.
_ABBREVIATION_STEMS = ("HR/VP", "EAM", "SG", "DPM", "FM", "PM", "CiO")
_GROUP_STEMS = ("sides", "parties", "ministers", "leaders", "officials", "they", "heads", "presidents", "chair", "diplomats",
                "speakers", "secretaries", "the two", "personalities", "dignitaries")  # (each alternative holds one)
_GROUP_REF_SCAN = Alternatives(GROUP_REFS)  # (a sentence's scan tries only the references whose words it holds)
_SHORT_GIVEN = ("Md", "Mohd", "Muhd")  # (given names written short, before the name a person goes by)
_RANKS = ("Sheikh", "Sheikha", "Shaikh", "Prince", "Princess", "Sayyid", "Emir", "Amir")
# "He"/"She" opening the text, "he"/"she" anywhere: ``^(?:He|She)\b|\b(?:he|she)\b``, written to
# open with a set of four letters, which the engine skips to instead of trying every position.
PRONOUN = re.compile(r"[HShs](?:(?<=^H)e|(?<=^S)he|(?<=\bh)e|(?<=\bs)he)\b")
# "received him for a meeting", "met her in Rome": a person as the object (not "her visit").
_OBJECT_PRONOUN = re.compile(r"\bhim\b|\bher\b(?=[.,;]|\s+(?:for|in|at|on|to|during|and|with|today|yesterday)\b)")
_WHO_CLAUSE = re.compile(r",?\s+who\s+[^,.;]*?\s+")
_SPEAKER = re.compile(r"\b(?:I|you|You|we|We)\b")
# "the Czech and Slovak foreign ministers", "the Latvian, Estonian and Lithuanian counterparts":
# officials named by their states' adjectives only, standing for those states.
_OFFICIALS = (r"ministers|counterparts|ambassadors|presidents|leaders|delegations|envoys|colleagues|"
              r"heads of (?:state|government|delegation)")
PLURAL_DESCRIPTOR = re.compile(
    rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (?P<adjs>{U}[\w\-]+(?:, {U}[\w\-]+)*,? and {U}[\w\-]+) "
    rf"(?:(?:foreign|prime|deputy|defen[cs]e|economy|trade) )?(?:{_OFFICIALS})\b")
# What every match of DESCRIPTOR holds, as it reads (case-sensitively): the start of one of its
# nouns ("Head of" for Head of State and of Government, "Chair" for the four chairs,
# "Representative" for the High and Special ones, "minister" for "foreign minister"). Every
# match of PLURAL_DESCRIPTOR holds " and " and one of _OFFICIALS. Cheap tests before their scans.
_DESCRIPTOR_STEMS = ("Minister", "Secretary", "President", "Ambassador", "Head of", "Chair", "Speaker", "Envoy",
                     "Representative", "Premier", "Chancellor", "King", "Queen", "Crown Prince", "Sultan", "Emir", "Amir",
                     "diplomat", "official", "guest", "Advis",
                     "counterpart", "leader", "head of", "Director", "Spokesperson", "minister", "president",
                     "ambassador", "secretary")
_PLURAL_STEMS = ("ministers", "counterparts", "ambassadors", "presidents", "leaders", "delegations", "envoys",
                 "colleagues", "heads of")
# Capitalised words of address between a counterpart and their name (", His Excellency ", ", H.E. ")
_HONORIFIC_GAP = re.compile(r",?\s+(?:[A-Z][\w.’'\-]*\s+){1,4}")
# "the presidents of A, B and C": officials named by their states only.
OFFICIALS_OF = re.compile(rf"\b[Tt]he (?:(?i:foreign|prime|deputy) )?(?i:{_OFFICIALS}) of (?:the )?(?=[A-Z])")
_LIST_GAP = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)?(?:the\s+)?")
# The office noun that ends a reference standing for a state ("his Latvian counterpart", the plurals above).
STANDS_FOR_STATE = re.compile(rf"(?i)\b(?:counterpart|minister|ambassador|president|leader|delegation|envoy|"
                              rf"{_OFFICIALS}|secretary|chancellor|premier)$")


def _only_holder(ctx: Context, officials: str, code: str) -> str | None:
    """The one person the release names in the office "the ministers / presidents / prime ministers
    of ..." says, for the state ``code``; None for other officials or none or several."""
    words = officials.lower().split()
    title = {"ministers": r"\bMinister\b", "presidents": r"^(?:(?!Vice).)*\bPresident\b"}.get(words[-2] if len(words) > 2 else "")
    if title is None:
        return None
    title = r"(?i)foreign|external" if words[1] == "foreign" else r"\bPrime Minister\b" if words[1] == "prime" else title
    held = [p.key for p in ctx.persons.values() if any(re.search(title, t) and o == f"state:{code}" for t, o, _ in p.offices)]
    return held[0] if len(held) == 1 else None


def references_step(ctx: Context) -> None:
    """requires: persons, mentions · assigns: refs (actor references per sentence)"""
    ctx.refs = []
    forms = {form: p.key for p in ctx.persons.values() for form in {p.name, *p.aliases}}
    # "Sheikh Salem" for Sheikh Salem Abdullah Al-Jaber Al-Sabah, "Prince Faisal": a title of rank
    # before the first name of a long name, when no one else of the release bears that first name.
    firsts = [p.name.split()[0] for p in ctx.persons.values()]
    for p in ctx.persons.values():
        words = p.name.split()
        if len(words) >= 3 and words[0] in _RANKS:
            # ("Sayyid Badr bin Hamad Albusaidi": the rank is written in the name, "Sayyid Badr" is his)
            form = f"{words[0]} {words[1]}"
            if form in ctx.release.text:
                forms.setdefault(form, p.key)
            continue
        if len(words) >= 3 and words[0].rstrip(".") in _SHORT_GIVEN and words[1] in ctx.release.text:
            forms.setdefault(words[1], p.key)  # ("Md Touhid Hossain" ... "Touhid arrived": the name he goes by)
        if len(words) >= 3 and firsts.count(words[0]) == 1:
            for rank in _RANKS:
                form = f"{rank} {words[0]}"
                if form in ctx.release.text:  # (few releases hold one: the forms list stays short)
                    forms.setdefault(form, p.key)
    forms.update(own_title_forms(ctx, forms))
    forms.update(style_forms(ctx, forms))
    last_person: str | None = None
    recent: list[str] = []  # person keys, most recently mentioned last
    we = signatories(ctx)
    genders = known_genders(ctx)
    leader: str | None = None  # who leads the delegation the release names
    for idx, sentence in enumerate(ctx.sentences):
        refs: list[ActorRef] = []
        covered: list[tuple[int, int]] = []
        for pm in ctx.person_mentions[idx]:
            entity = _person_for(ctx, pm.name)
            if entity:
                refs.append(ActorRef(pm.start, pm.end, "person", entity, pm.name))
                covered.append((pm.start, pm.end))
                for office in pm.offices:
                    covered.append((office.start, office.end))
        text = sentence.text
        base = sentence.start
        # Surnames and other known forms not caught as mentions.
        for start, form in form_matches(text, forms):
            s, e = base + start, base + start + len(form)
            if not any(a <= s < b or a < e <= b for a, b in covered):
                refs.append(ActorRef(s, e, "person", forms[form], form))
                covered.append((s, e))
        for m in _DIPLOMACY_HEAD.finditer(text) if "diplomacy" in text else ():
            # "the head of Ecuadorian diplomacy": that state's foreign minister
            s, e = base + m.start(), base + m.end()
            # (else the release's first foreign minister: the publisher writes so of its own)
            who = next((k for adj in (m["adj"], None) for noun in ("Foreign Minister", "Minister of Foreign Affairs")
                        if (k := resolve_descriptor(ctx, adj, noun, last_person, idx, recent))), None)
            if who and not any(a <= s < b for a, b in covered):
                refs.append(ActorRef(s, e, "person", who, m.group(0)))
                covered.append((s, e))
        bare = _BARE_TITLE.match(text)
        if bare and not any(a <= base + bare.start("noun") < b for a, b in covered):
            # "Prime Minister arrived in Kazan yesterday": a house style that drops the article
            state = ctx.lexicon.state(bare["of"]) if bare["of"] else None
            noun = "Head of State" if bare["republic"] and bare["noun"] == "President" else bare["noun"]
            who = resolve_descriptor(ctx, state.name if state else None, noun, last_person, idx, recent) \
                if state or not bare["of"] else None
            if who:
                end = bare.end("of") if state else bare.end("republic") if bare["republic"] else bare.end("noun")
                refs.append(ActorRef(base + bare.start("noun"), base + end, "person", who, text[bare.start("noun"):end - base]))
                covered.append((base + bare.start("noun"), base + end))
        for m in DESCRIPTOR.finditer(text) if may_match(text, _DESCRIPTOR_STEMS) else ():
            s, e = base + m.start(), base + m.end()
            if any(a <= s < b or a < e <= b for a, b in covered) or SERVING_OF.search(text, max(0, m.start() - 40), m.start()):
                continue
            of_state = re.match(r"\s+of\s+(?:the\s+)?", text[m.end():])
            adjective = m.group("adj")
            noun = m.group("noun")
            if of_state and adjective and not ctx.lexicon.state(adjective) and not names_a_body(ctx, adjective):
                adjective, noun = None, f"{adjective} {noun}"  # "the Prime Minister of Azerbaijan"
            if of_state and adjective is None:
                follow = [x for x in ctx.mentions_between(e + of_state.end(), e + of_state.end() + 1) if x.kind == "state"]
                adjective = follow[0].text if follow else None
            if adjective is None and noun == "President" and _OWN_REPUBLIC.match(text, m.end()):
                noun = "Head of State"  # ("The President of the Republic then received": the publisher's own)
            state = ctx.lexicon.state(adjective) if adjective else None
            if m.group("noun").lower() == "counterpart" and any(
                    0 <= pm.start - e <= 2 or 0 < pm.start - e <= 40 and _HONORIFIC_GAP.fullmatch(ctx.release.text, e, pm.start)
                    for pm in ctx.person_mentions[idx]):
                # "her counterpart Yassine Fall", "his counterpart, X", "his Ghanaian counterpart, His
                # Excellency John Dramani Mahama": the one named right after
                continue
            if m.group("noun").lower() == "counterpart":
                here = {r.key for r in refs if r.kind == "person" and r.end <= s}
                subject = [r.key for r in refs if r.kind == "person" and r.end <= s]
                mine = subject[-1] if subject else last_person
                others = [k for k in reversed(recent) if k != mine and k not in here
                          and (state is None or acts_for(ctx, k, f"state:{state.code}"))]
                # (the one holding the same office: the foreign minister's counterpart, not the president)
                same = [k for k in others if office_kinds(ctx, k) & office_kinds(ctx, mine)] if state else []
                # (the foreign minister's "Sri Lankan counterpart", where the release names only Sri Lanka's
                # Prime Minister and President: Sri Lanka's foreign minister, unnamed, who stands for the state)
                unlike = bool(state and office_kinds(ctx, mine) and others and
                              all(office_kinds(ctx, k) and not office_kinds(ctx, k) & office_kinds(ctx, mine) for k in others))
                who = (same or ([] if unlike else others) or [None])[0]
                if who is None and state is not None and not unlike:
                    # (named later in the release: "met his Saudi counterpart ... Prince Faisal said")
                    later = [k for k in ctx.persons if k != mine and acts_for(ctx, k, f"state:{state.code}")]
                    alike = [k for k in later if office_kinds(ctx, k) & office_kinds(ctx, mine)]
                    who = alike[0] if len(alike) == 1 else later[0] if len(later) == 1 else None
            else:  # ("the visiting President": the guest)
                who = resolve_descriptor(ctx, adjective or m["visiting"] and "visiting", noun, last_person, idx, recent)
                # ("the President held talks with President Ramos-Horta": another than the one named after)
                named = {r.key for r in refs if r.kind == "person" and r.start > e + 4
                         and not re.search(r"[,;]", ctx.release.text[e:r.start])}
                if who in named:
                    who = resolve_descriptor(ctx, adjective or m["visiting"] and "visiting", noun, last_person, idx,
                                             recent, exclude=named) or who
            body = principal_body(ctx, m.group("noun")) if who is None and state is None else None
            if who:
                refs.append(ActorRef(s, e, "person", who, m.group(0)))
                covered.append((s, e))
            elif body:
                # "The Secretary-General met today with ..." in a readout that never names them:
                # the organisation they lead
                refs.append(ActorRef(s, e, "org", body, m.group(0)))
                covered.append((s, e))
            elif state is not None and m.group("noun").lower() not in ("guest", "leader") and \
                    not any(pm.end > s and pm.start - e <= 40 for pm in ctx.person_mentions[idx]):
                # (not "the Egyptian Ambassador to Jordan, Mohamed Samir Marzouk": named right after)
                # "his Latvian counterpart", "the Thai Ambassador", named nowhere: their state.
                refs.append(ActorRef(s, e, "state", f"state:{state.code}", m.group(0)))
                covered.append((s, e))
            elif ctx.home_state and state is None and _OWN_LEADER.fullmatch(f"{adjective} {noun}" if adjective else noun) and \
                    not re.match(r"\s+of\b", text[m.end():]) and \
                    not any(0 <= pm.start - e <= 3 for pm in ctx.person_mentions[idx]):
                # "This evening the Prime Minister spoke by telephone to US President Donald Trump",
                # from Downing Street, which never names her: the publisher's own office, standing
                # for its state as unnamed officials do
                refs.append(ActorRef(s, e, "state", f"state:{ctx.home_state}", m.group(0)))
                covered.append((s, e))
        for m in PLURAL_DESCRIPTOR.finditer(text) if " and " in text and may_match(text, _PLURAL_STEMS) else ():
            s = base + m.start("adjs")
            if any(a <= s < b for a, b in covered) or any(pm.start >= base + m.end() and pm.start - base - m.end() <= 4
                                                          for pm in ctx.person_mentions[idx]):
                continue  # (named right after: "the Czech and Slovak ministers, A and B")
            subject = [r.key for r in refs if r.kind == "person" and r.end <= s]
            for adj in re.finditer(r"[\w\-]+", m.group("adjs")):
                state = ctx.lexicon.state(adj.group(0)) if adj.group(0) != "and" else None
                if state is not None:
                    a_start = s + adj.start()
                    # ("his Saudi, Kuwaiti and Thai counterparts", each named later in the release)
                    named = [k for k in ctx.persons if k not in subject[-1:] and acts_for(ctx, k, f"state:{state.code}")]
                    kind, key = ("person", named[0]) if len(named) == 1 and "counterpart" in m.group(0) else \
                        ("state", f"state:{state.code}")
                    refs.append(ActorRef(a_start, a_start + len(adj.group(0)), kind, key, m.group(0)))
            covered.append((base + m.start(), base + m.end()))
        for m in OFFICIALS_OF.finditer(text) if " of " in text and may_match(text.lower(), _PLURAL_STEMS) else ():
            # "signed ... by the presidents of Costa Rica, El Salvador, Guatemala, Honduras and
            # Nicaragua", named no further: each state stands for its official
            at, listed = base + m.end(), []
            for mention in ctx.mentions_between(at, sentence.end):
                if mention.kind != "state" or not _LIST_GAP.fullmatch(ctx.release.text, at, mention.start):
                    break
                listed.append(mention)
                at = mention.end
            if len(listed) >= 2 and not any(a <= base + m.start() < b for a, b in covered):
                # ("The Foreign Ministers of Armenia and Azerbaijan", each named in the release: the two)
                holders = [_only_holder(ctx, m.group(0), x.key) for x in listed]
                refs.extend(ActorRef(x.start, x.end, "person", held, x.text) if all(holders) and held else
                            ActorRef(x.start, x.end, "state", f"state:{x.key}", x.text) for x, held in zip(listed, holders))
                covered.append((base + m.start(), at))
        for m in _ABBREVIATION.finditer(text) if may_match(text, _ABBREVIATION_STEMS) else ():
            s, e = base + m.start(), base + m.end()
            if any(a <= s < b for a, b in covered):
                continue
            if any(r.kind == "person" and 0 < r.start - e <= 1 for r in refs):
                continue  # "FM Meredov": the title of the name after it, not a holder of its own
            words = ABBREVIATED_OFFICES[m.group(0)].lower().replace("-", " ").split()
            pool = [p for p in ctx.persons.values()
                    if any(all(w in fold(t).replace("-", " ") for w in words) for t, _, _ in p.offices)]
            if pool:
                refs.append(ActorRef(s, e, "person", min(pool, key=lambda p: p.first).key, m.group(0)))
                covered.append((s, e))
        objects = ("him" in text or "her " in text) and not (  # (not a transcript's "you", "I")
            text.rstrip().endswith("?") or _SPEAKER.search(text) is not None)
        for m in _OBJECT_PRONOUN.finditer(text) if objects else ():
            # "held a welcome ceremony for Pope Francis, and then received him": the one named last
            # before, not the subject
            s = base + m.start()
            earlier = [r for r in refs if r.kind == "person" and r.end <= s]
            who = earlier[-1].key if len(earlier) >= 2 else (recent[-1] if recent and not earlier else None)
            if earlier and _WHO_CLAUSE.fullmatch(text, earlier[-1].end - base, m.start()):
                # ("He ... while talking to X, who called on him": not X, but the one before)
                who = earlier[-2].key if len(earlier) >= 2 else last_person if last_person != earlier[-1].key else None
            if who and (not earlier or who != earlier[0].key) and not any(a <= s < b for a, b in covered):
                refs.append(ActorRef(s, base + m.end(), "person", who, m.group(0)))
                covered.append((s, base + m.end()))
        for m in PRONOUN.finditer(text):
            s = base + m.start()
            # "Mr. Lajčák visited Kazakhstan, and he held meetings": the sentence's own
            # subject first, else the last person of the sentence before.
            earlier = [r for r in refs if r.kind == "person" and r.end <= s]
            # ("X stated that the Minister ... whom he met": he is whom X reports on)
            told = reported_from(text, m.start())
            if told and any(r.start >= base + told for r in earlier):
                earlier = [r for r in earlier if r.start >= base + told]
            who = earlier[0].key if earlier else last_person
            # ("He recalled the State Visit of Prime Minister X to India, during which he held talks with
            # Y": the visitor)
            who = visitor_before(text, m.start(), earlier, base) or who
            # ("The President asked UNCTAD ..., a request Ms. Grynspan welcomed. ... she held": the woman)
            who = agreeing(m.group(0), who, [r.key for r in reversed(earlier)] + recent[::-1][:3], genders) \
                if genders else who
            if who and not any(a <= s < b for a, b in covered):
                refs.append(ActorRef(s, base + m.end(), "person", who, m.group(0)))
        for m in WE.finditer(text) if we else ():
            # ("Earlier today we held a video conference with X", in a joint statement): its signatories
            refs.extend(ActorRef(base + m.start(), base + m.end(), "person", key, m.group(0)) for key in we)
        lowered = stem_text(text)
        for m in _GROUP_REF_SCAN.finditer(text, lowered) if may_match(lowered, _GROUP_STEMS) else ():
            refs.append(ActorRef(base + m.start(), base + m.end(), "group", m.group(0).lower(), m.group(0)))
        for mention in ctx.mentions_by_sentence[idx]:
            if mention.kind in ("state", "org"):
                if _in_title(ctx, mention.start, base) and any(
                        0 <= pm.start - mention.end <= 3 for pm in ctx.person_mentions[idx]):
                    # "Minister of State of the UAE Khalifa Shaheen": part of an office, not an
                    # actor; "and the High Representative of the European Union." with no name
                    # after it: the office stands for its body.
                    continue
                if not any(a <= mention.start < b for a, b in covered):
                    kind = "state" if mention.kind == "state" else "org"
                    refs.append(ActorRef(mention.start, mention.end, kind, f"{kind}:{mention.key}", mention.text))
        if leader and "elegation" in text:
            refs.extend(delegation_refs(text, base, leader, covered))
        leader = delegation_leader(text, base, refs) or leader
        refs.sort(key=lambda r: r.start)
        ctx.refs.append(refs)
        persons_here = [r for r in refs if r.kind == "person"]
        if persons_here:
            last_person = persons_here[0].key
        for r in persons_here:
            if r.key in recent:
                recent.remove(r.key)
            recent.append(r.key)


_TITLE_OF = re.compile(r"\b([A-Z][\w\-]*)\s+of\s+(?:the\s+)?$")


def _in_title(ctx: Context, start: int, base: int) -> bool:
    window = ctx.release.text[max(base, start - 40): start]
    m = _TITLE_OF.search(window) if "of" in window else None  # (every match holds "of")
    if not m:
        return False
    word = m.group(1)
    return word in title_vocabulary(ctx.lexicon) and not word.endswith("s") or word in HEADS and not word.endswith("s")


def _person_for(ctx: Context, name: str) -> str | None:
    for p in ctx.persons.values():
        if name == p.name or name in p.aliases:
            return p.key
    return None
