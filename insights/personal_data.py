"""What insights holds about people and councils, and what an erasure does to it.

Read by ``tests/test_personal_data.py``; the vocabulary is explained in
``progress/personal_data.py``. The self-description is the person's own: it is in their
export (``insights.export``) and goes with their account. The summaries hold counts only;
they are rebuilt from the events after any erasure, so nothing of an erased person stays
in them, and a council's go with it.
"""

REGISTRY = {
    "GenderSelfDescription": {
        "holds": "personal",
        "person": "cascade",
        "council": None,
        "why": "The person's optional, private self-description: theirs alone.",
    },
    "CouncilYearSummary": {
        "holds": "council",
        "person": None,
        "council": "cascade",
        "why": "Counts of a council's year, rebuilt from its events.",
    },
    "CouncilSummary": {
        "holds": "council",
        "person": None,
        "council": "cascade",
        "why": "Counts of a council's present state, rebuilt from its events.",
    },
}
