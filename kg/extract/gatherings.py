"""Events a release tells as a whole: a credentials ceremony (one audience per envoy), talks
reported through their delegations ("A led the U.S. delegation, and B the Thai one") and a
minister's schedule, day by day. They replace or date the piecemeal meetings read from their
sentences."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.credentials import credentials_after_colon, credentials_listed, credentials_of_states
from kg.extract.listed_meetings import meetings_listed
from kg.extract.schedules import schedule_entries
from kg.extract.talks import delegation_talks
from kg.records import Interaction
from kg.sources.dates import long_before


def told_as_a_whole(ctx: Context, interactions: list[Interaction]) -> list[Interaction]:
    """``interactions`` with the ceremony's audiences and the delegations' talks in place of
    the meetings they cover."""
    listed = credentials_listed(ctx) + credentials_of_states(ctx) + credentials_after_colon(ctx)
    # (the headline's "receives the credentials of the ambassadors of A, B and C" and the text's, with
    # the minister in whose presence: one audience each)
    listed = [i for i in listed if not any(set(i.participants) < set(o.participants) for o in listed)]
    if listed:
        # (the list's envoys met the receiver one by one, not each other)
        envoys = {p for i in listed for p in i.participants[1:]}
        # (and a meeting within one of the list's, "With the Ambassador of Italy, X, the President
        # spoke about ...", is that one)
        interactions = [i for i in interactions if not (i.type == "meeting" and (set(i.participants) <= envoys or any(
            set(i.participants) <= set(one.participants) for one in listed)))] + listed
    interactions = interactions + meetings_listed(ctx)  # ("held meetings with the following leaders:", then each)
    led = delegation_talks(ctx)
    if led is not None:
        # The delegations' heads stand for "the United States and Thailand met", and for
        # any meeting among states, bodies and those heads: the same talks.
        # (not a past session of theirs: "since the 24th Round held in Thimphu in August 2016")
        others = {person.name for person in ctx.persons.values()} - set(led.participants)
        released = ctx.release.date or ""
        interactions = [i for i in interactions if not (i.type in ("meeting", "call") and not others & set(i.participants)
                                                        and not long_before(i.date, released))]
        interactions.append(led)
    return schedule_entries(ctx, interactions)
