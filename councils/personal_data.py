"""What councils hold about people and about themselves, and what an erasure does to it.

Read by ``tests/test_personal_data.py``; the vocabulary is explained in
``progress/personal_data.py``. A council's record (plans, assemblies, sessions) is the
council's: erasing a person empties who wrote or opened it ("anonymised") and keeps
the collective record; erasing the council takes all of it.
"""

REGISTRY = {
    "Council": {
        "holds": "council",
        "person": "anonymised",
        "council": "cascade",
        "why": "The council itself; who asked to erase it is emptied when that person goes.",
    },
    "Membership": {
        "holds": "personal",
        "person": "cascade",
        "council": "cascade",
        "why": "That a person belongs to a council, and their roles in it.",
    },
    "Invitation": {
        "holds": "council",
        "person": "anonymised",
        "council": "cascade",
        "why": "The council's codes; who created one is emptied.",
    },
    "JoinRequest": {
        "holds": "personal",
        "person": "cascade",
        "council": "cascade",
        "why": "That a person asked to join a council and waits for a coordinator.",
    },
    "FormationPlan": {
        "holds": "council",
        "person": "anonymised",
        "council": "cascade",
        "why": "The council's plan; who created it is emptied. Network templates have no council.",
    },
    "PlanSection": {
        "holds": "council",
        "person": None,
        "council": "cascade",
        "why": "Part of a council's plan.",
    },
    "PlanItem": {
        "holds": "council",
        "person": None,
        "council": "cascade",
        "why": "Part of a council's plan.",
    },
    "PlanVersion": {
        "holds": "council",
        "person": "anonymised",
        "council": "cascade",
        "why": "The plan's history; who made each change is emptied.",
    },
    "Assembly": {
        "holds": "council",
        "person": "anonymised",
        "council": "cascade",
        "why": "The council's assemblies; who opened one is emptied.",
    },
    "AssemblyOutcome": {
        "holds": "council",
        "person": "anonymised",
        "council": "cascade",
        "why": "What an assembly agreed; who recorded it is emptied.",
    },
    "Session": {
        "holds": "council",
        "person": "anonymised",
        "council": "cascade",
        "why": "The council's sessions; the person leaves the facilitators and the creator is "
        "emptied. Co-facilitators keep what the session counts for them.",
    },
    "PersonalCalendar": {
        "holds": "personal",
        "person": "cascade",
        "council": None,
        "why": "The person's feed secret.",
    },
    "Reminder": {
        "holds": "personal",
        "person": "cascade",
        "council": "cascade",
        "why": "A reminder to one person of one of the council's sessions.",
    },
    "Notice": {
        "holds": "personal",
        "person": "cascade",
        "council": "cascade",
        "why": "An on-site notice to one person; those about a council go with it.",
    },
    "ResetGrant": {
        "holds": "personal",
        "person": "cascade",
        "council": "cascade",
        "why": "The council's log of reset codes issued for a member; the coordinators' "
        "names are emptied when they go, the entry goes with the member or the council.",
    },
}
