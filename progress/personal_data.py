"""What the formation record holds about people and councils, and what an erasure does to it.

Read by ``tests/test_personal_data.py``: every model with a link to a person or to a
council is declared here, so a new one cannot be forgotten when someone is erased.
Each entry says whose data it is (``holds``: "personal" or "council") and what erasing
a person (``person``) or a council (``council``) does to its rows: "cascade" (they go),
"anonymised" (they stay, their link to the person is emptied), "kept" (they stay, for
the reason given in ``why``), or None when the model holds nothing of that kind.
Erasing a person runs ``progress.services.erase_person_record`` first, which recomputes
the totals of the neighbours they vouched for and the people they facilitated with.
"""

REGISTRY = {
    "Enrolment": {
        "holds": "personal",
        "person": "cascade",
        "council": None,
        "why": "The paths a person follows are theirs alone.",
    },
    "Completion": {
        "holds": "personal",
        "person": "cascade",
        "council": "kept",
        "why": "A workshop attended stays in the person's record when the council goes; "
        "only the link to the session is emptied.",
    },
    "PracticeLog": {
        "holds": "personal",
        "person": "cascade",
        "council": "kept",
        "why": "The practice is the person's: when the council goes, the entry turns private.",
    },
    "Vouch": {
        "holds": "personal",
        "person": "cascade",
        "council": "cascade",
        "why": "A vouch is a neighbour's word given in one council: it goes with the voucher, "
        "with the entry, and with the council it was given in.",
    },
    "Attendance": {
        "holds": "personal",
        "person": "cascade",
        "council": "cascade",
        "why": "The person's own attendance goes; attendance they recorded for others stays, "
        "with who recorded it emptied.",
    },
    "StageReached": {
        "holds": "personal",
        "person": "cascade",
        "council": None,
        "why": "Derived from the person's record.",
    },
    "YearSummary": {
        "holds": "personal",
        "person": "cascade",
        "council": None,
        "why": "Derived from the person's record.",
    },
    "PendingRecompute": {
        "holds": "personal",
        "person": "cascade",
        "council": None,
        "why": "A mark that the person's totals must be rebuilt.",
    },
}
